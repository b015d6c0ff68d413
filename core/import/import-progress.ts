// Where an import of a source tab stands, saved after every block: a stopped run and "Impor lagi" continue after the last row done.

export interface ImportProgress {
  /** The source tab and the register it is imported into. */
  readonly sheet: string;
  readonly form: string;
  /** 0-based index in the tab's values of the next row to import; rows above it are done. */
  readonly nextRow: number;
  /** Rows written so far by this import (all runs). */
  readonly written: number;
  /** Whether the last run reached the end of the tab (rows added later are for "Impor lagi"). */
  readonly finished: boolean;
}

export function startProgress(sheet: string, form: string, headerRow: number): ImportProgress {
  return { sheet, form, nextRow: headerRow + 1, written: 0, finished: false };
}

/** The rows [from, to) of the next block of at most `size` rows, or undefined when none are left. */
export function nextBlock(
  p: ImportProgress,
  totalRows: number,
  size: number,
): { from: number; to: number } | undefined {
  if (p.nextRow >= totalRows) return undefined;
  return { from: p.nextRow, to: Math.min(totalRows, p.nextRow + size) };
}

/** The progress once a block is written; saved before the next block starts. */
export function afterBlock(
  p: ImportProgress,
  block: { from: number; to: number },
  written: number,
  totalRows: number,
): ImportProgress {
  return { ...p, nextRow: block.to, written: p.written + written, finished: block.to >= totalRows };
}

/** Reads saved progress; anything damaged or for another tab or register reads as none. */
export function parseProgress(
  stored: string | null,
  sheet: string,
  form: string,
): ImportProgress | undefined {
  if (!stored) return undefined;
  try {
    const p = JSON.parse(stored) as Partial<ImportProgress>;
    if (p.sheet !== sheet || p.form !== form) return undefined;
    if (typeof p.nextRow !== "number" || typeof p.written !== "number" || p.nextRow < 0)
      return undefined;
    return { sheet, form, nextRow: p.nextRow, written: p.written, finished: p.finished === true };
  } catch {
    return undefined;
  }
}

/** Whether the tab has rows past the saved progress (for "Impor lagi"). */
export function hasNewRows(p: ImportProgress, totalRows: number): boolean {
  return totalRows > p.nextRow;
}
