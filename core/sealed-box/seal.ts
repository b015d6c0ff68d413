// Sealing (phone and sidebar only: needs randomness): libsodium crypto_box_seal, so any libsodium can open it.

import { xsalsa20poly1305 } from "@noble/ciphers/salsa.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { boxKey } from "./box-key.ts";
import { sealNonce } from "./seal-nonce.ts";
import { utf8Encode } from "./utf8.ts";

/** ephemeral public key ‖ XSalsa20-Poly1305(message) under a fresh key pair; `ephemeralSecret` only for tests. */
export function seal(
  message: Uint8Array | string,
  recipientPublicKey: Uint8Array,
  ephemeralSecret: Uint8Array = x25519.utils.randomSecretKey(),
): Uint8Array {
  const m = typeof message === "string" ? utf8Encode(message) : message;
  const epk = x25519.getPublicKey(ephemeralSecret);
  const c = xsalsa20poly1305(
    boxKey(ephemeralSecret, recipientPublicKey),
    sealNonce(epk, recipientPublicKey),
  ).encrypt(m);
  const out = new Uint8Array(32 + c.length);
  out.set(epk, 0);
  out.set(c, 32);
  return out;
}

/** A fresh X25519 key pair for a group (made in the sidebar's browser). */
export function newKeyPair(): { publicKey: Uint8Array; secretKey: Uint8Array } {
  const secretKey = x25519.utils.randomSecretKey();
  return { publicKey: x25519.getPublicKey(secretKey), secretKey };
}
