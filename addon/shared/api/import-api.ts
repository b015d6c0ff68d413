// The import's part of the sidebar contract: preview and import the rows of a tab the group already keeps.
import type { FormId } from "../../../core/form-ids.ts";
import type { ImportPlan } from "../../../core/import/import-plan.ts";
import type { RowChoice, RowKind } from "../../../core/import/preview-rows.ts";

export interface ImportPreview {
  /** The plan used: the one given, else the one saved for this tab, else a fresh suggestion. */
  plan: ImportPlan;
  /** Typed values without a code, by field: shown to the user, never guessed. */
  unmapped: Record<string, string[]>;
  /** Rows of each kind among the rows not imported yet. */
  counts: Record<RowKind, number>;
  /** Non-empty data rows not imported yet. */
  pending: number;
  /** The register's fields a column can fill, with their labels, in the form's order. */
  fields: { key: string; label: string }[];
  /** For each field with typed values to map: the codes it accepts, with their labels. */
  options: Record<string, { code: string; label: string }[]>;
}

export interface ImportRunResult {
  written: number;
  skipped: number;
  marked: number;
  /** False when the run stopped before the end (time budget): run it again to continue. */
  finished: boolean;
}

export interface ImportApi {
  /** Nothing is written. */
  previewImport(sheet: string, form: FormId, plan?: ImportPlan): ImportPreview;
  /** Writes the rows not imported yet into the register; the source tab is never changed. */
  runImport(
    sheet: string,
    form: FormId,
    plan?: ImportPlan,
    choices?: Record<RowKind, RowChoice>,
    opts?: { maxBlocks?: number; blockRows?: number },
  ): ImportRunResult;
}
