// The shape of each form's shared summary, derived from its report definition: which tables, dimensions and key values may be uploaded.
import type { FormId } from "../form-ids.ts";
import type { Period } from "../period.ts";
import { rowVersion } from "../row-version.ts";
import { ALL, type Summary } from "../summary.ts";
import { SUMMARY_BANDS } from "./compute.ts";
import { type CrossTableDef, PART_SEP } from "./definition.ts";
import { reportDef } from "./index.ts";

export interface SummaryDimensionShape {
  readonly id: string;
  /** Every value a cell key may hold here, in the report's order. */
  readonly values: readonly string[];
  /** A multi-answer dimension: ALL is allowed here (distinct-persons cells). */
  readonly overlapping: boolean;
}

export interface SummaryTableShape {
  readonly id: string;
  readonly dimensions: readonly SummaryDimensionShape[];
  /**
   * Composite dimensions (kind/item), uploaded as one dimension per part: the joined values of
   * these positions must be one of `values` (in the report's order); roll-ups serve them joined as `id`.
   */
  readonly joints: readonly SummaryJoint[];
  /** The most cells an upload of this table can hold. */
  readonly maxCells: number;
}

export interface SummaryJoint {
  readonly id: string;
  readonly at: readonly number[];
  readonly values: readonly string[];
  readonly valueSet: ReadonlySet<string>;
}

export interface SummaryShapeContext {
  readonly period: Period;
  /** The group's villages: the only village codes its summary may count. */
  readonly villages: readonly string[];
}

/** The tables of a form's shared summary for a period and a group's villages, exactly as summaryOf makes them. */
export function summaryShape(form: FormId, ctx: SummaryShapeContext): SummaryTableShape[] {
  const def = reportDef(form);
  const tables = def.tables(
    { today: ctx.period.end, period: ctx.period, villages: ctx.villages, bands: SUMMARY_BANDS },
    [],
  );
  return tables
    .filter((t): t is CrossTableDef => t.kind === "cross" && t.shared)
    .map((t) => {
      const dimensions: SummaryDimensionShape[] = [];
      const joints: SummaryJoint[] = [];
      for (const d of [t.rows, ...t.cols]) {
        if (!d.parts) {
          dimensions.push({ id: d.id, values: [...d.values], overlapping: d.overlaps === true });
          continue;
        }
        const at: number[] = [];
        d.parts.forEach((part, p) => {
          const values = [...new Set(d.values.map((v) => v.split(PART_SEP)[p] as string))];
          at.push(dimensions.length);
          dimensions.push({ id: part, values, overlapping: false });
        });
        joints.push({ id: d.id, at, values: [...d.values], valueSet: new Set(d.values) });
      }
      // Inner cells, plus for each set of multi-answer dimensions the cells with ALL there.
      const maxCells = dimensions.reduce(
        (n, d) => n * (d.values.length + (d.overlapping ? 1 : 0)),
        1,
      );
      return { id: t.id, dimensions, joints, maxCells };
    });
}

export interface ShapeIssue {
  readonly path: (string | number)[];
  readonly message: string;
  /** A village code that is real but not one of the group's: said apart, so the add-on can explain it. */
  readonly outsideVillage?: boolean;
}

// Enough to say what is wrong without a large summary making a megabyte of issues.
const MAX_ISSUES = 100;

/**
 * Every way a (schema-valid) summary differs from the form's shape: unknown or missing tables,
 * other dimensions, key values the spec does not allow. Nothing else can be stored, so no text from
 * a record can reach the server.
 */
export function shapeIssues(
  summary: Summary,
  shapes: readonly SummaryTableShape[],
  isVillage: (code: string) => boolean,
): ShapeIssue[] {
  const issues: ShapeIssue[] = [];
  const add = (issue: ShapeIssue) => {
    if (issues.length < MAX_ISSUES) issues.push(issue);
  };
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const sent = new Set(summary.tables.map((t) => t.id));
  for (const s of shapes) {
    if (!sent.has(s.id)) add({ path: ["tables"], message: `Table "${s.id}" is missing.` });
  }
  summary.tables.forEach((table, t) => {
    const shape = byId.get(table.id);
    if (!shape) {
      add({ path: ["tables", t, "id"], message: "Not a table of this form's report." });
      return;
    }
    const expected = shape.dimensions.map((d) => d.id);
    if (table.dimensions.join() !== expected.join()) {
      add({
        path: ["tables", t, "dimensions"],
        message: `This table's dimensions are ${expected.join(", ")}.`,
      });
      return;
    }
    if (table.cells.length > shape.maxCells) {
      add({ path: ["tables", t, "cells"], message: `At most ${shape.maxCells} cells.` });
      return;
    }
    const allowed = shape.dimensions.map((d) => new Set(d.values));
    table.cells.forEach((cell, c) => {
      cell.key.forEach((value, d) => {
        const dim = shape.dimensions[d] as (typeof shape.dimensions)[number];
        if (value === ALL && dim.overlapping) return;
        if ((allowed[d] as Set<string>).has(value)) return;
        const outside = dim.id === "village" && isVillage(value);
        add({
          path: ["tables", t, "cells", c, "key", d],
          message: outside
            ? `Village ${JSON.stringify(value)} is not one of the group's villages.`
            : `Not a value of "${dim.id}" in this form.`,
          outsideVillage: outside,
        });
      });
      for (const joint of shape.joints) {
        const parts = joint.at.map((i) => cell.key[i] as string);
        if (parts.some((p) => p === ALL) || joint.valueSet.has(parts.join(PART_SEP))) continue;
        add({
          path: ["tables", t, "cells", c, "key", joint.at[0] as number],
          message: `Not a combination of ${joint.at.map((i) => expected[i]).join(" and ")} in this form.`,
        });
      }
    });
  });
  return issues;
}

/**
 * What makes stored parts fit a form's current report: its tables, dimensions and values, the
 * villages left out (they are the group's own). Parts stored under another signature are not used.
 */
export function shapeSignature(shapes: readonly SummaryTableShape[]): string {
  return rowVersion([
    JSON.stringify(
      shapes.map((s) => [
        s.id,
        s.dimensions.map((d) => [d.id, d.overlapping, d.id === "village" ? [] : d.values]),
      ]),
    ),
  ]);
}
