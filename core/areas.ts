// Kemendagri area codes: which regencies and districts exist today, and the program's villages by name.
import { DISTRICT_RANGES, PROGRAM_AREAS } from "./generated/areas-data.ts";

/** The 38 current province codes (docs/domain-rules.md); written out so a province check needs no data file. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
]);

export interface Regency {
  /** Dotted, e.g. "73.09". */
  code: string;
  name: string;
}
export interface District {
  /** Dotted, e.g. "73.09.03". */
  code: string;
  name: string;
  regencyCode: string;
}
export interface Village {
  /** Dotted, e.g. "73.09.03.2004". */
  code: string;
  name: string;
  districtCode: string;
}

// Either every part dotted or none, each part at its exact width, so "7.309" and "73.0903" are no codes.
const REGENCY_RE = /^(\d{2})\.?(\d{2})$/;
const DISTRICT_RE = /^(\d{2})(\.?)(\d{2})\2(\d{2})$/;
const VILLAGE_RE = /^(\d{2})(\.?)(\d{2})\2(\d{2})\2(\d{4})$/;

function dottedRegency(code: string): string | undefined {
  const m = REGENCY_RE.exec(String(code).trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
function dottedDistrict(code: string): string | undefined {
  const m = DISTRICT_RE.exec(String(code).trim());
  return m ? `${m[1]}.${m[3]}.${m[4]}` : undefined;
}
function dottedVillage(code: string): string | undefined {
  const m = VILLAGE_RE.exec(String(code).trim());
  return m ? `${m[1]}.${m[3]}.${m[4]}.${m[5]}` : undefined;
}

/** "1-3,7" → [1, 2, 3, 7]. */
function expandRanges(ranges: string): number[] {
  const out: number[] = [];
  if (ranges === "") return out;
  for (const part of ranges.split(",")) {
    const [from, to = from] = part.split("-").map(Number) as [number, number?];
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

interface Decoded {
  /** Dotted regency code → set of dotted district codes. */
  districtsByRegency: Map<string, Set<string>>;
  programRegencies: Regency[];
  programDistricts: Map<string, District[]>;
  programVillages: Map<string, Village[]>;
  villagesByCode: Map<string, Village>;
  /** The same regencies and districts as numbers (7309, 730903), for the identity-number checks. */
  regencyNumbers: Set<number>;
  districtNumbers: Set<number>;
}

// Decoded on first use, not at import: the add-on imports core on every Apps Script call.
let decoded: Decoded | undefined;

function data(): Decoded {
  if (decoded) return decoded;
  const districtsByRegency = new Map<string, Set<string>>();
  const regencyNumbers = new Set<number>();
  const districtNumbers = new Set<number>();
  for (const entry of DISTRICT_RANGES.split(" ")) {
    const [rr = "", ranges = ""] = entry.split(":");
    const regency = `${rr.slice(0, 2)}.${rr.slice(2)}`;
    const numbers = expandRanges(ranges);
    districtsByRegency.set(regency, new Set(numbers.map((n) => `${regency}.${pad(n, 2)}`)));
    regencyNumbers.add(Number(rr));
    for (const n of numbers) districtNumbers.add(Number(rr) * 100 + n);
  }
  const programRegencies: Regency[] = [];
  const programDistricts = new Map<string, District[]>();
  const programVillages = new Map<string, Village[]>();
  const villagesByCode = new Map<string, Village>();
  for (const [rr, regencyName, rows] of PROGRAM_AREAS) {
    const regencyCode = `${rr.slice(0, 2)}.${rr.slice(2)}`;
    programRegencies.push({ code: regencyCode, name: regencyName });
    const districts: District[] = [];
    for (const [dd, districtName, villageRanges, villageNames] of rows) {
      const districtCode = `${regencyCode}.${dd}`;
      districts.push({ code: districtCode, name: districtName, regencyCode });
      const names = villageNames === "" ? [] : villageNames.split("|");
      const villages = expandRanges(villageRanges).map(
        (n, i): Village => ({
          code: `${districtCode}.${pad(n, 4)}`,
          name: names[i] ?? "",
          districtCode,
        }),
      );
      for (const v of villages) villagesByCode.set(v.code, v);
      programVillages.set(districtCode, villages);
    }
    programDistricts.set(regencyCode, districts);
  }
  decoded = {
    districtsByRegency,
    programRegencies,
    programDistricts,
    programVillages,
    villagesByCode,
    regencyNumbers,
    districtNumbers,
  };
  return decoded;
}

/** Whether a regency/city code ("7309" or "73.09") is in today's Kemendagri list. */
export function isKnownRegency(code: string): boolean {
  // Already dotted, as the identity checks ask: no pattern to run.
  if (data().districtsByRegency.has(code)) return true;
  const dotted = dottedRegency(code);
  return dotted !== undefined && data().districtsByRegency.has(dotted);
}

/** Whether a district (kecamatan) code ("730903" or "73.09.03") is in today's Kemendagri list. */
export function isKnownDistrict(code: string): boolean {
  if (code.length === 8 && data().districtsByRegency.get(code.slice(0, 5))?.has(code)) return true;
  const dotted = dottedDistrict(code);
  if (dotted === undefined) return false;
  return data().districtsByRegency.get(dotted.slice(0, 5))?.has(dotted) ?? false;
}

/** The regencies and cities the program works in, sorted by code. */
export const PROGRAM_REGENCIES: readonly Regency[] = Object.freeze(
  PROGRAM_AREAS.map(([rr, name]) =>
    Object.freeze({ code: `${rr.slice(0, 2)}.${rr.slice(2)}`, name }),
  ),
);

/** Districts of a program regency, sorted by code; empty for any other regency. */
export function districtsOf(regencyCode: string): District[] {
  const dotted = dottedRegency(regencyCode);
  const list = dotted === undefined ? undefined : data().programDistricts.get(dotted);
  return list ? list.map((d) => ({ ...d })) : [];
}

/** Whether a dotted code is `prefix` itself or inside it ("all" contains every code). */
export function isUnder(code: string, prefix: string): boolean {
  return prefix === "all" || code === prefix || code.startsWith(`${prefix}.`);
}

/** A district (kecamatan) of a program regency by its dotted code. */
export function findDistrict(code: string): District | undefined {
  const district = data()
    .programDistricts.get(code.slice(0, 5))
    ?.find((d) => d.code === code);
  return district ? { ...district } : undefined;
}

/** Villages (desa / kelurahan) of a district in a program regency, sorted by code; empty otherwise. */
export function villagesOf(districtCode: string): Village[] {
  const dotted = dottedDistrict(districtCode);
  const list = dotted === undefined ? undefined : data().programVillages.get(dotted);
  return list ? list.map((v) => ({ ...v })) : [];
}

/** A village of a program regency by its code ("73.09.03.2004" or "7309032004"). */
/**
 * The first level of an identity number's area part (its first six digits) that is not in today's
 * list, dotted, or undefined when all are known. By numbers: every NIK and KK of a register asks.
 */
export function unknownAreaOfDigits(digits: string): string | undefined {
  const d = (i: number) => digits.charCodeAt(i) - 48;
  const regency = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const { regencyNumbers, districtNumbers } = data();
  const dotted = () => `${digits.slice(0, 2)}.${digits.slice(2, 4)}`;
  if (!regencyNumbers.has(regency)) return dotted();
  if (districtNumbers.has(regency * 100 + d(4) * 10 + d(5))) return undefined;
  return `${dotted()}.${digits.slice(4, 6)}`;
}

/** Whether a village code (dotted or not) is in today's list; without copying its record. */
export function isKnownVillage(code: string): boolean {
  const villages = data().villagesByCode;
  if (villages.has(code)) return true;
  const dotted = dottedVillage(code);
  return dotted !== undefined && villages.has(dotted);
}

export function findVillage(code: string): Village | undefined {
  const dotted = dottedVillage(code);
  const village = dotted === undefined ? undefined : data().villagesByCode.get(dotted);
  return village ? { ...village } : undefined;
}

/**
 * Kind of village a code denotes by its 4-digit part: 1… kelurahan, 2… desa. Does not check that
 * the village exists. A few Papua codes start with 3 and get undefined.
 */
export function isVillageKind(code: string): "kelurahan" | "desa" | undefined {
  const dotted = dottedVillage(code);
  const first = dotted?.charAt(9);
  return first === "1" ? "kelurahan" : first === "2" ? "desa" : undefined;
}
