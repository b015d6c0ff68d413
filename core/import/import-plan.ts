// What the user decided in the wizard: which column fills which field, and which code each typed value means.

export interface ImportPlan {
  /** The source tab's name. */
  readonly sheet: string;
  /** 0-based index of the header row in the tab's values. */
  readonly headerRow: number;
  /** The header of every source column, as found. */
  readonly headers: readonly string[];
  /** The field each source column fills, by column index; null keeps the column's text in the notes. */
  readonly columns: readonly (string | null)[];
  /** For choice, multi and village fields: typed value (trimmed, as typed) → code, or null for unknown. */
  readonly values: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
}
