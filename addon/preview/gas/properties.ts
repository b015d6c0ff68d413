// PropertiesService: document, script and per-user string key/value stores kept in the spreadsheet store, so they persist with it.
import { type Runtime, Service } from "./runtime.ts";

/** Apps Script's quota: 500 kB of properties per store. */
const STORE_QUOTA = 500 * 1024;

export class PropertiesImpl extends Service {
  static override gasName = "Properties";

  constructor(
    rt: Runtime,
    readonly _data: () => Record<string, string>,
  ) {
    super(rt);
  }

  _checkQuota(next: Record<string, string>): void {
    let size = 0;
    for (const [k, v] of Object.entries(next)) size += k.length + v.length;
    if (size > STORE_QUOTA)
      throw this._rt.exception(
        "You have exceeded the property storage quota. Please remove some properties and try again.",
      );
  }

  getProperty(key: string): string | null {
    const data = this._data();
    const k = String(key);
    return Object.hasOwn(data, k) ? (data[k] ?? null) : null;
  }

  setProperty(key: string, value: unknown): this {
    const data = this._data();
    const next = { ...data, [String(key)]: String(value) };
    this._checkQuota(next);
    data[String(key)] = String(value);
    return this;
  }

  setProperties(properties: unknown, deleteAllOthers?: boolean): this {
    if (properties === null || typeof properties !== "object")
      throw this._rt.signatureError("PropertiesService.Properties.setProperties", [properties]);
    const data = this._data();
    const incoming = Object.fromEntries(
      Object.entries(properties as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
    const next = deleteAllOthers ? incoming : { ...data, ...incoming };
    this._checkQuota(next);
    if (deleteAllOthers) for (const k of Object.keys(data)) delete data[k];
    Object.assign(data, incoming);
    return this;
  }

  getProperties(): Record<string, string> {
    return { ...this._data() };
  }

  getKeys(): string[] {
    return Object.keys(this._data());
  }

  deleteProperty(key: string): this {
    delete this._data()[String(key)];
    return this;
  }

  deleteAllProperties(): this {
    const data = this._data();
    for (const k of Object.keys(data)) delete data[k];
    return this;
  }
}

export class PropertiesServiceImpl extends Service {
  static override gasName = "PropertiesService";

  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this._rt, () => this._rt.store.properties.document);
  }

  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this._rt, () => this._rt.store.properties.script);
  }

  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this._rt, () => {
      const users = this._rt.store.properties.user;
      const email = this._rt.host.user.email;
      users[email] ??= {};
      return users[email];
    });
  }
}
