// Record keys: the random number every row carries so the shared server can perturb counts consistently.

/**
 * Record keys are integers in [0, RECORD_KEY_SPACE); a cell's key is the sum of its records' keys
 * modulo the same number. The space matches the perturbation table's key space.
 */
export const RECORD_KEY_SPACE = 4096;

/** A record key as stored in a sheet cell (a number, or text holding one); undefined when absent or not valid. */
export function parseRecordKey(cell: unknown): number | undefined {
  const n =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && /^\s*\d{1,4}\s*$/.test(cell)
        ? Number(cell)
        : NaN;
  return Number.isInteger(n) && n >= 0 && n < RECORD_KEY_SPACE ? n : undefined;
}

/** A new record key from a source of uniform numbers in [0, 1) (Math.random by default). */
export function newRecordKey(random: () => number = Math.random): number {
  return Math.floor(random() * RECORD_KEY_SPACE) % RECORD_KEY_SPACE;
}
