// The Apps Script entry: only exposes globals; the build turns each export into a top-level function.
import { buildReport } from "./report.ts";
import { sidebarApi } from "./sidebar-api.ts";

export { onInstall, onOpen, showPersonForm, showSettings } from "./ui.ts";
export { buildReport };
export const submitRecord = sidebarApi.submitRecord;
export const getSettings = sidebarApi.getSettings;
export const saveSettings = sidebarApi.saveSettings;
