// Hand-written UTF-8 against the platform's TextEncoder/TextDecoder.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { utf8Decode, utf8Encode } from "../../../core/sealed-box/utf8.ts";

describe("utf8", () => {
  it("encodes as TextEncoder does, and decodes back", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const mine = utf8Encode(s);
        expect(mine).toEqual(new TextEncoder().encode(s));
        expect(utf8Decode(mine)).toBe(new TextDecoder().decode(mine));
      }),
    );
  });

  it("refuses what a fatal TextDecoder refuses", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (b) => {
        let expected: string | undefined;
        try {
          expected = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b);
        } catch {
          expected = undefined;
        }
        expect(utf8Decode(b)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
