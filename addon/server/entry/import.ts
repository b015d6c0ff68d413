// Public entry points of the import from a tab the group already keeps.
import type { ImportApi } from "../../shared/api/import-api.ts";
import { previewImport as preview, runImport as run } from "../import/run-import.ts";

export { showImport } from "../ui.ts";

const api: ImportApi = { previewImport: preview, runImport: run };

export const previewImport = api.previewImport;
export const runImport = api.runImport;
