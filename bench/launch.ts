// `npm run bench`: bundles the benchmarks as the add-on and the worker are bundled (esbuild, no name-keeping wrappers) and runs them in Node, so they time the code as it ships.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { build } from "esbuild";

const out = join(process.cwd(), "bench/.out/run.mjs");
await build({
  entryPoints: [join(process.cwd(), "bench/run.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: out,
  // Node packages with binaries or their own loaders stay outside the bundle.
  packages: "external",
  logLevel: "warning",
});
// Node 20 has WebSocket (for the worker's inspector) behind a flag.
const run = spawnSync(process.execPath, ["--experimental-websocket", out], { stdio: "inherit" });
process.exit(run.status ?? 1);
