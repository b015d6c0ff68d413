// Opening a sealed box (runs in Apps Script: no randomness, no WebCrypto, no TextDecoder).
import { xsalsa20poly1305 } from "@noble/ciphers/salsa.js";
import { fromBase64 } from "./base64.ts";
import { boxKey } from "./box-key.ts";
import { sealNonce } from "./seal-nonce.ts";
import { SEAL_OVERHEAD } from "./seal-overhead.ts";
import { utf8Decode } from "./utf8.ts";

/** The message, or undefined when the box was not sealed to this key pair or was altered. */
export function openBox(
  box: Uint8Array,
  publicKey: Uint8Array,
  secretKey: Uint8Array,
): Uint8Array | undefined {
  if (box.length < SEAL_OVERHEAD || publicKey.length !== 32 || secretKey.length !== 32)
    return undefined;
  const epk = box.subarray(0, 32);
  try {
    return xsalsa20poly1305(boxKey(secretKey, epk), sealNonce(epk, publicKey)).decrypt(
      box.subarray(32),
    );
  } catch {
    // A wrong key, a flipped bit or a low-order ephemeral key all fail here alike.
    return undefined;
  }
}

/** A sealed UTF-8 text, or undefined (as openBox, or when the bytes are not valid UTF-8). */
export function openText(
  box: Uint8Array,
  publicKey: Uint8Array,
  secretKey: Uint8Array,
): string | undefined {
  const m = openBox(box, publicKey, secretKey);
  return m === undefined ? undefined : utf8Decode(m);
}

/** openText on base64 box and keys, as they travel and are stored; undefined also for bad base64. */
export function openBase64Text(
  boxB64: string,
  publicKeyB64: string,
  secretKeyB64: string,
): string | undefined {
  const box = fromBase64(boxB64);
  const pk = fromBase64(publicKeyB64);
  const sk = fromBase64(secretKeyB64);
  if (!box || !pk || !sk) return undefined;
  return openText(box, pk, sk);
}
