// A row's version: a hash of its cells as read, so an edit can tell whether someone changed the row since it was opened.

function cellText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString();
  return String(v);
}

/**
 * cyrb53 (a public-domain 53-bit string hash) of the cells joined by a separator no cell holds.
 * Not a security measure: it only has to differ when a cell differs, which at 53 bits it does
 * for all practical purposes. Absent and empty cells hash alike (a column added since is empty).
 */
export function rowVersion(cells: readonly unknown[]): string {
  const text = cells.map(cellText).join("\u0001");
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
