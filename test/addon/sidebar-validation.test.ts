// The sidebar's validation, built without zod's JSON Schema export and English messages, decides exactly as the server's.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIDEBAR_ZOD_PLUGINS } from "../../addon/build/build.ts";
import { personRows } from "../../bench/fixtures.ts";
import { allFormSpecs } from "../../core/forms/index.ts";
import type { Lang } from "../../core/i18n.ts";
import { validateRecord } from "../../core/validate.ts";
import { activities, cases, members, persons, services } from "../core/reports/fixtures.ts";

const root = resolve(import.meta.dirname, "../..");
let dir: string;
let sidebar: { validateRecord: typeof validateRecord };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pilah-sidebar-validation-"));
  const out = join(dir, "validate.mjs");
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["core/validate.ts"],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    plugins: [...SIDEBAR_ZOD_PLUGINS],
    write: false,
  });
  const code = result.outputFiles[0]?.text ?? "";
  // The bundle really lacks what the sidebar build leaves out.
  expect(code).toContain("JSON Schema is not built into the sidebar");
  expect(code).not.toContain("Too big: expected");
  writeFileSync(out, code);
  sidebar = await import(pathToFileURL(out).href);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const SAMPLES: Record<string, Record<string, unknown>[]> = {
  person: [...persons, ...personRows(300)],
  case: cases,
  service: services,
  activity: activities,
  member: members,
};

/** Every field at once wrong in several ways: text where numbers go, numbers where text goes, lists, blanks. */
function garbled(keys: readonly string[], i: number): Record<string, unknown> {
  const junk = ["x", "", 12, -1, 1e9, ["a", "b"], "2026-13-45", "9".repeat(30), { a: 1 }, "   "];
  return Object.fromEntries(keys.map((k, j) => [k, junk[(i + j) % junk.length]]));
}

describe("the sidebar's validation bundle", () => {
  for (const spec of allFormSpecs()) {
    it(`gives the same errors, warnings and values for ${spec.id}`, () => {
      const ctx = { today: "2026-11-27", villages: ["73.09.03.2004", "73.09.03.2005"] };
      const keys = spec.fields.map((f) => f.key);
      const records = [
        {},
        { unknown_field: "x" },
        ...(SAMPLES[spec.id] ?? []),
        ...Array.from({ length: 30 }, (_, i) => garbled(keys, i)),
      ];
      let errors = 0;
      for (const lang of ["id", "en"] as Lang[])
        for (const r of records) {
          const expected = validateRecord(spec, r, ctx, lang);
          errors += expected.errors.length;
          expect(sidebar.validateRecord(spec, r, ctx, lang)).toEqual(expected);
        }
      // The samples reach the error paths, not only valid records.
      expect(errors).toBeGreaterThan(50);
    });
  }
});
