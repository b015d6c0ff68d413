// The shared summaries: counts only, in the shared format, with SIMFONI-PPA bands, no personal data or free text.
import { describe, expect, it } from "vitest";
import { SIMFONI_BANDS } from "../../../core/age-bands.ts";
import { FORM_IDS } from "../../../core/form-ids.ts";
import { findField } from "../../../core/form-spec.ts";
import { getFormSpec } from "../../../core/forms/index.ts";
import { RECORD_KEY_FIELD, summaryOf } from "../../../core/reports/compute.ts";
import { NONE, PART_SEP } from "../../../core/reports/definition.ts";
import { ALL, canonicalSummary, summarySchema } from "../../../core/summary.ts";
import { activities, cases, members, persons, proposals, services } from "./fixtures.ts";
import { cross, run } from "./support.ts";

const fixtures = {
  person: persons,
  case: cases,
  service: services,
  activity: activities,
  member: members,
  proposal: proposals,
};

describe("summaryOf", () => {
  it("is a valid shared summary for every form", () => {
    for (const form of FORM_IDS) {
      const summary = summaryOf(run(form, fixtures[form]));
      expect(summarySchema.safeParse(summary).success, form).toBe(true);
      expect(summary.form).toBe(form);
    }
  });

  it("sums to the same counts as the sheet's tables, with distinct-case cells for the multi-answer dimension", () => {
    const report = run("case", cases);
    const summary = summaryOf(report);
    const violence = summary.tables.find((t) => t.id === "violence_sex_age");
    expect(violence?.dimensions).toEqual(["violence_forms", "victim_sex", "age_group"]);
    const inner = violence?.cells.filter((c) => c.key[0] !== ALL) ?? [];
    const distinct = violence?.cells.filter((c) => c.key[0] === ALL) ?? [];
    // Five ticks for four cases: the inner cells count ticks …
    expect(inner.reduce((a, c) => a + c.count, 0)).toBe(5);
    // … and the ALL cells count each case once, so the server's totals are of cases.
    expect(distinct.reduce((a, c) => a + c.count, 0)).toBe(4);
    for (const c of distinct) expect(c.key.slice(1)).not.toContain(ALL);
  });

  it("gives every cell the sum of its records' keys modulo 4096", () => {
    const keyed = cases.map((c, i) => ({ ...c, [RECORD_KEY_FIELD]: 1000 * (i + 1) }));
    const report = run("case", keyed);
    const summary = summaryOf(report);
    const status = summary.tables.find((t) => t.id === "status_sex_age");
    const table = cross(report, "status_sex_age");
    // Worked out from the rows: which records fall in each cell, and their keys.
    const valid = report.records;
    for (const cell of status?.cells ?? []) {
      const [st, sex, group] = cell.key;
      const members = valid.filter(
        (r) =>
          r.status === st &&
          r.victim_sex === sex &&
          ((r.victim_age as number) < 18 ? "child" : "adult") === group,
      );
      expect(cell.count).toBe(members.length);
      const sum = members.reduce((a, r) => a + (r[RECORD_KEY_FIELD] as number), 0);
      expect(cell.ckey).toBe(sum % 4096);
    }
    expect(status?.cells.reduce((a, c) => a + c.count, 0)).toBe(table.tab.total);
  });

  it("counts a record once in each ALL cell however many answers it ticked", () => {
    const summary = summaryOf(run("person", persons));
    const assistance = summary.tables.find((t) => t.id === "assistance_target_sex");
    expect(assistance?.dimensions).toEqual(["assistance", "target", "sex"]);
    const both = assistance?.cells.filter((c) => c.key[0] === ALL && c.key[1] === ALL) ?? [];
    const report = run("person", persons);
    // Persons counted at all in the table: every valid person has an assistance row (or none) and a target only when poor or disabled.
    const table = cross(report, "assistance_target_sex");
    expect(both.reduce((a, c) => a + c.count, 0)).toBe(table.tab.total);
  });

  it("keeps the agency table, shares and medians in the sheet only, and splits kind/item", () => {
    const summary = summaryOf(run("service", services));
    expect(summary.tables.map((t) => t.id)).toEqual(["kind_item_status"]);
    const t = summary.tables[0];
    expect(t?.dimensions).toEqual(["kind", "item", "status"]);
    expect(t?.cells).toContainEqual({ key: ["document", "ktp_el", "selesai"], count: 1, ckey: 0 });
    expect(t?.cells).toContainEqual({ key: ["other", NONE, "diajukan"], count: 1, ckey: 0 });
    const text = JSON.stringify(summary);
    for (const secret of ["Dukcapil", "dukcapil", "Dinas Sosial", "Puskesmas", "p-1"])
      expect(text).not.toContain(secret);
  });

  it("uses SIMFONI-PPA bands whatever the sheet shows, so groups add up", () => {
    const simfoni = summaryOf(run("person", persons));
    const opensid = summaryOf(run("person", persons, { bands: "opensid" }));
    expect(canonicalSummary(opensid)).toBe(canonicalSummary(simfoni));
    const keys = new Set(SIMFONI_BANDS.map((b) => b.key));
    const village = opensid.tables.find((t) => t.id === "village_sex_age");
    for (const cell of village?.cells ?? []) expect(keys.has(cell.key[2] as string)).toBe(true);
  });

  it("holds no names, identity numbers, dates of birth, notes or other free text", () => {
    const text = JSON.stringify(FORM_IDS.map((f) => summaryOf(run(f, fixtures[f]))));
    for (const secret of [
      "Putri",
      "Lukas",
      "Siti",
      "7309034509900001",
      "1990-09-05",
      "2020-05-01",
      "Catatan rahasia",
      "Ibu Pendamping",
      "Pelatihan paralegal",
      "Ketua Kelompok",
      "081234567890",
    ])
      expect(text).not.toContain(secret);
  });

  it("uses as dimensions only codes: never a personal or free-text field", () => {
    for (const form of FORM_IDS) {
      const spec = getFormSpec(form);
      const report = run(form, fixtures[form]);
      for (const table of report.tables) {
        if (table.kind !== "cross" || !table.def.shared) continue;
        for (const dim of [table.def.rows, ...table.def.cols]) {
          for (const id of dim.parts ?? [dim.id]) {
            const field = findField(spec, id);
            if (!field) continue; // a derived code (age band, WG status, month …)
            expect(field.pii, `${form}.${id}`).toBe(false);
            expect(["choice", "multi", "village"], `${form}.${id}`).toContain(field.kind);
          }
        }
        // Every value shared is one of the dimension's listed codes.
        for (const cell of table.tab.cells) {
          cell.key.forEach((v, i) => {
            const dim = [table.def.rows, ...table.def.cols][i];
            expect(dim?.values, `${form}.${table.def.id}`).toContain(v);
            if (dim?.parts) expect(v.split(PART_SEP)).toHaveLength(dim.parts.length);
          });
        }
      }
    }
  });
});
