// Linking a phone's case or service to its person: the phone never has the register, so it names the
// person by NIK, or by name + birth date or age + village; the sheet finds the one row that matches.
import * as z from "zod/mini";
import { normalizeIdNumber } from "../nik.ts";

export const personLookupSchema = z.strictObject({
  nik: z.optional(z.string().check(z.maxLength(32))),
  full_name: z.optional(z.string().check(z.maxLength(120))),
  birth_date: z.optional(z.string().check(z.maxLength(10))),
  age_years: z.optional(z.number().check(z.int(), z.gte(0), z.lte(130))),
  village: z.optional(z.string().check(z.maxLength(13))),
});
export type PersonLookup = z.infer<typeof personLookupSchema>;

/** A register row as the import reads it: its id and the fields a lookup compares. */
export interface RegisterPerson {
  id: string;
  nik: string;
  full_name: string;
  birth_date: string;
  age_years: string;
  village: string;
}

const name = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** The one matching person's id, or undefined when none or several match (then it is linked by hand). */
export function findPerson(
  lookup: PersonLookup,
  register: readonly RegisterPerson[],
): string | undefined {
  const nik = lookup.nik ? normalizeIdNumber(lookup.nik) : "";
  let matches: RegisterPerson[];
  if (nik) matches = register.filter((p) => normalizeIdNumber(p.nik) === nik);
  else if (
    lookup.full_name &&
    lookup.village &&
    (lookup.birth_date || lookup.age_years !== undefined)
  )
    matches = register.filter(
      (p) =>
        name(p.full_name) === name(lookup.full_name ?? "") &&
        p.village === lookup.village &&
        (lookup.birth_date
          ? p.birth_date === lookup.birth_date
          : p.age_years !== "" && Number(p.age_years) === lookup.age_years),
    );
  else matches = [];
  return matches.length === 1 ? matches[0]?.id : undefined;
}

/** How the person was named, for the "perlu ditautkan" note. */
export function describeLookup(lookup: PersonLookup): string {
  if (lookup.nik) return `NIK ${lookup.nik}`;
  return [lookup.full_name, lookup.birth_date ?? lookup.age_years, lookup.village]
    .filter((x) => x !== undefined && x !== "")
    .join(", ");
}
