// Builds dist/addon: Code.js (one script, real top-level functions), sidebar.html (JS/CSS inlined), appsscript.json.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, transform } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const out = join(root, "dist/addon");
const GLOBAL = "PilahAddon";
// Apps Script's V8 runtime; older syntax targets would only grow the bundle.
const TARGET = "es2020";

async function buildServer(): Promise<{ code: string; exports: string[] }> {
  const entry = "addon/server/main.ts";
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    platform: "neutral",
    mainFields: ["module", "main"],
    target: TARGET,
    write: false,
    legalComments: "eof",
    charset: "utf8",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, exports: await entryExports(entry) };
}

/** An IIFE's metafile lists no exports, so an ES-module pass of the same entry names them. */
async function entryExports(entry: string): Promise<string[]> {
  const esm = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    metafile: true,
    write: false,
  });
  const exports = Object.values(esm.metafile.outputs)[0]?.exports ?? [];
  if (!exports.length) throw new Error("the server entry exports nothing");
  return [...exports].sort();
}

/** Apps Script only sees top-level function declarations as menu handlers and google.script.run targets. */
export function stubs(names: readonly string[]): string {
  return names
    .map((n) => `function ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}\n`)
    .join("");
}

async function buildSidebar(): Promise<string> {
  const js = await build({
    absWorkingDir: root,
    entryPoints: ["addon/client/sidebar.ts"],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: TARGET,
    minify: true,
    write: false,
    legalComments: "eof",
    charset: "utf8",
  });
  const css = await transform(readFileSync(join(root, "addon/client/sidebar.css"), "utf8"), {
    loader: "css",
    minify: true,
  });
  // Inline script text must not close its element or open an HTML comment.
  const script = (js.outputFiles[0]?.text ?? "")
    .replace(/<\/script/gi, "<\\/script")
    .replace(/<!--/g, "<\\!--");
  const template = readFileSync(join(root, "addon/client/sidebar.html"), "utf8");
  return template
    .replace("/*PILAH_CSS*/", () => css.code.trim())
    .replace("/*PILAH_JS*/", () => script);
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await buildServer();
  const code = `${server.code}\n${stubs(server.exports)}`;
  writeFileSync(join(out, "Code.js"), code);
  const sidebar = await buildSidebar();
  writeFileSync(join(out, "sidebar.html"), sidebar);
  copyFileSync(join(root, "appsscript.json"), join(out, "appsscript.json"));
  copyFileSync(join(root, "core/generated/ATTRIBUTION.md"), join(out, "ATTRIBUTION-DATA.md"));
  const size = (s: string) =>
    `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB (${(gzipSync(s).length / 1024).toFixed(1)} KB gzip)`;
  console.log(`dist/addon/Code.js      ${size(code)} — exports: ${server.exports.join(", ")}`);
  console.log(`dist/addon/sidebar.html ${size(sidebar)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
