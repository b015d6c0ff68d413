// Text folded for matching what people typed: lower case, no accents or punctuation, one space between words.

/** Lower case, letters and digits only, single spaces; "Tgl. Lahir" and "tgl lahir" fold alike. */
export function foldText(v: unknown): string {
  return String(v ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The folded text without spaces, so "Tgl Lahir" meets "TglLahir" and "L / P" meets "L/P". */
export function compactText(v: unknown): string {
  return foldText(v).replace(/ /g, "");
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length] as number;
}

/** Typos tolerated in a word of this length: none in short codes, one up to 7 letters, two beyond. */
export function typoAllowance(length: number): number {
  return length < 4 ? 0 : length <= 7 ? 1 : 2;
}
