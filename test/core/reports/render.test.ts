// The rendered sheet: header lines, tables with totals where a reader expects them, labels in both languages, charts beside.
import { describe, expect, it } from "vitest";
import { FORM_IDS } from "../../../core/form-ids.ts";
import { LANGS } from "../../../core/i18n.ts";
import { renderReport, TABLES_TOP } from "../../../core/reports/render.ts";
import { activities, cases, members, persons, proposals, services } from "./fixtures.ts";
import { run, V1 } from "./support.ts";

const fixtures = {
  person: persons,
  case: cases,
  service: services,
  activity: activities,
  member: members,
  proposal: proposals,
};
const head = { generated: "2026-11-27 10:00 (Asia/Makassar)", invalid: 1 };

function rowOf(values: (string | number)[][], label: string, from = 0) {
  const i = values.findIndex((r, n) => n >= from && r[0] === label);
  if (i < 0) throw new Error(`no row ${label}`);
  return { i, row: values[i] as (string | number)[] };
}

describe("renderReport", () => {
  it("puts the period (or the snapshot date), the time and the notes on top", () => {
    const dated = renderReport(run("case", cases), "id", head).values;
    expect(dated[0]?.[0]).toBe("Laporan Kasus");
    expect(dated[1]?.slice(0, 3)).toEqual(["Periode", "2026", "2026-01-01 – 2026-12-31"]);
    expect(dated[2]?.slice(0, 2)).toEqual(["Dibuat", head.generated]);
    expect(dated[3]?.[0]).toBe(
      "1 baris tidak dihitung karena isinya belum benar. Jalankan Periksa semua data untuk melihat sel yang perlu diperbaiki.",
    );
    expect(dated[4]?.[0]).toBe("1 baris di luar periode ini tidak dihitung.");
    const snapshot = renderReport(run("person", persons), "en", { ...head, invalid: 0 }).values;
    expect(snapshot[1]?.slice(0, 2)).toEqual([
      "Period",
      "As of 2026-11-27 (the register as it is now, not limited to a period)",
    ]);
    expect(snapshot[3]?.[0]).toBe("");
  });

  it("lays out village × sex × age band with subtotals per sex and totals", () => {
    const { values } = renderReport(run("person", persons), "id", head);
    const top = TABLES_TOP - 1;
    expect(values[top]?.[0]).toBe(
      "Warga rentan menurut desa/kelurahan, jenis kelamin dan kelompok umur",
    );
    const header1 = values[top + 1] as string[];
    const header2 = values[top + 2] as string[];
    expect(header1[0]).toBe("Desa/kelurahan/negeri");
    const col = (sex: string, band: string) => header2.indexOf(band, header1.indexOf(sex));
    const minasa = rowOf(values, `Minasa Baji (${V1})`).row;
    expect(minasa[col("Laki-laki", "0–5")]).toBe(1);
    expect(minasa[col("Laki-laki", "60+")]).toBe(1);
    expect(minasa[col("Laki-laki", "Jumlah")]).toBe(2);
    expect(minasa[col("Perempuan", "6–12")]).toBe(1);
    expect(minasa[col("Perempuan", "25–44")]).toBe(0);
    expect(minasa[header1.lastIndexOf("Jumlah")]).toBe(3);
    const total = rowOf(values, "Jumlah", top).row;
    expect(total[col("Perempuan", "Jumlah")]).toBe(3);
    expect(total[header1.lastIndexOf("Jumlah")]).toBe(5);
  });

  it("labels every row and column from the catalogue, in both languages", () => {
    for (const lang of LANGS) {
      for (const form of FORM_IDS) {
        const sheet = renderReport(run(form, fixtures[form]), lang, head);
        for (const row of sheet.values)
          for (const v of row)
            if (typeof v === "string")
              expect(v, `${lang} ${form}`).not.toMatch(/^(report|choice|field)\.[a-z_]+/);
      }
    }
    const en = renderReport(run("case", cases), "en", head).values.flat();
    expect(en).toContain("Forms of violence by victim's sex, child/adult");
    expect(en).toContain("Child (under 18)");
    expect(en).toContain("February 2026");
    expect(en).toContain(
      "One case can fall in more than one row or column; Total counts each case once.",
    );
  });

  it("gives grids of one shape, text as text, shares as percentages", () => {
    const sheet = renderReport(run("service", services), "id", head);
    const h = sheet.values.length;
    const w = sheet.values[0]?.length;
    for (const grid of [sheet.fontWeights, sheet.backgrounds, sheet.numberFormats]) {
      expect(grid).toHaveLength(h);
      for (const line of grid) expect(line).toHaveLength(w as number);
    }
    const { i, row } = rowOf(sheet.values, "Dukcapil Maros");
    expect(row.slice(1, 7)).toEqual([3, 2, 0, 1, 2 / 3, 7]);
    expect(sheet.numberFormats[i]?.slice(0, 7)).toEqual(["@", "0", "0", "0", "0", "0%", "0.0"]);
    const unnamed = rowOf(sheet.values, "Tidak diisi").row;
    expect(unnamed[6]).toBe("");
  });

  it("places one chart per table, on its data and beside it", () => {
    for (const form of FORM_IDS) {
      const report = run(form, fixtures[form]);
      const sheet = renderReport(report, "id", head);
      expect(sheet.charts).toHaveLength(report.tables.length);
      for (const c of sheet.charts) {
        expect(c.row + c.numRows - 1).toBeLessThanOrEqual(sheet.values.length);
        expect(c.col + c.numCols - 1).toBeLessThanOrEqual(sheet.values[0]?.length as number);
        expect(c.anchorCol).toBeGreaterThan(c.col + c.numCols - 1);
        expect(c.anchorCol).toBeLessThan(sheet.columns);
        // The chart's first column holds the row labels, its first row the series names.
        expect(typeof sheet.values[c.row - 1]?.[c.col - 1]).toBe("string");
      }
      // Charts never overlap: each starts below the previous one's rows.
      for (let k = 1; k < sheet.charts.length; k++)
        expect(
          (sheet.charts[k]?.anchorRow as number) - (sheet.charts[k - 1]?.anchorRow as number),
        ).toBeGreaterThanOrEqual(16);
    }
  });
});
