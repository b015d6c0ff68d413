// Builds dist/addon: Code.js (one script, real top-level functions), one sidebar HTML per page and language (JS/CSS inlined), appsscript.json.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin, transform } from "esbuild";
import { FORM_IDS, type FormId } from "../../core/form-ids.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import { LANGS, type Lang } from "../../core/i18n.ts";
import {
  SIDEBAR_PAGES,
  type SidebarPage,
  sidebarFile,
  sidebarTitle,
} from "../shared/sidebar-pages.ts";
import { markdownToHtml } from "./markdown.ts";
import { sidebarCatalogue } from "./sidebar-catalogue.ts";

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
    // esbuild lowers syntax, not built-ins: Object.hasOwn (ES2022, used by zod and the noble
    // libraries) becomes a private top-level helper, since Apps Script's V8 version is unknown.
    define: { "Object.hasOwn": "pilahHasOwn_" },
    banner: {
      js: "function pilahHasOwn_(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }",
    },
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

const PROGRAM_AREAS_EXPORT = "export const PROGRAM_AREAS";

/**
 * A form page takes the programme's villages from its boot data (the group's districts only)
 * instead of carrying every programme village: the NIK checks keep the whole regency list.
 */
const areasFromBoot: Plugin = {
  name: "areas-from-boot",
  setup(b) {
    b.onLoad({ filter: /core[\\/]generated[\\/]areas-data\.ts$/ }, ({ path }) => {
      const src = readFileSync(path, "utf8");
      const cut = src.indexOf(PROGRAM_AREAS_EXPORT);
      if (cut < 0) throw new Error(`${path} no longer exports PROGRAM_AREAS`);
      return {
        loader: "ts",
        contents: `${src.slice(0, cut)}${PROGRAM_AREAS_EXPORT}: readonly ProgramAreaRow[] = JSON.parse(document.getElementById("pilah-areas")?.textContent || "[]");\ntype ProgramAreaRow = readonly [string, string, readonly (readonly [string, string, string, string])[]];\n`,
      };
    });
  },
};

/**
 * zod's classic API and its English messages, kept out of every browser bundle (sidebar pages and
 * the phone app): their schemas use zod/mini, the same core without the classic API's methods,
 * JSON Schema export and English messages (a form page's zod is ~5 KB gzip with mini, where the
 * classic API would add ~13 KB). Validation never shows zod's wording: it turns every issue into
 * a message of Pilah's catalogue by its code.
 */
export const CLASSIC_ZOD = /zod[\\/]v4[\\/](classic|locales)[\\/]/;

/** The first input of the bundle that is zod's classic API and reaches the output, if any. */
export function classicZodInput(metafile: Metafile): string | undefined {
  const bundled = Object.values(metafile.outputs)[0]?.inputs ?? {};
  return Object.keys(bundled).find(
    (f) => CLASSIC_ZOD.test(f) && (bundled[f]?.bytesInOutput ?? 0) > 0,
  );
}

/** The catalogue of one page and language in place of the whole one (the same table for both keys). */
function cataloguePlugin(catalogue: Record<string, string>): Plugin {
  return {
    name: "page-catalogue",
    setup(b) {
      b.onLoad({ filter: /core[\\/]messages\.ts$/ }, () => ({
        loader: "js",
        contents: `const c = ${JSON.stringify(catalogue)};\nexport const messages = { id: c, en: c };\n`,
      }));
    },
  };
}

/** The field guide, as HTML made at build time from docs/panduan-lapangan.md, for the Bantuan page. */
function guidePlugin(): Plugin {
  return {
    name: "guide",
    setup(b) {
      b.onResolve({ filter: /^pilah:guide$/ }, () => ({ path: "guide", namespace: "pilah" }));
      b.onLoad({ filter: /.*/, namespace: "pilah" }, () => ({
        loader: "js",
        contents: `export const GUIDE_HTML = ${JSON.stringify(markdownToHtml(readFileSync(join(root, GUIDE), "utf8")))};`,
      }));
    },
  };
}

export const GUIDE = "docs/panduan-lapangan.md";

/** The entry of a page: the page's renderer started on the boot data; a form page imports its own spec only. */
function entryOf(page: SidebarPage): string {
  const start = `import { startPage } from "./addon/client/sidebar.ts";\n`;
  if ((FORM_IDS as readonly string[]).includes(page))
    return `${start}import { renderForm } from "./addon/client/form-view.ts";\nimport { ${page}Form } from "./core/forms/${page}.ts";\nstartPage((root, boot) => renderForm(root, ${page}Form, boot));\n`;
  const view: Record<string, [string, string]> = {
    settings: ["renderSettings", "settings-view"],
    check: ["renderCheckSummary", "check-summary-view"],
    shared: ["renderSharedSummary", "shared-summary-view"],
    help: ["renderHelp", "help-view"],
    import: ["renderImport", "import-view"],
    field: ["renderFieldMembers", "field-members-view"],
  };
  const [fn, file] = view[page] as [string, string];
  return `${start}import { ${fn} } from "./addon/client/${file}.ts";\nstartPage(${fn});\n`;
}

/** esbuild options of every page a browser loads: the sidebar pages and the phone app. */
export const clientOptions = {
  absWorkingDir: root,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: TARGET,
  minify: true,
  write: false,
  legalComments: "eof",
  charset: "utf8",
  metafile: true,
} as const;

async function buildPage(page: SidebarPage, css: string, template: string) {
  const isForm = (FORM_IDS as readonly string[]).includes(page);
  const stdin = {
    contents: entryOf(page),
    resolveDir: root,
    loader: "ts" as const,
    sourcefile: `${page}-page.ts`,
  };
  const plugins = [guidePlugin(), ...(isForm ? [areasFromBoot] : [])];
  // A first pass names the sources the page bundles; the messages they name make its catalogue.
  const probe = await build({ ...clientOptions, stdin, plugins });
  const classic = classicZodInput(probe.metafile);
  if (classic)
    throw new Error(`${page}: zod's classic API reaches the page (${classic}); use zod/mini`);
  const sources = Object.keys(probe.metafile.inputs)
    .filter((f) => !f.includes("node_modules") && !/core[\\/]messages/.test(f))
    .filter((f) => existsSync(join(root, f)))
    .map((f) => readFileSync(join(root, f), "utf8"));
  const spec = isForm ? getFormSpec(page as FormId) : undefined;
  const out: Record<Lang, string> = { id: "", en: "" };
  for (const lang of LANGS) {
    const catalogue = sidebarCatalogue(lang, sources, spec);
    const js = await build({
      ...clientOptions,
      stdin,
      plugins: [...plugins, cataloguePlugin(catalogue)],
    });
    // Inline script text must not close its element or open an HTML comment.
    const script = (js.outputFiles[0]?.text ?? "")
      .replace(/<\/script/gi, "<\\/script")
      .replace(/<!--/g, "<\\!--");
    // The server fills the page in as an HtmlTemplate: no scriptlet may start inside the code.
    if (script.includes("<?") || css.includes("<?"))
      throw new Error(`${page}: "<?" in the sidebar code`);
    out[lang] = template
      .replace("%LANG%", lang)
      .replace("%TITLE%", () => escapeHtml(sidebarTitle(lang, page)))
      .replace("/*PILAH_CSS*/", () => css)
      .replace("/*PILAH_JS*/", () => script);
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Every page in every language: name → HTML. */
export async function buildSidebars(): Promise<Map<string, string>> {
  const css = (
    await transform(readFileSync(join(root, "addon/client/sidebar.css"), "utf8"), {
      loader: "css",
      minify: true,
    })
  ).code.trim();
  const template = readFileSync(join(root, "addon/client/sidebar.html"), "utf8");
  const files = new Map<string, string>();
  for (const page of SIDEBAR_PAGES) {
    const html = await buildPage(page, css, template);
    for (const lang of LANGS) files.set(`${sidebarFile(page, lang)}.html`, html[lang]);
  }
  return files;
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const server = await buildServer();
  const code = `${server.code}\n${stubs(server.exports)}`;
  writeFileSync(join(out, "Code.js"), code);
  for (const f of readdirSync(out)) if (/^sidebar.*\.html$/.test(f)) rmSync(join(out, f));
  const sidebars = await buildSidebars();
  for (const [name, html] of sidebars) writeFileSync(join(out, name), html);
  copyFileSync(join(root, "appsscript.json"), join(out, "appsscript.json"));
  copyFileSync(join(root, "core/generated/ATTRIBUTION.md"), join(out, "ATTRIBUTION-DATA.md"));
  const size = (s: string) =>
    `${(Buffer.byteLength(s) / 1024).toFixed(1)} KB (${(gzipSync(s).length / 1024).toFixed(1)} KB gzip)`;
  console.log(`dist/addon/Code.js      ${size(code)} — exports: ${server.exports.join(", ")}`);
  for (const [name, html] of sidebars) console.log(`dist/addon/${name.padEnd(27)} ${size(html)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
