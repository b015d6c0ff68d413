// `npm run bench` part: what a first visit downloads (gzip) against the goals — the phone app ≤ 80 KB, each sidebar page ≤ 40 KB.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const PHONE_DIR = "dist/phone/lapangan";
const PHONE_GOAL = 80 * 1024;
const SIDEBAR_GOAL = 40 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function benchPageWeight(): void {
  console.log("\n| page (first load) | gzip | goal | |\n|---|---|---|---|");
  if (existsSync(PHONE_DIR)) {
    // Every file: the page loads index, script, style, manifest and an icon; the service worker fetches the rest.
    const total = readdirSync(PHONE_DIR).reduce(
      (n, f) => n + gzipSync(readFileSync(join(PHONE_DIR, f))).length,
      0,
    );
    console.log(
      `| phone app ${PHONE_DIR}/* | ${kb(total)} | ${kb(PHONE_GOAL)} | ${total <= PHONE_GOAL ? "ok" : "over"} |`,
    );
  } else console.log("| phone app | (run npm run build first) | | |");
  if (!existsSync("dist/addon")) return;
  for (const f of readdirSync("dist/addon")
    .filter((n) => /^sidebar-.*\.html$/.test(n))
    .sort()) {
    const size = gzipSync(readFileSync(join("dist/addon", f))).length;
    console.log(
      `| sidebar ${f} | ${kb(size)} | ${kb(SIDEBAR_GOAL)} | ${size <= SIDEBAR_GOAL ? "ok" : "over"} |`,
    );
  }
}
