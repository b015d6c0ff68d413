// Utilities: UUIDs, date formatting in a time zone, digests as Apps Script's signed byte arrays, base64, blobs, CSV, sleep.
import { createHash, createHmac, randomUUID } from "node:crypto";
import { types } from "node:util";
import { formatSimpleDate } from "../model/time-zone.ts";
import { type Runtime, Service } from "./runtime.ts";

const DIGESTS: Record<string, string> = {
  MD2: "md2",
  MD5: "md5",
  SHA_1: "sha1",
  SHA_256: "sha256",
  SHA_384: "sha384",
  SHA_512: "sha512",
};

const MACS: Record<string, string> = {
  HMAC_MD5: "md5",
  HMAC_SHA_1: "sha1",
  HMAC_SHA_256: "sha256",
  HMAC_SHA_384: "sha384",
  HMAC_SHA_512: "sha512",
};

/** Apps Script's Byte[]: plain numbers -128..127. */
export function toSignedBytes(buf: Uint8Array): number[] {
  return Array.from(buf, (b) => (b > 127 ? b - 256 : b));
}

/** String (UTF-8 or US-ASCII) or Byte[] argument → bytes. */
export function toBuffer(rt: Runtime, data: unknown, charset?: unknown): Buffer {
  if (typeof data === "string")
    return Buffer.from(data, charset === "US_ASCII" ? "latin1" : "utf8");
  if (Array.isArray(data)) return Buffer.from(data.map((n) => Number(n) & 0xff));
  const blob = rt.unwrap(data, BlobService);
  if (blob) return Buffer.from(blob._bytes);
  throw rt.exception("Invalid argument: data");
}

function enumOf(names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, n]));
}

export class BlobService extends Service {
  static override gasName = "Blob";
  _bytes: Buffer = Buffer.alloc(0);
  _contentType: string | null = null;
  _name: string | null = null;

  getBytes(): number[] {
    return toSignedBytes(this._bytes);
  }

  setBytes(data: unknown): this {
    this._bytes = toBuffer(this._rt, data);
    return this;
  }

  getDataAsString(charset?: string): string {
    return this._bytes.toString(charset === "US_ASCII" ? "latin1" : "utf8");
  }

  setDataFromString(string: string, charset?: string): this {
    this._bytes = toBuffer(this._rt, String(string), charset);
    return this;
  }

  getContentType(): string | null {
    return this._contentType;
  }

  setContentType(contentType: string | null): this {
    this._contentType = contentType;
    return this;
  }

  getName(): string | null {
    return this._name;
  }

  setName(name: string): this {
    this._name = String(name);
    return this;
  }

  isGoogleType(): boolean {
    return false;
  }

  copyBlob(): BlobService {
    const b = new BlobService(this._rt);
    b._bytes = Buffer.from(this._bytes);
    b._contentType = this._contentType;
    b._name = this._name;
    return b;
  }

  getBlob(): BlobService {
    return this;
  }
}

/** RFC 4180 CSV as Utilities.parseCsv reads it. */
export function parseCsv(csv: string, delimiter = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv.charAt(i);
    if (quoted) {
      if (ch === '"') {
        if (csv.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && csv.charAt(i + 1) === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** java.util.Formatter subset for Utilities.formatString: %s %d %f %.Nf %%. */
export function formatString(template: string, args: unknown[]): string {
  let i = 0;
  return template.replace(
    /%(-?\d*)(?:\.(\d+))?([sdfx%])/g,
    (_m, width: string, prec: string, conv: string) => {
      if (conv === "%") return "%";
      const v = args[i++];
      let s: string;
      if (conv === "d") s = String(Math.trunc(Number(v)));
      else if (conv === "f") s = Number(v).toFixed(prec ? Number(prec) : 6);
      else if (conv === "x") s = Math.trunc(Number(v)).toString(16);
      else s = String(v);
      const w = Math.abs(Number(width || 0));
      return width.startsWith("-") ? s.padEnd(w) : s.padStart(w);
    },
  );
}

export class UtilitiesService extends Service {
  static override gasName = "Utilities";

  get DigestAlgorithm(): Record<string, string> {
    return enumOf(Object.keys(DIGESTS));
  }

  get MacAlgorithm(): Record<string, string> {
    return enumOf(Object.keys(MACS));
  }

  get Charset(): Record<string, string> {
    return enumOf(["US_ASCII", "UTF_8"]);
  }

  getUuid(): string {
    return randomUUID();
  }

  formatDate(date: unknown, timeZone: unknown, format: unknown): string {
    if (!types.isDate(date) || typeof timeZone !== "string" || typeof format !== "string")
      throw this._rt.signatureError("Utilities.formatDate", [date, timeZone, format]);
    try {
      return formatSimpleDate((date as Date).getTime(), timeZone, format);
    } catch (e) {
      throw this._rt.exception(`Invalid argument: ${(e as Error).message}`);
    }
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(String(template), args);
  }

  /** Blocks the execution, as Apps Script does (max 5 minutes). */
  sleep(milliseconds: number): void {
    if (typeof milliseconds !== "number" || milliseconds < 0 || milliseconds > 300_000)
      throw this._rt.exception("Invalid argument: milliseconds");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);
  }

  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const alg = DIGESTS[String(algorithm)];
    if (!alg) throw this._rt.signatureError("Utilities.computeDigest", [algorithm, value]);
    return toSignedBytes(
      createHash(alg)
        .update(toBuffer(this._rt, value, charset))
        .digest(),
    );
  }

  computeHmacSignature(
    algorithm: unknown,
    value: unknown,
    key: unknown,
    charset?: unknown,
  ): number[] {
    const alg = MACS[String(algorithm)];
    if (!alg)
      throw this._rt.signatureError("Utilities.computeHmacSignature", [algorithm, value, key]);
    return toSignedBytes(
      createHmac(alg, toBuffer(this._rt, key, charset))
        .update(toBuffer(this._rt, value, charset))
        .digest(),
    );
  }

  computeHmacSha256Signature(value: unknown, key: unknown, charset?: unknown): number[] {
    return this.computeHmacSignature("HMAC_SHA_256", value, key, charset);
  }

  base64Encode(data: unknown, charset?: unknown): string {
    return toBuffer(this._rt, data, charset).toString("base64");
  }

  base64EncodeWebSafe(data: unknown, charset?: unknown): string {
    return toBuffer(this._rt, data, charset)
      .toString("base64")
      .replace(/\+/g, "-")
      .replace(/\//g, "_");
  }

  base64Decode(encoded: string, _charset?: unknown): number[] {
    return toSignedBytes(Buffer.from(String(encoded), "base64"));
  }

  base64DecodeWebSafe(encoded: string, _charset?: unknown): number[] {
    return toSignedBytes(
      Buffer.from(String(encoded).replace(/-/g, "+").replace(/_/g, "/"), "base64"),
    );
  }

  newBlob(data: unknown, contentType?: string, name?: string): BlobService {
    const b = new BlobService(this._rt);
    b._bytes = toBuffer(this._rt, data);
    b._contentType = contentType ?? null;
    b._name = name ?? null;
    return b;
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(String(csv), delimiter ?? ",");
  }
}
