// Loads the built add-on (dist/addon/Code.js) into a bare V8 context with only Apps Script's globals, one fresh context per execution, as Apps Script runs it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { types } from "node:util";
import vm from "node:vm";
import { CacheServiceImpl } from "./gas/cache.ts";
import { CallLog } from "./gas/call-log.ts";
import { ChartsService } from "./gas/charts.ts";
import { HtmlServiceImpl } from "./gas/html-service.ts";
import { LockServiceImpl } from "./gas/lock.ts";
import { ConsoleService, LoggerService } from "./gas/logger.ts";
import { PropertiesServiceImpl } from "./gas/properties.ts";
import { RangeService } from "./gas/range.ts";
import {
  type FetchRequest,
  type FetchResponse,
  type HostState,
  type Realm,
  Runtime,
} from "./gas/runtime.ts";
import { ScriptAppService, SessionService, UserService } from "./gas/session.ts";
import { SpreadsheetAppService, SpreadsheetService } from "./gas/spreadsheet.ts";
import { UiState } from "./gas/ui-state.ts";
import { fetchSynchronously, UrlFetchAppImpl } from "./gas/url-fetch.ts";
import { UtilitiesService } from "./gas/utilities.ts";
import { SpreadsheetStore } from "./model/spreadsheet-store.ts";
import { rejectionMessage, violates } from "./model/validation-check.ts";
import { editText, isAutomatic, typeString } from "./model/values.ts";

/** Built-ins newer than ES2020 that Node has and Apps Script may lack. */
/**
 * Node's vm contexts look a global name up through an interceptor on every use: tens of times the
 * cost of an ordinary global lookup, which Apps Script's V8 does not pay. The add-on's hot loops
 * name Math, Array, String… per cell, so at 60,000 rows the host's time was partly this. Bound as
 * script-scope constants (the same objects, so nothing the add-on can observe changes, and not
 * properties of the global object), Code.js finds them lexically. Date stays global: the fake
 * clock replaces it.
 */
const INTRINSICS_AS_CONSTANTS = `
const { Math, Array, Object, String, Number, Boolean, JSON, Map, Set, WeakMap, RegExp, Error,
  TypeError, RangeError, Symbol, Int32Array, Uint8Array, Uint32Array, Float64Array, parseInt,
  parseFloat, isNaN, isFinite } = globalThis;
`;

const POST_ES2020_REMOVED = `
delete Object.hasOwn;
delete String.prototype.replaceAll;
delete String.prototype.at;
delete Array.prototype.at;
delete Array.prototype.findLast;
delete Array.prototype.findLastIndex;
delete Array.prototype.toSorted;
delete Array.prototype.toReversed;
delete Array.prototype.toSpliced;
delete Array.prototype.with;
delete Object.groupBy;
delete globalThis.structuredClone;
`;

export { CallLog } from "./gas/call-log.ts";
export type { FetchRequest, FetchResponse } from "./gas/runtime.ts";
export type { MenuEntry, MenuModel, UiResponse } from "./gas/ui-state.ts";
export { UiState } from "./gas/ui-state.ts";
export { SpreadsheetStore } from "./model/spreadsheet-store.ts";

export interface HostOptions {
  /** directory with Code.js, *.html, appsscript.json (dist/addon) */
  bundleDir: string;
  /** default: a new spreadsheet with one empty "Sheet1" */
  store?: SpreadsheetStore;
  /** default { email: "demo@example.org", locale: "id" } */
  user?: { email: string; locale: string };
  /** SYNC transport for UrlFetchApp; default: real HTTP done synchronously by a child process */
  urlFetch?: (req: FetchRequest) => FetchResponse;
  /** the clock of the bundle's `new Date()` / `Date.now()` and of cache expiry */
  now?: () => Date;
  /** receives every Logger.log / console line as it is written */
  onLog?: (line: string) => void;
  /** UI state to continue (the preview keeps menus and its event feed across bundle reloads) */
  ui?: UiState;
}

export interface EditResult {
  ok: boolean;
  /** why the input was rejected (data validation that disallows invalid input) */
  message?: string;
}

export interface AddonHost {
  /** Calls a top-level function as google.script.run does: arguments and result JSON-cloned; a thrown error's message comes through. */
  call(fn: string, ...args: unknown[]): unknown;
  /** Runs a simple trigger (onOpen, onEdit, onInstall …) with an event object; `source` and `user` are filled in. */
  trigger(fn: string, event?: Record<string, unknown>): unknown;
  /** What Sheets does when the spreadsheet opens: clears the menus and runs onOpen({authMode:"FULL", source}). */
  open(): AddonHost["ui"]["menus"];
  /**
   * A user typing `text` into a cell: typed like Sheets types keyboard input, rejected when the
   * cell's validation disallows invalid data, then the onEdit simple trigger runs (if defined).
   */
  edit(sheet: string, row: number, col: number, text: string): EditResult;
  /** Top-level functions google.script.run may call (not ending in "_"). */
  publicFunctions(): string[];
  hasFunction(fn: string): boolean;
  readonly calls: CallLog;
  readonly ui: UiState;
  readonly store: SpreadsheetStore;
  /** Logger.log and console output, in order */
  readonly logs: string[];
  readonly bundleDir: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SCRIPT_ID = "1PiLaHpReViEwScRiPt000000000000000000000000000000000000";

interface Manifest {
  timeZone?: string;
  addOns?: { common?: { name?: string } };
}

interface Execution {
  ctx: vm.Context;
  rt: Runtime;
  jsonParse(text: string): unknown;
}

/** Apps Script refuses Dates and functions in google.script.run arguments; results holding a Date arrive as null. */
function findIllegal(v: unknown, path: string): string | undefined {
  if (typeof v === "function" || types.isDate(v)) return path;
  if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      const bad = findIllegal(x, path === "" ? k : `${path}.${k}`);
      if (bad !== undefined) return bad;
    }
  }
  return undefined;
}

function hasDate(v: unknown, seen = new Set<unknown>()): boolean {
  if (types.isDate(v)) return true;
  if (v && typeof v === "object") {
    if (seen.has(v)) return false;
    seen.add(v);
    return Object.values(v).some((x) => hasDate(x, seen));
  }
  return false;
}

/** A bundle error as the caller sees it: same message; the stack points into Code.js. */
function toHostError(e: unknown): Error {
  if (e && typeof e === "object" && typeof (e as Error).message === "string") {
    const err = new Error((e as Error).message);
    err.name = (e as Error).name ?? "Error";
    if (typeof (e as Error).stack === "string") err.stack = (e as Error).stack;
    return err;
  }
  return new Error(String(e));
}

class Host implements AddonHost {
  readonly calls = new CallLog();
  readonly ui: UiState;
  readonly logs: string[] = [];
  readonly store: SpreadsheetStore;
  readonly bundleDir: string;
  private scripts: vm.Script[];
  private state: HostState;
  private publicNames: string[] | undefined;
  private fakeClock: boolean;

  constructor(opts: HostOptions) {
    this.bundleDir = opts.bundleDir;
    this.ui = opts.ui ?? new UiState();
    this.store = opts.store ?? SpreadsheetStore.create();
    const code = join(opts.bundleDir, "Code.js");
    if (!existsSync(code))
      throw new Error(`no Code.js in ${opts.bundleDir}: build the add-on first`);
    // Apps Script runs every .gs/.js file in one global scope; Code.js first, the rest by name.
    const others = readdirSync(opts.bundleDir)
      .filter((f) => f.endsWith(".js") && f !== "Code.js")
      .sort();
    this.scripts = ["Code.js", ...others].map(
      (f) =>
        new vm.Script(readFileSync(join(opts.bundleDir, f), "utf8"), {
          filename: join(opts.bundleDir, f),
        }),
    );
    const manifestFile = join(opts.bundleDir, "appsscript.json");
    const manifest: Manifest = existsSync(manifestFile)
      ? (JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest)
      : {};
    const now = opts.now;
    const urlFetch = opts.urlFetch;
    this.state = {
      store: this.store,
      calls: this.calls,
      ui: this.ui,
      logs: this.logs,
      caches: new Map(),
      user: opts.user ?? { email: "demo@example.org", locale: "id" },
      bundleDir: opts.bundleDir,
      scriptTimeZone: manifest.timeZone ?? "Asia/Makassar",
      addonName: manifest.addOns?.common?.name ?? "Pilah",
      scriptId: SCRIPT_ID,
      now: now ? () => now().getTime() : () => Date.now(),
      fetchBatch: urlFetch ? (reqs) => reqs.map((r) => urlFetch(r)) : fetchSynchronously,
      onLog: opts.onLog,
    };
    this.fakeClock = now !== undefined;
  }

  /** A fresh global scope, as every Apps Script execution gets: globals set by one call are gone in the next. */
  private execution(): Execution {
    const ctx = vm.createContext(
      {},
      { name: "Apps Script", codeGeneration: { strings: true, wasm: false } },
    );
    const run = (code: string, filename: string) => vm.runInContext(code, ctx, { filename });
    // Apps Script's V8 version is undocumented: the bundle may rely on ES2020 built-ins only, so
    // the later ones Node has are taken away and any use fails in every add-on test.
    run(POST_ES2020_REMOVED, "realm");
    if (this.fakeClock) {
      const install = run(FAKE_CLOCK, "clock") as (now: () => number) => void;
      install(() => this.state.now());
    }
    run(INTRINSICS_AS_CONSTANTS, "realm");
    const realm: Realm = {
      Date: run("Date", "realm") as DateConstructor,
      Array: run("Array", "realm") as ArrayConstructor,
      Object: run("Object", "realm") as ObjectConstructor,
      Error: run("Error", "realm") as ErrorConstructor,
      run,
    };
    const rt = new Runtime(this.state, realm);
    const globals: Record<string, unknown> = {
      SpreadsheetApp: rt.wrap(new SpreadsheetAppService(rt)),
      Charts: rt.wrap(new ChartsService(rt)),
      HtmlService: rt.wrap(new HtmlServiceImpl(rt)),
      PropertiesService: rt.wrap(new PropertiesServiceImpl(rt)),
      LockService: rt.wrap(new LockServiceImpl(rt)),
      CacheService: rt.wrap(new CacheServiceImpl(rt)),
      UrlFetchApp: rt.wrap(new UrlFetchAppImpl(rt)),
      Utilities: rt.wrap(new UtilitiesService(rt)),
      Session: rt.wrap(new SessionService(rt)),
      ScriptApp: rt.wrap(new ScriptAppService(rt)),
      Logger: rt.wrap(new LoggerService(rt)),
      console: rt.wrap(new ConsoleService(rt)),
    };
    for (const [name, value] of Object.entries(globals))
      Object.defineProperty(ctx, name, {
        value,
        writable: true,
        configurable: true,
        enumerable: true,
      });
    const before = new Set(run("Object.getOwnPropertyNames(globalThis)", "realm") as string[]);
    for (const s of this.scripts) s.runInContext(ctx);
    if (this.publicNames === undefined) {
      const names = run("Object.getOwnPropertyNames(globalThis)", "realm") as string[];
      this.publicNames = names.filter(
        (n) =>
          !before.has(n) &&
          !n.endsWith("_") &&
          typeof (ctx as Record<string, unknown>)[n] === "function",
      );
    }
    return { ctx, rt, jsonParse: run("JSON.parse", "realm") as (t: string) => unknown };
  }

  private lookup(ex: Execution, fn: string): ((...a: unknown[]) => unknown) | undefined {
    if (!IDENTIFIER.test(fn)) return undefined;
    const f = vm.runInContext(`typeof ${fn} === "function" ? ${fn} : undefined`, ex.ctx);
    return typeof f === "function" ? (f as (...a: unknown[]) => unknown) : undefined;
  }

  private finish(ex: Execution): void {
    // Locks are released when the execution ends, as in Apps Script.
    ex.rt.heldLocks.clear();
  }

  call(fn: string, ...args: unknown[]): unknown {
    args.forEach((a, i) => {
      const bad = findIllegal(a, String(i));
      if (bad !== undefined) throw new Error(`Failed due to illegal value in property: ${bad}`);
    });
    const ex = this.execution();
    const f = this.lookup(ex, fn);
    if (!f) throw new Error(`Script function not found: ${fn}`);
    const realmArgs = args.map((a) =>
      a === undefined ? undefined : ex.jsonParse(JSON.stringify(a)),
    );
    let result: unknown;
    try {
      result = f.apply(undefined, realmArgs);
    } catch (e) {
      throw toHostError(e);
    } finally {
      this.finish(ex);
    }
    if (result === undefined) return undefined;
    if (hasDate(result)) return null;
    return JSON.parse(JSON.stringify(result) ?? "null");
  }

  trigger(fn: string, event: Record<string, unknown> = {}): unknown {
    return this.runTrigger(fn, () => event);
  }

  private runTrigger(fn: string, build: (rt: Runtime) => Record<string, unknown>): unknown {
    const ex = this.execution();
    const f = this.lookup(ex, fn);
    if (!f) throw new Error(`Script function not found: ${fn}`);
    const event = build(ex.rt);
    const e = ex.rt.out({
      ...event,
      source: event.source ?? new SpreadsheetService(ex.rt),
      user: event.user ?? new UserService(ex.rt, this.state.user.email),
    });
    try {
      return f.call(undefined, e);
    } catch (err) {
      throw toHostError(err);
    } finally {
      this.finish(ex);
    }
  }

  open(): AddonHost["ui"]["menus"] {
    this.ui.menus = [];
    if (this.hasFunction("onOpen")) this.trigger("onOpen", { authMode: "FULL" });
    return this.ui.menus;
  }

  edit(sheetName: string, row: number, col: number, text: string): EditResult {
    const sheet = this.store.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    if (row < 1 || col < 1 || row > sheet.maxRows || col > sheet.maxCols)
      throw new Error(`cell ${row},${col} is outside ${sheetName}`);
    const before = sheet.cell(row, col);
    const typed = typeString(text, before?.nf, this.store.timeZone);
    if (
      before?.dv &&
      !before.dv.allowInvalid &&
      violates(before.dv, typed.value, before.nf, this.store)
    )
      return { ok: false, message: rejectionMessage(before.dv) };
    const oldValue = before?.v;
    const cell = sheet.ensureCell(row, col);
    if (typed.value === undefined) delete cell.v;
    else cell.v = typed.value;
    if (typed.numberFormat && isAutomatic(cell.nf)) cell.nf = typed.numberFormat;
    if (this.hasFunction("onEdit"))
      this.runTrigger("onEdit", (rt) => ({
        authMode: "LIMITED",
        range: new RangeService(rt, sheet, row, col, 1, 1),
        value: text === "" ? undefined : text,
        oldValue: oldValue === undefined ? undefined : editText(oldValue, this.store.timeZone),
      }));
    return { ok: true };
  }

  publicFunctions(): string[] {
    if (this.publicNames === undefined) this.execution();
    return [...(this.publicNames ?? [])];
  }

  hasFunction(fn: string): boolean {
    return this.lookup(this.execution(), fn) !== undefined;
  }
}

/** Replaces the realm's Date so `new Date()` and `Date.now()` follow the host clock; instanceof still holds. */
const FAKE_CLOCK = `(function (now) {
  var D = Date;
  function Date_() {
    if (!new.target) return new D(now()).toString();
    var a = Array.prototype.slice.call(arguments);
    return Reflect.construct(D, a.length === 0 ? [now()] : a, new.target);
  }
  Object.setPrototypeOf(Date_, D);
  Object.defineProperty(Date_, "name", { value: "Date" });
  Date_.prototype = D.prototype;
  Date_.now = function () { return now(); };
  Object.defineProperty(D.prototype, "constructor", { value: Date_, writable: true, configurable: true });
  globalThis.Date = Date_;
})`;

export function loadAddon(opts: HostOptions): AddonHost {
  return new Host(opts);
}
