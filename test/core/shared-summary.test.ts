// The roll-up sheet: the report's order for rows and columns, totals beside their own rows, "<k" for hidden counts.
import { describe, expect, it } from "vitest";
import { protectTable } from "../../core/disclosure.ts";
import { type Rollup, renderRollup } from "../../core/shared-summary.ts";

function rollup(k: number): Rollup {
  const table = {
    id: "category_sex",
    dimensions: ["categories", "sex"],
    cells: [
      // Codes in an order the report does not use, to see them put back in the report's order.
      { key: ["poor_household", "P"], count: 7 },
      { key: ["disability", "L"], count: 9 },
      { key: ["disability", "P"], count: 2 },
      { key: ["child", "L"], count: 6 },
    ],
  };
  const byAge = {
    id: "village_sex_age",
    dimensions: ["village", "sex", "age_band"],
    cells: [
      { key: ["73.09.03.2004", "P", "60+"], count: 8 },
      { key: ["73.09.03.2004", "P", "6-12"], count: 6 },
      { key: ["73.09.03.2004", "L", "25-44"], count: 5 },
    ],
  };
  return {
    period: "2026",
    region: { code: "73.09", name: "Kabupaten Maros", level: "regency" },
    k,
    forms: [
      {
        form: "person",
        completeness: { expected: 1, reported: 1, missing: [] },
        tables: [protectTable(table, k), protectTable(byAge, k)],
      },
    ],
  };
}

const rowOf = (values: (string | number)[][], label: string) =>
  values.find((r) => r[0] === label) as (string | number)[];

describe("renderRollup", () => {
  it("orders rows and columns as the report does and keeps each total beside its row", () => {
    const sheet = renderRollup(rollup(1), "id", "2026-11-27 10:00");
    const labels = sheet.values.map((r) => r[0]);
    const disability = labels.indexOf("Penyandang disabilitas");
    const child = labels.indexOf("Anak (di bawah 18 tahun)");
    const poor = labels.indexOf("Rumah tangga miskin");
    expect(disability).toBeGreaterThan(0);
    expect(disability).toBeLessThan(child);
    expect(child).toBeLessThan(poor);
    // With k = 1 nothing is hidden: every total is its own row's sum.
    expect(rowOf(sheet.values, "Penyandang disabilitas").slice(1, 4)).toEqual([9, 2, 11]);
    expect(rowOf(sheet.values, "Rumah tangga miskin").slice(1, 4)).toEqual([0, 7, 7]);
    const header = sheet.values.find((r) => r[0] === "Desa/kelurahan") as string[];
    expect(header.slice(1, 7)).toEqual([
      "Laki-laki · 6–12",
      "Laki-laki · 25–44",
      "Laki-laki · 60+",
      "Perempuan · 6–12",
      "Perempuan · 25–44",
      "Perempuan · 60+",
    ]);
    expect(rowOf(sheet.values, "Minasa Baji (73.09.03.2004)").slice(1, 8)).toEqual([
      0, 5, 0, 6, 0, 8, 19,
    ]);
  });

  it("writes hidden counts as <k and says what was hidden", () => {
    const sheet = renderRollup(rollup(5), "en", "2026-11-27 10:00");
    const text = sheet.values.map((r) => r.join("|")).join("\n");
    expect(text).toContain('Counts from 1 to 4 are hidden (shown as "<5")');
    expect(rowOf(sheet.values, "Person with a disability")).toContain("<5");
    expect(text).not.toMatch(/\|2\|/);
    expect(sheet.charts).toHaveLength(2);
  });
});
