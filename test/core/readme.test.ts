// The README says exactly which fields the record check receives, per form, as the specs decide it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AGE_BANDS } from "../../core/age-bands.ts";
import { allFormSpecs } from "../../core/forms/index.ts";
import { parsePeriod } from "../../core/period.ts";
import { isSentToCheck } from "../../core/record-check.ts";
import { reportDef } from "../../core/reports/index.ts";

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

  it("lists every case, service and proposal report table, shared or local as it is", () => {
    const listed =
      /<!-- report-tables -->\n([\s\S]*?)\n<!-- \/report-tables -->/.exec(readme)?.[1] ?? "";
    const entries = [...listed.matchAll(/^- `([a-z_]+)` \((shared|local)\)/gm)].map(
      (m) => `${m[1]} ${m[2]}`,
    );
    const ctx = {
      today: "2026-12-31",
      period: parsePeriod("2026"),
      villages: [],
      bands: AGE_BANDS.simfoni,
    };
    const expected = (["case", "service", "proposal"] as const).flatMap((form) =>
      reportDef(form)
        .tables(ctx, [])
        .map((t) => `${t.id} ${t.shared ? "shared" : "local"}`),
    );
    expect(entries).toEqual(expected);
  });
});
