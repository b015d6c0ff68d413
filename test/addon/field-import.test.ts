// Ambil isian dari HP through the preview host: one pull, one block per sheet, one acknowledgement; pulling twice never doubles a row.
import { describe, expect, it } from "vitest";
import type { FetchRequest, FetchResponse } from "../../addon/preview/addon-host.ts";
import { type SealedRecord, sealedRecordText } from "../../core/field/sealed-record.ts";
import { personForm } from "../../core/forms/person.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair, seal } from "../../core/sealed-box/seal.ts";
import { newHost, SERVER, sheetValues } from "../support/addon.ts";
import { boot, select } from "./sheet-tools/helpers.ts";

const group = newKeyPair();
const MEMBER = "m_aaaaaaaaaaaaaaaa";

function record(id: string, values: SealedRecord["values"]): SealedRecord {
  return { v: 1, id, form: "person", saved_at: "2026-11-27T03:00:00.000Z", values };
}

const siti = {
  full_name: "Siti Aminah",
  sex: "P",
  nik: "7309034509900001",
  birth_date: "1990-09-05",
  village: "73.09.03.2004",
  consent_by: "self",
  consent_date: "2026-01-10",
};

function setup(records: SealedRecord[], tamper = false) {
  const { host, worker } = newHost({ now: new Date("2026-11-27T05:00:00Z") });
  host.store.properties.document["pilah.field.publicKey"] = toBase64(group.publicKey);
  host.store.properties.document["pilah.field.secretKey"] = toBase64(group.secretKey);
  host.store.properties.document["pilah.field.members"] = JSON.stringify({ [MEMBER]: "Yuliana" });
  const inbox = records.map((r, i) => {
    const box = seal(sealedRecordText(r), group.publicKey);
    if (tamper && i === 0) box[60] = (box[60] as number) ^ 1;
    return {
      id: r.id,
      form: r.form,
      village: "73.09.03.2004",
      saved_at: r.saved_at,
      box: toBase64(box),
      member_id: MEMBER,
      received_at: "2026-11-27T04:00:00.000Z",
    };
  });
  const acks: unknown[] = [];
  const fallback = worker.urlFetch;
  worker.urlFetch = (req: FetchRequest): FetchResponse => {
    const path = req.url.slice(SERVER.length);
    const json = (body: unknown): FetchResponse => ({
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (path === "/v1/field/inbox") return json({ items: inbox, more: false });
    if (path === "/v1/field/inbox/ack") {
      acks.push(JSON.parse(String(req.payload)));
      return json({ acknowledged: 1 });
    }
    return fallback(req);
  };
  return { host, acks };
}

describe("importFieldEntries", () => {
  it("appends valid and failing records (marked), with one read, one block and two fetches", () => {
    const { host, acks } = setup([
      record("rec-00000001", siti),
      record("rec-00000002", { ...siti, full_name: "", nik: "7309034509900002" }),
    ]);
    host.calls.reset();
    const result = host.call("importFieldEntries") as Record<string, unknown>;
    expect(result).toMatchObject({
      ok: true,
      added: 2,
      failedChecks: 1,
      duplicates: 0,
      unreadable: 0,
    });
    expect(host.calls.count("UrlFetchApp.fetch")).toBe(2);
    // The new sheet's header rows, then every record in one block: not one write per row.
    expect(host.calls.count("Range.setValues")).toBe(2);
    expect(host.calls.count("Range.getValues")).toBeLessThanOrEqual(1);
    const rows = sheetValues(host, personForm.sheetName);
    const keys = rows[0] as string[];
    const data = rows.slice(2);
    expect(data).toHaveLength(2);
    const at = (key: string, r: number) => data[r]?.[keys.indexOf(key)];
    expect(at("id", 0)).toBe("rec-00000001");
    expect(at("full_name", 0)).toBe("Siti Aminah");
    expect(at("created_by", 0)).toBe("HP · Yuliana");
    expect(at("check_status", 0)).not.toBe(at("check_status", 1));
    expect(acks).toEqual([
      {
        items: [
          { id: "rec-00000001", state: "taken" },
          { id: "rec-00000002", state: "taken" },
        ],
      },
    ]);
  });

  it("pulling twice never doubles a row; a tampered box is refused, not appended", () => {
    const { host, acks } = setup(
      [record("rec-00000003", siti), record("rec-00000004", siti)],
      true,
    );
    const first = host.call("importFieldEntries") as Record<string, unknown>;
    expect(first).toMatchObject({ added: 1, unreadable: 1 });
    const second = host.call("importFieldEntries") as Record<string, unknown>;
    expect(second).toMatchObject({ added: 0, duplicates: 1, unreadable: 1 });
    expect(sheetValues(host, personForm.sheetName).slice(2)).toHaveLength(1);
    expect(acks[0]).toEqual({
      items: [
        { id: "rec-00000003", state: "rejected" },
        { id: "rec-00000004", state: "taken" },
      ],
    });
  });

  it("says field entry is not enabled when the sheet has no key pair", () => {
    const { host } = newHost();
    expect(host.call("importFieldEntries")).toMatchObject({
      ok: false,
      reason: "field.not_enabled",
    });
  });
});

describe("cases naming their person", () => {
  const kasus = {
    report_date: "2026-11-20",
    village: "73.09.03.2004",
    victim_sex: "P",
    victim_age: 36,
    violence_forms: ["psikis"],
    status: "baru",
  };
  const caseRecord = (id: string, person: SealedRecord["person"]): SealedRecord => ({
    ...record(id, kasus),
    form: "case",
    person,
  });

  it("links a case to the person sent in the same pull (by NIK), and marks one that matches nobody", () => {
    const { host } = setup([
      caseRecord("rec-case-0001", { nik: "7309 0345 0990 0001" }),
      record("rec-pers-0001", siti),
      caseRecord("rec-case-0002", { nik: "7309034509900099" }),
    ]);
    expect(host.call("importFieldEntries")).toMatchObject({ ok: true, added: 3 });
    const rows = sheetValues(host, "Kasus");
    const keys = rows[0] as string[];
    const data = rows.slice(2);
    expect(data.map((r) => r[keys.indexOf("id")])).toEqual(["rec-case-0001", "rec-case-0002"]);
    expect(data[0]?.[keys.indexOf("person_id")]).toBe("rec-pers-0001");
    expect(data[1]?.[keys.indexOf("person_id")]).toBe("");
    const sheet = host.store.sheet("Kasus");
    const statusCol = keys.indexOf("check_status") + 1;
    expect(sheet?.cell(3, statusCol)?.note ?? "").toBe("");
    expect(sheet?.cell(4, statusCol)?.note).toContain("Perlu ditautkan");
    expect(sheet?.cell(4, statusCol)?.note).toContain("7309034509900099");
  });

  it("Ubah data terpilih asks for the person of a row marked Perlu ditautkan; saving it with the person clears the mark", () => {
    const { host } = setup([
      record("rec-pers-0001", siti),
      caseRecord("rec-case-0002", { nik: "7309034509900099" }),
    ]);
    host.call("importFieldEntries");
    const keys = sheetValues(host, "Kasus")[0] as string[];
    const statusCol = keys.indexOf("check_status") + 1;
    const note = () => host.store.sheet("Kasus")?.cell(3, statusCol)?.note ?? "";
    type Edit = { id: string; row: number; version: string; values: Record<string, unknown> };
    select(host, "Kasus", 3);
    host.call("editSelectedRow");
    const edit = (boot(host) as { edit: Edit & { needsLink?: boolean } }).edit;
    expect(edit).toMatchObject({ id: "rec-case-0002", row: 3, needsLink: true });
    const target = { id: edit.id, row: edit.row, version: edit.version, needsLink: true };

    // Saved without a person, the row still needs linking.
    const unlinked = host.call("updateRecord", "case", target, edit.values) as {
      ok: boolean;
      version: string;
    };
    expect(unlinked.ok).toBe(true);
    expect(note()).toContain("Perlu ditautkan");

    host.calls.reset();
    const linked = host.call(
      "updateRecord",
      "case",
      { ...target, version: unlinked.version },
      { ...edit.values, person_id: "rec-pers-0001" },
    ) as { ok: boolean };
    expect(linked.ok).toBe(true);
    const row = sheetValues(host, "Kasus")[2] as unknown[];
    expect(row[keys.indexOf("person_id")]).toBe("rec-pers-0001");
    expect(note()).toBe("");
    expect(host.calls.count("Range.setNote")).toBe(1);

    // Opened again, nothing asks for linking.
    select(host, "Kasus", 3);
    host.call("editSelectedRow");
    expect((boot(host) as { edit: { needsLink?: boolean } }).edit.needsLink).toBeUndefined();
  });
});

describe("pullFieldEntries (menu)", () => {
  it("tells the user in Indonesian what came in", () => {
    const { host } = setup([record("rec-00000005", siti)]);
    host.call("pullFieldEntries");
    expect(JSON.stringify(host.ui)).toContain("1 baris dari HP masuk ke lembar");
  });
});
