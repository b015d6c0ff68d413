// The browser bundles' validation (the sidebar's on zod/mini alone, the phone's beside the field contract's zod/mini schemas) decides exactly as the server's.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classicZodInput } from "../../addon/build/build.ts";
import { personRows } from "../../bench/fixtures.ts";
import { allFormSpecs } from "../../core/forms/index.ts";
import type { Lang } from "../../core/i18n.ts";
import { validateRecord } from "../../core/validate.ts";
import { activities, cases, members, persons, services } from "../core/reports/fixtures.ts";

const root = resolve(import.meta.dirname, "../..");
let dir: string;
type Bundle = { validateRecord: typeof validateRecord };
const bundles: { sidebar?: Bundle; phone?: Bundle } = {};

/** Validation bundled as the browser gets it; `contract`: beside the field contract the phone runs. */
async function bundle(name: "sidebar" | "phone", contract: boolean): Promise<Bundle> {
  const out = join(dir, `${name}.mjs`);
  const result = await build({
    absWorkingDir: root,
    stdin: {
      contents: `${contract ? 'export { inboxItemSchema } from "./core/api/field.ts";\nexport { sealedRecordSchema } from "./core/field/sealed-record.ts";\n' : ""}export { validateRecord } from "./core/validate.ts";\n`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    metafile: true,
    write: false,
  });
  const code = result.outputFiles[0]?.text ?? "";
  // Neither holds zod's classic API or its English messages (zod/mini registers none).
  expect(classicZodInput(result.metafile)).toBeUndefined();
  if (contract) expect(code).toContain("Base64 of a sealed box.");
  expect(code).not.toContain("Too big: expected");
  writeFileSync(out, code);
  return import(pathToFileURL(out).href);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pilah-sidebar-validation-"));
  bundles.sidebar = await bundle("sidebar", false);
  bundles.phone = await bundle("phone", true);
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

describe("the browser bundles' validation", () => {
  for (const [name, spec] of allFormSpecs().flatMap((s) =>
    (["sidebar", "phone"] as const).map((n) => [n, s] as const),
  )) {
    it(`gives the same errors, warnings and values for ${spec.id} (${name})`, () => {
      const browser = bundles[name];
      if (!browser) throw new Error(`no ${name} bundle`);
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
          expect(browser.validateRecord(spec, r, ctx, lang)).toEqual(expected);
        }
      // The samples reach the error paths, not only valid records.
      expect(errors).toBeGreaterThan(50);
    });
  }
});
