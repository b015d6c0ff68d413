// Suggests a code for each distinct value of a choice or village column; unknown values stay unmapped, never guessed.
import { findVillage } from "../areas.ts";
import type { ChoiceField, FieldSpec } from "../form-spec.ts";
import { choiceLabelKey, isChoiceField } from "../form-spec.ts";
import { isMessageKey, t } from "../i18n.ts";
import { editDistance, foldText, typoAllowance } from "./fold-text.ts";
import { VALUE_SYNONYMS } from "./value-synonyms.ts";

/** Folded spelling → code; a spelling shared by two codes is dropped (it would be a guess). */
type Lexicon = Map<string, string>;

function addSpelling(lex: Lexicon, clash: Set<string>, spelling: string, code: string): void {
  // Symbols like ✓ fold to nothing: keep them as typed.
  const key = foldText(spelling) || spelling.trim();
  if (key === "" || clash.has(key)) return;
  const had = lex.get(key);
  if (had !== undefined && had !== code) {
    lex.delete(key);
    clash.add(key);
  } else lex.set(key, code);
}

function choiceLexicon(f: ChoiceField): Lexicon {
  const lex: Lexicon = new Map();
  const clash = new Set<string>();
  const synonyms = VALUE_SYNONYMS[f.choiceSet ?? f.key] ?? {};
  for (const code of f.choices) {
    addSpelling(lex, clash, code, code);
    addSpelling(lex, clash, code.replace(/_/g, " "), code);
    const labelKey = choiceLabelKey(f, code);
    if (isMessageKey(labelKey)) {
      addSpelling(lex, clash, t("id", labelKey), code);
      addSpelling(lex, clash, t("en", labelKey), code);
    }
    for (const s of synonyms[code] ?? []) addSpelling(lex, clash, s, code);
  }
  return lex;
}

const VILLAGE_PREFIX = /^(desa|kelurahan|kel|ds|negeri|kampung|nagari|gampong|lembang)\s+/;

function villageLexicon(villages: readonly string[]): Lexicon {
  const lex: Lexicon = new Map();
  const clash = new Set<string>();
  for (const code of villages) {
    const v = findVillage(code);
    if (!v) continue;
    addSpelling(lex, clash, v.code, v.code);
    addSpelling(lex, clash, v.code.replace(/\./g, ""), v.code);
    addSpelling(lex, clash, v.name.toLowerCase().replace(VILLAGE_PREFIX, ""), v.code);
  }
  return lex;
}

/** The one spelling within the typo allowance, when exactly one code is that close. */
function fuzzy(lex: Lexicon, key: string): string | undefined {
  const max = typoAllowance(key.length);
  if (max === 0) return undefined;
  let best = max + 1;
  let codes = new Set<string>();
  for (const [spelling, code] of lex) {
    if (spelling.length < 4) continue;
    const d = editDistance(key, spelling, max);
    if (d < best) {
      best = d;
      codes = new Set([code]);
    } else if (d === best) codes.add(code);
  }
  return best <= max && codes.size === 1 ? [...codes][0] : undefined;
}

/** A matcher for one field: folded typed value → code, or undefined when it cannot tell. */
export function valueMatcher(
  field: FieldSpec,
  villages: readonly string[],
): ((typed: string) => string | undefined) | undefined {
  let lex: Lexicon;
  let strip: RegExp | undefined;
  if (isChoiceField(field)) lex = choiceLexicon(field);
  else if (field.kind === "village") {
    lex = villageLexicon(villages);
    strip = VILLAGE_PREFIX;
  } else return undefined;
  return (typed) => {
    let key = foldText(typed) || typed.trim();
    if (strip) key = key.replace(strip, "");
    return lex.get(key) ?? fuzzy(lex, key);
  };
}

/** Splits a multi-choice cell: "Netra, Rungu", "PKH/BPNT", "fisik dan wicara". */
export function splitMulti(typed: string): string[] {
  return typed
    .split(/\s*(?:[,;/+&\n]|\bdan\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/**
 * The distinct values typed in a column (multi-choice cells split into parts), each with a
 * suggested code or null when unknown, in the order first seen. The user confirms or changes each.
 */
export function suggestValues(
  field: FieldSpec,
  cells: readonly unknown[],
  villages: readonly string[],
): { value: string; code: string | null; count: number }[] {
  const match = valueMatcher(field, villages);
  if (!match) return [];
  const seen = new Map<string, { value: string; code: string | null; count: number }>();
  for (const cell of cells) {
    const text = String(cell ?? "").trim();
    if (text === "") continue;
    const parts = field.kind === "multi" ? splitMulti(text) : [text];
    for (const part of parts) {
      const hit = seen.get(part);
      if (hit) hit.count++;
      else seen.set(part, { value: part, code: match(part) ?? null, count: 1 });
    }
  }
  return [...seen.values()];
}
