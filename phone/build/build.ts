// Builds the phone app (Pilah Lapangan) into dist/phone/lapangan, served by the worker as static assets at /lapangan/.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin, transform } from "esbuild";
import { classicZodInput, clientOptions } from "../../addon/build/build.ts";
import { keysNamedIn, specKeys } from "../../addon/build/sidebar-catalogue.ts";
import type { FormId } from "../../core/form-ids.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import { LANGS } from "../../core/i18n.ts";
import { type MessageKey, messages } from "../../core/messages.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The assets directory of wrangler.toml; the app lives under its /lapangan/ path. */
export const ASSETS_DIR = join(root, "dist/phone");
export const APP_DIR = join(ASSETS_DIR, "lapangan");
export const PHONE_FORMS: readonly FormId[] = ["person", "case", "service", "activity", "member"];
const THEME = "#0b5d40";
const require = createRequire(import.meta.url);
const UPNG = require("upng-js") as {
  encode(frames: ArrayBuffer[], w: number, h: number, colours: number): ArrayBuffer;
};

/** The catalogue the app can show, in both languages (the member may switch): keys its code names and the five forms' labels. */
function phoneCatalogue(sources: readonly string[]): Record<string, Record<string, string>> {
  const use = keysNamedIn(sources);
  const own = new Set<string>();
  for (const f of PHONE_FORMS) for (const k of specKeys(getFormSpec(f))) own.add(k);
  const out: Record<string, Record<string, string>> = { id: {}, en: {} };
  for (const key of Object.keys(messages.id) as MessageKey[]) {
    const family = ["field.", "choice."].some((p) => key.startsWith(p));
    const wanted =
      use.literals.has(key) ||
      (family ? own.has(key) : [...use.prefixes].some((p) => key.startsWith(p)));
    if (wanted)
      for (const lang of LANGS) (out[lang] as Record<string, string>)[key] = messages[lang][key];
  }
  return out;
}

function cataloguePlugin(catalogue: Record<string, Record<string, string>>): Plugin {
  return {
    name: "phone-catalogue",
    setup(b) {
      b.onLoad({ filter: /core[\\/]messages\.ts$/ }, () => ({
        loader: "js",
        contents: `export const messages = ${JSON.stringify(catalogue)};\n`,
      }));
    },
  };
}

/** The sealed-box code's X25519 from phone/x25519.ts: the same ladder without ed25519's signing code (tested equal). */
const x25519Only: Plugin = {
  name: "x25519-only",
  setup(b) {
    b.onResolve({ filter: /^@noble\/curves\/ed25519\.js$/ }, () => ({
      path: join(root, "phone/x25519.ts"),
    }));
  },
};

async function buildApp(): Promise<string> {
  const entryPoints = ["phone/main.ts"];
  const probe = await build({
    ...clientOptions,
    entryPoints,
    plugins: [x25519Only],
  });
  const sources = Object.keys(probe.metafile.inputs)
    .filter((f) => !f.includes("node_modules") && !/core[\\/]messages/.test(f))
    .map((f) => readFileSync(join(root, f), "utf8"));
  const js = await build({
    ...clientOptions,
    entryPoints,
    // Android phones keep old browsers: Object.hasOwn (Chrome 93) becomes a helper, as in Code.js.
    define: { "Object.hasOwn": "pilahHasOwn_" },
    banner: {
      js: "function pilahHasOwn_(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }",
    },
    plugins: [x25519Only, cataloguePlugin(phoneCatalogue(sources))],
  });
  // The API contracts and validation the app runs use zod/mini; the classic API would add ~14 KB.
  const classic = classicZodInput(js.metafile);
  if (classic)
    throw new Error(`phone app: zod's classic API reaches app.js (${classic}); use zod/mini`);
  return js.outputFiles[0]?.text ?? "";
}

/** The app's mark: white bars of three lengths (data sorted into groups) on the theme colour. */
function iconPixels(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const [r, g, b] = [0x0b, 0x5d, 0x40];
  const bars = [
    [0.26, 0.74],
    [0.26, 0.6],
    [0.26, 0.46],
  ];
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const fy = y / size;
      const fx = x / size;
      const bar = bars.findIndex((_, k) => fy >= 0.25 + k * 0.18 && fy < 0.25 + k * 0.18 + 0.12);
      const white = bar >= 0 && fx >= (bars[bar]?.[0] ?? 0) && fx < (bars[bar]?.[1] ?? 0);
      px.set(white ? [255, 255, 255, 255] : [r, g, b, 255], i);
    }
  return px;
}

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${THEME}"/><g fill="#fff"><rect x="26" y="25" width="48" height="12"/><rect x="26" y="43" width="34" height="12"/><rect x="26" y="61" width="20" height="12"/></g></svg>\n`;

function manifest(): string {
  return `${JSON.stringify(
    {
      name: "Pilah Lapangan",
      short_name: "Pilah",
      description:
        "Isian data pilah dari HP, bisa tanpa sinyal. / Data pilah entry from a phone, also offline.",
      lang: "id",
      start_url: "./",
      scope: "./",
      display: "standalone",
      background_color: "#ffffff",
      theme_color: THEME,
      icons: [
        { src: "icon-192.png", sizes: "192x192", type: "image/png", purpose: "any maskable" },
        { src: "icon-512.png", sizes: "512x512", type: "image/png", purpose: "any maskable" },
        { src: "icon.svg", sizes: "any", type: "image/svg+xml" },
      ],
    },
    null,
    2,
  )}\n`;
}

/** Headers of the static assets (Workers `_headers`): the app loads only its own files and talks only to its own worker. */
const HEADERS = `/lapangan/*
  Content-Security-Policy: default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
/lapangan/sw.js
  Cache-Control: no-cache
`;

/** Builds the app; returns file name → bytes (under /lapangan/). */
export async function buildPhone(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const text = (s: string) => new TextEncoder().encode(s);
  const js = await buildApp();
  const css = (
    await transform(
      `${readFileSync(join(root, "addon/client/sidebar.css"), "utf8")}\n${readFileSync(join(root, "phone/phone.css"), "utf8")}`,
      { loader: "css", minify: true },
    )
  ).code;
  files.set("app.js", text(js));
  files.set("app.css", text(css));
  files.set(
    "index.html",
    text(
      readFileSync(join(root, "phone/index.html"), "utf8")
        .replace("%CSS%", "app.css")
        .replace("%JS%", "app.js"),
    ),
  );
  files.set("manifest.webmanifest", text(manifest()));
  files.set("icon.svg", text(ICON_SVG));
  for (const size of [192, 512])
    files.set(
      `icon-${size}.png`,
      new Uint8Array(UPNG.encode([iconPixels(size).buffer as ArrayBuffer], size, size, 0)),
    );
  const precache = ["./", ...[...files.keys()].filter((f) => f !== "index.html")];
  const hash = createHash("sha256");
  for (const [name, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(name).update(bytes);
  const sw = await build({
    ...clientOptions,
    entryPoints: ["phone/sw/service-worker.ts"],
    define: {
      PILAH_PRECACHE: JSON.stringify(precache),
      PILAH_VERSION: JSON.stringify(hash.digest("hex").slice(0, 16)),
    },
  });
  files.set("sw.js", text(sw.outputFiles[0]?.text ?? ""));
  return files;
}

/** Gzip bytes of everything a first visit loads (every file of the app: the service worker fetches them all). */
export function firstLoadGzip(files: Map<string, Uint8Array>): number {
  let n = 0;
  for (const bytes of files.values()) n += gzipSync(bytes).length;
  return n;
}

async function main(): Promise<void> {
  rmSync(ASSETS_DIR, { recursive: true, force: true });
  mkdirSync(APP_DIR, { recursive: true });
  const files = await buildPhone();
  for (const [name, bytes] of files) writeFileSync(join(APP_DIR, name), bytes);
  writeFileSync(join(ASSETS_DIR, "_headers"), HEADERS);
  for (const name of readdirSync(APP_DIR).sort()) {
    const bytes = files.get(name) ?? new Uint8Array();
    console.log(
      `dist/phone/lapangan/${name.padEnd(22)} ${(bytes.length / 1024).toFixed(1)} KB (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip)`,
    );
  }
  console.log(
    `phone app first load: ${(firstLoadGzip(files) / 1024).toFixed(1)} KB gzip (goal ≤ 80 KB)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
