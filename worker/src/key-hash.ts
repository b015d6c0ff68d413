// SHA-256 hex digests and a constant-time comparison, on Web Crypto only so workerd and Node 20 share it.

const encoder = new TextEncoder();

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}

/** The stored form of a group key: keys themselves are never stored. */
export function hashKey(key: string): Promise<string> {
  return sha256Hex(key);
}

/**
 * Compares two strings without an early exit, so the time taken does not reveal how many
 * leading characters matched. (workerd's `crypto.subtle.timingSafeEqual` is not in Node.)
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i++) {
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
