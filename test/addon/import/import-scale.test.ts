// An import makes the same Apps Script service calls at 100 and at 60,000 source rows, apart from one set of writes per block.
import { describe, expect, it } from "vitest";
import type { AddonHost } from "../../../addon/preview/addon-host.ts";
import { newHost } from "../../support/addon.ts";
import { NOW, PERSON_SHEET } from "../sheet-tools/helpers.ts";

/** A tab of `n` people as a group keeps it; every tenth has a sex Pilah does not know. */
function sourceTab(n: number): AddonHost {
  const { host } = newHost({ now: NOW });
  const s = host.store.addSheet("Data Lama");
  ["Nama", "JK", "Umur", "Desa", "Persetujuan", "Tgl Persetujuan", "Ket."].forEach((h, c) => {
    s.ensureCell(1, c + 1).v = h;
  });
  for (let r = 2; r <= n + 1; r++) {
    const row = [
      `Warga ${r}`,
      r % 10 === 0 ? "?" : "L",
      40,
      "Tukamasea",
      "Sendiri",
      "01/02/2025",
      "x",
    ];
    row.forEach((v, c) => {
      s.ensureCell(r, c + 1).v = v;
    });
  }
  return host;
}

/** Calls made once per block of rows written (value, format and mark writes, the saved progress). */
const PER_BLOCK = new Set([
  "Sheet.getRange",
  "Range.setNumberFormat",
  "Range.setValues",
  "Range.getBackgrounds",
  "Range.getNotes",
  "Range.setBackgrounds",
  "Range.setNotes",
  "Properties.setProperty",
  "Sheet.getMaxRows",
  "Sheet.insertRowsAfter",
]);

function split(calls: Record<string, number>) {
  const fixed: Record<string, number> = {};
  const perBlock: Record<string, number> = {};
  for (const [k, v] of Object.entries(calls)) (PER_BLOCK.has(k) ? perBlock : fixed)[k] = v;
  return { fixed, perBlock };
}

describe("service calls of an import", { timeout: 300_000 }, () => {
  it("are equal at 100 and 60,000 rows apart from the writes of each block", () => {
    const sizes = [100, 60_000];
    const runs = sizes.map((n) => {
      const host = sourceTab(n);
      host.calls.reset();
      const started = performance.now();
      const out = host.call("runImport", "Data Lama", "person") as {
        written: number;
        finished: boolean;
      };
      const ms = performance.now() - started;
      expect(out).toMatchObject({ written: n, finished: true });
      expect(host.store.sheet(PERSON_SHEET)?.lastRow()).toBe(n + 2);
      return { ...split(host.calls.snapshot()), ms };
    });
    expect(runs[1]?.fixed).toEqual(runs[0]?.fixed);
    // One source read, whatever the size.
    expect(runs[0]?.fixed["Range.getValues"]).toBeGreaterThanOrEqual(1);
    expect(runs[1]?.fixed["Range.getValues"]).toBe(runs[0]?.fixed["Range.getValues"]);
    // 60,000 rows in blocks of 500: every per-block call scales with the 120 blocks, not the rows.
    for (const [k, v] of Object.entries(runs[1]?.perBlock ?? {}))
      expect(v, k).toBeLessThanOrEqual(120 * 3 + 5);
    console.log(`import of 60,000 rows in the preview host: ${Math.round(runs[1]?.ms ?? 0)} ms`);
  });
});
