// Cell key perturbation: cell keys from record keys, and the served value of a count looked up in the committed table.
import { RECORD_KEY_SPACE } from "../record-key.ts";
import type { PtableParams } from "./build-ptable.ts";
import { PTABLE } from "./ptable-data.ts";

export { RECORD_KEY_SPACE };

/** The parameters the committed table was generated with (D, V, js, key space, large-count row). */
export const PTABLE_PARAMS: Readonly<PtableParams> = PTABLE.params;

if (PTABLE_PARAMS.keySpace !== RECORD_KEY_SPACE) {
  throw new Error("The perturbation table was built for another key space.");
}

function checkKey(key: number, what: string): void {
  if (!Number.isInteger(key) || key < 0 || key >= RECORD_KEY_SPACE) {
    throw new RangeError(`${what} is an integer in 0..${RECORD_KEY_SPACE - 1}.`);
  }
}

/** The cell key of two cells merged (their records together). */
export function addCellKeys(a: number, b: number): number {
  checkKey(a, "A cell key");
  checkKey(b, "A cell key");
  return (a + b) % RECORD_KEY_SPACE;
}

/** The cell key of a cell: the sum of its records' keys mod RECORD_KEY_SPACE (0 for no records). */
export function cellKeyOf(recordKeys: Iterable<number>): number {
  let sum = 0;
  for (const key of recordKeys) {
    checkKey(key, "A record key");
    sum = (sum + key) % RECORD_KEY_SPACE;
  }
  return sum;
}

/** The largest count perturbedValue takes. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER - PTABLE_PARAMS.maxNoise;

/** noise[row][cellKey], built on first use: one byte per key and row. */
let noiseByKey: Int8Array[] | null = null;

function lookups(): Int8Array[] {
  if (noiseByKey) return noiseByKey;
  noiseByKey = PTABLE.rows.map((row) => {
    const out = new Int8Array(RECORD_KEY_SPACE);
    // Contiguous key ranges in increasing noise order, as the rows list them.
    let from = 0;
    for (const [noise, keys] of row) {
      out.fill(noise, from, from + keys);
      from += keys;
    }
    if (from !== RECORD_KEY_SPACE)
      throw new Error("A perturbation table row does not cover every key.");
    return out;
  });
  return noiseByKey;
}

/**
 * The value served for a cell with this true count and cell key: count + noise. Never 1..4,
 * 0 for 0, and always the same for the same (count, cellKey).
 */
export function perturbedValue(count: number, cellKey: number): number {
  // The cap keeps count + noise a safe integer.
  if (!Number.isSafeInteger(count) || count < 0 || count > MAX_COUNT) {
    throw new RangeError(`A count is an integer in 0..${MAX_COUNT}.`);
  }
  checkKey(cellKey, "A cell key");
  const rows = lookups();
  const row = rows[Math.min(count, rows.length - 1)] as Int8Array;
  return count + (row[cellKey] as number);
}
