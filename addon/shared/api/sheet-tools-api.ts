// The sheet tools' part of the sidebar contract (check all data, edit the selected row, find persons).

import type { FormId } from "../../../core/form-ids.ts";
import type { CheckStatus } from "../../../core/form-spec.ts";
import type { SubmitResult } from "./forms-api.ts";

/**
 * Which row an edit saves back to: refused unless that row still holds this id and is unchanged
 * since it was read (`version`, a hash of its cells).
 */
export interface EditRef {
  id: string;
  row: number;
  version: string;
  /** The row came from a phone without a matching person (note "Perlu ditautkan"): a save that names the person clears that note. */
  needsLink?: boolean;
}

/**
 * The outcome of saving an edit: like a submit, with the row's new version for the next save;
 * `conflict` when the row moved or someone else changed it since it was opened (nothing is
 * written, and the sidebar keeps what the user typed).
 */
export type UpdateResult =
  | (Extract<SubmitResult, { ok: true }> & { version: string })
  | Extract<SubmitResult, { ok: false }>
  | (Extract<SubmitResult, { ok: false }> & { conflict: true });

/** A person of the register as a person_id picker shows it. */
export interface PersonOption {
  id: string;
  label: string;
}

/** One form sheet in the summary of "check all data". */
export interface CheckSheetSummary {
  form: FormId;
  sheet: string;
  /** Non-empty data rows checked. */
  rows: number;
  /** Rows with at least one error. */
  badRows: number;
  /** Rows with warnings and no error. */
  warningRows: number;
  badCells: number;
  warningCells: number;
  /** Rows that got a new id (typed by hand, or a pasted copy of another row's id). */
  idsAssigned: number;
  /** Sheet row numbers of the first rows needing a fix (at most MAX_LISTED_ROWS). */
  firstBadRows: number[];
  /** check_status of the rows after the run. */
  status: Record<CheckStatus, number>;
  /** Why this sheet was not checked or not written (a column was deleted, or it changed meanwhile). */
  problem?: string;
}

export interface CheckSummary {
  sheets: CheckSheetSummary[];
  total: { rows: number; badRows: number; warningRows: number; idsAssigned: number };
  server: {
    /** Rows sent to the record check (new, unchecked, or changed since their last check). */
    sent: number;
    /** Of those, rows the server answered for. */
    checked: number;
    /** Why the server did not answer, in the user's language. */
    reason?: string;
  };
  /** When the check ran, "YYYY-MM-DD HH:mm (zone)". */
  checkedAt: string;
  /** What pulling the phones' entries first said (rows taken, or why not), in the user's language. */
  field?: string;
}

export interface SheetToolsApi {
  /** Saves an edited record back to its row (Ubah data terpilih). */
  updateRecord(form: FormId, target: EditRef, values: Record<string, unknown>): UpdateResult;
  /** At most 20 persons whose name, NIK or village matches every word of the query. */
  searchPersons(query: string): PersonOption[];
  /** Labels of already chosen person ids; ids not in the register are left out. */
  describePersons(ids: string[]): Record<string, string>;
}
