// Builds core/generated/areas-data.ts (compact Kemendagri area codes) from idn-area-data's CSV files.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkgDir = join(root, "node_modules", "idn-area-data");
const dataDir = join(pkgDir, "data");
const outDir = join(root, "core", "generated");

/** The regencies the program works in (domain.md); only these ship names and villages. */
const PROGRAM_REGENCY_CODES = [
  "73.09",
  "73.18",
  "73.72",
  "81.71",
  "52.03",
  "53.01",
  "53.71",
  "74.71",
];

/** RFC 4180 parser: the files quote a few names ("Lubuk Pakam I,II", `Soka""an`). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += ch;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Reads a CSV into objects, checking the header so a changed upstream layout fails loudly. */
function readTable<K extends string>(file: string, columns: readonly K[]): Record<K, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(join(dataDir, file), "utf8"));
  if (header?.join(",") !== columns.join(",")) {
    throw new Error(`${file}: expected header ${columns.join(",")}, got ${header?.join(",")}`);
  }
  return rows
    .filter((r) => r.length > 1 || r[0] !== "")
    .map((r, i) => {
      if (r.length !== columns.length) throw new Error(`${file} row ${i + 2}: ${r.length} fields`);
      return Object.fromEntries(columns.map((c, j) => [c, r[j]])) as Record<K, string>;
    });
}

function expectCode(file: string, code: string, pattern: RegExp): void {
  if (!pattern.test(code)) throw new Error(`${file}: unexpected code ${JSON.stringify(code)}`);
}

/** "1,2,3,5,7,8" → "1-3,5,7-8": codes are mostly consecutive, so ranges keep the bundle small. */
function toRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    parts.push(j > i ? `${sorted[i]}-${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return parts.join(",");
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

const version = (
  JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string }
).version;

const provinces = readTable("provinces.csv", ["code", "name"]).sort(byCode);
const regencies = readTable("regencies.csv", ["code", "province_code", "name"]).sort(byCode);
const districts = readTable("districts.csv", ["code", "regency_code", "name"]).sort(byCode);
const villages = readTable("villages.csv", ["code", "district_code", "name"]).sort(byCode);

for (const p of provinces) expectCode("provinces.csv", p.code, /^\d{2}$/);
for (const r of regencies) expectCode("regencies.csv", r.code, /^\d{2}\.\d{2}$/);
for (const d of districts) expectCode("districts.csv", d.code, /^\d{2}\.\d{2}\.\d{2}$/);
for (const v of villages) expectCode("villages.csv", v.code, /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);

// (1) Every regency with its district suffixes.
const districtSuffixes = new Map<string, number[]>(regencies.map((r) => [r.code, []]));
for (const d of districts) {
  const list = districtSuffixes.get(d.regency_code);
  if (!list || !d.code.startsWith(`${d.regency_code}.`)) {
    throw new Error(`districts.csv: ${d.code} has unknown or mismatched regency ${d.regency_code}`);
  }
  list.push(Number(d.code.slice(6)));
}
const districtRanges = [...districtSuffixes]
  .map(([code, suffixes]) => `${code.replace(".", "")}:${toRanges(suffixes)}`)
  .join(" ");

// (2) Names, districts and villages of the program's regencies.
const villagesByDistrict = new Map<string, { code: string; name: string }[]>();
for (const v of villages) {
  const list = villagesByDistrict.get(v.district_code) ?? [];
  list.push(v);
  villagesByDistrict.set(v.district_code, list);
}
const programRows = [...PROGRAM_REGENCY_CODES].sort().map((code) => {
  const regency = regencies.find((r) => r.code === code);
  if (!regency) throw new Error(`regencies.csv: program regency ${code} missing`);
  const rows = districts
    .filter((d) => d.regency_code === code)
    .map((d) => {
      const vs = villagesByDistrict.get(d.code) ?? [];
      for (const v of vs) {
        if (v.name.includes("|")) throw new Error(`villages.csv: "|" in the name of ${v.code}`);
      }
      // Sorted by code, so names line up with the expanded ranges.
      return [
        d.code.slice(6),
        d.name,
        toRanges(vs.map((v) => Number(v.code.slice(9)))),
        vs.map((v) => v.name).join("|"),
      ];
    });
  return [code.replace(".", ""), regency.name, rows] as const;
});

const attribution = [
  `Indonesian administrative area codes and names (Kemendagri codes) derived from`,
  `idn-area-data ${version} (https://github.com/fityannugroho/idn-area-data),`,
  `© idn-area-data contributors, made available under the Open Database License (ODbL) 1.0:`,
  `https://opendatacommons.org/licenses/odbl/1-0/`,
  `This derived data file is also licensed under the ODbL 1.0.`,
];

const dataFile = `/*!
 * ${attribution.join("\n * ")}
 */
// Compact Kemendagri area codes for core/areas.ts; generated by scripts/gen-areas.ts, do not edit.

/** Every regency as "PPRR:ranges" (space-separated), ranges listing its district suffixes, e.g. "7309:1-14". */
export const DISTRICT_RANGES =
  ${JSON.stringify(districtRanges)};

/** Program regencies: [regency "PPRR", name, districts: [suffix "DD", name, village suffix ranges, village names joined by "|" in code order]]. */
export const PROGRAM_AREAS: readonly (readonly [
  string,
  string,
  readonly (readonly [string, string, string, string])[],
])[] = [
${programRows
  .map(
    ([code, name, rows]) =>
      `  [${JSON.stringify(code)}, ${JSON.stringify(name)}, [\n${rows
        .map((r) => `    ${JSON.stringify(r)},`)
        .join("\n")}\n  ]],`,
  )
  .join("\n")}
];
`;

const attributionFile = `# Area data attribution

\`areas-data.ts\` in this folder is generated by \`scripts/gen-areas.ts\`.

${attribution.join("\n")}
`;

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "areas-data.ts"), dataFile);
writeFileSync(join(outDir, "ATTRIBUTION.md"), attributionFile);

const bytes = Buffer.byteLength(dataFile);
const gzipped = gzipSync(dataFile, { level: 9 }).length;
const villageCount = programRows.reduce(
  (n, [, , rows]) => n + rows.reduce((m, r) => m + (r[3] ? r[3].split("|").length : 0), 0),
  0,
);
console.log(
  `core/generated/areas-data.ts: ${regencies.length} regencies, ${districts.length} districts, ` +
    `${programRows.length} program regencies with ${villageCount} villages; ${bytes} bytes, ${gzipped} gzip`,
);
