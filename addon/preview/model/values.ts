// How Sheets types what is written into a cell (strings become numbers, booleans, dates unless the cell is plain text "@") and how a cell is displayed.
import { formatSimpleDate, zonedParts, zonedToInstant } from "./time-zone.ts";

export type CellValue = string | number | boolean | Date;

/** Number format "plain text": strings stay strings, exactly as typed. */
export const TEXT_FORMAT = "@";
/** What Range.getNumberFormat() reports for a cell whose format was never set ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = "0.###############";
/** Sheets gives a cell this format when an ISO date is typed into it. */
export const ISO_DATE_FORMAT = "yyyy-mm-dd";

export interface TypedInput {
  value: CellValue | undefined;
  /** A format Sheets sets as a side effect of parsing (a typed date or percentage). */
  numberFormat?: string;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.(\d*))?|\.(\d+)))%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Sheets keeps 15 significant digits of a typed number; a 16-digit NIK loses its last digit. */
function fifteenDigits(n: number): number {
  return Number(n.toPrecision(15));
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Types a string as Sheets does when it is entered by setValue(s), appendRow or the keyboard.
 * The cell's current number format decides: "@" keeps the text as it is.
 */
export function typeString(text: string, numberFormat: string | undefined, tz: string): TypedInput {
  if (text === "") return { value: undefined };
  if (numberFormat === TEXT_FORMAT) return { value: text };
  // A leading apostrophe forces text and is not part of the value.
  if (text.startsWith("'")) return { value: text.slice(1) === "" ? undefined : text.slice(1) };
  const t = text.trim();
  if (NUMBER.test(t)) return { value: fifteenDigits(Number(t)) };
  const pct = PERCENT.exec(t);
  if (pct?.[1] !== undefined) {
    const decimals = (pct[2] ?? pct[3] ?? "").length;
    return {
      value: fifteenDigits(Number(pct[1]) / 100),
      numberFormat: isAutomatic(numberFormat)
        ? decimals > 0
          ? `0.${"0".repeat(decimals)}%`
          : "0%"
        : undefined,
    };
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const d = ISO_DATE.exec(t);
  if (d) {
    const [y, m, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
    if (validDate(y, m, day))
      return {
        value: new Date(zonedToInstant(tz, y, m, day)),
        numberFormat: isAutomatic(numberFormat) ? ISO_DATE_FORMAT : undefined,
      };
  }
  const dt = ISO_DATE_TIME.exec(t);
  if (dt) {
    const [y, m, day, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i] ?? 0)) as number[];
    if (
      y !== undefined &&
      m !== undefined &&
      day !== undefined &&
      validDate(y, m, day) &&
      (h ?? 0) < 24
    )
      return {
        value: new Date(zonedToInstant(tz, y, m, day, h, mi, s)),
        numberFormat: isAutomatic(numberFormat) ? `${ISO_DATE_FORMAT} hh:mm:ss` : undefined,
      };
  }
  return { value: text };
}

export function isAutomatic(numberFormat: string | undefined): boolean {
  return (
    numberFormat === undefined || numberFormat === DEFAULT_NUMBER_FORMAT || numberFormat === ""
  );
}

// ---- display ----

interface Separators {
  group: string;
  decimal: string;
}

function separators(locale: string): Separators {
  return /^(id|in)\b/i.test(locale.replace("_", "-").split("-")[0] ?? "")
    ? { group: ".", decimal: "," }
    : { group: ",", decimal: "." };
}

function generalNumber(n: number, sep: Separators): string {
  if (!Number.isFinite(n)) return n > 0 ? "#NUM!" : "#NUM!";
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mant = "", exp = "0"] = n.toExponential(5).split("e");
    const trimmed = mant.includes(".") ? mant.replace(/\.?0+$/, "") : mant;
    const e = Number(exp);
    return `${trimmed.replace(".", sep.decimal)}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(Number(n.toPrecision(15))).replace(".", sep.decimal);
}

function stripQuoted(format: string): string {
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "");
}

/** A Sheets number format that shows dates/times (letters y, d, h, s or m outside quotes). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === TEXT_FORMAT || format === DEFAULT_NUMBER_FORMAT) return false;
  return /[ydhsm]/i.test(stripQuoted(format).replace(/am\/pm|a\/p/gi, ""));
}

function patternNumber(n: number, format: string, sep: Separators): string {
  const section = format.split(";")[n < 0 && format.includes(";") ? 1 : 0] ?? format;
  const first = section.search(/[0#?]/);
  if (first < 0) return generalNumber(n, sep);
  let last = first;
  for (let i = first; i < section.length; i++) if (/[0#?,.]/.test(section.charAt(i))) last = i;
  const prefix = section.slice(0, first).replace(/"/g, "");
  const suffix = section.slice(last + 1).replace(/"/g, "");
  const core = section.slice(first, last + 1);
  const percent = suffix.includes("%") || prefix.includes("%");
  const [intPart = "", fracPart = ""] = core.split(".");
  const maxDecimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const grouping = intPart.includes(",");
  const minInt = (intPart.match(/0/g) ?? []).length;
  let value = Math.abs(percent ? n * 100 : n);
  value = Number(value.toFixed(maxDecimals));
  let [i = "0", f = ""] = value.toFixed(maxDecimals).split(".");
  while (f.length > minDecimals && f.endsWith("0")) f = f.slice(0, -1);
  if (i === "0" && minInt === 0) i = "";
  i = i.padStart(minInt, "0");
  if (grouping) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep.group);
  const sign = n < 0 && !format.includes(";") && value !== 0 ? "-" : "";
  return `${sign}${prefix}${i}${f ? sep.decimal + f : ""}${suffix}`;
}

/** Days since 1899-12-30, Sheets' date serial, to an instant in the spreadsheet's zone. */
function serialToInstant(serial: number, tz: string): number {
  const days = Math.floor(serial);
  const base = Date.UTC(1899, 11, 30) + days * 86_400_000;
  const d = new Date(base);
  const seconds = Math.round((serial - days) * 86_400);
  return zonedToInstant(
    tz,
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    Math.floor(seconds / 3600),
    Math.floor((seconds % 3600) / 60),
    seconds % 60,
  );
}

function instantToSerial(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  const days = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  return days + (p.hour * 3600 + p.minute * 60 + p.second) / 86_400;
}

/** Sheets date format ("yyyy-mm-dd", "d/m/yyyy h:mm") → SimpleDateFormat pattern. */
function sheetsDateToSimple(format: string): string {
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|\.0+|[^ymdhs"\\]+/gi) ?? [];
  const hasAmPm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const out: string[] = [];
  tokens.forEach((tok, idx) => {
    const lower = tok.toLowerCase();
    const prev = tokens
      .slice(0, idx)
      .reverse()
      .find((t) => /^[ymdhs]/i.test(t));
    const next = tokens.slice(idx + 1).find((t) => /^[ymdhs]/i.test(t));
    if (tok.startsWith('"')) out.push(`'${tok.slice(1, -1).replace(/'/g, "''")}'`);
    else if (tok.startsWith("\\")) out.push(`'${tok.slice(1)}'`);
    else if (/^y+$/.test(lower)) out.push(lower.length <= 2 ? "yy" : "yyyy");
    else if (/^m+$/.test(lower)) {
      const minute =
        lower.length <= 2 &&
        (prev?.toLowerCase().startsWith("h") || next?.toLowerCase().startsWith("s"));
      if (minute) out.push(lower.length === 1 ? "m" : "mm");
      else
        out.push(
          lower.length >= 4 ? "MMMM" : lower.length === 3 ? "MMM" : lower.length === 2 ? "MM" : "M",
        );
    } else if (/^d+$/.test(lower))
      out.push(
        lower.length >= 4 ? "EEEE" : lower.length === 3 ? "EEE" : lower.length === 2 ? "dd" : "d",
      );
    else if (/^h+$/.test(lower))
      out.push(hasAmPm ? (lower.length === 1 ? "h" : "hh") : lower.length === 1 ? "H" : "HH");
    else if (/^s+$/.test(lower)) out.push(lower.length === 1 ? "s" : "ss");
    else if (/^\.0+$/.test(lower)) out.push(`.${"S".repeat(lower.length - 1)}`);
    else if (/^(am\/pm|a\/p)$/.test(lower)) out.push("a");
    else out.push(`'${tok.replace(/'/g, "''")}'`);
  });
  return out.join("");
}

function defaultDateFormat(ms: number, locale: string, tz: string): string {
  const p = zonedParts(ms, tz);
  const midnight = p.hour === 0 && p.minute === 0 && p.second === 0;
  const id = separators(locale).decimal === ",";
  if (id) return midnight ? "dd/mm/yyyy" : "dd/mm/yyyy hh:mm:ss";
  return midnight ? "m/d/yyyy" : "m/d/yyyy h:mm:ss";
}

/** The text Sheets shows for a value in a cell with this number format (getDisplayValues). */
export function displayValue(
  value: CellValue | undefined,
  numberFormat: string | undefined,
  locale: string,
  tz: string,
): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sep = separators(locale);
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return "";
    if (numberFormat && !isAutomatic(numberFormat) && numberFormat !== TEXT_FORMAT) {
      if (isDateFormat(numberFormat))
        return formatSimpleDate(ms, tz, sheetsDateToSimple(numberFormat));
      return patternNumber(instantToSerial(ms, tz), numberFormat, sep);
    }
    return formatSimpleDate(ms, tz, sheetsDateToSimple(defaultDateFormat(ms, locale, tz)));
  }
  if (numberFormat === undefined || isAutomatic(numberFormat) || numberFormat === TEXT_FORMAT)
    return generalNumber(value, sep);
  if (isDateFormat(numberFormat))
    return formatSimpleDate(serialToInstant(value, tz), tz, sheetsDateToSimple(numberFormat));
  return patternNumber(value, numberFormat, sep);
}

/** What the formula bar shows for a cell: the value as a user would retype it. */
export function editText(value: CellValue | undefined, tz: string): string {
  if (value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isDate(value)) {
    const p = zonedParts(value.getTime(), tz);
    const pattern = p.hour || p.minute || p.second ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd";
    return formatSimpleDate(value.getTime(), tz, pattern);
  }
  return String(value);
}
