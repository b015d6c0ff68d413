// The README says exactly which fields the record check receives, per form, as the specs decide it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { allFormSpecs } from "../../core/forms/index.ts";
import { isSentToCheck } from "../../core/record-check.ts";

const readme = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");

describe("README", () => {
  it("lists the fields the record check receives and never receives, per form", () => {
    const listed =
      /<!-- record-check-fields[^>]*-->\n([\s\S]*?)\n<!-- \/record-check-fields -->/.exec(
        readme,
      )?.[1];
    const quote = (keys: string[]) => keys.map((k) => `\`${k}\``).join(", ");
    const expected = allFormSpecs()
      .map(
        (s) =>
          `- \`${s.id}\`: ${quote(s.fields.filter(isSentToCheck).map((f) => f.key))}; never ${quote(
            s.fields.filter((f) => !isSentToCheck(f)).map((f) => f.key),
          )}`,
      )
      .join("\n");
    expect(listed).toBe(expected);
  });
});
