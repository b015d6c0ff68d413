// Finds the header row of a source tab: titles and merged title rows above it hold one cell, data below holds numbers.

function isTextCell(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const s = v.trim();
  // Numbers and dates typed as text belong to data rows.
  return s !== "" && !/^[\d\s.,/'-]+$/.test(s);
}

function filled(v: unknown): boolean {
  return v !== null && v !== undefined && String(v).trim() !== "";
}

/**
 * The index of the first row that looks like headers: at least two text cells, no number or
 * date cell, and at least half as many filled cells as the widest of the first rows. Undefined
 * when no row of the first `scan` rows qualifies.
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[])[],
  scan = 20,
): number | undefined {
  const n = Math.min(rows.length, scan);
  let widest = 0;
  for (let i = 0; i < n; i++) {
    const count = (rows[i] ?? []).filter(filled).length;
    if (count > widest) widest = count;
  }
  for (let i = 0; i < n; i++) {
    const row = rows[i] ?? [];
    const cells = row.filter(filled);
    if (cells.length < 2 || cells.length * 2 < widest) continue;
    if (cells.every(isTextCell)) return i;
  }
  return undefined;
}
