// A district's register: every add-on action makes the same Apps Script service calls at 100 and at 60,000 rows.
import { describe, expect, it } from "vitest";
import type { AddonHost, FetchRequest, FetchResponse } from "../../addon/preview/addon-host.ts";
import { type SealedRecord, sealedRecordText } from "../../core/field/sealed-record.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair, seal } from "../../core/sealed-box/seal.ts";
import { newHost, SERVER, siti, type TestHost } from "../support/addon.ts";
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
  return registerHost(n).host;
}

function registerHost(n: number): TestHost {
  const made = newHost({ now: NOW });
  const { host } = made;
  host.call("submitRecord", "person", siti);
  pasteCopies(host, PERSON_SHEET, 3, n - 1, (r, set) => {
    set("id", "");
    set("check_status", "");
    if (r % 10 === 0) set("sex", "X");
  });
  return made;
}

const MEMBER = "m_aaaaaaaaaaaaaaaa";

/** Phone entries waiting in the inbox, sealed to the group's key: a new person, a wrong one, and one already in the sheet. */
function withInbox({ host, worker }: TestHost, existingId: string) {
  const group = newKeyPair();
  host.store.properties.document["pilah.field.publicKey"] = toBase64(group.publicKey);
  host.store.properties.document["pilah.field.secretKey"] = toBase64(group.secretKey);
  host.store.properties.document["pilah.field.members"] = JSON.stringify({ [MEMBER]: "Yuliana" });
  const person = { ...siti, full_name: "Maria Goreti", nik: "7309034509900002" };
  const records: SealedRecord[] = [
    { id: "rec-00000001", values: person },
    { id: "rec-00000002", values: { ...person, full_name: "" } },
    { id: existingId, values: siti },
  ].map(({ id, values }) => ({
    v: 1,
    id,
    form: "person",
    saved_at: "2026-11-27T02:00:00.000Z",
    values,
  }));
  const items = records.map((r) => ({
    id: r.id,
    form: r.form,
    village: "73.09.03.2004",
    saved_at: r.saved_at,
    box: toBase64(seal(sealedRecordText(r), group.publicKey)),
    member_id: MEMBER,
    received_at: "2026-11-27T02:30:00.000Z",
  }));
  const fallback = worker.urlFetch;
  worker.urlFetch = (req: FetchRequest): FetchResponse => {
    const path = req.url.slice(SERVER.length);
    const json = (body: unknown): FetchResponse => ({
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (path === "/v1/field/inbox") return json({ items, more: false });
    if (path === "/v1/field/inbox/ack") return json({ acknowledged: items.length });
    return fallback(req);
  };
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

  it("Ambil isian dari HP into a sheet of 100 and of 60,000 rows", () => {
    const snapshots = sizes.map((n) => {
      const made = registerHost(n);
      // Spare rows below the register at both sizes, as the 100-row sheet has: a full sheet first
      // grows by one insertRowsAfter (one call, at any size), which is not what is compared here.
      const sheet = made.host.store.sheet(PERSON_SHEET);
      if (sheet) sheet.maxRows = Math.max(sheet.maxRows, n + 1000);
      made.host.call("checkAllData");
      // A phone entry whose id a row already has (sent twice) is found among all the rows.
      const existingId = String(value(made.host, PERSON_SHEET, n + 2, "id"));
      withInbox(made, existingId);
      made.host.calls.reset();
      const out = made.host.call("importFieldEntries");
      expect(out).toMatchObject({ ok: true, added: 2, failedChecks: 1, duplicates: 1 });
      expect(made.host.store.sheet(PERSON_SHEET)?.lastRow()).toBe(n + 4);
      return serviceCalls(made.host);
    });
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.["Range.getValues"]).toBeLessThanOrEqual(1);
  });
});
