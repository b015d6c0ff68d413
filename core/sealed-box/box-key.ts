// crypto_box's shared key: X25519 then HSalsa20 with a zero nonce, as libsodium derives it.

import { hsalsa } from "@noble/ciphers/salsa.js";
import { x25519 } from "@noble/curves/ed25519.js";

// "expand 32-byte k" as little-endian words.
const SIGMA = new Uint32Array([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]);

function words(b: Uint8Array): Uint32Array {
  const w = new Uint32Array(b.length / 4);
  for (let i = 0; i < w.length; i++)
    w[i] =
      ((b[4 * i] as number) |
        ((b[4 * i + 1] as number) << 8) |
        ((b[4 * i + 2] as number) << 16) |
        ((b[4 * i + 3] as number) << 24)) >>>
      0;
  return w;
}

function bytes(w: Uint32Array): Uint8Array {
  const b = new Uint8Array(w.length * 4);
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as number;
    b[4 * i] = x & 255;
    b[4 * i + 1] = (x >>> 8) & 255;
    b[4 * i + 2] = (x >>> 16) & 255;
    b[4 * i + 3] = x >>> 24;
  }
  return b;
}

/** The 32-byte XSalsa20-Poly1305 key shared by `secretKey`'s owner and `publicKey`'s owner. */
export function boxKey(secretKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const shared = x25519.getSharedSecret(secretKey, publicKey);
  const out = new Uint32Array(8);
  hsalsa(SIGMA, words(shared), new Uint32Array(4), out);
  return bytes(out);
}
