// Every Kemendagri area (province → regency → district → village) from the generated list, decoded lazily.
import { AREA_LEVELS, type Area, type AreaLevel } from "../../core/api/regions.ts";
import { REGIONS } from "../generated/regions-data.ts";

export { AREA_LEVELS, type Area, type AreaLevel };

// Dotted codes only, each part at its width: the form stored in groups and summaries.
const CODE_RE = /^\d{2}(?:\.\d{2}(?:\.\d{2}(?:\.\d{4})?)?)?$/;

/** The level a dotted code has by its shape, or undefined when it is no area code. */
export function levelOfCode(code: string): AreaLevel | undefined {
  return CODE_RE.test(code) ? AREA_LEVELS[code.split(".").length - 1] : undefined;
}

// One line per parent; an isolate indexes it once (a few ms) and decodes a parent's children
// only when asked, so a request touches one line, not all 91,599 areas.
let lines: Map<string, string> | undefined;
const decoded = new Map<string, Area[]>();

function lineOf(parent: string): string | undefined {
  if (!lines) {
    lines = new Map();
    for (const line of REGIONS.split("\n")) {
      const eq = line.indexOf("=");
      lines.set(line.slice(0, eq), line.slice(eq + 1));
    }
  }
  return lines.get(parent);
}

function decode(parent: string): Area[] {
  const cached = decoded.get(parent);
  if (cached) return cached;
  const line = lineOf(parent);
  const areas: Area[] = [];
  if (line !== undefined) {
    const [ranges = "", ...names] = line.split("|");
    const level = AREA_LEVELS[parent === "" ? 0 : parent.split(".").length] as AreaLevel;
    const width = level === "village" ? 4 : 2;
    let i = 0;
    for (const part of ranges.split(",")) {
      const [from, to = from] = part.split("-").map(Number) as [number, number?];
      for (let n = from; n <= to; n++) {
        const suffix = String(n).padStart(width, "0");
        areas.push({
          code: parent === "" ? suffix : `${parent}.${suffix}`,
          name: names[i++] ?? "",
          level,
        });
      }
    }
  }
  decoded.set(parent, areas);
  return areas;
}

/** The children of an area in code order ("" = the provinces); undefined when no such area. */
export function childrenOf(code: string): Area[] | undefined {
  if (code !== "" && !findArea(code)) return undefined;
  return decode(code).map((area) => ({ ...area }));
}

/** The area with this dotted code, or undefined. */
export function findArea(code: string): Area | undefined {
  if (levelOfCode(code) === undefined) return undefined;
  const dot = code.lastIndexOf(".");
  const parent = dot < 0 ? "" : code.slice(0, dot);
  const area = decode(parent).find((a) => a.code === code);
  return area ? { ...area } : undefined;
}

/** Whether the code is a village (desa / kelurahan) in today's list. */
export function isKnownVillage(code: string): boolean {
  return levelOfCode(code) === "village" && findArea(code) !== undefined;
}

export { isUnder } from "../../core/areas.ts";
