// The shared-summary format: the counts and cell keys a group uploads and the worker stores — no text from any record.
import * as z from "zod";
import { FORM_IDS } from "./form-ids.ts";
import { RECORD_KEY_SPACE } from "./record-key.ts";

export const MAX_TABLES = 50;
export const MAX_DIMENSIONS = 4;
export const MAX_KEY_LENGTH = 64;
export const MAX_COUNT = 10_000_000;
/**
 * A coarse bound checked before the form's own shape: no form's table has more cells than this
 * even for a group with the most villages allowed (core/summary-shape.ts gives each table's exact bound).
 */
export const MAX_CELLS = 20_000;

/**
 * The key value of a distinct-persons cell: in the position of a multi-answer dimension it means
 * "any of its answers", so the cell counts each person once however many answers they have. The
 * server builds margins over such a dimension from these cells, never by adding ticks.
 */
export const ALL = "_all";

/** Version of the stored format; summaries stored without cell keys (format 1) are not rolled up. */
export const SUMMARY_FORMAT = 2;

const TABLE_ID_RE = /^[a-z][a-z0-9_]{0,63}$/;
const DIMENSION_RE = /^[a-z][a-z0-9_]{0,31}$/;

export const summaryCellSchema = z.strictObject({
  key: z.array(z.string().max(MAX_KEY_LENGTH)).max(MAX_DIMENSIONS),
  count: z.number().int().min(0).max(MAX_COUNT),
  /** The sum of the counted records' record keys, modulo RECORD_KEY_SPACE. */
  ckey: z
    .number()
    .int()
    .min(0)
    .max(RECORD_KEY_SPACE - 1),
});

export const summaryTableSchema = z
  .strictObject({
    id: z.string().regex(TABLE_ID_RE, "A table id is lowercase letters, digits and _."),
    dimensions: z
      .array(z.string().regex(DIMENSION_RE, "A dimension is lowercase letters, digits and _."))
      .min(1)
      .max(MAX_DIMENSIONS),
    cells: z.array(summaryCellSchema).max(MAX_CELLS),
  })
  .superRefine((table, ctx) => {
    const dimensions = new Set<string>();
    table.dimensions.forEach((dimension, i) => {
      if (dimensions.has(dimension)) {
        ctx.addIssue({ code: "custom", path: ["dimensions", i], message: "Duplicate dimension." });
      }
      dimensions.add(dimension);
    });
    const keys = new Set<string>();
    table.cells.forEach((cell, i) => {
      if (cell.key.length !== table.dimensions.length) {
        ctx.addIssue({
          code: "custom",
          path: ["cells", i, "key"],
          message: `A cell key has one value per dimension (${table.dimensions.length}).`,
        });
        return;
      }
      // JSON of the key is unambiguous even when values contain any separator character.
      const joined = JSON.stringify(cell.key);
      if (keys.has(joined)) {
        ctx.addIssue({ code: "custom", path: ["cells", i, "key"], message: "Duplicate cell key." });
      }
      keys.add(joined);
    });
  });

export const summarySchema = z
  .strictObject({
    form: z.enum(FORM_IDS),
    tables: z.array(summaryTableSchema).min(1).max(MAX_TABLES),
  })
  .superRefine((summary, ctx) => {
    const ids = new Set<string>();
    summary.tables.forEach((table, i) => {
      if (ids.has(table.id)) {
        ctx.addIssue({ code: "custom", path: ["tables", i, "id"], message: "Duplicate table id." });
      }
      ids.add(table.id);
    });
  });

export type Summary = z.infer<typeof summarySchema>;
export type SummaryTable = z.infer<typeof summaryTableSchema>;
export type SummaryCell = z.infer<typeof summaryCellSchema>;

// Code-unit order, not locale order: the result must not depend on the runtime's ICU data.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders cell keys value by value, in code-unit order (as canonical summaries list them). */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const order = compareText(a[i] as string, b[i] as string);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/**
 * The canonical JSON of a (valid) summary: tables by id, cells by key, zero cells dropped (an
 * absent cell counts zero, and an empty cell's key is 0), fixed property order, the format
 * version first. Equal content gives equal text, so a re-sent summary is recognised by its hash.
 */
export function canonicalSummary(summary: Summary): string {
  const tables = [...summary.tables]
    .sort((a, b) => compareText(a.id, b.id))
    .map((table) => ({
      id: table.id,
      dimensions: [...table.dimensions],
      cells: table.cells
        .filter((cell) => cell.count > 0)
        .map((cell) => ({ key: [...cell.key], count: cell.count, ckey: cell.ckey }))
        .sort((a, b) => compareKeys(a.key, b.key)),
    }));
  return JSON.stringify({ format: SUMMARY_FORMAT, form: summary.form, tables });
}
