// CacheService: in-memory document/script/user caches with expiry, living as long as the host (not persisted, as a cache need not be).
import { type CacheEntry, type Runtime, Service } from "./runtime.ts";

const MAX_VALUE = 100 * 1024;
const MAX_KEY = 250;
const MAX_TTL = 21_600;

export class CacheImpl extends Service {
  static override gasName = "Cache";

  constructor(
    rt: Runtime,
    readonly _name: string,
  ) {
    super(rt);
  }

  _entries(): Map<string, CacheEntry> {
    let m = this._rt.host.caches.get(this._name);
    if (!m) {
      m = new Map();
      this._rt.host.caches.set(this._name, m);
    }
    return m;
  }

  get(key: string): string | null {
    const e = this._entries().get(String(key));
    if (!e) return null;
    if (e.expires <= this._rt.host.now()) {
      this._entries().delete(String(key));
      return null;
    }
    return e.value;
  }

  getAll(keys: unknown): Record<string, string> {
    const out: Record<string, string> = {};
    if (Array.isArray(keys))
      for (const k of keys) {
        const v = this.get(String(k));
        if (v !== null) out[String(k)] = v;
      }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY) throw this._rt.exception("Argument too large: key");
    if (v.length > MAX_VALUE) throw this._rt.exception("Argument too large: value");
    const ttl = Math.min(expirationInSeconds ?? 600, MAX_TTL);
    this._entries().set(k, { value: v, expires: this._rt.host.now() + ttl * 1000 });
  }

  putAll(values: unknown, expirationInSeconds?: number): void {
    if (values && typeof values === "object")
      for (const [k, v] of Object.entries(values)) this.put(k, String(v), expirationInSeconds);
  }

  remove(key: string): void {
    this._entries().delete(String(key));
  }

  removeAll(keys: unknown): void {
    if (Array.isArray(keys)) for (const k of keys) this.remove(String(k));
  }
}

export class CacheServiceImpl extends Service {
  static override gasName = "CacheService";

  getDocumentCache(): CacheImpl {
    return new CacheImpl(this._rt, "document");
  }

  getScriptCache(): CacheImpl {
    return new CacheImpl(this._rt, "script");
  }

  getUserCache(): CacheImpl {
    return new CacheImpl(this._rt, `user:${this._rt.host.user.email}`);
  }
}
