// Ringkasan bersama: the area's roll-up in one UrlFetch, checked against the contract, written with its note, totals and charts.
import { describe, expect, it } from "vitest";
import type { RollupResponse } from "../../core/api/summaries.ts";
import { t } from "../../core/i18n.ts";
import { newHost, SERVER, sheetValues } from "../support/addon.ts";

const V1 = "73.09.03.2004"; // Minasa Baji
const V2 = "73.09.03.2005";

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
          reported: 2,
          missing: [{ id: "g3", name: "POKJA Bontoa" }],
          stale: [],
        },
        tables: [
          {
            id: "village_sex_age",
            dimensions: [
              { id: "village", values: [V1, V2] },
              { id: "sex", values: ["L", "P"] },
              { id: "age_band", values: ["25-44"] },
            ],
            cells: [
              { key: [V1, "P", "25-44"], value: 41 },
              { key: [V1, "L", "25-44"], value: 29 },
              { key: [V2, "L", "25-44"], value: 27 },
            ],
            margins: {
              rows: [
                { key: [V1], value: 70 },
                { key: [V2], value: 26 },
              ],
              columns: [
                { key: ["L", "25-44"], value: 55 },
                { key: ["P", "25-44"], value: 41 },
              ],
              grand: { key: [], value: 97 },
            },
          },
        ],
      },
    ],
  };
}

describe("buildSharedSummary", () => {
  it("writes the roll-up as served, with its note, completeness and a chart", () => {
    const { host, worker } = newHost();
    worker.rollup = rollup();
    const res = host.call("buildSharedSummary", { region: "73.09", period: "2026" }) as {
      ok: boolean;
      message: string;
    };
    expect(res).toEqual({
      ok: true,
      message: 'Ringkasan Kabupaten Maros periode 2026 ditulis ke lembar "Ringkasan Bersama".',
    });
    expect(host.calls.count("UrlFetchApp.fetch")).toBe(1);
    expect(worker.requests[0]?.url).toBe(`${SERVER}/v1/summaries/2026?region=73.09`);

    const values = sheetValues(host, "Ringkasan Bersama");
    const text = values.map((r) => r.join("|")).join("\n");
    expect(values[0]?.[0]).toBe("Ringkasan bersama: Kabupaten Maros (73.09)");
    expect(values.map((r) => r[0])).toContain(t("id", "shared.perturbation_note"));
    expect(text).toContain(
      "Warga rentan: 2 dari 3 kelompok sudah melapor.|Belum melapor: POKJA Bontoa",
    );
    const row = (label: string) => values.find((r) => String(r[0]).startsWith(label)) as unknown[];
    expect(row("Minasa Baji").slice(1, 4)).toEqual([29, 41, 70]);
    expect(row("Jumlah").slice(1, 4)).toEqual([55, 41, 97]);
    expect(host.store.sheet("Ringkasan Bersama")?.charts.length).toBe(1);
  });

  it("refuses an answer that is not the contract's roll-up, and writes nothing", () => {
    const { host, worker } = newHost();
    const bad = rollup() as unknown as { forms: { tables: { cells: unknown[] }[] }[] };
    // A leaked exact count and cell key would not fit the served cell's shape.
    bad.forms[0]?.tables[0]?.cells.push({ key: [V2, "P", "25-44"], value: 2, count: 2, ckey: 17 });
    worker.rollup = bad;
    const res = host.call("buildSharedSummary", { region: "73.09", period: "2026" }) as {
      ok: boolean;
      message: string;
    };
    expect(res.ok).toBe(false);
    expect(res.message).toContain("jawaban server tidak dapat dibaca");
    expect(host.store.sheet("Ringkasan Bersama")).toBeUndefined();
  });

  it("explains a busy server and a bad period without writing a sheet", () => {
    const { host, worker } = newHost();
    worker.mode = "busy";
    const busy = host.call("buildSharedSummary", { region: "73.09", period: "2026" }) as {
      ok: boolean;
      message: string;
    };
    expect(busy).toEqual({
      ok: false,
      message: "Ringkasan tidak dapat diambil: server sedang sibuk; coba lagi sebentar lagi.",
    });
    const bad = host.call("buildSharedSummary", { region: "73.09", period: "2026-Q5" }) as {
      ok: boolean;
      message: string;
    };
    expect(bad.ok).toBe(false);
    expect(host.store.sheet("Ringkasan Bersama")).toBeUndefined();
  });
});
