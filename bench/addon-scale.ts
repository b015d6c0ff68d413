// `npm run bench` part: a district's 60,000-row register through the built add-on in the preview host (Periksa semua data, Buat laporan), beside a bare read of the same sheet.

import { loadavg } from "node:os";
import { personForm } from "../core/forms/person.ts";
import { sheetColumns } from "../core/sheet-columns.ts";
import { newHost, siti } from "../test/support/addon.ts";
import { personRows } from "./fixtures.ts";

const SHEET = "Warga Rentan";
const NOW = new Date("2026-11-27T03:00:00Z");
const GROUP_VILLAGES = ["73.09.03.2004", "73.09.03.2005"];

/** A host whose person sheet holds `n` rows as a group pastes them in: no ids, never checked. */
function districtHost(n: number) {
  const made = newHost({ now: NOW, villages: GROUP_VILLAGES });
  made.host.call("submitRecord", "person", siti);
  const sheet = made.host.store.sheet(SHEET);
  if (!sheet) throw new Error("no person sheet");
  const keys = sheetColumns(personForm).map((c) => c.key);
  const rows = personRows(n);
  rows.forEach((row, i) => {
    const r = i + 3;
    keys.forEach((key, c) => {
      const v = key === "village" ? GROUP_VILLAGES[i % 2] : row[key];
      if (v !== undefined && v !== "") sheet.ensureCell(r, c + 1).v = v as string | number;
    });
  });
  sheet.maxRows = Math.max(sheet.maxRows, n + 2);
  return made;
}

function ms(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** CPU milliseconds of the whole process (GC threads included) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export function benchAddonScale(n = 60_000): void {
  const { host, worker } = districtHost(n);
  // The worker's record check runs in this process (a double with the worker's own code): its time
  // is the server's, not the add-on's, so it is measured apart and taken out.
  let serverMs = 0;
  let serverCpu = 0;
  const urlFetch = worker.urlFetch;
  worker.urlFetch = (req) => {
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      return urlFetch(req);
    } finally {
      serverMs += performance.now() - start;
      serverCpu += cpuSince(cpu);
    }
  };
  const sheet = host.store.sheet(SHEET);
  // The floor: one read of the sheet's cells as the add-on's first call gets them, and a pass over them.
  const floor = ms(() => {
    let filled = 0;
    const values = host.store.sheet(SHEET)?.values() ?? [];
    for (const row of values) for (const v of row) if (v !== "" && v !== undefined) filled++;
    return filled;
  });
  // Wall time is what a user waits, but on a shared machine it counts the other jobs too; CPU
  // time is steadier (and counts the GC's helper threads, so it can exceed wall time when idle).
  const run = (action: string) => {
    serverMs = 0;
    serverCpu = 0;
    const cpu = process.cpuUsage();
    const total = ms(() => host.call(action));
    const totalCpu = cpuSince(cpu);
    return { addon: total - serverMs, server: serverMs, addonCpu: totalCpu - serverCpu };
  };
  const first = run("checkAllData");
  const again = run("checkAllData");
  const report = run("buildReport");
  console.log(
    `\nThe built add-on in the preview host (Node), ${n.toLocaleString("en")} person rows (${sheet?.lastRow()} sheet rows); add-on time = total − the record check's time in the worker double\n`,
  );
  console.log(
    "| action | add-on time (wall) | × floor | add-on CPU | record check (server, wall) | goal |\n|---|---|---|---|---|---|",
  );
  console.log(`| floor: read every cell of the sheet once | ${floor.toFixed(0)} ms | 1 | | | |`);
  for (const [what, r] of [
    ["Periksa semua data, first run (ids, record keys, marks)", first],
    ["Periksa semua data, again", again],
    ["Buat laporan (all forms)", report],
  ] as const)
    console.log(
      `| ${what} | ${r.addon.toFixed(0)} ms | ${(r.addon / floor).toFixed(0)} | ${r.addonCpu.toFixed(0)} ms | ${r.server.toFixed(0)} ms | ≤ 5,000 ms |`,
    );
  console.log(
    `\n(load average when done: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")})`,
  );
}
