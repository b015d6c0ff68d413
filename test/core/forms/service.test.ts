// The service form: items that depend on the kind, the required person link, done date against status and request date.
import { describe, expect, it } from "vitest";
import { SERVICE_ITEMS, serviceForm } from "../../../core/forms/service.ts";
import { validateRecord } from "../../../core/validate.ts";
import { codes, ctx, messageOf } from "./helpers.ts";

const minimal = {
  request_date: "2026-10-01",
  person_id: "0b0f8c1e-6a3c-4a5e-9d1e-2f8f0a1b2c3d",
  kind: "document",
  item: "akta_kelahiran",
  status: "diajukan",
};
const check = (values: Record<string, unknown>, lang: "id" | "en" = "id") =>
  validateRecord(serviceForm, { ...minimal, ...values }, ctx, lang);

describe("service form", () => {
  it("accepts a minimal request", () => {
    const r = check({ agency: " Disdukcapil Kab. Maros " });
    expect(r.errors).toEqual([]);
    expect(r.value).toEqual({ ...minimal, agency: "Disdukcapil Kab. Maros" });
  });

  it("reports every missing required field", () => {
    expect(codes(validateRecord(serviceForm, {}, ctx, "id"))).toEqual([
      "kind:error.required",
      "person_id:error.required",
      "request_date:error.required",
      "status:error.required",
    ]);
  });

  it("rejects a badly formed person id", () => {
    expect(codes(check({ person_id: "Siti Aminah" }))).toEqual([
      "person_id:error.invalid_person_ref",
    ]);
  });

  describe("item depends on kind", () => {
    it.each([
      ["document", "ktp_el"],
      ["document", "akta_kematian"],
      ["document", "akta_perceraian"],
      ["document", "kia"],
      ["assistance", "pkh"],
      ["assistance", "pbi_jk"],
      ["assistance", "atensi"],
      ["health", "bpjs_kesehatan"],
      ["health", "alat_bantu"],
      ["education", "paket_kesetaraan"],
      ["education", "lainnya"],
    ])("accepts %s / %s", (kind, item) => {
      expect(check({ kind, item }).errors).toEqual([]);
    });

    it.each([
      ["document", "pkh"],
      ["assistance", "ktp_el"],
      ["health", "beasiswa"],
      ["education", "alat_bantu"],
      ["document", "lainnya"],
    ])("rejects %s / %s on the item", (kind, item) => {
      expect(codes(check({ kind, item }))).toEqual(["item:rule.choice_not_for"]);
    });

    it("names the kind in the message, in both languages", () => {
      const r = check({ kind: "assistance", item: "kk" });
      expect(messageOf(r.errors, "item")).toBe(
        'Pilihan ini tidak berlaku bila "Jenis layanan" adalah "Bantuan sosial". Pilih yang lain, atau ubah "Jenis layanan".',
      );
      const en = check({ kind: "assistance", item: "kk" }, "en");
      expect(messageOf(en.errors, "item")).toBe(
        'This choice does not apply when "Kind of service" is "Social assistance". Choose another, or change "Kind of service".',
      );
    });

    it("offers every listed item for its kind only", () => {
      for (const [kind, items] of Object.entries(SERVICE_ITEMS)) {
        for (const item of items) expect(check({ kind, item }).ok, `${kind}/${item}`).toBe(true);
      }
      expect(check({ kind: "other", item: "pkh" }).ok).toBe(false);
    });

    it("rejects an item that exists for no kind as an unknown choice", () => {
      expect(codes(check({ item: "sim" }))).toEqual(["item:error.invalid_choice"]);
    });

    it("requires the item except for other services, which have none", () => {
      for (const kind of ["document", "assistance", "health", "education"]) {
        expect(codes(check({ kind, item: "" })), kind).toEqual(["item:rule.required_when"]);
      }
      expect(messageOf(check({ kind: "health", item: "" }, "en").errors, "item")).toBe(
        'Required because "Kind of service" is "Health". Fill it in, or change "Kind of service".',
      );
      expect(check({ kind: "other", item: "" }).ok).toBe(true);
      expect(codes(check({ kind: "other", item: "lainnya" }))).toEqual([
        "item:rule.choice_not_for",
      ]);
    });

    it("waits for the kind before judging the item", () => {
      expect(codes(check({ kind: "", item: "pkh" }))).toEqual(["kind:error.required"]);
      expect(codes(check({ kind: "visa", item: "pkh" }))).toEqual(["kind:error.invalid_choice"]);
    });
  });

  describe("done date", () => {
    it.each(["selesai", "ditolak"])("is required once the status is %s", (status) => {
      const r = check({ status });
      expect(codes(r)).toEqual(["done_date:rule.required_when"]);
      expect(check({ status, done_date: "2026-10-15" }).ok).toBe(true);
    });

    it("is optional while the request is open", () => {
      expect(check({ status: "diproses" }).ok).toBe(true);
    });

    it("is not before the request date, which the message names", () => {
      const r = check({ status: "selesai", done_date: "2026-09-30" });
      expect(codes(r)).toEqual(["done_date:rule.date_not_before"]);
      expect(messageOf(r.errors, "done_date")).toBe(
        'Tanggal ini lebih awal dari "Tanggal pengajuan" (2026-10-01). Periksa kedua tanggal.',
      );
      expect(
        messageOf(check({ status: "selesai", done_date: "2026-09-30" }, "en").errors, "done_date"),
      ).toBe('This date is earlier than "Request date" (2026-10-01). Check both dates.');
      expect(check({ status: "selesai", done_date: minimal.request_date }).ok).toBe(true);
    });

    it("is not in the future, nor is the request date", () => {
      expect(codes(check({ status: "selesai", done_date: "2026-11-28" }))).toEqual([
        "done_date:error.date_in_future",
      ]);
      expect(codes(check({ request_date: "2026-12-01" }))).toEqual([
        "request_date:error.date_in_future",
      ]);
    });

    it("is compared only when both dates are valid", () => {
      expect(codes(check({ request_date: "2026-02-30", done_date: "2026-01-01" }))).toEqual([
        "request_date:error.invalid_date",
      ]);
    });
  });

  it("reports rule and field mistakes together", () => {
    const r = check({ person_id: "", kind: "assistance", item: "kia", status: "ditolak" });
    expect(codes(r)).toEqual([
      "done_date:rule.required_when",
      "item:rule.choice_not_for",
      "person_id:error.required",
    ]);
  });
});
