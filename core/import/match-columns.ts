// Suggests a field of the chosen register for each source column, from its header: synonyms, labels, then fuzzy.
import type { FieldSpec, FormSpec } from "../form-spec.ts";
import { fieldLabelKey } from "../form-spec.ts";
import { isMessageKey, t } from "../i18n.ts";
import { compactText, editDistance, foldText } from "./fold-text.ts";
import { HEADER_SYNONYMS } from "./header-synonyms.ts";

export interface ColumnSuggestion {
  /** The field key, or undefined when no field fits well enough (the column goes to the notes). */
  readonly field: string | undefined;
  /** 0–1; 1 is an exact spelling. */
  readonly score: number;
}

/** Fields a source column can fill: every field of the spec (bookkeeping columns are not fields). */
export function importableFields(spec: FormSpec): readonly FieldSpec[] {
  return spec.fields;
}

/** Every spelling that names a field: its key, its labels in both languages, and the synonyms table. */
export function fieldSpellings(spec: FormSpec, field: FieldSpec): string[] {
  const out = [field.key.replace(/_/g, " ")];
  const labelKey = fieldLabelKey(spec.id, field.key);
  if (isMessageKey(labelKey)) out.push(t("id", labelKey), t("en", labelKey));
  out.push(...(HEADER_SYNONYMS[field.key] ?? []));
  return out.map(foldText).filter((s) => s !== "");
}

function scoreHeader(header: string, spelling: string): number {
  if (header === spelling) return 1;
  const ch = header.replace(/ /g, "");
  const cs = spelling.replace(/ /g, "");
  if (ch === cs) return 0.95;
  // "Tgl Lahir (dd/mm/yyyy)" holds every word of "tgl lahir".
  const words = header.split(" ");
  const need = spelling.split(" ");
  if (need.length >= 1 && cs.length >= 3 && need.every((w) => words.includes(w))) {
    return 0.7 + 0.2 * (need.length / words.length);
  }
  if (cs.length >= 5) {
    const d = editDistance(ch, cs, 2);
    if (d <= (cs.length >= 9 ? 2 : 1)) return 0.85 - 0.05 * d;
  }
  return 0;
}

const THRESHOLD = 0.7;

/**
 * One suggestion per header, each field used at most once: the best pairs are taken first, so
 * "Nama" goes to the name even when "Nama Desa" also mentions it.
 */
export function suggestColumns(spec: FormSpec, headers: readonly unknown[]): ColumnSuggestion[] {
  const fields = importableFields(spec);
  const spellings = fields.map((f) => fieldSpellings(spec, f));
  const pairs: { col: number; field: number; score: number }[] = [];
  headers.forEach((h, col) => {
    const folded = foldText(h);
    if (folded === "") return;
    fields.forEach((_, fi) => {
      let best = 0;
      for (const s of spellings[fi] ?? []) best = Math.max(best, scoreHeader(folded, s));
      if (best >= THRESHOLD) pairs.push({ col, field: fi, score: best });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.col - b.col || a.field - b.field);
  const out: ColumnSuggestion[] = headers.map(() => ({ field: undefined, score: 0 }));
  const usedCol = new Set<number>();
  const usedField = new Set<number>();
  for (const p of pairs) {
    if (usedCol.has(p.col) || usedField.has(p.field)) continue;
    usedCol.add(p.col);
    usedField.add(p.field);
    out[p.col] = { field: fields[p.field]?.key, score: p.score };
  }
  return out;
}

/** Whether two headers name the same thing once folded (a mapping saved for one fits the other). */
export function sameHeader(a: unknown, b: unknown): boolean {
  return compactText(a) === compactText(b);
}
