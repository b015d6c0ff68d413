// Services joined to their person: requested and completed by the person's sex, age band, category and village; per agency type.
import { describe, expect, it } from "vitest";
import type { FormSpec, RecordValues, RuleContext } from "../../../core/form-spec.ts";
import { personForm } from "../../../core/forms/person.ts";
import { serviceForm } from "../../../core/forms/service.ts";
import { parsePeriod } from "../../../core/period.ts";
import { RECORD_KEY_FIELD, summaryOf } from "../../../core/reports/compute.ts";
import { personsById, validPersons } from "../../../core/reports/service-person.ts";
import { summaryShape } from "../../../core/reports/summary-shape.ts";
import { sheetColumns } from "../../../core/sheet-columns.ts";
import { validateRecord } from "../../../core/validate.ts";
import { cross, list, run, TODAY, V1, V2 } from "./support.ts";

const person = (id: string, values: Record<string, unknown>) => ({
  id,
  raw: {
    full_name: `Warga ${id}`,
    village: V1,
    sex: "P",
    age_years: 40,
    consent_by: "self",
    consent_date: "2026-01-05",
    ...values,
  },
});
const persons = [
  person("p1", { sex: "L", age_years: 70, categories: "elderly, disability" }),
  person("p2", { sex: "P", age_years: 10, village: V2, categories: "child", consent_by: "parent" }),
  person("p3", { sex: "P", age_years: 30 }),
  // Fails the person form's own checks (no village): treated as not found.
  person("bad", { village: "" }),
];
const s = (person_id: string, values: Record<string, unknown> = {}) => ({
  request_date: "2026-03-01",
  person_id,
  kind: "document",
  item: "ktp_el",
  status: "diajukan",
  ...values,
});
const services = [
  s("p1", { status: "selesai", done_date: "2026-03-11", agency_kind: "dukcapil" }),
  s("p1", {
    kind: "assistance",
    item: "kartu_penyandang_disabilitas",
    agency_kind: "dinas_sosial",
  }),
  s("p2", { status: "selesai", done_date: "2026-03-04", agency_kind: "dukcapil" }),
  s("p3", { item: "perekaman_ktp_el" }),
  s("gone", { kind: "assistance", item: "usulan_dtsen", agency_kind: "pemerintah_desa" }),
  s("bad"),
];

describe("services joined to the person register", () => {
  const byId = personsById(personForm, persons, TODAY);

  it("keeps only valid person rows, by id", () => {
    expect([...byId.keys()]).toEqual(["p1", "p2", "p3"]);
  });

  it("validates each person row once for the person report and the join alike", () => {
    // The form's own rules, counted: a row checked twice (report, then join) would count twice.
    let checks = 0;
    const counted: FormSpec = {
      ...personForm,
      rules: (personForm.rules ?? []).map((r) =>
        r.kind === "custom"
          ? {
              ...r,
              check: (v: Readonly<RecordValues>, c: RuleContext) => {
                checks++;
                return r.check(v, c);
              },
            }
          : r,
      ),
    };
    const customRules = (personForm.rules ?? []).filter((r) => r.kind === "custom").length;
    const rows = persons.map((p, i) => ({ ...p, raw: { ...p.raw, [RECORD_KEY_FIELD]: i + 1 } }));
    const { valid, invalid, byId: joined } = validPersons(counted, rows, TODAY);
    // At most once per row (an invalid row may stop early), never once more for the join.
    expect(checks).toBeGreaterThanOrEqual(valid.length * customRules);
    expect(checks).toBeLessThanOrEqual(persons.length * customRules);
    expect([valid.length, invalid]).toEqual([3, 1]);
    expect([...joined.values()]).toEqual(valid);
    expect(valid.map((v) => v[RECORD_KEY_FIELD])).toEqual([1, 2, 3]);
    expect(joined.get("p2")).toEqual(
      byId.get("p2") && { ...byId.get("p2"), [RECORD_KEY_FIELD]: 2 },
    );
  });

  it("the fixture persons are otherwise valid", () => {
    for (const p of persons.slice(0, 3))
      expect(validateRecord(personForm, p.raw, { today: TODAY }, "en").errors).toEqual([]);
  });

  const report = run("service", services, { persons: byId });

  it("counts requested (row total) and completed (selesai) by the person's sex, unknown persons apart", () => {
    const t = cross(report, "person_sex_status");
    expect(t.rowTotal("L")).toBe(2);
    expect(t.cell("L", "selesai")).toBe(1);
    expect(t.rowTotal("P")).toBe(2);
    expect(t.cell("P", "selesai")).toBe(1);
    expect(t.rowTotal("_not_found")).toBe(2);
  });

  it("by the person's age band on the report date", () => {
    const t = cross(report, "person_age_status");
    expect(t.rowTotal("60+")).toBe(2);
    expect(t.cell("6-12", "selesai")).toBe(1);
    expect(t.rowTotal("25-44")).toBe(1);
  });

  it("by category (several per person), blanks as not filled", () => {
    const t = cross(report, "person_category_status");
    expect(t.rowTotal("elderly")).toBe(2);
    expect(t.rowTotal("disability")).toBe(2);
    expect(t.cell("child", "selesai")).toBe(1);
    expect(t.rowTotal("_none")).toBe(1);
  });

  it("by the person's village", () => {
    const t = cross(report, "person_village_status");
    expect(t.rowTotal(V1)).toBe(3);
    expect(t.rowTotal(V2)).toBe(1);
  });

  it("per agency type: requests, completed, and median days to completion", () => {
    const l = list(report, "agency_kind");
    const dukcapil = l.rows[0]?.values;
    // Two requests, both completed, after 10 and 3 days.
    expect(dukcapil).toEqual([2, 2, 0, 0, 1, 6.5]);
    expect(l.total.values[0]).toBe(services.length);
  });

  it("joined tables stay off the shared summary, whose shape is unchanged by them", () => {
    const ids = summaryOf(report).tables.map((t) => t.id);
    expect(ids).toEqual(["kind_item_status"]);
    const shape = summaryShape("service", { period: parsePeriod("2026"), villages: [V1, V2] });
    expect(shape.map((t) => t.id)).toEqual(["kind_item_status"]);
  });

  it("without the person register every service is 'not found'", () => {
    const alone = run("service", services);
    expect(cross(alone, "person_sex_status").rowTotal("_not_found")).toBe(services.length);
  });

  it("accepts the new items and the agency list, and refuses an agency outside it", () => {
    const ok = (v: Record<string, unknown>) =>
      validateRecord(serviceForm, s("p1", v), { today: TODAY }, "en").ok;
    expect(ok({ item: "perbaikan_biodata" })).toBe(true);
    expect(ok({ item: "akta_perceraian" })).toBe(true);
    expect(ok({ kind: "assistance", item: "usulan_dtsen" })).toBe(true);
    expect(ok({ agency_kind: "bpjs" })).toBe(true);
    expect(ok({ agency_kind: "polisi" })).toBe(false);
  });
});

describe("a service register written by the previous column layout (commit 92eac39)", () => {
  const OLD_FIELDS = [
    "request_date",
    "person_id",
    "kind",
    "item",
    "agency",
    "status",
    "done_date",
    "notes",
  ];

  it("keeps the old columns first: the agency list is appended", () => {
    const now = sheetColumns(serviceForm)
      .filter((c) => !c.meta)
      .map((c) => c.key);
    expect(now.slice(0, OLD_FIELDS.length)).toEqual(OLD_FIELDS);
  });

  it("reports old rows (free-text agency, no agency type) in the old and new tables", () => {
    const cells = [
      "2026-02-01",
      "p1",
      "document",
      "kk",
      "Dukcapil Maros",
      "selesai",
      "2026-02-05",
      "",
    ];
    const raw = Object.fromEntries(OLD_FIELDS.map((k, i) => [k, cells[i]]));
    const byId = personsById(personForm, persons, TODAY);
    const report = run("service", [raw], { persons: byId });
    expect(report.invalid).toBe(0);
    expect(cross(report, "kind_item_status").cell("document/kk", "selesai")).toBe(1);
    expect(cross(report, "person_sex_status").cell("L", "selesai")).toBe(1);
    expect(list(report, "agency").rows[0]?.label).toBe("Dukcapil Maros");
    // No agency type yet: counted under "not filled", the last row.
    expect(list(report, "agency_kind").rows.at(-1)?.values[0]).toBe(1);
  });
});
