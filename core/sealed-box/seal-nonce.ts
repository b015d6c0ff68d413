// The sealed box nonce: BLAKE2b-192 of the ephemeral and recipient public keys, as libsodium computes it.
import { blake2b } from "@noble/hashes/blake2.js";

export function sealNonce(
  ephemeralPublicKey: Uint8Array,
  recipientPublicKey: Uint8Array,
): Uint8Array {
  const both = new Uint8Array(64);
  both.set(ephemeralPublicKey, 0);
  both.set(recipientPublicKey, 32);
  return blake2b(both, { dkLen: 24 });
}
