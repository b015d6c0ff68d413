// Public entry points of the sheet tools: menu items (check all data, edit the selected row) and the sidebar's calls.
import type { SheetToolsApi } from "../../shared/api/sheet-tools-api.ts";
import { updateRecord as update } from "../sheet-tools/edit-row.ts";
import {
  describePersons as describe,
  searchPersons as search,
} from "../sheet-tools/person-search.ts";

export { checkAllData } from "../sheet-tools/check-all.ts";
export { editSelectedRow } from "../sheet-tools/edit-row.ts";

const api: SheetToolsApi = {
  updateRecord: update,
  searchPersons: search,
  describePersons: describe,
};

export const updateRecord = api.updateRecord;
export const searchPersons = api.searchPersons;
export const describePersons = api.describePersons;
