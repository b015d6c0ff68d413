// `npm run bench`: throughput of the shared code paths at register scale, and the size of what ships.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { benchAddonScale } from "./addon-scale.ts";
import { benchField } from "./field.ts";
import { benchImport } from "./import.ts";
import { benchPageWeight } from "./page-weight.ts";
import { benchReports } from "./reports.ts";
import { benchRollup } from "./rollup.ts";
import { benchValidation } from "./validation.ts";

benchReports();
benchAddonScale();

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

benchPageWeight();
benchImport();
benchField();
await benchRollup();
await benchValidation();
