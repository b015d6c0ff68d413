// The preview: a local web page hosting the built add-on as Sheets would (grid, tabs, add-on menu, sidebar with google.script.run), saved to a JSON file.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import {
  type AddonHost,
  type FetchRequest,
  type FetchResponse,
  loadAddon,
  type MenuModel,
  UiState,
} from "./addon-host.ts";
import type { SpreadsheetStore } from "./model/spreadsheet-store.ts";
import type { CallResult, PageState } from "./page/state-types.ts";
import { loadStoreFile, saveStoreFile } from "./store.ts";
import { chartView, gridView } from "./view-model.ts";

export interface PreviewOptions {
  port: number;
  host?: string;
  bundleDir: string;
  dataFile: string;
  /** applied only for keys the stored spreadsheet does not have yet */
  seedDocumentProperties?: Record<string, string>;
  user?: { email: string; locale: string };
  urlFetch?: (req: FetchRequest) => FetchResponse;
  /** where Logger/console lines of the bundle go; default: stdout prefixed "[add-on]" */
  onLog?: (line: string) => void;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGE_DIR = join(HERE, "page");
const MAX_BODY = 20 * 1024 * 1024;

interface PageAssets {
  html: string;
  css: string;
  js: string;
  shim: string;
}

async function bundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    logLevel: "silent",
  });
  return out.outputFiles[0]?.text ?? "";
}

async function pageAssets(): Promise<PageAssets> {
  return {
    html: readFileSync(join(PAGE_DIR, "index.html"), "utf8"),
    css: readFileSync(join(PAGE_DIR, "page.css"), "utf8"),
    js: await bundle(join(PAGE_DIR, "main.ts")),
    shim: await bundle(join(PAGE_DIR, "shim.ts")),
  };
}

/** Puts the google.script.run shim (and the output's meta tags) ahead of the page's own scripts. */
export function injectShim(
  html: string,
  shim: string,
  functions: string[],
  metaTags: { name: string; content: string }[],
): string {
  const meta = metaTags
    .map((t) => `<meta name="${escapeAttr(t.name)}" content="${escapeAttr(t.content)}">`)
    .join("");
  const script = `<script>window.__pilahFunctions=${JSON.stringify(functions).replace(/</g, "\\u003c")};</script><script>${shim.replace(/<\/script/gi, "<\\/script")}</script>`;
  const tag = meta + script;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head)
    return (
      html.slice(0, head.index + head[0].length) + tag + html.slice(head.index + head[0].length)
    );
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  if (htmlTag)
    return `${html.slice(0, htmlTag.index + htmlTag[0].length)}<head>${tag}</head>${html.slice(htmlTag.index + htmlTag[0].length)}`;
  const doctype = /<!doctype[^>]*>/i.exec(html);
  if (doctype)
    return (
      html.slice(0, doctype.index + doctype[0].length) +
      tag +
      html.slice(doctype.index + doctype[0].length)
    );
  return tag + html;
}

function menuFunctions(menus: MenuModel[]): string[] {
  return menus.flatMap((m) =>
    m.items.flatMap((e) =>
      e.kind === "item" ? [e.functionName] : e.kind === "submenu" ? menuFunctions([e.menu]) : [],
    ),
  );
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        fail(new Error("request body too large"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => ok(Buffer.concat(chunks).toString("utf8")));
    req.on("error", fail);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    // The sidebar's shim posts from the iframe; a dev host open to any origin on loopback is fine.
    "Access-Control-Allow-Origin": "*",
  });
  res.end(body);
}

function sendJSON(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body));
}

function errorOf(e: unknown): { name: string; message: string } {
  const err = e instanceof Error ? e : new Error(String(e));
  return { name: err.name, message: err.message };
}

export async function startPreview(opts: PreviewOptions): Promise<Preview> {
  const assets = await pageAssets();
  const dataFile = resolve(opts.dataFile);
  const store: SpreadsheetStore = loadStoreFile(dataFile);
  let seeded = false;
  for (const [k, v] of Object.entries(opts.seedDocumentProperties ?? {})) {
    if (!Object.hasOwn(store.properties.document, k)) {
      store.properties.document[k] = v;
      seeded = true;
    }
  }
  if (seeded || !existsSync(dataFile)) saveStoreFile(store, dataFile);

  const ui = new UiState();
  const codeFile = join(opts.bundleDir, "Code.js");
  let host: AddonHost | undefined;
  let loadedMtime = -1;
  let bundleError: string | undefined;
  let version = 1;
  const onLog = opts.onLog ?? ((line: string) => console.log(`[add-on] ${line}`));

  /** The host for the current Code.js: a rebuilt bundle is picked up on the next request. */
  function currentHost(): AddonHost {
    const mtime = existsSync(codeFile) ? statSync(codeFile).mtimeMs : -1;
    if (!host || mtime !== loadedMtime) {
      try {
        host = loadAddon({
          bundleDir: opts.bundleDir,
          store,
          ui,
          user: opts.user,
          urlFetch: opts.urlFetch,
          onLog,
        });
        bundleError = undefined;
        loadedMtime = mtime;
        if (mtime !== -1 && version > 1) host.open();
      } catch (e) {
        bundleError = errorOf(e).message;
        loadedMtime = mtime;
        throw e;
      }
    }
    return host;
  }

  // One call at a time, as a single-user host: the bundle never sees interleaved executions.
  let chain: Promise<unknown> = Promise.resolve();
  function enqueue<T>(job: () => T): Promise<T> {
    const p = chain.then(job);
    chain = p.catch(() => undefined);
    return p;
  }

  function mutated(): void {
    version += 1;
    saveStoreFile(store, dataFile);
  }

  function runCall(job: (h: AddonHost) => unknown): CallResult {
    let h: AddonHost;
    try {
      h = currentHost();
    } catch (e) {
      return { ok: false, error: errorOf(e), lastSeq: ui.lastSeq() };
    }
    try {
      const result = job(h);
      return { ok: true, result, lastSeq: ui.lastSeq() };
    } catch (e) {
      return { ok: false, error: errorOf(e), lastSeq: ui.lastSeq() };
    } finally {
      mutated();
    }
  }

  function state(page: number, since: number): PageState {
    const visible = store.sheets.filter((s) => !s.hiddenSheet);
    let active = store.activeSheet();
    if (active.hiddenSheet && visible[0]) active = visible[0];
    const sidebarEvent = [...ui.events].reverse().find((e) => e.kind === "sidebar");
    return {
      version,
      title: store.name,
      locale: store.locale,
      sheets: visible.map((s) => ({
        name: s.name,
        tabColor: s.tabColor,
        protected: s.protections.length > 0,
      })),
      active: active.name,
      selection:
        store.selection && store.selection.sheetId === active.id
          ? { row: store.selection.row, col: store.selection.col }
          : null,
      grid: gridView(store, active, page),
      charts: active.charts.map((c, i) => chartView(store, c, i)),
      menus: ui.menus,
      sidebar: ui.sidebar ? { title: ui.sidebar.title, seq: sidebarEvent?.seq ?? 0 } : null,
      lastSeq: ui.lastSeq(),
      events: ui.eventsSince(since),
      ...(bundleError ? { bundleError } : {}),
    };
  }

  function surfaceHtml(kind: "sidebar" | "dialog", seq: number): string | undefined {
    if (kind === "sidebar") {
      if (!ui.sidebar) return undefined;
      return injectShim(
        ui.sidebar.html,
        assets.shim,
        currentHost().publicFunctions(),
        ui.sidebar.metaTags,
      );
    }
    const ev = ui.events.find((e) => e.seq === seq && e.kind === "dialog");
    if (ev?.kind !== "dialog") return undefined;
    return injectShim(
      ev.dialog.html,
      assets.shim,
      currentHost().publicFunctions(),
      ev.dialog.metaTags,
    );
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://preview.local");
    const path = url.pathname;
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, POST",
        "Access-Control-Allow-Headers": "Content-Type",
      });
      res.end();
      return;
    }
    if (req.method === "GET") {
      if (path === "/") return send(res, 200, "text/html; charset=utf-8", assets.html);
      if (path === "/page.js") return send(res, 200, "text/javascript; charset=utf-8", assets.js);
      if (path === "/page.css") return send(res, 200, "text/css; charset=utf-8", assets.css);
      if (path === "/favicon.ico") {
        res.writeHead(204);
        res.end();
        return;
      }
      if (path === "/api/version") return sendJSON(res, 200, { version, lastSeq: ui.lastSeq() });
      if (path === "/api/state") {
        const page = Number(url.searchParams.get("page") ?? 0) || 0;
        const since = Number(url.searchParams.get("since") ?? ui.lastSeq());
        return sendJSON(res, 200, await enqueue(() => state(page, since)));
      }
      if (path === "/ui/sidebar" || path === "/ui/dialog") {
        const seq = Number(url.searchParams.get("seq") ?? 0);
        const html = await enqueue(() =>
          surfaceHtml(path === "/ui/sidebar" ? "sidebar" : "dialog", seq),
        );
        if (html === undefined) return send(res, 404, "text/plain; charset=utf-8", "no such panel");
        return send(res, 200, "text/html; charset=utf-8", html);
      }
      return send(res, 404, "text/plain; charset=utf-8", "not found");
    }
    if (req.method !== "POST")
      return send(res, 405, "text/plain; charset=utf-8", "method not allowed");
    const text = await readBody(req);
    const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    switch (path) {
      case "/api/open":
        // A freshly opened spreadsheet has no sidebar or dialog; onOpen builds the menus.
        return sendJSON(
          res,
          200,
          await enqueue(() => {
            ui.sidebar = undefined;
            ui.dialogs = [];
            return runCall((h) => {
              h.open();
            });
          }),
        );
      case "/api/menu": {
        const fn = String(body.fn);
        return sendJSON(
          res,
          200,
          await enqueue(() =>
            runCall((h) => {
              // Sheets runs only what a menu names.
              if (!menuFunctions(ui.menus).includes(fn))
                throw new Error(`Script function not found: ${fn}`);
              return h.call(fn);
            }),
          ),
        );
      }
      case "/api/rpc": {
        const fn = String(body.fn);
        const args = Array.isArray(body.args) ? body.args : [];
        return sendJSON(
          res,
          200,
          await enqueue(() =>
            runCall((h) => {
              if (!h.publicFunctions().includes(fn))
                throw new Error(`Script function not found: ${fn}`);
              return h.call(fn, ...args);
            }),
          ),
        );
      }
      case "/api/edit":
        return sendJSON(
          res,
          200,
          await enqueue(() =>
            runCall((h) => {
              const r = h.edit(
                String(body.sheet),
                Number(body.row),
                Number(body.col),
                String(body.text ?? ""),
              );
              if (!r.ok) throw new Error(r.message);
            }),
          ),
        );
      case "/api/select":
        await enqueue(() => {
          const sheet = store.sheet(String(body.sheet));
          if (!sheet) return;
          store.activeSheetId = sheet.id;
          store.selection = {
            sheetId: sheet.id,
            row: Number(body.row),
            col: Number(body.col),
            numRows: 1,
            numCols: 1,
          };
        });
        return sendJSON(res, 200, { ok: true });
      case "/api/activate":
        await enqueue(() => {
          const sheet = store.sheet(String(body.sheet));
          if (sheet) store.activeSheetId = sheet.id;
          mutated();
        });
        return sendJSON(res, 200, { ok: true });
      case "/api/sidebar/close":
        await enqueue(() => {
          ui.sidebar = undefined;
        });
        return sendJSON(res, 200, { ok: true });
      default:
        return send(res, 404, "text/plain; charset=utf-8", "not found");
    }
  }

  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJSON(res, 500, { ok: false, error: errorOf(e) });
      else res.end();
    });
  });
  const hostname = opts.host ?? "127.0.0.1";
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port, hostname, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostname}:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// CLI: `npx tsx addon/preview/server.ts`
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const preview = await startPreview({
    port: Number(process.env.PILAH_PREVIEW_PORT ?? 5173),
    bundleDir: resolve("dist/addon"),
    dataFile: resolve(process.env.PILAH_PREVIEW_DATA ?? ".preview-data/spreadsheet.json"),
  });
  console.log(`Pilah preview: ${preview.url}`);
  const stop = () => {
    preview.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
