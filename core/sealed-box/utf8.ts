// UTF-8 by hand: Apps Script has no TextEncoder/TextDecoder, and opened boxes must read the same there.

/** Encodes a string as UTF-8; lone surrogates become U+FFFD as TextEncoder does. */
export function utf8Encode(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    } else if (c >= 0xdc00 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

/** Decodes strict UTF-8; returns undefined on any malformed sequence (a sealed record is never lossy). */
export function utf8Decode(b: Uint8Array): string | undefined {
  let s = "";
  let i = 0;
  while (i < b.length) {
    const a = b[i] as number;
    let c: number;
    let n: number;
    let min: number;
    if (a < 0x80) {
      c = a;
      n = 0;
      min = 0;
    } else if (a >= 0xc2 && a <= 0xdf) {
      c = a & 0x1f;
      n = 1;
      min = 0x80;
    } else if (a >= 0xe0 && a <= 0xef) {
      c = a & 0x0f;
      n = 2;
      min = 0x800;
    } else if (a >= 0xf0 && a <= 0xf4) {
      c = a & 0x07;
      n = 3;
      min = 0x10000;
    } else return undefined;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return undefined;
      c = (c << 6) | (x & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return undefined;
    s +=
      c < 0x10000
        ? String.fromCharCode(c)
        : String.fromCharCode(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    i += n + 1;
  }
  return s;
}
