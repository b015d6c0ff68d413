// Public entry points of the shared summary feature (menu: Ringkasan bersama).
export { buildSharedSummary, showSharedSummary } from "../shared-summary.ts";
