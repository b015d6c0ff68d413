// Wall-clock fields of an instant in a named time zone (via Intl), and Java SimpleDateFormat-style formatting as Utilities.formatDate does it.

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "GMT+8", "UTC-05:30", "GMT" → fixed offset in minutes; undefined for region names. */
function fixedOffset(tz: string): number | undefined {
  if (tz === "GMT" || tz === "UTC" || tz === "Z") return 0;
  const m = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tz);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

function formatterFor(tz: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(tz);
  if (f) return f;
  try {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
  } catch {
    // Java's TimeZone.getTimeZone falls back to GMT for names it does not know; so does Apps Script.
    return undefined;
  }
  formatters.set(tz, f);
  return f;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

function utcParts(ms: number): ZonedParts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

export function zonedParts(ms: number, tz: string): ZonedParts {
  const fixed = fixedOffset(tz);
  if (fixed !== undefined) return utcParts(ms + fixed * 60_000);
  const f = formatterFor(tz);
  if (!f) return utcParts(ms);
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(new Date(ms))) out[p.type] = p.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour) % 24,
    minute: Number(out.minute),
    second: Number(out.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(out.weekday ?? "Sun"),
  };
}

/** Offset of the zone from UTC at that instant, in minutes (Makassar: +480). */
export function zoneOffsetMinutes(ms: number, tz: string): number {
  const p = zonedParts(ms, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond);
  return Math.round((asUtc - ms) / 60_000);
}

/** The instant at which the zone's wall clock shows the given fields. */
export function zonedToInstant(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let ms = guess - zoneOffsetMinutes(guess, tz) * 60_000;
  // A second pass settles instants near a daylight-saving change.
  ms = guess - zoneOffsetMinutes(ms, tz) * 60_000;
  return ms;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function offsetText(minutes: number, style: "Z" | "X" | "XX" | "XXX"): string {
  if (minutes === 0 && style !== "Z") return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (style === "X") return `${sign}${hh}`;
  if (style === "XXX") return `${sign}${hh}:${mm}`;
  return `${sign}${hh}${mm}`;
}

/**
 * Java SimpleDateFormat subset: y M d H h m s S E a Z X, quoted literals ('…', '' for a quote).
 * A letter that is not a pattern letter throws, as SimpleDateFormat does ("Illegal pattern character").
 */
export function formatSimpleDate(ms: number, tz: string, pattern: string): string {
  const p = zonedParts(ms, tz);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === ch) n++;
    i += n;
    switch (ch) {
      case "y":
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case "M":
        if (n >= 4) out += MONTHS[p.month - 1];
        else if (n === 3) out += MONTHS[p.month - 1]?.slice(0, 3);
        else out += pad(p.month, n);
        break;
      case "d":
        out += pad(p.day, n);
        break;
      case "H":
        out += pad(p.hour, n);
        break;
      case "k":
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case "h":
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, n);
        break;
      case "m":
        out += pad(p.minute, n);
        break;
      case "s":
        out += pad(p.second, n);
        break;
      case "S":
        out += pad(p.millisecond, n);
        break;
      case "E":
        out += n >= 4 ? DAY_NAMES[p.weekday] : DAY_NAMES[p.weekday]?.slice(0, 3);
        break;
      case "u":
        out += String(p.weekday === 0 ? 7 : p.weekday);
        break;
      case "a":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "Z":
        out += offsetText(zoneOffsetMinutes(ms, tz), "Z");
        break;
      case "X":
        out += offsetText(zoneOffsetMinutes(ms, tz), n === 1 ? "X" : n === 2 ? "XX" : "XXX");
        break;
      case "K":
        out += pad(p.hour % 12, n);
        break;
      case "L":
        out += pad(p.month, n);
        break;
      case "z":
        out += `GMT${offsetText(zoneOffsetMinutes(ms, tz), "XXX").replace("Z", "+00:00")}`;
        break;
      case "D": {
        const dayOfYear =
          (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000;
        out += pad(dayOfYear + 1, n);
        break;
      }
      default:
        // SimpleDateFormat rejects letters that are not pattern letters (a bare "T" in ISO patterns).
        if (!"GYwWF".includes(ch)) throw new Error(`Illegal pattern character '${ch}'`);
        out += ch.repeat(n);
    }
  }
  return out;
}
