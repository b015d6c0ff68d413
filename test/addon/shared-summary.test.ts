// Ringkasan bersama: the area's roll-up in one UrlFetch, hidden counts written "<k", totals and charts.
import { describe, expect, it } from "vitest";
import { protectTable } from "../../core/disclosure.ts";
import type { Rollup } from "../../core/shared-summary.ts";
import { newHost, SERVER, sheetValues } from "../support/addon.ts";

const V1 = "73.09.03.2004"; // Minasa Baji
const V2 = "73.09.03.2005";
const table = {
  id: "village_sex_age",
  dimensions: ["village", "sex", "age_band"],
  cells: [
    { key: [V1, "P", "25-44"], count: 40 },
    { key: [V1, "L", "25-44"], count: 30 },
    { key: [V2, "P", "25-44"], count: 2 }, // small: must not be shown
    { key: [V2, "L", "25-44"], count: 25 },
  ],
};

function rollup(): Rollup {
  return {
    period: "2026",
    region: { code: "73.09", name: "Kabupaten Maros", level: "regency" },
    k: 5,
    forms: [
      {
        form: "person",
        completeness: { expected: 3, reported: 2, missing: [{ id: "g3", name: "POKJA Bontoa" }] },
        tables: [protectTable(table, 5, { sex: ["L", "P"], age_band: ["25-44"] })],
      },
    ],
  };
}

describe("buildSharedSummary", () => {
  it("writes the roll-up with hidden counts as <5, exact shown counts, completeness and a chart", () => {
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
    expect(text).toContain(
      "Warga rentan: 2 dari 3 kelompok sudah melapor.|Belum melapor: POKJA Bontoa",
    );
    const row = (label: string) => values.find((r) => r[0] === label) as unknown[];
    const minasa = row(`Minasa Baji (${V1})`);
    expect(minasa).toBeDefined();
    const other = values.find((r) => String(r[0]).endsWith(`(${V2})`)) as unknown[];
    // The small count and whatever protects it are hidden; nothing shows the value 2.
    expect(other.filter((v) => v === "<5").length).toBeGreaterThan(0);
    expect(text).not.toMatch(/\|2\|/);
    for (const served of rollup().forms[0]?.tables[0]?.cells ?? []) {
      if (!served.suppressed) expect(text).toContain(String(served.count));
    }
    expect(host.store.sheet("Ringkasan Bersama")?.charts.length).toBe(1);
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
