// Sums groups' latest summaries over an area: per form, table and cell, villages outside the area left out.
import { compareKeys, compareText, type SummaryTable } from "../../core/summary.ts";
import { isUnder } from "./regions.ts";

/** The dimension that names a Kemendagri village; its cells are counted only inside the area. */
export const VILLAGE_DIMENSION = "village";

/**
 * Adds up the tables of several summaries. Tables match by id and dimensions (a table whose
 * dimensions changed between add-on versions is summed apart, never mixed); a table with a
 * village dimension counts only cells of villages under `prefix` ("all": every village).
 */
export function sumTables(
  summaries: readonly { tables: readonly SummaryTable[] }[],
  prefix: string,
): SummaryTable[] {
  const sums = new Map<string, { id: string; dimensions: string[]; cells: Map<string, number> }>();
  for (const summary of summaries) {
    for (const table of summary.tables) {
      const id = JSON.stringify([table.id, table.dimensions]);
      let sum = sums.get(id);
      if (!sum) {
        sum = { id: table.id, dimensions: [...table.dimensions], cells: new Map() };
        sums.set(id, sum);
      }
      const village = table.dimensions.indexOf(VILLAGE_DIMENSION);
      for (const cell of table.cells) {
        if (village >= 0 && !isUnder(cell.key[village] ?? "", prefix)) continue;
        const key = JSON.stringify(cell.key);
        sum.cells.set(key, (sum.cells.get(key) ?? 0) + cell.count);
      }
    }
  }
  return [...sums.values()]
    .map((sum) => ({
      id: sum.id,
      dimensions: sum.dimensions,
      cells: [...sum.cells]
        .filter(([, count]) => count > 0)
        .map(([key, count]) => ({ key: JSON.parse(key) as string[], count }))
        .sort((a, b) => compareKeys(a.key, b.key)),
    }))
    .sort((a, b) => compareText(a.id, b.id) || compareKeys(a.dimensions, b.dimensions));
}

/**
 * The number of cells protectTable lays out for a table: every combination of the values each
 * dimension takes (`given` values included). Suppression works on that whole grid, and its
 * time grows faster than the grid, so the caller leaves out tables above a limit.
 */
export function gridSize(table: SummaryTable, given?: Record<string, readonly string[]>): number {
  return table.dimensions.reduce((product, dimension, d) => {
    const values = new Set(given?.[dimension] ?? []);
    for (const cell of table.cells) values.add(cell.key[d] as string);
    return product * Math.max(values.size, 1);
  }, 1);
}
