// `npm run bench` part: a 20,000-row import of a messy tab through the built add-on, Node time and service calls against Apps Script's 6-minute limit.
import { newHost } from "../test/support/addon.ts";

const ROWS = 20_000;
const LIMIT_MS = 6 * 60 * 1000;

export function benchImport(): void {
  const { host } = newHost({ now: new Date("2026-11-27T03:00:00Z") });
  const s = host.store.addSheet("Data Lama");
  const header = ["DATA WARGA RENTAN", "", "", "", "", "", "", "", ""];
  const names = [
    "Nama",
    "NIK",
    "JK",
    "Tgl Lahir",
    "Umur",
    "Desa",
    "Jenis Disabilitas",
    "Persetujuan",
    "Ket.",
  ];
  [header, names].forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== "") s.ensureCell(r + 1, c + 1).v = v;
    });
  });
  const villages = ["Tukamasea", "Tukamase", "Minasa Baji", "Bontoa"];
  for (let i = 0; i < ROWS; i++) {
    const serial = String((i % 9999) + 1).padStart(4, "0");
    const row: (string | number)[] = [
      `Warga ${i}`,
      i % 7 === 0 ? 7309031208850000 : `'73090312088${String(i % 10)}${serial}`,
      i % 2 ? "Lk" : "Pr",
      ["12/08/1985", "12-8-85", "12 Agustus 1985", "1985", "Makassar, 12-08-1985"][i % 5] as string,
      `${30 + (i % 50)} th`,
      villages[i % villages.length] as string,
      i % 3 ? "Tuna Netra" : "Daksa, Rungu",
      "Sendiri",
      i % 11 ? "" : "pindah",
    ];
    row.forEach((v, c) => {
      if (v !== "") s.ensureCell(i + 3, c + 1).v = v;
    });
  }
  host.calls.reset();
  const start = performance.now();
  const out = host.call("runImport", "Data Lama", "person") as {
    written: number;
    finished: boolean;
  };
  const ms = performance.now() - start;
  const calls = Object.values(host.calls.snapshot()).reduce((a, b) => a + b, 0);
  console.log(
    "\n| import | rows | Node time | margin to 6 min | service calls |\n|---|---|---|---|---|",
  );
  console.log(
    `| messy tab → Warga Rentan (${out.finished ? "finished" : "stopped"}) | ${out.written} | ${ms.toFixed(0)} ms | ${((LIMIT_MS - ms) / 1000).toFixed(0)} s | ${calls} |`,
  );
}
