// The catalogue has every key in both languages and fills parameters.
import { describe, expect, it } from "vitest";
import { langFromLocale, t } from "../../core/i18n.ts";
import { messages } from "../../core/messages.ts";

describe("message catalogue", () => {
  it("has the same keys, all non-empty, in Indonesian and English", () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.id).sort());
    for (const lang of ["id", "en"] as const) {
      for (const [key, text] of Object.entries(messages[lang])) {
        expect(text.trim(), `${lang}:${key}`).not.toBe("");
      }
    }
  });
  it("fills parameters and keeps unknown ones visible", () => {
    expect(t("id", "error.text_too_long", { max: 5 })).toBe(
      "Terlalu panjang: paling banyak 5 huruf. Singkatkan.",
    );
    expect(t("en", "nik.province", {})).toContain("{code}");
  });
  it("picks Indonesian unless the locale is English", () => {
    expect(langFromLocale("en_US")).toBe("en");
    expect(langFromLocale("id")).toBe("id");
    expect(langFromLocale("in_ID")).toBe("id");
    expect(langFromLocale(undefined)).toBe("id");
  });
});

describe("catalogue parts", () => {
  it("never define the same key twice", async () => {
    const { catalogueParts } = await import("../../core/messages.ts");
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [part, mod] of Object.entries(catalogueParts)) {
      for (const key of Object.keys(mod.id)) {
        if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${part}`);
        seen.set(key, part);
      }
    }
    expect(clashes).toEqual([]);
  });
});
