// Buat laporan: the table against hand counts, counts-only upload, and service calls that do not grow with rows.
import { describe, expect, it } from "vitest";
import { KEY, newHost, SERVER, sheetValues, siti } from "../support/addon.ts";

const NOW = new Date("2026-11-27T03:00:00Z");
const MINASA = "73.09.03.2004";
const OTHER = "73.09.03.2005";

/** Five residents whose bands are worked out by hand for 2026-11-27. */
const fixture = [
  {
    ...siti,
    nik: "",
    full_name: "A",
    sex: "P",
    birth_date: "2023-05-01",
    village: MINASA,
    consent_by: "parent",
    categories: [],
    disability_types: [],
  }, // 3 → 0-5
  { ...siti, full_name: "B" }, // P, 36 → 25-44, Minasa Baji
  { ...siti, nik: "", full_name: "C", sex: "L", birth_date: "", age_years: 70, village: MINASA }, // 60+
  {
    ...siti,
    nik: "",
    full_name: "D",
    sex: "L",
    birth_date: "2009-01-01",
    village: OTHER,
    consent_by: "guardian",
  }, // 17 → 13-17
  { ...siti, nik: "", full_name: "E", sex: "P", birth_date: "1970-03-03", village: OTHER }, // 56 → 45-59
];

function report(host: ReturnType<typeof newHost>["host"]) {
  const values = sheetValues(host, "Laporan Warga Rentan");
  const top = values.findIndex((r) => r[0] === "Desa/kelurahan");
  const header1 = values[top] as string[];
  const header2 = values[top + 1] as string[];
  const col = (sex: string, band: string) => {
    const start = header1.indexOf(sex);
    return header2.indexOf(band, start);
  };
  const row = (label: string) => values.find((r) => r[0] === label) as (string | number)[];
  return { values, header1, header2, col, row };
}

describe("buildReport", () => {
  it("writes village × sex × age band with totals and a chart, and sends counts only", () => {
    const { host, worker } = newHost({ now: NOW });
    for (const r of fixture)
      expect((host.call("submitRecord", "person", r) as { ok: boolean }).ok).toBe(true);
    const out = host.call("buildReport") as {
      counted: number;
      skipped: number;
      sent: boolean;
      revision: number;
      period: string;
    };
    expect(out).toMatchObject({ counted: 5, skipped: 0, sent: true, revision: 1, period: "2026" });

    const { values, col, row, header1 } = report(host);
    expect(values[0]?.[0]).toBe("Data pilah warga rentan: desa × jenis kelamin × kelompok umur");
    // Sheets types "2026" as a number, as it would for a person typing it.
    expect(values[1]?.slice(0, 2)).toEqual(["Periode", 2026]);
    const minasa = row(`Minasa Baji (${MINASA})`);
    const total = row("Jumlah");
    expect(minasa[col("Perempuan", "0–5")]).toBe(1);
    expect(minasa[col("Perempuan", "25–44")]).toBe(1);
    expect(minasa[col("Laki-laki", "60+")]).toBe(1);
    expect(minasa[col("Perempuan", "Jumlah")]).toBe(2);
    expect(minasa[col("Laki-laki", "Jumlah")]).toBe(1);
    expect(minasa[header1.lastIndexOf("Jumlah")]).toBe(3);
    expect(total[col("Laki-laki", "13–17")]).toBe(1);
    expect(total[col("Perempuan", "45–59")]).toBe(1);
    expect(total[header1.lastIndexOf("Jumlah")]).toBe(5);
    expect(host.store.sheet("Laporan Warga Rentan")?.charts).toHaveLength(1);
    expect(host.ui.toasts.at(-1)?.message).toContain("terkirim ke server, revisi 1");

    const put = worker.requests.find((r) => r.method === "PUT");
    expect(put?.url).toBe(`${SERVER}/v1/summaries/2026`);
    expect(put?.headers.Authorization).toBe(`Bearer ${KEY}`);
    const summary = JSON.parse(put?.payload ?? "{}");
    expect(summary.form).toBe("person");
    expect(summary.tables[0].dimensions).toEqual(["village", "sex", "age_band"]);
    expect(
      summary.tables[0].cells.reduce((a: number, c: { count: number }) => a + c.count, 0),
    ).toBe(5);
    for (const secret of ["Siti", "7309034509900001", "1990-09-05", "Aminah"])
      expect(put?.payload).not.toContain(secret);
  });

  it("replaces the previous report and notes rows it could not count", () => {
    const { host } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    host.call("buildReport");
    // A row typed straight into the sheet with an impossible NIK is skipped, not deleted.
    const sheet = host.store.sheet("Warga Rentan");
    host.edit("Warga Rentan", 4, 1, "Ketik Manual");
    host.edit("Warga Rentan", 4, 2, "7309037102900001");
    expect(sheet?.lastRow()).toBe(4);
    const out = host.call("buildReport") as { counted: number; skipped: number };
    expect(out).toMatchObject({ counted: 1, skipped: 1 });
    expect(host.store.sheets.filter((s) => s.name === "Laporan Warga Rentan")).toHaveLength(1);
    expect(report(host).values[3]?.[0]).toBe("1 baris tidak dihitung karena isinya belum valid.");
    expect(sheet?.value(4, 1)).toBe("Ketik Manual");
  });

  it("tells the user, and keeps the report, when the counts cannot be sent", () => {
    const { host, worker } = newHost({ now: NOW });
    host.call("submitRecord", "person", siti);
    worker.mode = "reject-key";
    const out = host.call("buildReport") as { sent: boolean };
    expect(out.sent).toBe(false);
    expect(host.ui.toasts.at(-1)?.message).toContain(
      "Jumlah belum terkirim ke server: kunci kelompok ditolak server",
    );
    expect(host.store.sheet("Laporan Warga Rentan")).toBeDefined();
  });

  it("makes the same service calls for 10 and for 10,000 rows", () => {
    const snapshots = [10, 10_000].map((n) => {
      const { host } = newHost({ now: NOW });
      host.call("submitRecord", "person", siti);
      const sheet = host.store.sheet("Warga Rentan");
      if (!sheet) throw new Error("no sheet");
      // Copy the saved row n-1 times, straight into the model (as if pasted).
      const template = sheet.rows[2] ?? [];
      sheet.maxRows = Math.max(sheet.maxRows, n + 2);
      for (let r = 4; r <= n + 2; r++) sheet.rows[r - 1] = template.map((c) => (c ? { ...c } : c));
      host.calls.reset();
      const out = host.call("buildReport") as { counted: number };
      expect(out.counted).toBe(n);
      return host.calls.snapshot();
    });
    expect(snapshots[1]).toEqual(snapshots[0]);
    expect(snapshots[0]?.["Range.getValues"]).toBe(1);
    expect(snapshots[0]?.["Range.setValues"]).toBe(1);
    expect(snapshots[0]?.["UrlFetchApp.fetch"]).toBe(1);
  });
});
