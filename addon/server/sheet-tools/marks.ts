// Marks on bad cells: a background colour and a note per cell, written as one block; marks of fixed cells are cleared, others' formatting kept.
import { type Lang, t } from "../../../core/i18n.ts";
import type { FieldIssue } from "../../../core/validate.ts";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets normalises colours to lower-case #rrggbb; these are what getBackgrounds returns for them. */
export const ERROR_COLOUR = "#f4c7c3";
export const WARNING_COLOUR = "#fce8b2";
const DEFAULT_BACKGROUND = "#ffffff";
const MARK_COLOURS = new Set([ERROR_COLOUR, WARNING_COLOUR]);
/** Every note line Pilah writes starts with this, so a user's own note lines survive a re-check. */
export const NOTE_PREFIX = "[Pilah] ";

export interface CellIssues {
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

/** Issues by sheet row, then by sheet column. */
export type MarkPlan = Map<number, Map<number, CellIssues>>;

export function addIssues(
  plan: MarkPlan,
  row: number,
  col: number,
  kind: keyof CellIssues,
  issue: FieldIssue,
): void {
  let cols = plan.get(row);
  if (!cols) {
    cols = new Map();
    plan.set(row, cols);
  }
  let cell = cols.get(col);
  if (!cell) {
    cell = { errors: [], warnings: [] };
    cols.set(col, cell);
  }
  if (!cell[kind].some((i) => i.code === issue.code)) cell[kind].push(issue);
}

function noteLines(cell: CellIssues, lang: Lang): string[] {
  return [
    ...cell.errors.map((e) => NOTE_PREFIX + e.message),
    ...cell.warnings.map(
      (w) => NOTE_PREFIX + t(lang, "check.note_warning", { message: w.message }),
    ),
  ];
}

/** A cell's note with Pilah's lines replaced by `ours` (none: only the user's lines stay). */
export function mergeNote(existing: string, ours: readonly string[]): string {
  const mine =
    existing === "" ? [] : existing.split("\n").filter((l) => !l.startsWith(NOTE_PREFIX));
  return [...ours, ...mine].join("\n");
}

export interface Block {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * Applies the plan to a block: one getBackgrounds and one getNotes, then at most one
 * setBackgrounds and one setNotes, only when something changes. Cells outside the plan lose
 * Pilah's marks and keep everything else; values are never touched.
 */
export function applyMarks(sheet: Sheet, block: Block, plan: MarkPlan, lang: Lang): boolean {
  if (block.rows < 1 || block.cols < 1) return false;
  const range = sheet.getRange(block.top, block.left, block.rows, block.cols);
  const backgrounds = range.getBackgrounds();
  const notes = range.getNotes();
  let bgChanged = false;
  let notesChanged = false;
  const newBackgrounds: (string | null)[][] = [];
  const newNotes: string[][] = [];
  for (let r = 0; r < block.rows; r++) {
    const marks = plan.get(block.top + r);
    const bgRow = backgrounds[r];
    const noteRow = notes[r];
    const bgLine: (string | null)[] = [];
    const noteLine: string[] = [];
    for (let c = 0; c < block.cols; c++) {
      const cell = marks?.get(block.left + c);
      // Most cells have the default background and no note: taken as they are, no string made.
      const readBg = bgRow?.[c];
      const bg =
        readBg === DEFAULT_BACKGROUND
          ? DEFAULT_BACKGROUND
          : String(readBg ?? DEFAULT_BACKGROUND).toLowerCase();
      const readNote = noteRow?.[c];
      const note = readNote === "" ? "" : String(readNote ?? "");
      let nextBg = bg;
      if (cell?.errors.length) nextBg = ERROR_COLOUR;
      else if (cell?.warnings.length) nextBg = WARNING_COLOUR;
      else if (MARK_COLOURS.has(bg)) nextBg = DEFAULT_BACKGROUND;
      // An unmarked cell without a note keeps it empty: no lines to split and join (most cells).
      const nextNote =
        !cell && note === "" ? "" : mergeNote(note, cell ? noteLines(cell, lang) : []);
      if (nextBg !== bg) bgChanged = true;
      if (nextNote !== note) notesChanged = true;
      // null resets to the default instead of pinning white on every cell of the block.
      bgLine.push(nextBg === DEFAULT_BACKGROUND ? null : nextBg);
      noteLine.push(nextNote);
    }
    newBackgrounds.push(bgLine);
    newNotes.push(noteLine);
  }
  if (bgChanged) range.setBackgrounds(newBackgrounds as string[][]);
  if (notesChanged) range.setNotes(newNotes);
  return bgChanged || notesChanged;
}
