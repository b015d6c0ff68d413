// Every form spec is complete: labels and choices in both languages, no personal data as a dimension.
import { describe, expect, it } from "vitest";
import { choiceLabelKey, fieldLabelKey, isChoiceField, META_KEYS } from "../../core/form-spec.ts";
import { allFormSpecs } from "../../core/forms/index.ts";
import { isMessageKey } from "../../core/i18n.ts";
import { sheetColumns } from "../../core/sheet-columns.ts";

describe.each(allFormSpecs().map((s) => [s.id, s] as const))("form %s", (_id, spec) => {
  it("has a label for every field and choice, and a unique key per field", () => {
    const missing: string[] = [];
    for (const f of spec.fields) {
      const keys = [fieldLabelKey(spec.id, f.key), ...(f.help ? [f.help] : [])];
      if (isChoiceField(f)) keys.push(...f.choices.map((c) => choiceLabelKey(f, c)));
      missing.push(...keys.filter((k) => !isMessageKey(k)));
    }
    expect(missing).toEqual([]);
    expect(new Set(spec.fields.map((f) => f.key)).size).toBe(spec.fields.length);
  });

  it("refers only to its own fields in conditions and one-of groups", () => {
    const keys = new Set(spec.fields.map((f) => f.key));
    for (const f of spec.fields) if (f.showIf) expect(keys.has(f.showIf.field)).toBe(true);
    for (const g of spec.oneOf ?? []) for (const k of g.fields) expect(keys.has(k)).toBe(true);
  });

  it("lays out field columns then hidden bookkeeping columns, ids as plain text", () => {
    const cols = sheetColumns(spec);
    expect(cols.map((c) => c.key)).toEqual([...spec.fields.map((f) => f.key), ...META_KEYS]);
    expect(cols.filter((c) => c.field?.kind === "nik").every((c) => c.plainText)).toBe(true);
    for (const k of META_KEYS) expect(isMessageKey(`field.meta.${k}`)).toBe(true);
  });
});
