// X25519 alone, for the phone's bundle: the same noble Montgomery ladder as @noble/curves' x25519, without the
// Edwards-curve tables it uses to speed up key generation (which would add ed25519 signing code to the app).
import { mod, pow2 } from "@noble/curves/abstract/modular.js";
import { montgomery } from "@noble/curves/abstract/montgomery.js";

const P = BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed");
const n = BigInt;

/** x^(p-2) mod p by the addition chain of RFC 7748's reference (as in @noble/curves/ed25519). */
function powPminus2(x: bigint): bigint {
  const x2 = (x * x) % P;
  const b2 = (x2 * x) % P;
  const b4 = (pow2(b2, n(2), P) * b2) % P;
  const b5 = (pow2(b4, n(1), P) * x) % P;
  const b10 = (pow2(b5, n(5), P) * b5) % P;
  const b20 = (pow2(b10, n(10), P) * b10) % P;
  const b40 = (pow2(b20, n(20), P) * b20) % P;
  const b80 = (pow2(b40, n(40), P) * b40) % P;
  const b160 = (pow2(b80, n(80), P) * b80) % P;
  const b240 = (pow2(b160, n(80), P) * b80) % P;
  const b250 = (pow2(b240, n(10), P) * b10) % P;
  const pow_p_5_8 = (pow2(b250, n(2), P) * x) % P;
  return mod(pow2(pow_p_5_8, n(3), P) * b2, P);
}

/** RFC 7748 clamping. */
function adjustScalarBytes(bytes: Uint8Array): Uint8Array {
  bytes[0] = (bytes[0] as number) & 248;
  bytes[31] = ((bytes[31] as number) & 127) | 64;
  return bytes;
}

export const x25519 = montgomery({ P, type: "x25519", powPminus2, adjustScalarBytes });
