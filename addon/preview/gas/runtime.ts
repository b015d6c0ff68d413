// One execution of the bundle: its V8 realm, the host state services share, and the proxy that counts calls and hands realm-native values to the bundle.
import { types } from "node:util";
import type { SpreadsheetStore } from "../model/spreadsheet-store.ts";
import type { CallLog } from "./call-log.ts";
import type { UiState } from "./ui-state.ts";

/** Constructors of the bundle's realm: values the bundle receives must pass its `instanceof Date` / `Array.isArray` checks. */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
  /** compiles and runs code in the bundle's context (templates) */
  run(code: string, filename: string): unknown;
}

export interface FetchRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload?: string;
  contentType?: string;
  followRedirects?: boolean;
}

export interface FetchResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface CacheEntry {
  value: string;
  expires: number;
}

/** What outlives one execution: the spreadsheet, UI state, call counts, caches, logs. */
export interface HostState {
  store: SpreadsheetStore;
  calls: CallLog;
  ui: UiState;
  logs: string[];
  caches: Map<string, Map<string, CacheEntry>>;
  user: { email: string; locale: string };
  bundleDir: string;
  scriptTimeZone: string;
  addonName: string;
  scriptId: string;
  now(): number;
  fetchBatch(requests: FetchRequest[]): (FetchResponse | { error: string })[];
  onLog?: (line: string) => void;
}

/** Base of every object the bundle can see. Only prototype members not starting with "_" are visible. */
export abstract class Service {
  static gasName = "Object";
  constructor(readonly _rt: Runtime) {}
}

const visibleCache = new Map<object, Set<string>>();

function visibleMembers(proto: object): Set<string> {
  let set = visibleCache.get(proto);
  if (set) return set;
  set = new Set<string>();
  let p: object | null = proto;
  while (p && p !== Service.prototype && p !== Object.prototype) {
    for (const k of Object.getOwnPropertyNames(p))
      if (k !== "constructor" && !k.startsWith("_")) set.add(k);
    p = Object.getPrototypeOf(p);
  }
  visibleCache.set(proto, set);
  return set;
}

export class Runtime {
  private proxies = new WeakMap<object, object>();
  private targets = new WeakMap<object, object>();
  readonly heldLocks = new Set<string>();

  constructor(
    readonly host: HostState,
    readonly realm: Realm,
  ) {}

  get store(): SpreadsheetStore {
    return this.host.store;
  }

  /** An error as Apps Script services throw it: message "Exception: …". */
  exception(message: string): Error {
    return new this.realm.Error(`Exception: ${message}`);
  }

  /** Errors reach the bundle as its own realm's Error (so `e instanceof Error` holds there). */
  inRealm(e: unknown): unknown {
    if (e instanceof this.realm.Error) return e;
    if (e instanceof Error) {
      const err = new this.realm.Error(e.message);
      err.stack = e.stack;
      return err;
    }
    return e;
  }

  /** The error Apps Script gives when arguments match no overload of a method. */
  signatureError(method: string, args: unknown[]): Error {
    return this.exception(
      `The parameters (${args.map(javaTypeName).join(",")}) don't match the method signature for ${method}.`,
    );
  }

  /** Wraps a service object for the bundle: every method call is counted as "Class.method". */
  wrap<T extends Service>(target: T): T {
    const existing = this.proxies.get(target);
    if (existing) return existing as T;
    const name = (target.constructor as typeof Service).gasName;
    const visible = visibleMembers(Object.getPrototypeOf(target));
    const methods = new Map<string, unknown>();
    const extra = new Map<string, unknown>();
    const rt = this;
    const proxy = new Proxy(target, {
      get(t, prop) {
        if (typeof prop !== "string") {
          if (prop === Symbol.toStringTag) return name;
          return undefined;
        }
        if (extra.has(prop)) return extra.get(prop);
        if (!visible.has(prop)) return prop === "toString" ? () => name : undefined;
        const value = Reflect.get(t, prop, t);
        if (typeof value !== "function") return rt.out(value);
        let fn = methods.get(prop);
        if (!fn) {
          const key = `${name}.${prop}`;
          fn = (...args: unknown[]) => {
            rt.host.calls.record(key);
            try {
              return rt.out((value as (...a: unknown[]) => unknown).apply(t, args));
            } catch (e) {
              throw rt.inRealm(e);
            }
          };
          methods.set(prop, fn);
        }
        return fn;
      },
      set(t, prop, value) {
        if (typeof prop !== "string") return false;
        // Assigned properties read back as assigned; HtmlTemplate also takes them as template variables.
        extra.set(prop, value);
        const setter = (t as { _setProperty?: (k: string, v: unknown) => void })._setProperty;
        setter?.call(t, prop, value);
        return true;
      },
      has(_t, prop) {
        return typeof prop === "string" && (visible.has(prop) || extra.has(prop));
      },
      ownKeys() {
        return [...extra.keys()];
      },
      getOwnPropertyDescriptor(_t, prop) {
        if (typeof prop === "string" && extra.has(prop))
          return { value: extra.get(prop), writable: true, enumerable: true, configurable: true };
        return undefined;
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  /** Converts a value leaving a service into the bundle's realm (arrays, plain objects, Dates), wrapping services. */
  out(value: unknown): unknown {
    if (value === null || typeof value !== "object") return value;
    if (this.targets.has(value)) return value;
    if (value instanceof Service) return this.wrap(value);
    if (types.isProxy(value)) return value;
    if (types.isDate(value)) return new this.realm.Date((value as Date).getTime());
    if (Array.isArray(value)) {
      const arr = new this.realm.Array(value.length);
      for (let i = 0; i < value.length; i++) arr[i] = this.out(value[i]);
      return arr;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const obj = new this.realm.Object() as Record<string, unknown>;
      for (const [k, v] of Object.entries(value)) obj[k] = this.out(v);
      return obj;
    }
    return value;
  }

  /** Unwraps a service proxy the bundle passes back (a Range given to addRange, an HtmlOutput to showSidebar). */
  unwrap<T extends Service>(value: unknown, cls: abstract new (...a: never[]) => T): T | undefined {
    if (value === null || typeof value !== "object") return undefined;
    const target = this.targets.get(value) ?? value;
    return target instanceof cls ? (target as T) : undefined;
  }
}

/** Java-ish type names Apps Script prints in signature errors. */
function javaTypeName(v: unknown): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string") return "String";
  if (types.isDate(v)) return "Date";
  if (Array.isArray(v)) {
    const inner = v.length > 0 ? javaTypeName(v[0]) : "Object";
    return `${inner === "null" ? "Object" : inner}[]`;
  }
  if (v instanceof Service) return (v.constructor as typeof Service).gasName;
  return "Object";
}
