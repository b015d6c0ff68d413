// The Apps Script entry: only exposes globals. Each feature's entry module lists exactly its public
// functions (anything exported here becomes callable from the sidebar), and the build turns each
// into a top-level function.
export * from "./entry/drafts.ts";
export * from "./entry/exports.ts";
export * from "./entry/field-entry.ts";
export * from "./entry/forms.ts";
export * from "./entry/import.ts";
export * from "./entry/reports.ts";
export * from "./entry/shared-summary.ts";
export * from "./entry/sheet-tools.ts";
