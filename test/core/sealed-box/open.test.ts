// Sealed boxes: libsodium crypto_box_seal in both directions, tamper and wrong-key refusal.
import fc from "fast-check";
import sodium from "libsodium-wrappers";
import { beforeAll, describe, expect, it } from "vitest";
import { openBox, openText } from "../../../core/sealed-box/open.ts";
import { newKeyPair, seal } from "../../../core/sealed-box/seal.ts";

beforeAll(async () => {
  await sodium.ready;
});

describe("sealed box", () => {
  it("opens what it seals, for any text", () => {
    const { publicKey, secretKey } = newKeyPair();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(openText(seal(text, publicKey), publicKey, secretKey)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it("libsodium opens a box sealed here, and this opens one sealed by libsodium", () => {
    const kp = sodium.crypto_box_keypair();
    const text = "Ibu Ñyoman — NIK 7309035708800001 ✓ 😀";
    const mine = seal(text, kp.publicKey);
    expect(sodium.to_string(sodium.crypto_box_seal_open(mine, kp.publicKey, kp.privateKey))).toBe(
      text,
    );
    const theirs = sodium.crypto_box_seal(text, kp.publicKey);
    expect(openText(theirs, kp.publicKey, kp.privateKey)).toBe(text);
  });

  it("refuses a flipped bit anywhere, a wrong key pair and a short box", () => {
    const { publicKey, secretKey } = newKeyPair();
    const box = seal("data pilah", publicKey);
    for (let i = 0; i < box.length; i++) {
      const bad = box.slice();
      bad[i] = (bad[i] as number) ^ 1;
      expect(openBox(bad, publicKey, secretKey), `byte ${i}`).toBeUndefined();
    }
    const other = newKeyPair();
    expect(openBox(box, other.publicKey, other.secretKey)).toBeUndefined();
    expect(openBox(box.subarray(0, 47), publicKey, secretKey)).toBeUndefined();
    expect(openBox(new Uint8Array(48), publicKey, secretKey)).toBeUndefined();
  });

  it("uses a fresh ephemeral key each time", () => {
    const { publicKey } = newKeyPair();
    expect(seal("x", publicKey)).not.toEqual(seal("x", publicKey));
  });
});
