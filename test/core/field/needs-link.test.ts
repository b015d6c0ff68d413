// The importer's "Perlu ditautkan" note is recognised in both languages, and nothing else is.
import { describe, expect, it } from "vitest";
import { isNeedsLinkNote } from "../../../core/field/needs-link.ts";
import { t } from "../../../core/i18n.ts";

describe("isNeedsLinkNote", () => {
  it("knows the importer's note in Indonesian and English", () => {
    for (const lang of ["id", "en"] as const)
      expect(isNeedsLinkNote(t(lang, "field.needs_link", { who: "Siti, 73.09.03.2004" }))).toBe(
        true,
      );
  });

  it("leaves other notes alone", () => {
    for (const note of ["", "[Pilah] Wajib diisi.", "catatan sendiri: Perlu ditautkan", null, 3])
      expect(isNeedsLinkNote(note)).toBe(false);
  });
});
