// Submitting from the sidebar: validated again, checked by the worker in one UrlFetch, appended in one write.
import { describe, expect, it } from "vitest";
import { newHost, SERVER, sheetValues, siti } from "../support/addon.ts";
import { freePort } from "../support/free-port.ts";

const NOW = new Date("2026-11-27T03:00:00Z");
type Ok = {
  ok: true;
  row: number;
  sheet: string;
  id: string;
  checkStatus: string;
  warnings: { code: string }[];
  message: string;
};
type Bad = {
  ok: false;
  errors: { field: string; code: string; message: string }[];
  message?: string;
};

describe("submitRecord", () => {
  it("creates the sheet from the spec and appends the checked row", () => {
    const { host, worker } = newHost({ now: NOW });
    const res = host.call("submitRecord", "person", siti) as Ok;
    expect(res).toMatchObject({
      ok: true,
      row: 3,
      sheet: "Warga Rentan",
      checkStatus: "ok",
      warnings: [],
    });
    expect(res.message).toBe(
      'Tersimpan di baris 3 lembar "Warga Rentan". Formulir sudah kosong untuk data berikutnya.',
    );

    const sheet = host.store.sheet("Warga Rentan");
    const values = sheetValues(host, "Warga Rentan");
    const keys = values[0] as string[];
    expect(keys.slice(0, 3)).toEqual(["full_name", "nik", "kk_number"]);
    expect(values[1]?.[0]).toBe("Nama lengkap");
    expect(sheet?.hiddenRows.has(1)).toBe(true);
    expect(sheet?.frozenRows).toBe(2);
    const row = Object.fromEntries(keys.map((k, i) => [k, values[2]?.[i]]));
    expect(row).toMatchObject({
      full_name: "Siti Aminah",
      // Plain text: a 16-digit number would be rounded by Sheets.
      nik: "7309034509900001",
      categories: "disability, woman_head_of_household",
      disability_types: "fisik",
      village: "73.09.03.2004",
      // The status people read; the code "ok" is what the sidebar gets back.
      check_status: "benar",
      id: res.id,
      created_by: "pokja@example.org",
    });
    for (const meta of ["id", "created_at", "created_by", "updated_at", "check_status"]) {
      expect(sheet?.hiddenCols.has(keys.indexOf(meta) + 1)).toBe(true);
    }
    expect(worker.requests).toHaveLength(1);
    expect(worker.requests[0]?.url).toBe(`${SERVER}/v1/records/check?lang=id`);
  });

  it("appends later rows with one UrlFetch, one lock and one write", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    host.calls.reset();
    const res = host.call("submitRecord", "person", {
      ...siti,
      full_name: "Yohana",
      nik: "",
    }) as Ok;
    expect(res.row).toBe(4);
    const calls = host.calls.snapshot();
    expect(calls["UrlFetchApp.fetch"]).toBe(1);
    expect(calls["Range.setValues"]).toBe(1);
    expect(calls["Range.getValues"]).toBe(1);
    expect(calls["Lock.waitLock"]).toBe(1);
    expect(calls["Lock.releaseLock"]).toBe(1);
    expect(host.calls.total()).toBeLessThan(30);
  });

  it("rejects an invalid record with Indonesian field messages and writes nothing", () => {
    const { host, worker } = newHost({ now: NOW });
    const res = host.call("submitRecord", "person", {
      ...siti,
      nik: "7309030509900001",
      consent_date: "",
    }) as Bad;
    expect(res.ok).toBe(false);
    expect(res.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual([
      "consent_date:error.required",
      // A NIK whose sex differs is a warning (Dukcapil keeps the NIK), confirmed before saving.
      "sex_differs_confirmed:rule.person.nik_sex_confirm",
    ]);
    expect(res.errors.find((e) => e.field === "sex_differs_confirmed")?.message).toBe(
      'Jenis kelamin berbeda dengan yang tertulis di NIK. Periksa KTP-el atau Kartu Keluarga; bila memang benar, pilih "Ya, sudah diperiksa".',
    );
    expect(host.store.sheet("Warga Rentan")).toBeUndefined();
    expect(worker.requests).toHaveLength(0);
    expect(host.calls.count("Range.setValues")).toBe(0);
  });

  it("saves with a warning when the NIK's birth date differs from the form's", () => {
    const { host } = newHost({ now: NOW });
    const res = host.call("submitRecord", "person", { ...siti, birth_date: "1990-09-06" }) as Ok;
    expect(res.checkStatus).toBe("warning");
    expect(res.warnings.map((w) => w.code)).toEqual(["nik.birth_date_mismatch"]);
  });

  it("still saves, marked unchecked, when the worker cannot be reached", async () => {
    const port = await freePort(); // nothing listens there
    const { host } = newHost({
      now: NOW,
      serverUrl: `http://127.0.0.1:${port}`,
      realNetwork: true,
    });
    const res = host.call("submitRecord", "person", siti) as Ok;
    expect(res).toMatchObject({ ok: true, row: 3, checkStatus: "unchecked" });
    expect(res.message).toContain("server tidak dapat dihubungi");
    const values = sheetValues(host, "Warga Rentan");
    expect(values[2]?.[0]).toBe("Siti Aminah");
    expect(values[2]?.[(values[0] as string[]).indexOf("check_status")]).toBe("belum diperiksa");
    expect(host.calls.count("UrlFetchApp.fetch")).toBe(1);
  });

  it("still saves, marked unchecked, when the worker rejects the key or no server is set", () => {
    const rejected = newHost({ now: NOW });
    rejected.worker.mode = "reject-key";
    const r1 = rejected.host.call("submitRecord", "person", siti) as Ok;
    expect(r1.checkStatus).toBe("unchecked");
    expect(r1.message).toContain("server menolak kunci kelompok");

    const unset = newHost({ now: NOW, serverUrl: "" });
    const r2 = unset.host.call("submitRecord", "person", siti) as Ok;
    expect(r2).toMatchObject({ ok: true, checkStatus: "unchecked" });
    expect(unset.worker.requests).toHaveLength(0);
  });

  it("writes nothing and says which column is missing when the sheet lost one", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const sheet = host.store.sheet("Warga Rentan");
    const nikCol = (sheetValues(host, "Warga Rentan")[0] as string[]).indexOf("nik") + 1;
    if (sheet) delete sheet.ensureCell(1, nikCol).v;
    host.calls.reset();
    const res = host.call("submitRecord", "person", { ...siti, full_name: "Lain" }) as Bad;
    expect(res.ok).toBe(false);
    expect(res.message).toBe(
      'Kolom "nik" hilang dari lembar "Warga Rentan". Tidak ada yang ditulis. Kembalikan kolom itu (misalnya dengan Urungkan, Ctrl+Z), lalu coba lagi.',
    );
    expect(host.calls.count("Range.setValues")).toBe(0);
    expect(sheet?.lastRow()).toBe(3);
  });
});

describe("submitRecord with a person_id", () => {
  const kasus = {
    report_date: "2026-11-20",
    village: "73.09.03.2004",
    victim_sex: "P",
    victim_age: 12,
    violence_forms: ["psikis"],
    status: "baru",
  };

  it("links a case to a person of the register without a warning", () => {
    const { host } = newHost({ now: NOW });
    const person = host.call("submitRecord", "person", { ...siti, consent_by: "self" }) as Ok;
    const res = host.call("submitRecord", "case", { ...kasus, person_id: person.id }) as Ok;
    expect(res).toMatchObject({
      ok: true,
      sheet: "Kasus",
      row: 3,
      checkStatus: "ok",
      warnings: [],
    });
  });

  it("saves, with a warning, a case whose person_id names no one in the register", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    const res = host.call("submitRecord", "case", { ...kasus, person_id: "no-such-person" }) as Ok;
    expect(res.ok).toBe(true);
    expect(res.checkStatus).toBe("warning");
    expect(res.warnings.map((w) => w.code)).toEqual(["check.person_not_found"]);
  });
});
