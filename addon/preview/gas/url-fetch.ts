// UrlFetchApp: synchronous HTTP as Apps Script does it (real requests through a child Node process by default), with its error texts.
import { spawnSync } from "node:child_process";
import { type FetchRequest, type FetchResponse, type Runtime, Service } from "./runtime.ts";
import { BlobService, toBuffer, toSignedBytes } from "./utilities.ts";

const USER_AGENT =
  "Mozilla/5.0 (compatible; Google-Apps-Script; beanserver; +https://script.google.com; id: pilah-preview)";
/** How much of an error body Apps Script quotes in "Request failed … Truncated server response". */
const TRUNCATE_AT = 400;
const TIMEOUT_MS = 60_000;

export type FetchOutcome =
  | FetchResponse
  | { error: "unavailable" | "dns" | "timeout"; detail?: string };

// Runs in a child process: the vm host is synchronous, so the request must finish before fetch() returns.
const CHILD = `
const input = JSON.parse(require("node:fs").readFileSync(0, "utf8"));
Promise.all(input.map(async (r) => {
  try {
    const hasBody = r.payload !== undefined && r.method !== "GET" && r.method !== "HEAD";
    const res = await fetch(r.url, {
      method: r.method,
      headers: r.headers,
      body: hasBody ? r.payload : undefined,
      redirect: r.followRedirects === false ? "manual" : "follow",
      signal: AbortSignal.timeout(${TIMEOUT_MS}),
    });
    const body = await res.text();
    const headers = {};
    res.headers.forEach((v, k) => { headers[k] = v; });
    return { status: res.status, headers, body };
  } catch (e) {
    const code = (e && e.cause && e.cause.code) || (e && e.name) || "";
    const kind = code === "TimeoutError" || code === "UND_ERR_CONNECT_TIMEOUT" ? "timeout"
      : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "dns" : "unavailable";
    return { error: kind, detail: String((e && e.cause && e.cause.message) || (e && e.message)) };
  }
})).then((out) => process.stdout.write(JSON.stringify(out)));
`;

/** Default transport: real HTTP, done synchronously by a child Node process (one per batch). */
export function fetchSynchronously(requests: FetchRequest[]): FetchOutcome[] {
  const wire = requests.map((r) => {
    const headers = { ...r.headers };
    if (r.contentType && !Object.keys(headers).some((h) => h.toLowerCase() === "content-type"))
      headers["Content-Type"] = r.contentType;
    return { ...r, headers };
  });
  const res = spawnSync(process.execPath, ["-e", CHILD], {
    input: JSON.stringify(wire),
    encoding: "utf8",
    timeout: TIMEOUT_MS + 10_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (res.status !== 0 || !res.stdout)
    return requests.map(() => ({ error: "timeout", detail: res.stderr || String(res.error) }));
  return JSON.parse(res.stdout) as FetchOutcome[];
}

export class HTTPResponseImpl extends Service {
  static override gasName = "HTTPResponse";

  constructor(
    rt: Runtime,
    readonly _res: FetchResponse,
  ) {
    super(rt);
  }

  getResponseCode(): number {
    return this._res.status;
  }

  getContentText(_charset?: string): string {
    return this._res.body;
  }

  getContent(): number[] {
    return toSignedBytes(Buffer.from(this._res.body, "utf8"));
  }

  getHeaders(): Record<string, string> {
    return { ...this._res.headers };
  }

  getAllHeaders(): Record<string, string> {
    return { ...this._res.headers };
  }

  getBlob(): BlobService {
    const b = new BlobService(this._rt);
    b._bytes = Buffer.from(this._res.body, "utf8");
    const ct = Object.entries(this._res.headers).find(([k]) => k.toLowerCase() === "content-type");
    b._contentType = ct ? ct[1] : null;
    return b;
  }

  getAs(_contentType: string): BlobService {
    return this.getBlob();
  }
}

interface FetchParams {
  method?: string;
  contentType?: string;
  payload?: unknown;
  headers?: Record<string, unknown>;
  muteHttpExceptions?: boolean;
  followRedirects?: boolean;
  validateHttpsCertificates?: boolean;
  escaping?: boolean;
}

interface Prepared {
  request: FetchRequest;
  mute: boolean;
}

export class UrlFetchAppImpl extends Service {
  static override gasName = "UrlFetchApp";

  _prepare(url: unknown, params: unknown, method: string): Prepared {
    if (typeof url !== "string")
      throw this._rt.signatureError(`UrlFetchApp.${method}`, [url, params]);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw this._rt.exception(`Invalid argument: ${url}`);
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
      throw this._rt.exception(`Invalid argument: ${url}`);
    const p = (params ?? {}) as FetchParams;
    const headers: Record<string, string> = { "User-Agent": USER_AGENT };
    for (const [k, v] of Object.entries(p.headers ?? {})) headers[k] = String(v);
    let payload: string | undefined;
    let contentType = p.contentType;
    if (p.payload !== undefined && p.payload !== null) {
      const blob = this._rt.unwrap(p.payload, BlobService);
      if (typeof p.payload === "string") payload = p.payload;
      else if (Array.isArray(p.payload) || blob) {
        payload = toBuffer(this._rt, p.payload).toString("utf8");
        contentType ??= blob?._contentType ?? undefined;
      } else if (typeof p.payload === "object") {
        // A plain object is sent as an HTML form, as Apps Script does.
        payload = Object.entries(p.payload as Record<string, unknown>)
          .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
          .join("&");
      } else payload = String(p.payload);
      contentType ??= "application/x-www-form-urlencoded";
    }
    return {
      request: {
        url,
        method: String(p.method ?? "get").toUpperCase(),
        headers,
        payload,
        contentType,
        followRedirects: p.followRedirects ?? true,
      },
      mute: p.muteHttpExceptions === true,
    };
  }

  _settle(prepared: Prepared, outcome: FetchOutcome): HTTPResponseImpl {
    const url = prepared.request.url;
    if ("error" in outcome) {
      if (outcome.error === "dns") throw this._rt.exception(`DNS error: ${url}`);
      if (outcome.error === "timeout") throw this._rt.exception(`Timeout: ${url}`);
      throw this._rt.exception(`Address unavailable: ${url}`);
    }
    if (outcome.status >= 400 && !prepared.mute) {
      const body =
        outcome.body.length > TRUNCATE_AT
          ? `${outcome.body.slice(0, TRUNCATE_AT)}...`
          : outcome.body;
      throw this._rt.exception(
        `Request failed for ${url} returned code ${outcome.status}. Truncated server response: ${body} (use muteHttpExceptions option to examine full response)`,
      );
    }
    return new HTTPResponseImpl(this._rt, outcome);
  }

  fetch(url: unknown, params?: unknown): HTTPResponseImpl {
    const prepared = this._prepare(url, params, "fetch");
    const [outcome] = this._rt.host.fetchBatch([prepared.request]);
    if (!outcome) throw this._rt.exception(`Address unavailable: ${prepared.request.url}`);
    return this._settle(prepared, outcome as FetchOutcome);
  }

  fetchAll(requests: unknown): HTTPResponseImpl[] {
    if (!Array.isArray(requests)) throw this._rt.signatureError("UrlFetchApp.fetchAll", [requests]);
    const prepared = requests.map((r) => {
      if (typeof r === "string") return this._prepare(r, {}, "fetchAll");
      const { url, ...params } = (r ?? {}) as { url?: unknown };
      return this._prepare(url, params, "fetchAll");
    });
    const outcomes = this._rt.host.fetchBatch(prepared.map((p) => p.request));
    return prepared.map((p, i) => this._settle(p, outcomes[i] as FetchOutcome));
  }

  getRequest(url: unknown, params?: unknown): Record<string, unknown> {
    const { request } = this._prepare(url, params, "getRequest");
    return {
      url: request.url,
      method: request.method.toLowerCase(),
      headers: request.headers,
      payload: request.payload ?? "",
      contentType: request.contentType ?? null,
      followRedirects: request.followRedirects,
      validateHttpsCertificates: true,
      useIntranet: false,
    };
  }
}
