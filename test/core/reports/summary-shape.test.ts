// Each form's summary shape: what summaryOf makes always fits it, and nothing else does (no free text, no foreign code).
import { describe, expect, it } from "vitest";
import { FORM_IDS } from "../../../core/form-ids.ts";
import { parsePeriod } from "../../../core/period.ts";
import { summaryOf } from "../../../core/reports/compute.ts";
import { shapeIssues, summaryShape } from "../../../core/reports/summary-shape.ts";
import { ALL, type Summary } from "../../../core/summary.ts";
import { activities, cases, members, persons, proposals, services } from "./fixtures.ts";
import { run, V1, V2 } from "./support.ts";

const fixtures = {
  person: persons,
  case: cases,
  service: services,
  activity: activities,
  member: members,
  proposal: proposals,
};
const isVillage = (code: string) => /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(code);
const shapeOf = (form: (typeof FORM_IDS)[number], period = "2026") =>
  summaryShape(form, { period: parsePeriod(period), villages: [V1, V2] });

function issues(summary: Summary, period = "2026") {
  return shapeIssues(summary, shapeOf(summary.form, period), isVillage);
}

function person(): Summary {
  return summaryOf(run("person", persons));
}

function table(summary: Summary, id: string) {
  const t = summary.tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

describe("summaryShape", () => {
  it("fits what summaryOf makes, for every form", () => {
    for (const form of FORM_IDS) {
      const summary = summaryOf(run(form, fixtures[form]));
      expect(issues(summary), form).toEqual([]);
      expect(summary.tables.map((t) => t.id)).toEqual(shapeOf(form).map((s) => s.id));
    }
  });

  it("bounds every table by the spec's grid, ALL cells included", () => {
    for (const form of FORM_IDS) {
      for (const s of shapeOf(form)) {
        const grid = s.dimensions.reduce(
          (n, d) => n * (d.values.length + (d.overlapping ? 1 : 0)),
          1,
        );
        expect(s.maxCells, `${form}.${s.id}`).toBe(grid);
      }
    }
    const village = shapeOf("person").find((s) => s.id === "village_sex_age");
    expect(village?.maxCells).toBe(2 * 2 * 7);
  });

  it("lists the months of the period only", () => {
    const month = shapeOf("case", "2026-Q2")
      .find((s) => s.id === "month_sex_age")
      ?.dimensions.find((d) => d.id === "month");
    expect(month?.values).toEqual(["2026-04", "2026-05", "2026-06"]);
  });
});

describe("shapeIssues refuses", () => {
  it("free text as a table id, a dimension or a key value", () => {
    const s = person();
    s.tables.push({
      id: "victim_names",
      dimensions: ["name"],
      cells: [{ key: ["Siti Aminah 12th NIK 7309044512140001"], count: 1, ckey: 0 }],
    });
    expect(issues(s)).toContainEqual({
      path: ["tables", s.tables.length - 1, "id"],
      message: "Not a table of this form's report.",
    });
    const d = person();
    table(d, "category_sex").dimensions = ["name", "sex"];
    expect(issues(d).map((i) => i.path)).toContainEqual(["tables", 1, "dimensions"]);
    const k = person();
    table(k, "category_sex").cells.push({ key: ["Siti Aminah", "P"], count: 1, ckey: 0 });
    const found = issues(k);
    expect(found.map((i) => i.path)).toContainEqual([
      "tables",
      1,
      "cells",
      table(k, "category_sex").cells.length - 1,
      "key",
      0,
    ]);
    expect(found.every((i) => !i.outsideVillage)).toBe(true);
  });

  it("a missing table, and a table of another form", () => {
    const s = person();
    s.tables = s.tables.filter((t) => t.id !== "wg_status_sex");
    expect(issues(s)).toContainEqual({
      path: ["tables"],
      message: 'Table "wg_status_sex" is missing.',
    });
    const c = summaryOf(run("case", cases));
    expect(issues({ ...c, form: "person" }).length).toBeGreaterThan(0);
  });

  it("a village outside the group's, said apart so the add-on can explain it", () => {
    const s = person();
    table(s, "village_sex_age").cells.push({
      key: ["73.09.04.2001", "L", "60+"],
      count: 5,
      ckey: 1,
    });
    const found = issues(s);
    expect(found).toHaveLength(1);
    expect(found[0]?.outsideVillage).toBe(true);
  });

  it("an age band of another scheme, a month outside the period, ALL where no multi-answer is", () => {
    const s = person();
    table(s, "village_sex_age").cells.push({ key: [V1, "L", "19-29"], count: 1, ckey: 1 });
    expect(issues(s)).toHaveLength(1);
    const c = summaryOf(run("case", cases));
    table(c, "month_sex_age").cells.push({ key: ["2025-12", "P", "child"], count: 1, ckey: 1 });
    expect(issues(c)).toHaveLength(1);
    const a = person();
    table(a, "category_sex").cells.push({ key: ["disability", ALL], count: 1, ckey: 1 });
    expect(issues(a)).toHaveLength(1);
  });

  it("a kind and item that do not belong together", () => {
    const s = summaryOf(run("service", services));
    table(s, "kind_item_status").cells.push({
      key: ["document", "pengobatan", "selesai"],
      count: 1,
      ckey: 1,
    });
    expect(issues(s)[0]?.message).toContain("Not a combination of kind and item");
  });

  it("more cells than the grid holds", () => {
    const s = person();
    const t = table(s, "wg_status_sex");
    const shape = shapeOf("person").find((x) => x.id === "wg_status_sex");
    t.cells = Array.from({ length: (shape?.maxCells ?? 0) + 1 }, (_, i) => ({
      key: ["disability", `x${i}`],
      count: 1,
      ckey: 0,
    }));
    expect(issues(s).map((i) => i.message)).toContain(`At most ${shape?.maxCells} cells.`);
  });
});
