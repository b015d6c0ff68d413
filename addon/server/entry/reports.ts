// Public entry points of the reports feature (menu: Buat laporan).
export { buildReport } from "../report.ts";
