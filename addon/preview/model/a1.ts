// A1 notation: column letters, parsing "A1:C3" / "A:A" / "2:5" / "'Sheet name'!B2", and printing ranges back.

export interface GridRect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(col: number): string {
  let n = col;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function rectToA1(rect: GridRect): string {
  const start = `${columnLetters(rect.col)}${rect.row}`;
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${columnLetters(rect.col + rect.numCols - 1)}${rect.row + rect.numRows - 1}`;
}

/** Quotes a sheet name the way Sheets prints it in references: only when it needs quoting. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My sheet'!A1:B2" into sheet name and the A1 part; no sheet prefix gives undefined. */
export function splitSheetPrefix(a1: string): { sheet?: string; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a1);
  if (quoted?.[1] !== undefined && quoted[2] !== undefined)
    return { sheet: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = a1.lastIndexOf("!");
  if (bang > 0) return { sheet: a1.slice(0, bang), ref: a1.slice(bang + 1) };
  return { ref: a1 };
}

interface Endpoint {
  col?: number;
  row?: number;
}

function parseEndpoint(text: string): Endpoint | undefined {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text.trim());
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  const col = m[1] ? columnNumber(m[1]) : undefined;
  const row = m[2] ? Number(m[2]) : undefined;
  if (row === 0) return undefined;
  return { col, row };
}

/**
 * Parses the A1 part of a reference against a sheet's size (open ranges like "A:A" or "A2:C"
 * run to the sheet's last row or column). Returns undefined when it is not valid A1, which
 * the caller reports as Apps Script does ("Range not found").
 */
export function parseA1(ref: string, maxRows: number, maxCols: number): GridRect | undefined {
  const parts = ref.split(":");
  if (parts.length > 2 || parts[0] === undefined) return undefined;
  const a = parseEndpoint(parts[0]);
  if (!a) return undefined;
  if (parts.length === 1) {
    if (a.col === undefined || a.row === undefined) return undefined;
    return { row: a.row, col: a.col, numRows: 1, numCols: 1 };
  }
  const b = parseEndpoint(parts[1] ?? "");
  if (!b) return undefined;
  const colsOnly = a.row === undefined && b.row === undefined;
  const rowsOnly = a.col === undefined && b.col === undefined;
  if (colsOnly && (a.col === undefined || b.col === undefined)) return undefined;
  if (rowsOnly && (a.row === undefined || b.row === undefined)) return undefined;
  const r1 = a.row ?? 1;
  const c1 = a.col ?? 1;
  const r2 = b.row ?? (rowsOnly ? r1 : maxRows);
  const c2 = b.col ?? (colsOnly ? c1 : maxCols);
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return {
    row: top,
    col: left,
    numRows: Math.max(r1, r2) - top + 1,
    numCols: Math.max(c1, c2) - left + 1,
  };
}
