// Base64 (standard alphabet, padded) by hand: the same code runs on the phone, in the worker and in Apps Script.

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const INDEX: Record<string, number> = {};
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET.charAt(i)] = i;

export function toBase64(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 3) {
    const x = b[i] as number;
    const y = b[i + 1];
    const z = b[i + 2];
    const n = (x << 16) | ((y ?? 0) << 8) | (z ?? 0);
    s += ALPHABET.charAt(n >> 18) + ALPHABET.charAt((n >> 12) & 63);
    s += y === undefined ? "=" : ALPHABET.charAt((n >> 6) & 63);
    s += z === undefined ? "=" : ALPHABET.charAt(n & 63);
  }
  return s;
}

/** Strict decode: undefined for anything that is not canonical padded base64. */
export function fromBase64(s: string): Uint8Array | undefined {
  if (s.length % 4 !== 0) return undefined;
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const last = i + 4 === s.length;
    const v: number[] = [];
    for (let k = 0; k < 4; k++) {
      const ch = s.charAt(i + k);
      if (ch === "=" && last && k >= 4 - pad) {
        v.push(0);
        continue;
      }
      const d = INDEX[ch];
      if (d === undefined) return undefined;
      v.push(d);
    }
    const n =
      ((v[0] as number) << 18) |
      ((v[1] as number) << 12) |
      ((v[2] as number) << 6) |
      (v[3] as number);
    const bytes = [n >> 16, (n >> 8) & 255, n & 255];
    for (let k = 0; k < 3 && o < out.length; k++) out[o++] = bytes[k] as number;
    if (last && pad > 0 && (n & (pad === 2 ? 0xffff : 0xff)) !== 0) return undefined;
  }
  return out;
}
