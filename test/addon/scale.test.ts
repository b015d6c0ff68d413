// A district's register: every add-on action makes the same Apps Script service calls at 100 and at 60,000 rows.
import { describe, expect, it } from "vitest";
import type { AddonHost } from "../../addon/preview/addon-host.ts";
import { newHost, siti } from "../support/addon.ts";
import { NOW, PERSON_SHEET, pasteCopies, UUID, value } from "./sheet-tools/helpers.ts";

type Calls = Record<string, number>;

/** The call log without the reading of responses: one response per 1,000 rows checked is read, by design. */
function serviceCalls(host: AddonHost): Calls {
  const calls = host.calls.snapshot();
  for (const k of Object.keys(calls)) if (k.startsWith("HTTPResponse.")) delete calls[k];
  return calls;
}

/** A person register of `n` rows as a group pastes it in: no ids yet, never checked, every tenth row wrong. */
function register(n: number): AddonHost {
  const { host } = newHost({ now: NOW });
  host.call("submitRecord", "person", siti);
  pasteCopies(host, PERSON_SHEET, 3, n - 1, (r, set) => {
    set("id", "");
    set("check_status", "");
    if (r % 10 === 0) set("sex", "X");
  });
  return host;
}

// Two 60,000-row registers per test through the whole add-on: seconds, not the default 30 s budget under load.
describe("service calls at district scale", { timeout: 180_000 }, () => {
  const sizes = [100, 60_000] as const;

  it("Periksa semua data, first run (ids made in the script) and again", () => {
    const runs = sizes.map((n) => {
      const host = register(n);
      host.calls.reset();
      const first = host.call("checkAllData") as { total: { rows: number; badRows: number } };
      expect(first.total.rows).toBe(n);
      const firstCalls = serviceCalls(host);
      // Every row got an id of its own without a call to Utilities.getUuid.
      expect(String(value(host, PERSON_SHEET, n + 2, "id"))).toMatch(UUID);
      host.calls.reset();
      host.call("checkAllData");
      return { first: firstCalls, again: serviceCalls(host) };
    });
    expect(runs[1]?.first).toEqual(runs[0]?.first);
    expect(runs[1]?.again).toEqual(runs[0]?.again);
    expect(runs[0]?.first["Utilities.getUuid"]).toBeUndefined();
    expect(runs[0]?.first["Range.getValues"]).toBe(1);
    expect(runs[0]?.first["UrlFetchApp.fetchAll"]).toBe(1);
  });

  it("Buat laporan", () => {
    const snapshots = sizes.map((n) => {
      const host = register(n);
      host.call("checkAllData");
      host.calls.reset();
      const out = host.call("buildReport") as { reports: { counted: number }[] };
      // The wrong rows (every tenth) are left out of the counts.
      expect(out.reports[0]?.counted).toBe(n - Math.floor(n / 10));
      return serviceCalls(host);
    });
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.["Range.getValues"]).toBe(1);
  });
});
