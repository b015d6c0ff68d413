// HtmlService: HTML files from the bundle directory, HtmlOutput, and HtmlTemplate with <? ?>, <?= ?> (escaped) and <?!= ?> (raw) scriptlets run in the bundle's realm.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { type Runtime, Service } from "./runtime.ts";
import { BlobService } from "./utilities.ts";

function enumOf(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]));
}

/** Reads "<bundleDir>/<name>.html" (Apps Script file names carry no extension; "name.html" also works). */
function readHtmlFile(rt: Runtime, name: unknown): string {
  if (typeof name !== "string")
    throw rt.signatureError("HtmlService.createHtmlOutputFromFile", [name]);
  const root = resolve(rt.host.bundleDir);
  const candidates = [`${name}.html`, name.endsWith(".html") ? name : undefined].filter(
    (c): c is string => c !== undefined,
  );
  for (const c of candidates) {
    const file = resolve(join(root, c));
    if (!file.startsWith(root + sep)) continue;
    if (existsSync(file)) return readFileSync(file, "utf8");
  }
  throw rt.exception(`No HTML file named ${name} was found.`);
}

export function escapeHtml(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Turns template text into the body of a function that appends to __out. */
export function compileTemplate(source: string): string {
  let code = "";
  let last = 0;
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m.index > last) code += `__out.push(${JSON.stringify(source.slice(last, m.index))});\n`;
    const body = (m[2] ?? "").trim().replace(/;+\s*$/, "");
    if (m[1] === "=") code += `__out.push(__esc(${body}));\n`;
    else if (m[1] === "!=") code += `__out.push(__raw(${body}));\n`;
    else code += `${m[2] ?? ""}\n`;
    last = re.lastIndex;
  }
  if (last < source.length) code += `__out.push(${JSON.stringify(source.slice(last))});\n`;
  return code;
}

export class HtmlOutput extends Service {
  static override gasName = "HtmlOutput";
  _content = "";
  _title = "";
  _width: number | undefined = undefined;
  _height: number | undefined = undefined;
  _metaTags: { name: string; content: string }[] = [];
  _sandbox = "IFRAME";
  _faviconUrl = "";

  append(addedContent: string): this {
    this._content += String(addedContent ?? "");
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this._content += escapeHtml(addedContent);
    return this;
  }

  clear(): this {
    this._content = "";
    return this;
  }

  getContent(): string {
    return this._content;
  }

  setContent(content: string): this {
    this._content = String(content ?? "");
    return this;
  }

  getTitle(): string {
    return this._title;
  }

  setTitle(title: string): this {
    this._title = String(title ?? "");
    return this;
  }

  getWidth(): number | null {
    return this._width ?? null;
  }

  setWidth(width: number): this {
    this._width = width;
    return this;
  }

  getHeight(): number | null {
    return this._height ?? null;
  }

  setHeight(height: number): this {
    this._height = height;
    return this;
  }

  setSandboxMode(mode: string): this {
    this._sandbox = String(mode);
    return this;
  }

  getSandboxMode(): string {
    return this._sandbox;
  }

  setXFrameOptionsMode(_mode: string): this {
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this._metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): { getName(): string; getContent(): string }[] {
    return this._metaTags.map((t) => ({ getName: () => t.name, getContent: () => t.content }));
  }

  setFaviconUrl(iconUrl: string): this {
    this._faviconUrl = String(iconUrl);
    return this;
  }

  getFaviconUrl(): string {
    return this._faviconUrl;
  }

  asTemplate(): HtmlTemplate {
    const t = new HtmlTemplate(this._rt);
    t._source = this._content;
    return t;
  }

  getBlob(): BlobService {
    const b = new BlobService(this._rt);
    b._bytes = Buffer.from(this._content, "utf8");
    b._contentType = "text/html";
    return b;
  }

  getAs(_contentType: string): BlobService {
    return this.getBlob();
  }
}

export class HtmlTemplate extends Service {
  static override gasName = "HtmlTemplate";
  _source = "";
  /** Properties the script assigned (template.data = …): in scope while evaluating. */
  _vars = new Map<string, unknown>();

  _setProperty(key: string, value: unknown): void {
    this._vars.set(key, value);
  }

  getRawContent(): string {
    return this._source;
  }

  getCode(): string {
    return compileTemplate(this._source);
  }

  getCodeWithComments(): string {
    return this.getCode();
  }

  evaluate(): HtmlOutput {
    const rt = this._rt;
    const fn = rt.realm.run(
      `(function (__vars, __esc, __raw) { var __out = []; with (__vars) {\n${compileTemplate(this._source)}\n} return __out.join(""); })`,
      "HtmlTemplate",
    ) as (vars: object, esc: (v: unknown) => string, raw: (v: unknown) => string) => string;
    const vars = new rt.realm.Object() as Record<string, unknown>;
    for (const [k, v] of this._vars) vars[k] = v;
    const html = fn(vars, escapeHtml, (v) => (v === null || v === undefined ? "" : String(v)));
    const out = new HtmlOutput(rt);
    out._content = html;
    return out;
  }
}

export class HtmlServiceImpl extends Service {
  static override gasName = "HtmlService";

  get SandboxMode(): Record<string, string> {
    return enumOf(["EMULATED", "IFRAME", "NATIVE"]);
  }

  get XFrameOptionsMode(): Record<string, string> {
    return enumOf(["ALLOWALL", "DEFAULT"]);
  }

  createHtmlOutput(html?: unknown): HtmlOutput {
    const out = new HtmlOutput(this._rt);
    const blob = this._rt.unwrap(html, BlobService);
    const template = this._rt.unwrap(html, HtmlTemplate);
    if (blob) out._content = blob._bytes.toString("utf8");
    else if (template) return template.evaluate();
    else if (html !== undefined && html !== null) out._content = String(html);
    return out;
  }

  createHtmlOutputFromFile(filename: unknown): HtmlOutput {
    const out = new HtmlOutput(this._rt);
    out._content = readHtmlFile(this._rt, filename);
    return out;
  }

  createTemplate(html: unknown): HtmlTemplate {
    const t = new HtmlTemplate(this._rt);
    const blob = this._rt.unwrap(html, BlobService);
    t._source = blob ? blob._bytes.toString("utf8") : String(html ?? "");
    return t;
  }

  createTemplateFromFile(filename: unknown): HtmlTemplate {
    const t = new HtmlTemplate(this._rt);
    t._source = readHtmlFile(this._rt, filename);
    return t;
  }

  getUserAgent(): string {
    return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36";
  }
}
