// Row ids made in the script: a version-4 UUID from one source of randomness, no service call per row.

const HEX = "0123456789abcdef";

/**
 * A random UUID (RFC 4122 version 4), the same shape Utilities.getUuid gives. Ids only need to be
 * unique within a spreadsheet, not secret, so Math.random (122 random bits) is enough; calling
 * Utilities.getUuid once per row would cost one Apps Script service call each.
 */
export function newRowId(random: () => number = Math.random): string {
  // Character codes into one string at the end: concatenating 36 one-character strings per id
  // cost more than the randomness when a register's rows get their ids.
  const codes = ID_CODES;
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23)
      codes[i] = 45; // "-"
    else if (i === 14)
      codes[i] = 52; // "4"
    else if (i === 19) codes[i] = HEX.charCodeAt(8 + Math.floor(random() * 4));
    else codes[i] = HEX.charCodeAt(Math.floor(random() * 16));
  }
  return String.fromCharCode.apply(null, codes);
}

const ID_CODES: number[] = new Array(36).fill(0);
