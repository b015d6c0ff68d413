// Reports and "Periksa semua data" first take the phones' entries when field entry is on: one pull whatever the row count, none when off, and a failed pull only adds a note.
import { describe, expect, it } from "vitest";
import type { FetchRequest, FetchResponse } from "../../addon/preview/addon-host.ts";
import { type SealedRecord, sealedRecordText } from "../../core/field/sealed-record.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair, seal } from "../../core/sealed-box/seal.ts";
import { newHost, SERVER, sheetValues, siti } from "../support/addon.ts";

const group = newKeyPair();
const MEMBER = "m_aaaaaaaaaaaaaaaa";

type Inbox = "empty" | "one" | "down";

function setup(opts: { enabled: boolean; inbox?: Inbox; persons: number }) {
  const { host, worker } = newHost({ now: new Date("2026-11-27T05:00:00Z") });
  if (opts.enabled) {
    host.store.properties.document["pilah.field.publicKey"] = toBase64(group.publicKey);
    host.store.properties.document["pilah.field.secretKey"] = toBase64(group.secretKey);
  }
  const record: SealedRecord = {
    v: 1,
    id: "rec-phone-0001",
    form: "person",
    saved_at: "2026-11-27T03:00:00.000Z",
    values: {
      full_name: "Maria Hoar",
      sex: "P",
      nik: "7309034509900099",
      birth_date: "1990-09-05",
      village: "73.09.03.2004",
      consent_by: "self",
      consent_date: "2026-01-10",
    },
  };
  const items = () =>
    opts.inbox === "one"
      ? [
          {
            id: record.id,
            form: record.form,
            village: "73.09.03.2004",
            saved_at: record.saved_at,
            box: toBase64(seal(sealedRecordText(record), group.publicKey)),
            member_id: MEMBER,
            received_at: "2026-11-27T04:00:00.000Z",
          },
        ]
      : [];
  const fieldCalls: string[] = [];
  const fallback = worker.urlFetch;
  worker.urlFetch = (req: FetchRequest): FetchResponse => {
    const path = req.url.slice(SERVER.length);
    if (!path.startsWith("/v1/field/")) return fallback(req);
    fieldCalls.push(path);
    if (opts.inbox === "down") throw new Error("DNS error");
    const json = (body: unknown): FetchResponse => ({
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (path === "/v1/field/inbox") return json({ items: items(), more: false });
    if (path === "/v1/field/inbox/ack") return json({ acknowledged: 1 });
    return json({});
  };
  for (let i = 0; i < opts.persons; i++)
    host.call("submitRecord", "person", {
      ...siti,
      full_name: `Warga ${i}`,
      nik: `73090345099${String(i + 1).padStart(5, "0")}`,
    });
  host.calls.reset();
  return { host, fieldCalls };
}

describe("pull before reports and checks", () => {
  it.each([2, 12])("makes no field fetch when field entry is off (%i rows)", (persons) => {
    const { host, fieldCalls } = setup({ enabled: false, persons });
    const report = host.call("buildReport") as { message: string };
    const summary = host.call("checkAllData") as { field?: string };
    expect(fieldCalls).toEqual([]);
    expect(report.message).not.toContain("HP");
    expect(summary.field).toBeUndefined();
  });

  it("pulls once per run whatever the row count, with an empty inbox", () => {
    const fetches: number[] = [];
    for (const persons of [2, 12]) {
      const { host, fieldCalls } = setup({ enabled: true, inbox: "empty", persons });
      host.call("buildReport");
      expect(fieldCalls).toEqual(["/v1/field/inbox"]);
      const afterReport = host.calls.snapshot();
      host.calls.reset();
      host.call("checkAllData");
      expect(fieldCalls).toEqual(["/v1/field/inbox", "/v1/field/inbox"]);
      fetches.push(afterReport["UrlFetchApp.fetch"] ?? 0, host.calls.count("UrlFetchApp.fetch"));
    }
    // The same service calls for 2 rows as for 12.
    expect(fetches.slice(0, 2)).toEqual(fetches.slice(2));
  });

  it("takes waiting entries into the sheet before the report counts and the check reads", () => {
    const { host, fieldCalls } = setup({ enabled: true, inbox: "one", persons: 2 });
    const report = host.call("buildReport") as { message: string; reports: { counted: number }[] };
    expect(fieldCalls).toEqual(["/v1/field/inbox", "/v1/field/inbox/ack"]);
    expect(report.message).toContain("1 isian baru dari HP masuk ke lembar");
    expect(sheetValues(host, "Warga Rentan").flat()).toContain("Maria Hoar");
    expect(report.reports[0]?.counted).toBe(3);
  });

  it("a pull that fails leaves a note and the report and check still run", () => {
    const { host, fieldCalls } = setup({ enabled: true, inbox: "down", persons: 2 });
    const report = host.call("buildReport") as { message: string; reports: unknown[] };
    expect(report.reports.length).toBeGreaterThan(0);
    expect(report.message).toContain("Isian dari HP belum bisa diambil");
    const summary = host.call("checkAllData") as { total: { rows: number }; field?: string };
    expect(summary.total.rows).toBe(2);
    expect(summary.field).toContain("server tidak dapat dihubungi");
    expect(fieldCalls).toEqual(["/v1/field/inbox", "/v1/field/inbox"]);
  });
});
