// Wraps the D1 binding so a failing or stalled database becomes a StorageError (a 503), never a hang.

/** D1 rejected or did not answer in time; the request is answered 503 and may be retried. */
export class StorageError extends Error {
  constructor(readonly reason: string) {
    super(`Storage unavailable: ${reason}`);
    this.name = "StorageError";
  }
}

export const DEFAULT_D1_TIMEOUT_MS = 10_000;

// Proxies are handed to callers; D1's own batch() needs its real statements back.
const targets = new WeakMap<object, object>();

function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrap);
  return (typeof value === "object" && value !== null && targets.get(value)) || value;
}

// D1 messages name the error class ("D1_ERROR", "SQLITE_CONSTRAINT") but never bound values;
// only those tokens are kept so a log line cannot carry request data.
function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : "";
  const tokens = text.match(/\b(?:D1_[A-Z_]+|SQLITE_[A-Z_]+)\b/g);
  return tokens ? [...new Set(tokens)].join(" ") : error instanceof Error ? error.name : "error";
}

function settle<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageError("timeout")), timeoutMs);
  });
  return Promise.race([promise, timeout])
    .catch((error: unknown) => {
      throw error instanceof StorageError ? error : new StorageError(reasonOf(error));
    })
    .finally(() => {
      if (timer !== undefined) clearTimeout(timer);
    });
}

function guard<T extends object>(target: T, timeoutMs: number): T {
  const proxy = new Proxy(target, {
    get(obj, prop) {
      const value: unknown = Reflect.get(obj, prop, obj);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        // A synchronous throw (a bad bind, a bug) is not an outage: it stays a 500.
        const result: unknown = value.apply(obj, args.map(unwrap));
        if (result instanceof Promise) return settle(result, timeoutMs);
        // prepare(), bind() and withSession() hand out objects whose calls reach D1 too.
        if (typeof result === "object" && result !== null) return guard(result, timeoutMs);
        return result;
      };
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** The binding with every asynchronous call guarded by `timeoutMs` and StorageError. */
export function guardDatabase(db: D1Database, timeoutMs = DEFAULT_D1_TIMEOUT_MS): D1Database {
  return guard(db, timeoutMs);
}
