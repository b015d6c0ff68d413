// Buat laporan joins each service to its person through the bundle: the person sheet's rows, by id, reach the service report.
import { describe, expect, it } from "vitest";
import { personForm } from "../../../core/forms/person.ts";
import { serviceForm } from "../../../core/forms/service.ts";
import { persons } from "../../core/reports/fixtures.ts";
import { newHost } from "../../support/addon.ts";
import { pasteRecords, reportTable } from "./support.ts";

const NOW = new Date("2026-11-27T03:00:00Z");

describe("service report joined to the person sheet", () => {
  const { host } = newHost({ now: NOW });
  // The first two fixture residents get ids: P (age 6) and L (age 70).
  pasteRecords(host, personForm, [
    { ...persons[0], id: "w-1" },
    { ...persons[1], id: "w-2" },
  ]);
  const service = (person_id: string, status: string, done_date?: string) => ({
    request_date: "2026-03-01",
    person_id,
    kind: "document",
    item: "akta_kelahiran",
    status,
    done_date,
    agency_kind: "dukcapil",
  });
  pasteRecords(host, serviceForm, [
    service("w-1", "selesai", "2026-03-05"),
    service("w-2", "diajukan"),
    service("w-2", "selesai", "2026-03-09"),
    service("w-9", "diajukan"),
  ]);
  host.call("buildReport");

  it("counts requested and completed by the person's sex, unknown ids apart", () => {
    const t = reportTable(
      host,
      "Laporan Layanan",
      "Layanan diajukan dan selesai menurut jenis kelamin warga",
    );
    expect(t.cell("Perempuan", "Selesai")).toBe(1);
    expect(t.cell("Perempuan", "Jumlah")).toBe(1);
    expect(t.cell("Laki-laki", "Selesai")).toBe(1);
    expect(t.cell("Laki-laki", "Jumlah")).toBe(2);
    expect(t.cell("Warga tidak ada di daftar warga rentan", "Jumlah")).toBe(1);
  });

  it("per agency type with the median days to completion", () => {
    const t = reportTable(
      host,
      "Laporan Layanan",
      "Layanan per jenis instansi: selesai dan lamanya",
    );
    // Requests, done, rejected, open, share, median of 4 and 8 days.
    expect(t.rows[0]?.slice(0, 7)).toEqual(["Dukcapil", 4, 2, 0, 2, 0.5, 6]);
  });
});
