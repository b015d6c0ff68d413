// The row status people read in the sheet, and the code read back from it (labels of either language, old codes).
import { describe, expect, it } from "vitest";
import { checkStatusLabel, parseCheckStatus } from "../../core/check-status.ts";
import { CHECK_STATUSES } from "../../core/form-spec.ts";
import { LANGS } from "../../core/i18n.ts";

describe("check status labels", () => {
  it("reads benar / ada peringatan / perlu diperbaiki / belum diperiksa in Indonesian", () => {
    expect(CHECK_STATUSES.map((s) => checkStatusLabel("id", s))).toEqual([
      "benar",
      "ada peringatan",
      "perlu diperbaiki",
      "belum diperiksa",
    ]);
  });

  it("reads every label of either language back to its code, whatever its case and spaces", () => {
    for (const lang of LANGS)
      for (const s of CHECK_STATUSES) {
        expect(parseCheckStatus(checkStatusLabel(lang, s))).toBe(s);
        expect(parseCheckStatus(`  ${checkStatusLabel(lang, s).toUpperCase()} `)).toBe(s);
      }
  });

  it("reads the bare codes of rows written before the labels", () => {
    for (const s of CHECK_STATUSES) expect(parseCheckStatus(s)).toBe(s);
  });

  it("knows nothing else", () => {
    for (const cell of ["", "oke", "salah", 1, null, undefined]) {
      expect(parseCheckStatus(cell)).toBeUndefined();
    }
  });

  it("gives each status its own label in each language", () => {
    for (const lang of LANGS) {
      const labels = CHECK_STATUSES.map((s) => checkStatusLabel(lang, s).toLowerCase());
      expect(new Set(labels).size).toBe(CHECK_STATUSES.length);
    }
  });
});
