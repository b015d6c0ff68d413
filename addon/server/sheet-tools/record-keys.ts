// Record keys for the rows a report counts: a row without one (typed by hand, or from before record keys) gets it once, written in one block.
import type { FormSpec } from "../../../core/form-spec.ts";
import type { Lang } from "../../../core/i18n.ts";
import { newRecordKey, parseRecordKey } from "../../../core/record-key.ts";
import {
  columnBlock,
  completeColumns,
  FIRST_DATA_ROW,
  isUnchanged,
  type SheetData,
} from "../form-sheet.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every record's key by row. New keys are written (the key column appended first if the sheet is
 * older than record keys) when the sheet is unchanged since it was read; call under the document
 * lock. When it changed, the keys are used for this report only and given again next time.
 */
export function recordKeysOf(
  sheet: Sheet,
  spec: FormSpec,
  data: SheetData,
  lang: Lang,
): Map<number, number> {
  const keys = new Map<number, number>();
  const given = new Map<number, number>();
  for (const rec of data.records) {
    const key = parseRecordKey(rec.meta.record_key);
    if (key !== undefined) keys.set(rec.row, key);
    else {
      const fresh = newRecordKey();
      keys.set(rec.row, fresh);
      given.set(rec.row, fresh);
    }
  }
  if (given.size && isUnchanged(sheet, data)) {
    completeColumns(sheet, spec, data, lang);
    const col = data.map.get("record_key") as number;
    const rows = data.values.length - FIRST_DATA_ROW + 1;
    sheet.getRange(FIRST_DATA_ROW, col, rows, 1).setValues(columnBlock(data, col, given));
  }
  return keys;
}
