// The roll-up sheet: the served tables laid out in the report's order, margins as served (never re-added), the note and completeness in the user's language.
import { describe, expect, it } from "vitest";
import { SIMFONI_BANDS } from "../../core/age-bands.ts";
import type { RollupResponse, ServedTable } from "../../core/api/summaries.ts";
import { t } from "../../core/i18n.ts";
import { renderRollup } from "../../core/shared-summary.ts";

const BANDS = SIMFONI_BANDS.map((b) => b.key);

const categorySex: ServedTable = {
  id: "category_sex",
  dimensions: [
    {
      id: "categories",
      values: ["disability", "elderly", "child", "poor_household", "_none"],
    },
    { id: "sex", values: ["L", "P"] },
  ],
  cells: [
    { key: ["disability", "L"], value: 9 },
    { key: ["poor_household", "P"], value: 7 },
  ],
  // Served margins: deliberately not the sum of the cells (perturbation), to see they are used as served.
  margins: {
    rows: [
      { key: ["disability"], value: 10 },
      { key: ["poor_household"], value: 6 },
    ],
    columns: [
      { key: ["L"], value: 12 },
      { key: ["P"], value: 8 },
    ],
    grand: { key: [], value: 19 },
  },
};

const byVillage: ServedTable = {
  id: "village_sex_age",
  dimensions: [
    { id: "village", values: ["73.09.03.2004", "73.09.03.2005"] },
    { id: "sex", values: ["L", "P"] },
    { id: "age_band", values: BANDS },
  ],
  cells: [{ key: ["73.09.03.2004", "P", "60+"], value: 8 }],
  margins: {
    rows: [{ key: ["73.09.03.2004"], value: 8 }],
    columns: [{ key: ["P", "60+"], value: 8 }],
    grand: { key: [], value: 8 },
  },
};

const casesByDistrict: ServedTable = {
  id: "village_sex_age",
  dimensions: [
    { id: "district", values: ["73.09.03"] },
    { id: "victim_sex", values: ["L", "P"] },
    { id: "age_group", values: ["child", "adult"] },
  ],
  cells: [{ key: ["73.09.03", "P", "child"], value: 6 }],
  margins: {
    rows: [{ key: ["73.09.03"], value: 6 }],
    columns: [{ key: ["P", "child"], value: 6 }],
    grand: { key: [], value: 6 },
  },
};

const services: ServedTable = {
  id: "kind_item_status",
  dimensions: [
    { id: "kind_item", values: ["document/ktp_el", "document/kk", "other/_none"] },
    { id: "status", values: ["diajukan", "diproses", "selesai", "ditolak"] },
  ],
  cells: [{ key: ["document/ktp_el", "selesai"], value: 5 }],
  margins: {
    rows: [{ key: ["document/ktp_el"], value: 5 }],
    columns: [{ key: ["selesai"], value: 5 }],
    grand: { key: [], value: 5 },
  },
};

function rollup(): RollupResponse {
  return {
    period: "2026",
    region: { code: "73.09", name: "Kabupaten Maros", level: "regency" },
    exact: false,
    note: { id: t("id", "shared.perturbation_note"), en: t("en", "shared.perturbation_note") },
    forms: [
      {
        form: "person",
        floor: "village",
        withheld: false,
        completeness: {
          expected: 3,
          reported: 1,
          missing: [{ id: "g-2", name: "POKJA Dua" }],
          stale: [{ id: "g-3", name: "KPD Tiga" }],
        },
        tables: [categorySex, byVillage],
      },
      {
        form: "case",
        floor: "district",
        withheld: false,
        completeness: { expected: 3, reported: 1, missing: [], stale: [] },
        tables: [casesByDistrict],
      },
      {
        form: "service",
        floor: "village",
        withheld: false,
        completeness: { expected: 3, reported: 1, missing: [], stale: [] },
        tables: [services],
      },
    ],
  };
}

const rowOf = (values: (string | number)[][], label: string) =>
  values.find((r) => r[0] === label) as (string | number)[];

describe("renderRollup", () => {
  it("lays rows and columns out in the report's order, zero where nothing is served", () => {
    const sheet = renderRollup(rollup(), "id", "2026-11-27 10:00");
    const header = sheet.values.find((r) => r[0] === "Desa/kelurahan/negeri") as string[];
    expect(header.slice(1, 3)).toEqual(["Laki-laki · 0–5", "Laki-laki · 6–12"]);
    expect(header[14]).toBe("Perempuan · 60+");
    expect(header[15]).toBe("Jumlah");
    const minasa = rowOf(sheet.values, "Minasa Baji (73.09.03.2004)");
    expect(minasa.slice(1, 14)).toEqual(new Array(13).fill(0));
    expect(minasa.slice(14, 16)).toEqual([8, 8]);
    // A village of the area with nothing served is still a row, all zero.
    expect(rowOf(sheet.values, "Tukamasea (73.09.03.2005)").slice(1, 16)).toEqual(
      new Array(15).fill(0),
    );
  });

  it("uses the served margins as they are, not the sum of the cells", () => {
    const sheet = renderRollup(rollup(), "id", "2026-11-27 10:00");
    expect(rowOf(sheet.values, "Penyandang disabilitas").slice(1, 4)).toEqual([9, 0, 10]);
    expect(rowOf(sheet.values, "Rumah tangga miskin").slice(1, 4)).toEqual([0, 7, 6]);
    const totals = sheet.values.filter((r) => r[0] === "Jumlah");
    expect(totals[0]?.slice(1, 4)).toEqual([12, 8, 19]);
  });

  it("says the numbers are perturbed, and who has not reported or must report again", () => {
    const sheet = renderRollup(rollup(), "id", "2026-11-27 10:00");
    expect(sheet.values.map((r) => r[0])).toContain(t("id", "shared.perturbation_note"));
    const id = sheet.values.map((r) => r.join("|"));
    expect(id.join("\n")).toContain("Belum melapor: POKJA Dua");
    expect(id.join("\n")).toContain("Buat laporan lagi");
    expect(id.join("\n")).toContain("KPD Tiga");
    const en = renderRollup(rollup(), "en", "2026-11-27 10:00").values.map((r) => r.join("|"));
    expect(en.join("\n")).toContain("shifted slightly on purpose");
  });

  it("labels a kecamatan floor and a kind/item table as the report does", () => {
    const sheet = renderRollup(rollup(), "id", "2026-11-27 10:00");
    const text = sheet.values.map((r) => r.join("|")).join("\n");
    expect(text).toContain("Kecamatan|");
    expect(text).toMatch(/\(73\.09\.03\)\|/);
    expect(text).toContain("Dokumen kependudukan (adminduk): KTP-el");
    expect(sheet.charts).toHaveLength(4);
  });

  it("says when a form is not shown for an area below its floor", () => {
    const r = rollup();
    const cases = r.forms[1];
    if (cases) Object.assign(cases, { withheld: true, tables: [] });
    const text = renderRollup(r, "id", "x")
      .values.map((row) => row.join("|"))
      .join("\n");
    expect(text).toContain("mulai tingkat kecamatan");
  });
});
