// `npm run bench`: throughput of the shared code paths at register scale, and the size of what ships.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { personForm } from "../core/forms/person.ts";
import { personReport } from "../core/reports/person-report.ts";
import { formValidator, validateRecord } from "../core/validate.ts";
import { benchField } from "./field.ts";
import { personRows } from "./fixtures.ts";
import { benchRollup } from "./rollup.ts";
import { benchValidation } from "./validation.ts";

function time<T>(label: string, n: number, fn: () => T): T {
  fn(); // warm-up
  const start = performance.now();
  const out = fn();
  const ms = performance.now() - start;
  console.log(`| ${label} | ${n} | ${ms.toFixed(0)} ms | ${((ms * 1000) / n).toFixed(1)} µs/row |`);
  return out;
}

const N = 10_000;
const rows = personRows(N);
const ctx = { today: "2026-11-27" };
const schema = formValidator(personForm, ctx);
console.log("| what | rows | time | per row |\n|---|---|---|---|");
const valid = time("validate person rows (zod schema + NIK/KK checks)", N, () =>
  rows
    .map((r) => validateRecord(personForm, r, ctx, "id", schema).value)
    .filter((v) => v !== undefined),
);
time("person report: all 8 tables", N, () =>
  personReport(valid, { today: ctx.today, villages: [] }),
);

console.log("\n| bundle | bytes | gzip |\n|---|---|---|");
const sidebars = existsSync("dist/addon")
  ? readdirSync("dist/addon")
      .filter((f) => /^sidebar-.*\.html$/.test(f))
      .sort()
      .map((f) => `dist/addon/${f}`)
  : [];
for (const f of ["dist/addon/Code.js", ...sidebars]) {
  try {
    const b = readFileSync(f);
    console.log(`| ${f} | ${b.length} | ${gzipSync(b).length} |`);
  } catch {
    console.log(`| ${f} | (run npm run build first) | |`);
  }
}

benchField();
await benchRollup();
await benchValidation();
