// Hand-written base64 against Node's Buffer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "../../../core/sealed-box/base64.ts";

describe("base64", () => {
  it("matches Buffer both ways", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70 }), (b) => {
        const s = toBase64(b);
        expect(s).toBe(Buffer.from(b).toString("base64"));
        expect(fromBase64(s)).toEqual(b);
      }),
    );
  });

  it("refuses non-canonical text", () => {
    for (const bad of ["A", "AB=C", "A===", "ab!d", "AB==AB==", "AR==", " AAA"])
      expect(fromBase64(bad), bad).toBeUndefined();
  });
});
