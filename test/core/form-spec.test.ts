// Every form spec is complete and consistent: labels in both languages, rules on its own fields, personal data flagged.
import { describe, expect, it } from "vitest";
import { FORM_IDS } from "../../core/form-ids.ts";
import {
  choiceLabelKey,
  choicesFor,
  fieldLabelKey,
  findField,
  isChoiceField,
  isFieldShown,
  isRequiredNow,
  META_KEYS,
  ruleFields,
} from "../../core/form-spec.ts";
import { allFormSpecs, getFormSpec } from "../../core/forms/index.ts";
import { serviceForm } from "../../core/forms/service.ts";
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

  it("puts every field in exactly one section, and only its own fields, when it has sections", () => {
    if (!spec.sections) return;
    const keys = [...spec.fields, ...(spec.derived ?? [])].map((f) => f.key);
    const listed = spec.sections.flatMap((s) => s.fields);
    // A field added to the spec but to no section is named here.
    expect(
      keys.filter((k) => !listed.includes(k)),
      "fields in no section",
    ).toEqual([]);
    expect(
      listed.filter((k) => !keys.includes(k)),
      "sections naming no field",
    ).toEqual([]);
    expect(
      listed.filter((k, i) => listed.indexOf(k) !== i),
      "fields in two sections",
    ).toEqual([]);
    for (const s of spec.sections) {
      expect(isMessageKey(s.label), s.label).toBe(true);
      if (s.help) expect(isMessageKey(s.help), s.help).toBe(true);
    }
    expect(new Set(spec.sections.map((s) => s.id)).size).toBe(spec.sections.length);
  });

  it("derives only from its own fields, with labels in the catalogue, and hides only choices a derived value says", () => {
    const keys = new Set(spec.fields.map((f) => f.key));
    const derived = new Set((spec.derived ?? []).map((d) => d.key));
    for (const d of spec.derived ?? []) {
      expect(keys.has(d.key), `${d.key} is also a field`).toBe(false);
      for (const k of d.from) expect(keys.has(k), `${d.key} ← ${k}`).toBe(true);
      expect(isMessageKey(fieldLabelKey(spec.id, d.key))).toBe(true);
      if (d.help) expect(isMessageKey(d.help)).toBe(true);
    }
    for (const f of spec.fields) {
      if (!isChoiceField(f) || !f.derivedChoices) continue;
      expect(derived.has(f.derivedChoices.by), f.key).toBe(true);
      for (const c of f.derivedChoices.choices) expect(f.choices).toContain(c);
    }
  });

  it("has a title", () => {
    expect(isMessageKey(`form.${spec.id}.title`)).toBe(true);
  });

  it("refers only to its own fields in conditions, one-of groups and rules", () => {
    const keys = new Set(spec.fields.map((f) => f.key));
    for (const f of spec.fields) if (f.showIf) expect(keys.has(f.showIf.field)).toBe(true);
    for (const g of spec.oneOf ?? []) for (const k of g.fields) expect(keys.has(k)).toBe(true);
    for (const r of spec.rules ?? []) {
      for (const k of ruleFields(r)) expect(keys.has(k), `${r.kind} → ${k}`).toBe(true);
    }
  });

  it("declares rules of the right kinds of field, with messages in the catalogue", () => {
    for (const r of spec.rules ?? []) {
      if (r.kind !== "custom" && r.message) expect(isMessageKey(r.message)).toBe(true);
      if (r.kind === "date_not_before") {
        expect(findField(spec, r.field)?.kind).toBe("date");
        expect(findField(spec, r.other)?.kind).toBe("date");
      }
      if (r.kind === "confirm") {
        // The confirmation is a yes-only choice, and what it confirms is in the catalogue.
        const f = findField(spec, r.field);
        expect(f && isChoiceField(f) && f.kind === "choice" && f.choices).toEqual(["yes"]);
        for (const w of r.warnings) expect(isMessageKey(w), w).toBe(true);
        if (r.message) expect(isMessageKey(r.message)).toBe(true);
      }
      if (r.kind === "required_when") {
        const parent = findField(spec, r.when.field);
        expect(parent && isChoiceField(parent)).toBe(true);
        if (parent && isChoiceField(parent))
          for (const v of r.when.values) expect(parent.choices).toContain(v);
        expect(findField(spec, r.field)?.required).not.toBe(true);
      }
    }
  });

  it("lists dependent choices for every value of the parent, and nothing beyond the field's choices", () => {
    for (const f of spec.fields) {
      if (!isChoiceField(f) || !f.choicesBy) continue;
      const parent = findField(spec, f.choicesBy.field);
      if (!parent || !isChoiceField(parent)) throw new Error(`${f.key}: parent is not a choice`);
      expect(Object.keys(f.choicesBy.choices).sort()).toEqual([...parent.choices].sort());
      const listed = new Set(Object.values(f.choicesBy.choices).flat());
      expect([...listed].sort()).toEqual([...f.choices].sort());
      if (f.choicesBy.error) expect(isMessageKey(f.choicesBy.error)).toBe(true);
    }
  });

  it("flags names, identity numbers, links to a person and free text as personal data", () => {
    const personal = /name|nik|kk_number|address|phone|companion|owner|notes|person_id/;
    for (const f of spec.fields) {
      if (personal.test(f.key) || f.kind === "person_ref" || f.kind === "nik" || f.kind === "kk")
        expect(f.pii, f.key).toBe(true);
      if (f.kind === "text" && f.multiline) expect(f.pii, f.key).toBe(true);
      if (isChoiceField(f) || f.kind === "integer" || f.kind === "village")
        expect(f.pii, f.key).toBe(false);
    }
  });

  it("lays out field columns then hidden bookkeeping columns, ids as plain text", () => {
    const cols = sheetColumns(spec);
    expect(cols.map((c) => c.key)).toEqual([...spec.fields.map((f) => f.key), ...META_KEYS]);
    expect(cols.filter((c) => c.field?.kind === "nik").every((c) => c.plainText)).toBe(true);
    for (const k of META_KEYS) expect(isMessageKey(`field.meta.${k}`)).toBe(true);
  });
});

describe("form registry", () => {
  it("has a spec for every form id, each on its own sheet", () => {
    expect(
      allFormSpecs()
        .map((s) => s.id)
        .sort(),
    ).toEqual([...FORM_IDS].sort());
    for (const id of FORM_IDS) expect(getFormSpec(id).id).toBe(id);
    const sheets = allFormSpecs().map((s) => s.sheetName);
    expect(new Set(sheets).size).toBe(sheets.length);
    expect(getFormSpec("activity").sheetName).toBe("Agenda Kegiatan");
  });
});

describe("what the sidebar derives for dependent and conditional fields", () => {
  const item = findField(serviceForm, "item");
  if (!item || !isChoiceField(item)) throw new Error("service.item is a choice field");

  it("offers the items of the chosen kind, in the field's order", () => {
    expect(choicesFor(item, { kind: "assistance" })).toEqual([
      "pkh",
      "bpnt",
      "pbi_jk",
      "blt_dd",
      "pip",
      "atensi",
      "usulan_dtsen",
      "kartu_penyandang_disabilitas",
    ]);
    expect(choicesFor(item, { kind: "health" })).toContain("alat_bantu");
    expect(choicesFor(item, { kind: "health" })).not.toContain("pkh");
  });

  it("offers nothing yet while the kind is empty or unknown", () => {
    expect(choicesFor(item, {})).toBeUndefined();
    expect(choicesFor(item, { kind: "visa" })).toBeUndefined();
  });

  it("hides the item when the kind has none to choose", () => {
    expect(isFieldShown(item, { kind: "other" })).toBe(false);
    expect(isFieldShown(item, { kind: "document" })).toBe(true);
    expect(isFieldShown(item, {})).toBe(true);
  });

  it("marks a field required while a required-when rule applies", () => {
    expect(isRequiredNow(serviceForm, "done_date", { status: "selesai" })).toBe(true);
    expect(isRequiredNow(serviceForm, "done_date", { status: "diproses" })).toBe(false);
    expect(isRequiredNow(serviceForm, "item", { kind: "document" })).toBe(true);
    expect(isRequiredNow(serviceForm, "item", { kind: "other" })).toBe(false);
    expect(isRequiredNow(serviceForm, "kind", {})).toBe(true);
  });

  it("keeps a person's disability types hidden until the category is chosen", () => {
    const person = getFormSpec("person");
    const types = findField(person, "disability_types");
    if (!types) throw new Error("person.disability_types exists");
    expect(isFieldShown(types, { categories: ["elderly"] })).toBe(false);
    expect(isFieldShown(types, { categories: ["elderly", "disability"] })).toBe(true);
  });
});
