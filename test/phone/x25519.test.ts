// The phone's X25519 (the Montgomery ladder alone) gives exactly @noble/curves' x25519 and RFC 7748's vectors.
import { x25519 as noble } from "@noble/curves/ed25519.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { x25519 } from "../../phone/x25519.ts";

const hex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (b) => Number.parseInt(b, 16));

describe("phone x25519", () => {
  it("matches RFC 7748 section 6.1", () => {
    const aliceSk = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
    const bobPk = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    expect(x25519.getPublicKey(aliceSk)).toEqual(
      hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"),
    );
    expect(x25519.getSharedSecret(aliceSk, bobPk)).toEqual(
      hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"),
    );
  });

  it("equals noble's x25519 on random keys", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (a, b) => {
          const pb = noble.getPublicKey(b);
          expect(x25519.getPublicKey(a)).toEqual(noble.getPublicKey(a));
          expect(x25519.getSharedSecret(a, pb)).toEqual(noble.getSharedSecret(a, pb));
        },
      ),
      { numRuns: 40 },
    );
  });
});
