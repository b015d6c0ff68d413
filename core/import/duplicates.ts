// Finds people twice: the same NIK, or the same name, birth date and village, against the register or earlier source rows.
import type { FormSpec, RecordValues } from "../form-spec.ts";
import { foldText } from "./fold-text.ts";

/** The fields that identify a person in a register, read from its spec; undefined when it holds no NIK. */
export interface IdentityFields {
  readonly nik: string;
  readonly name: string | undefined;
  readonly birthDate: string;
  readonly village: string | undefined;
}

export function identityFields(spec: FormSpec): IdentityFields | undefined {
  const nik = spec.fields.find((f) => f.kind === "nik");
  if (nik?.kind !== "nik") return undefined;
  const name = spec.fields.find((f) => f.kind === "text" && f.required && f.pii);
  const village = spec.fields.find((f) => f.kind === "village");
  return { nik: nik.key, name: name?.key, birthDate: nik.birthDateField, village: village?.key };
}

export type Duplicate =
  | { readonly kind: "register"; readonly index: number }
  | { readonly kind: "source"; readonly index: number };

function keysOf(id: IdentityFields, v: Readonly<Record<string, unknown>>): string[] {
  const keys: string[] = [];
  const nik = v[id.nik];
  if (typeof nik === "string" && /^\d{16}$/.test(nik)) keys.push(`n:${nik}`);
  const name = id.name ? foldText(v[id.name]) : "";
  const birth = v[id.birthDate];
  const village = id.village ? v[id.village] : "";
  if (name !== "" && typeof birth === "string" && /^\d{4}-\d{2}-\d{2}$/.test(birth)) {
    keys.push(`p:${name}|${birth}|${String(village ?? "")}`);
  }
  return keys;
}

/**
 * For each source row, the register row or earlier source row it repeats, else undefined. Rows
 * are raw records after mapping (a NIK counts only when it has 16 digits).
 */
export function findDuplicates(
  id: IdentityFields,
  register: readonly Readonly<RecordValues | Record<string, unknown>>[],
  rows: readonly Readonly<Record<string, unknown>>[],
): (Duplicate | undefined)[] {
  const known = new Map<string, number>();
  register.forEach((r, i) => {
    for (const k of keysOf(id, r)) if (!known.has(k)) known.set(k, i);
  });
  const seen = new Map<string, number>();
  return rows.map((r, i) => {
    const keys = keysOf(id, r);
    for (const k of keys) {
      const at = known.get(k);
      if (at !== undefined) return { kind: "register", index: at };
    }
    for (const k of keys) {
      const at = seen.get(k);
      if (at !== undefined) return { kind: "source", index: at };
    }
    for (const k of keys) seen.set(k, i);
    return undefined;
  });
}
