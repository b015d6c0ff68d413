// `npm run bench` part: the roll-up of a regency of 1,000 villages for every form, in CPU time, beside a bare pass and the old suppression.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { villagesOf } from "../core/areas.ts";
import { FORM_IDS, type FormId } from "../core/form-ids.ts";
import { parsePeriod } from "../core/period.ts";
import { perturbedValue } from "../core/perturbation/perturb.ts";
import { summaryShape } from "../core/reports/summary-shape.ts";
import {
  decodeParts,
  encodeParts,
  matchesShapes,
  rollupStoredJson,
  rollupTables,
} from "../core/rollup.ts";
import { canonicalSummary, type Summary } from "../core/summary.ts";
import { caseRow, personRow, summaryOfRows } from "../test/support/summaries.ts";
import { cpuMs, threadMs } from "./measure.ts";

// `npm run bench` runs from the project root (the bench itself runs bundled, from elsewhere).
const root = process.cwd();
const PERIOD = "2025";
const REGENCY = "73.99";
const GROUPS = 100;
const VILLAGES_PER_GROUP = 10;

/** 1,000 village codes in 20 kecamatan of one regency (synthetic codes: only their shape matters). */
export function villages(): string[] {
  const out: string[] = [];
  for (let d = 1; d <= 20; d++)
    for (let v = 1; v <= 50; v++)
      out.push(`${REGENCY}.${String(d).padStart(2, "0")}.2${String(v).padStart(3, "0")}`);
  return out;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Ten real villages: the registers are checked by the forms, which know only real ones. */
const REAL = villagesOf("52.03.01")
  .concat(villagesOf("52.03.02"))
  .map((v) => v.code)
  .slice(0, VILLAGES_PER_GROUP);

/** A summary made on the real villages, moved to the group's villages of the synthetic regency. */
function moved(summary: Summary, to: readonly string[]): Summary {
  const map = new Map(REAL.map((v, i) => [v, to[i] as string]));
  return {
    ...summary,
    tables: summary.tables.map((t) => {
      const at = t.dimensions.indexOf("village");
      if (at < 0) return t;
      return {
        ...t,
        cells: t.cells.map((c) => ({
          ...c,
          key: c.key.map((v, i) => (i === at ? (map.get(v) ?? v) : v)),
        })),
      };
    }),
  };
}

interface StoredRow {
  form: FormId;
  content: string;
  /** The served parts made at upload, as D1 hands the BLOB over. */
  served: ArrayBuffer;
  villages: string[];
}

/** What D1 hands the worker: each group's stored canonical JSON and served parts, for every form. */
export function storedRows(all: string[]): StoredRow[] {
  const out: StoredRow[] = [];
  for (let g = 0; g < GROUPS; g++) {
    const theirs = all.slice(g * VILLAGES_PER_GROUP, (g + 1) * VILLAGES_PER_GROUP);
    const mine = REAL;
    const r = random(g + 1);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
    const persons = Array.from({ length: 400 }, () =>
      personRow({
        village: pick(mine),
        sex: r() < 0.5 ? "L" : "P",
        age: Math.floor(r() * 90),
        categories: r() < 0.3 ? ["disability"] : r() < 0.3 ? ["poor_household"] : [],
        documents: r() < 0.6 ? ["kk", "ktp_el"] : [],
        assistance: r() < 0.3 ? ["pkh"] : [],
        recordKey: Math.floor(r() * 4096),
      }),
    );
    const cases = Array.from({ length: 30 }, () =>
      caseRow({
        village: pick(mine),
        sex: r() < 0.3 ? "L" : "P",
        age: Math.floor(r() * 60),
        date: `2025-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}-15`,
        forms: [pick(["fisik", "psikis", "seksual"])],
        recordKey: Math.floor(r() * 4096),
      }),
    );
    for (const [form, rows] of [
      ["person", persons],
      ["case", cases],
    ] as const) {
      const summary = moved(summaryOfRows(form, rows, { villages: mine, period: PERIOD }), theirs);
      const shapes = summaryShape(form, { period: parsePeriod(PERIOD), villages: theirs });
      const served = encodeParts(shapes, summary, theirs, perturbedValue);
      out.push({
        form,
        content: canonicalSummary(summary),
        served: served.buffer.slice(0) as ArrayBuffer,
        villages: theirs,
      });
    }
  }
  return out;
}

/**
 * The work of GET /v1/summaries/2025?region=73.99 after D1 answered: the shapes, each group's
 * stored parts added into the area's grids, the answer serialised. (Cells are read only for a
 * group the area cuts through, or a summary stored without parts; none here.)
 */
export function rollup(all: string[], stored: readonly StoredRow[]): string {
  const period = parsePeriod(PERIOD);
  const forms = FORM_IDS.map((form) => {
    const shapes = summaryShape(form, { period, villages: all });
    return {
      form,
      tables: rollupStoredJson(
        shapes,
        stored
          .filter((s) => s.form === form)
          .map((s) => ({
            villages: s.villages,
            parts: decodeParts(new Int32Array(s.served)),
            tables: () => (JSON.parse(s.content) as Summary).tables,
          })),
        {
          prefix: REGENCY,
          villages: all,
          floor: form === "case" ? "district" : "village",
          serve: perturbedValue,
          fromParts: true,
        },
      ),
    };
  });
  return `{"period":"${PERIOD}","forms":[${forms
    .map((f) => `{"form":"${f.form}","tables":[${f.tables.join(",")}]}`)
    .join(",")}]}`;
}

/** The same answer worked out from every group's cells, as for summaries stored without parts. */
export function rollupFromCells(all: string[], stored: readonly StoredRow[]): string {
  const period = parsePeriod(PERIOD);
  const forms = FORM_IDS.map((form) => {
    const shapes = summaryShape(form, { period, villages: all });
    const current = stored
      .filter((s) => s.form === form)
      .map((s) => JSON.parse(s.content) as Summary)
      .filter((s) => matchesShapes(s.tables, shapes));
    return {
      form,
      tables: rollupTables(shapes, current, {
        prefix: REGENCY,
        villages: all,
        floor: form === "case" ? "district" : "village",
        serve: perturbedValue,
      }),
    };
  });
  return JSON.stringify({ period: PERIOD, forms });
}

/** The floor: reading every stored summary's JSON once and adding up its counts, nothing more. */
/** The floor: one pass over the stored parts the request reads, adding every value, nothing more. */
function barePass(stored: readonly StoredRow[]): number {
  let total = 0;
  for (const s of stored) for (const v of new Int32Array(s.served)) total += v;
  return total;
}

type OldTable = { id: string; dimensions: string[]; cells: { key: string[]; count: number }[] };
interface OldRollup {
  sumTables: (summaries: readonly { tables: readonly OldTable[] }[], prefix: string) => OldTable[];
  gridSize: (table: OldTable, given?: Record<string, readonly string[]>) => number;
  protectTable: (table: OldTable, k: number, values?: Record<string, readonly string[]>) => unknown;
}

/**
 * The same request as the worker answered it before cell keys (commit c2fe1a3): summed tables,
 * small-cell suppression of each table up to 5,000 grid cells, larger ones listed as omitted.
 * Its two modules are taken from git for this comparison only (imports pointed at today's helpers,
 * which kept their behaviour); skipped when git has no such commit.
 */
async function oldRollup(): Promise<OldRollup | undefined> {
  try {
    const show = (path: string) =>
      execFileSync("git", ["show", `c2fe1a3:${path}`], { cwd: root, encoding: "utf8" });
    const dir = join(root, "node_modules/.cache/bench");
    mkdirSync(dir, { recursive: true });
    const disclosure = join(dir, "old-disclosure.ts");
    writeFileSync(disclosure, show("core/disclosure.ts"));
    const rollupFile = join(dir, "old-rollup.ts");
    writeFileSync(
      rollupFile,
      show("worker/src/rollup.ts")
        .replace('"../../core/summary.ts"', JSON.stringify(join(root, "core/summary.ts")))
        .replace('"./regions.ts"', JSON.stringify(join(root, "core/areas.ts"))),
    );
    // Bundled like the bench itself (which runs as plain JavaScript in Node).
    const bundle = async (file: string) => {
      const out = file.replace(/\.ts$/, ".mjs");
      await build({
        entryPoints: [file],
        bundle: true,
        platform: "node",
        format: "esm",
        outfile: out,
        logLevel: "error",
      });
      return import(pathToFileURL(out).href);
    };
    const d = (await bundle(disclosure)) as Pick<OldRollup, "protectTable">;
    const r = (await bundle(rollupFile)) as Omit<OldRollup, "protectTable">;
    return { ...r, protectTable: d.protectTable };
  } catch {
    return undefined;
  }
}

function oldRequest(
  old: OldRollup,
  all: string[],
  stored: readonly { form: FormId; content: string }[],
) {
  const forms = FORM_IDS.map((form) => {
    const summed = old.sumTables(
      stored
        .filter((s) => s.form === form)
        .map((s) => JSON.parse(s.content) as { tables: OldTable[] }),
      REGENCY,
    );
    const tables: unknown[] = [];
    const omitted: string[] = [];
    for (const t of summed) {
      const given = t.dimensions.includes("village") ? { village: all } : undefined;
      if (old.gridSize(t, given) > 5_000) omitted.push(t.id);
      else tables.push(old.protectTable(t, 5, given));
    }
    return { form, tables, omitted };
  });
  return JSON.stringify({ period: PERIOD, forms });
}

export async function benchRollup(): Promise<void> {
  const all = villages();
  const stored = storedRows(all);
  const bytes = stored.reduce((n, s) => n + s.content.length, 0);
  const partBytes = stored.reduce((n, s) => n + s.served.byteLength, 0);
  const floor = cpuMs(() => barePass(stored));
  const ms = cpuMs(() => rollup(all, stored));
  const thread = threadMs(() => rollup(all, stored));
  const cells = cpuMs(() => rollupFromCells(all, stored), 5);
  const body = rollup(all, stored);
  if (JSON.stringify(JSON.parse(body)) !== rollupFromCells(all, stored))
    throw new Error("parts and cells disagree");
  console.log(
    `\nRoll-up of a regency: ${GROUPS} groups × ${VILLAGES_PER_GROUP} villages, every form (${(bytes / 1024).toFixed(0)} KB stored JSON, ${(partBytes / 1024).toFixed(0)} KB stored parts, ${(body.length / 1024).toFixed(0)} KB answer); CPU of the whole process (GC threads included), a warm isolate\n`,
  );
  console.log("| what | CPU (median) | × bare pass |\n|---|---|---|");
  console.log(
    `| bare pass: read every stored part once, add its values | ${floor.toFixed(1)} ms | 1.0 |`,
  );
  console.log(
    `| roll-up from the parts stored at upload, every table served | ${ms.toFixed(1)} ms (${thread.toFixed(1)} ms on its thread; goal ≤ 10) | ${(ms / floor).toFixed(1)} |`,
  );
  console.log(
    `| the same from every group's cells (summaries stored without parts) | ${cells.toFixed(1)} ms | ${(cells / floor).toFixed(1)} |`,
  );
  const old = await oldRollup();
  if (old) {
    const before = cpuMs(() => oldRequest(old, all, stored));
    const omitted = (
      JSON.parse(oldRequest(old, all, stored)) as { forms: { omitted: string[] }[] }
    ).forms.flatMap((f) => f.omitted);
    console.log(
      `| the same request before (c2fe1a3): sums and small-cell suppression; omitted as too large: ${omitted.join(", ") || "none"} | ${before.toFixed(1)} ms | ${(before / floor).toFixed(1)} |`,
    );
  }
  const shapes = summaryShape("person", { period: parsePeriod(PERIOD), villages: all });
  console.log(
    `\nNothing omitted: the person register's village table is served whole (${shapes.find((s) => s.id === "village_sex_age")?.maxCells} cells at most).`,
  );
}
