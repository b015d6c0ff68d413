// Area lookups agree with idn-area-data's CSV files, in both code notations.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  districtsOf,
  findVillage,
  isKnownDistrict,
  isKnownRegency,
  isVillageKind,
  PROGRAM_REGENCIES,
  PROVINCE_CODES,
  villagesOf,
} from "../../core/areas.ts";

const dataDir = join(import.meta.dirname, "../../node_modules/idn-area-data/data");

/** Minimal RFC 4180 reader (a few names are quoted), rows without the header. */
function readCsv(file: string): string[][] {
  const text = readFileSync(join(dataDir, file), "utf8");
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line === "") continue;
    const fields: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const f = m[1] ?? "";
      fields.push(f.startsWith('"') ? f.slice(1, -1).replaceAll('""', '"') : f);
      if (m[2] === "") break;
    }
    rows.push(fields);
  }
  return rows;
}

const provinces = readCsv("provinces.csv");
const regencies = readCsv("regencies.csv");
const districts = readCsv("districts.csv");
const villages = readCsv("villages.csv");

const PROGRAM = ["52.03", "53.01", "53.71", "73.09", "73.18", "73.72", "74.71", "81.71"];
const inProgram = (code: string) => PROGRAM.includes(code.slice(0, 5));

describe("province codes", () => {
  it("are the 38 codes of provinces.csv", () => {
    expect(PROVINCE_CODES.size).toBe(38);
    expect([...PROVINCE_CODES].sort()).toEqual(provinces.map((r) => r[0]).sort());
  });
});

describe("regencies and districts of all Indonesia", () => {
  it("knows every regency and district in the CSV, dotted and plain", () => {
    expect(regencies.length).toBe(514);
    for (const [code = ""] of regencies) {
      expect(isKnownRegency(code), code).toBe(true);
      expect(isKnownRegency(code.replaceAll(".", "")), code).toBe(true);
    }
    for (const [code = ""] of districts) {
      expect(isKnownDistrict(code), code).toBe(true);
      expect(isKnownDistrict(code.replaceAll(".", "")), code).toBe(true);
    }
  });

  it("knows nothing else", () => {
    const regencySet = new Set(regencies.map((r) => r[0]));
    const districtSet = new Set(districts.map((r) => r[0]));
    const p2 = (n: number) => String(n).padStart(2, "0");
    let known = 0;
    for (let p = 0; p < 100; p++) {
      for (let r = 0; r < 100; r++) {
        const regency = `${p2(p)}.${p2(r)}`;
        expect(isKnownRegency(regency)).toBe(regencySet.has(regency));
        if (!regencySet.has(regency)) {
          expect(isKnownDistrict(`${regency}.01`)).toBe(false);
          continue;
        }
        for (let d = 0; d < 100; d++) {
          const district = `${regency}.${p2(d)}`;
          if (isKnownDistrict(district)) known++;
          expect(isKnownDistrict(district)).toBe(districtSet.has(district));
        }
      }
    }
    expect(known).toBe(districts.length);
  });

  it("rejects malformed codes", () => {
    for (const code of ["", "73", "73.9", "7.309", "73.09.", "730", "73090", "abcd", "73-09"]) {
      expect(isKnownRegency(code), code).toBe(false);
    }
    for (const code of ["", "7309", "73.09.3", "73.0903", "7309030", "73.09.03.2004"]) {
      expect(isKnownDistrict(code), code).toBe(false);
    }
    expect(isKnownRegency(" 73.09 ")).toBe(true);
  });
});

describe("program regencies", () => {
  it("lists the eight regencies with their CSV names, sorted by code", () => {
    expect(PROGRAM_REGENCIES.map((r) => r.code)).toEqual(PROGRAM);
    for (const regency of PROGRAM_REGENCIES) {
      expect(regency.name).toBe(regencies.find((r) => r[0] === regency.code)?.[2]);
    }
    expect(PROGRAM_REGENCIES.find((r) => r.code === "73.09")?.name).toBe("Kabupaten Maros");
  });

  it("has every district of the program regencies, in both notations", () => {
    for (const code of PROGRAM) {
      const expected = districts
        .filter((d) => d[1] === code)
        .map(([c = "", , name]) => ({ code: c, name, regencyCode: code }))
        .sort((a, b) => a.code.localeCompare(b.code));
      expect(expected.length).toBeGreaterThan(0);
      expect(districtsOf(code)).toEqual(expected);
      expect(districtsOf(code.replace(".", ""))).toEqual(expected);
    }
    expect(districtsOf("73.71")).toEqual([]);
    expect(districtsOf("nonsense")).toEqual([]);
  });

  it("has every village of the program regencies with its CSV name", () => {
    const expected = villages.filter((v) => inProgram(v[0] ?? ""));
    let total = 0;
    for (const regency of PROGRAM) {
      for (const district of districtsOf(regency)) {
        const list = villagesOf(district.code);
        expect(villagesOf(district.code.replaceAll(".", ""))).toEqual(list);
        expect(list.map((v) => v.code)).toEqual([...list.map((v) => v.code)].sort());
        total += list.length;
        for (const v of list) expect(v.districtCode).toBe(district.code);
      }
    }
    expect(total).toBe(expected.length);
    for (const [code = "", districtCode, name] of expected) {
      expect(findVillage(code), code).toEqual({ code, name, districtCode });
      expect(findVillage(code.replaceAll(".", ""))?.name).toBe(name);
    }
  });

  it("finds Minasa Baji in Bantimurung, Maros", () => {
    expect(findVillage("73.09.03.2004")).toEqual({
      code: "73.09.03.2004",
      name: "Minasa Baji",
      districtCode: "73.09.03",
    });
    expect(districtsOf("73.09").find((d) => d.code === "73.09.03")?.name).toBe("Bantimurung");
    expect(villagesOf("73.09.03").map((v) => v.name)).toContain("Minasa Baji");
  });

  it("finds no village outside the program regencies or with a bad code", () => {
    expect(findVillage("11.01.01.2001")).toBeUndefined();
    expect(findVillage("73.09.03.2999")).toBeUndefined();
    expect(findVillage("73.09.03.204")).toBeUndefined();
    expect(findVillage("73.0903.2004")).toBeUndefined();
    expect(villagesOf("11.01.01")).toEqual([]);
  });

  it("hands out copies, so callers cannot corrupt the cache", () => {
    const first = villagesOf("73.09.03");
    first.pop();
    const v = first[0];
    if (v) v.name = "changed";
    expect(villagesOf("73.09.03")).toHaveLength(first.length + 1);
    expect(villagesOf("73.09.03")[0]?.name).not.toBe("changed");
  });
});

describe("village kind", () => {
  it("reads kelurahan / desa from the first digit of the 4-digit part", () => {
    expect(isVillageKind("73.09.03.2004")).toBe("desa");
    expect(isVillageKind("73.09.03.1001")).toBe("kelurahan");
    expect(isVillageKind("7309031001")).toBe("kelurahan");
    expect(isVillageKind("91.03.01.3007")).toBeUndefined();
    expect(isVillageKind("73.09.03")).toBeUndefined();
    expect(isVillageKind("")).toBeUndefined();
  });

  it("agrees with every program village's code", () => {
    for (const [code = ""] of villages.filter((v) => inProgram(v[0] ?? ""))) {
      expect(isVillageKind(code)).toBe(code[9] === "1" ? "kelurahan" : "desa");
    }
  });
});
