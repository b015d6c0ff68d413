// NIK check: hand-worked examples plus properties over NIKs built from valid parts and single corruptions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKnownDistrict, isKnownRegency, PROVINCE_CODES } from "../../core/areas.ts";
import { isMessageKey } from "../../core/i18n.ts";
import { checkNik, type IdIssue, normalizeIdNumber, type Sex } from "../../core/nik.ts";

const DISTRICTS = readFileSync(
  join(import.meta.dirname, "../../node_modules/idn-area-data/data/districts.csv"),
  "utf8",
)
  .split("\n")
  .slice(1)
  .filter((line) => line !== "")
  .map((line) => line.slice(0, line.indexOf(",")));

interface Ymd {
  year: number;
  month: number;
  day: number;
}
const p2 = (n: number) => String(n).padStart(2, "0");
const iso = (d: Ymd) => `${d.year}-${p2(d.month)}-${p2(d.day)}`;
/** `today` as core takes it: midnight UTC of the calendar date. */
const utcDay = (d: Ymd) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const DAY_MS = 86_400_000;
/** Calendar arithmetic in UTC, independent of the code under test. */
function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day) + days * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}
const before = (a: Ymd, b: Ymd) => iso(a) < iso(b);

interface NikParts {
  district: string;
  birth: Ymd;
  sex: Sex;
  serial: number;
  today: Ymd;
}
function buildNik(p: NikParts): string {
  const day = p.birth.day + (p.sex === "P" ? 40 : 0);
  return `${p.district.replaceAll(".", "")}${p2(day)}${p2(p.birth.month)}${p2(p.birth.year % 100)}${String(p.serial).padStart(4, "0")}`;
}
const withDigits = (nik: string, at: number, digits: string) =>
  nik.slice(0, at) + digits + nik.slice(at + digits.length);

// Today anywhere this century; births within the last 100 years, where the century rule is exact.
const todayArb = fc
  .integer({ min: 0, max: 36_524 })
  .map((n) => addDays({ year: 2000, month: 1, day: 1 }, n));
const birthArb = (today: Ymd): fc.Arbitrary<Ymd> => {
  const feb29s: Ymd[] = [];
  for (let year = 1904; year <= today.year; year += 4) {
    if (year % 100 === 0 && year % 400 !== 0) continue;
    const d = { year, month: 2, day: 29 };
    if (!before(today, d) && before(today, { ...d, year: year + 100 })) feb29s.push(d);
  }
  const recent = fc.integer({ min: 0, max: 36_500 }).map((n) => addDays(today, -n));
  return feb29s.length > 0
    ? fc.oneof(
        { arbitrary: recent, weight: 4 },
        { arbitrary: fc.constantFrom(...feb29s), weight: 1 },
      )
    : recent;
};
const partsArb: fc.Arbitrary<NikParts> = todayArb.chain((today) =>
  fc.record({
    district: fc.constantFrom(...DISTRICTS),
    birth: birthArb(today),
    sex: fc.constantFrom<Sex>("L", "P"),
    serial: fc.integer({ min: 1, max: 9999 }),
    today: fc.constant(today),
  }),
);
/** Ways people write a NIK; all must normalise to the 16 digits. */
const layoutArb = fc.constantFrom(
  (n: string) => n,
  (n: string) => `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`,
  (n: string) =>
    `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}.${n.slice(6, 12)}.${n.slice(12)}`,
  (n: string) => `${n.slice(0, 6)}-${n.slice(6, 12)}-${n.slice(12)}`,
  (n: string) => ` ${n}\u00a0`,
);

/** A sex that disagrees with the NIK is a warning (Dukcapil keeps the NIK after a correction). */
const sexWarn = (code: IdIssue["code"]): IdIssue => ({ code, severity: "warning" });
const err = (code: IdIssue["code"], params?: IdIssue["params"]): IdIssue =>
  params ? { code, severity: "error", params } : { code, severity: "error" };
const RUNS = { numRuns: 400 };

describe("checkNik on valid NIKs", () => {
  it("finds no issue and reads back every part", () => {
    fc.assert(
      fc.property(partsArb, layoutArb, fc.boolean(), (p, layout, tellForm) => {
        const nik = buildNik(p);
        const ctx = tellForm
          ? { sex: p.sex, birthDate: iso(p.birth), today: utcDay(p.today) }
          : { today: utcDay(p.today) };
        const result = checkNik(layout(nik), ctx);
        expect(result.normalized).toBe(nik);
        expect(result.issues).toEqual([]);
        expect(result.facts).toEqual({
          provinceCode: p.district.slice(0, 2),
          regencyCode: p.district.slice(0, 5),
          districtCode: p.district,
          birthDate: iso(p.birth),
          sex: p.sex,
          serial: nik.slice(12),
        });
      }),
      RUNS,
    );
  });
});

describe("checkNik: each single corruption gives exactly its error", () => {
  it("wrong length", () => {
    fc.assert(
      fc.property(
        partsArb,
        fc.integer({ min: 0, max: 30 }).filter((n) => n !== 16),
        fc.stringMatching(/^\d{14}$/),
        (p, length, extra) => {
          const raw = (buildNik(p) + extra).slice(0, length);
          expect(checkNik(raw, { sex: p.sex, today: utcDay(p.today) })).toEqual({
            normalized: raw,
            issues: [err("nik.length")],
          });
        },
      ),
      RUNS,
    );
  });

  it("non-digits", () => {
    fc.assert(
      fc.property(
        partsArb,
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom("O", "l", "x", "/", ",", "+", "٣", "e"),
        (p, at, ch) => {
          const raw = withDigits(buildNik(p), at, ch);
          expect(checkNik(raw, { today: utcDay(p.today) }).issues).toEqual([err("nik.digits")]);
        },
      ),
      RUNS,
    );
  });

  it("unknown province", () => {
    const bad = Array.from({ length: 100 }, (_, i) => p2(i)).filter((c) => !PROVINCE_CODES.has(c));
    fc.assert(
      fc.property(partsArb, fc.constantFrom(...bad), (p, code) => {
        const result = checkNik(withDigits(buildNik(p), 0, code), {
          sex: p.sex,
          today: utcDay(p.today),
        });
        expect(result.issues).toEqual([err("nik.province", { code })]);
        expect(result.facts?.provinceCode).toBe(code);
      }),
      RUNS,
    );
  });

  it("month 00 or 13 and up", () => {
    fc.assert(
      fc.property(
        partsArb,
        fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })),
        (p, month) => {
          const result = checkNik(withDigits(buildNik(p), 8, p2(month)), {
            sex: p.sex,
            birthDate: iso(p.birth),
            today: utcDay(p.today),
          });
          expect(result).toEqual({
            normalized: withDigits(buildNik(p), 8, p2(month)),
            issues: [err("nik.month", { month: p2(month) })],
          });
        },
      ),
      RUNS,
    );
  });

  it("a day the month does not have (31 April, 30 February, 29 February of a common year)", () => {
    const impossible = [
      { month: 4, day: 31 },
      { month: 6, day: 31 },
      { month: 9, day: 31 },
      { month: 11, day: 31 },
      { month: 2, day: 30 },
      { month: 2, day: 31 },
      { month: 2, day: 29 },
    ];
    fc.assert(
      fc.property(partsArb, fc.constantFrom(...impossible), (p, { month, day }) => {
        // 19YY and 20YY share leap-ness except for 00, and 2000 was a leap year.
        fc.pre(day !== 29 || p.birth.year % 4 !== 0);
        const nik = buildNik({ ...p, birth: { ...p.birth, month, day } });
        const result = checkNik(nik, { sex: p.sex, today: utcDay(p.today) });
        expect(result).toEqual({ normalized: nik, issues: [err("nik.day")] });
      }),
      RUNS,
    );
  });

  it("day 00, 32–40 or 72 and up (no sex can be read, so no sex error either)", () => {
    fc.assert(
      fc.property(
        partsArb,
        fc.oneof(
          fc.constant(0),
          fc.integer({ min: 32, max: 40 }),
          fc.integer({ min: 72, max: 99 }),
        ),
        fc.constantFrom<Sex | undefined>("L", "P", undefined),
        (p, day, formSex) => {
          const nik = withDigits(buildNik(p), 6, p2(day));
          const ctx = formSex
            ? { sex: formSex, today: utcDay(p.today) }
            : { today: utcDay(p.today) };
          expect(checkNik(nik, ctx)).toEqual({ normalized: nik, issues: [err("nik.day")] });
        },
      ),
      RUNS,
    );
  });

  it("serial 0000", () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        const result = checkNik(withDigits(buildNik(p), 12, "0000"), {
          sex: p.sex,
          today: utcDay(p.today),
        });
        expect(result.issues).toEqual([err("nik.serial")]);
        expect(result.facts?.serial).toBe("0000");
      }),
      RUNS,
    );
  });

  it("sex entered differs from the sex the day implies", () => {
    fc.assert(
      fc.property(partsArb, (p) => {
        const result = checkNik(buildNik(p), {
          sex: p.sex === "L" ? "P" : "L",
          today: utcDay(p.today),
        });
        expect(result.issues).toEqual([
          sexWarn(p.sex === "P" ? "nik.sex_is_female" : "nik.sex_is_male"),
        ]);
        expect(result.facts?.sex).toBe(p.sex);
      }),
      RUNS,
    );
  });
});

describe("checkNik warnings", () => {
  it("a differing form birth date is only a warning", () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 1, max: 3000 }), fc.boolean(), (p, days, later) => {
        const formDate = iso(addDays(p.birth, later ? days : -days));
        const result = checkNik(buildNik(p), {
          sex: p.sex,
          birthDate: formDate,
          today: utcDay(p.today),
        });
        expect(result.issues).toEqual([
          {
            code: "nik.birth_date_mismatch",
            severity: "warning",
            params: { nikDate: iso(p.birth), formDate },
          },
        ]);
        expect(result.facts?.birthDate).toBe(iso(p.birth));
      }),
      RUNS,
    );
  });

  it("a district no longer (or not yet) in the list is only a warning naming it", () => {
    fc.assert(
      fc.property(partsArb, fc.integer({ min: 0, max: 99 }), (p, n) => {
        const district = `${p.district.slice(0, 5)}.${p2(n)}`;
        fc.pre(!isKnownDistrict(district));
        const result = checkNik(buildNik({ ...p, district }), {
          sex: p.sex,
          today: utcDay(p.today),
        });
        expect(result.issues).toEqual([
          { code: "nik.area_unknown", severity: "warning", params: { code: district } },
        ]);
        expect(result.facts?.districtCode).toBe(district);
      }),
      RUNS,
    );
  });

  it("an unknown regency in a known province is only a warning naming the regency", () => {
    fc.assert(
      fc.property(
        partsArb,
        fc.constantFrom(...PROVINCE_CODES),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (p, province, r, d) => {
          const regency = `${province}.${p2(r)}`;
          fc.pre(!isKnownRegency(regency));
          const result = checkNik(buildNik({ ...p, district: `${regency}.${p2(d)}` }), {
            today: utcDay(p.today),
          });
          expect(result.issues).toEqual([
            { code: "nik.area_unknown", severity: "warning", params: { code: regency } },
          ]);
        },
      ),
      RUNS,
    );
  });
});

describe("checkNik never throws", () => {
  const ctxArb = fc.record(
    {
      sex: fc.constantFrom<Sex>("L", "P"),
      birthDate: fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/)),
      today: fc.date(),
    },
    { requiredKeys: ["today"] },
  );
  const rawArb = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.stringMatching(/^[0-9 .-]{0,24}$/),
    fc.stringMatching(/^\d{16}$/),
  );

  it("on any string, and gives well-formed issues", () => {
    fc.assert(
      fc.property(rawArb, ctxArb, (raw, ctx) => {
        const result = checkNik(raw, ctx);
        expect(normalizeIdNumber(result.normalized)).toBe(result.normalized);
        for (const issue of result.issues) {
          expect(isMessageKey(issue.code)).toBe(true);
          expect(issue.code.startsWith("nik.")).toBe(true);
        }
        const structural = result.issues.some((i) =>
          ["nik.digits", "nik.length", "nik.month", "nik.day"].includes(i.code),
        );
        if (!Number.isNaN(ctx.today.getTime())) expect(result.facts === undefined).toBe(structural);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("checkNik examples", () => {
  const today = new Date(Date.UTC(2026, 6, 15)); // 15 July 2026

  it("a woman born 5 September 1990 in Bantimurung, Maros: day 05 + 40 = 45", () => {
    const result = checkNik("7309 0345 0990 0001", { sex: "P", birthDate: "1990-09-05", today });
    expect(result).toEqual({
      normalized: "7309034509900001",
      issues: [],
      facts: {
        provinceCode: "73",
        regencyCode: "73.09",
        districtCode: "73.09.03",
        birthDate: "1990-09-05",
        sex: "P",
        serial: "0001",
      },
    });
    expect(checkNik("7309034509900001", { sex: "L", today }).issues).toEqual([
      sexWarn("nik.sex_is_female"),
    ]);
  });

  it("a man born the same day has day 05", () => {
    const result = checkNik("73.09.03.050990.0001", { sex: "L", today });
    expect(result.issues).toEqual([]);
    expect(result.facts?.birthDate).toBe("1990-09-05");
    expect(checkNik("7309030509900001", { sex: "P", today }).issues).toEqual([
      sexWarn("nik.sex_is_male"),
    ]);
  });

  it("reads the century from today: earlier this year is 20YY, later this year is 19YY", () => {
    expect(checkNik("7309031003260001", { today }).facts?.birthDate).toBe("2026-03-10");
    expect(checkNik("7309031507260001", { today }).facts?.birthDate).toBe("2026-07-15");
    expect(checkNik("7309031607260001", { today }).facts?.birthDate).toBe("1926-07-16");
    expect(checkNik("7309032012990001", { today }).facts?.birthDate).toBe("1999-12-20");
    expect(checkNik("7309030101000001", { today }).facts?.birthDate).toBe("2000-01-01");
  });

  it("knows leap years, 2000 included", () => {
    expect(checkNik("7309036902000001", { sex: "P", today }).facts?.birthDate).toBe("2000-02-29");
    expect(checkNik("7309032902240001", { today }).facts?.birthDate).toBe("2024-02-29");
    expect(checkNik("7309032902960001", { today }).facts?.birthDate).toBe("1996-02-29");
    expect(checkNik("7309032902250001", { today }).issues).toEqual([err("nik.day")]);
    expect(checkNik("7309037102900001", { today }).issues).toEqual([err("nik.day")]);
    expect(checkNik("7309037104900001", { today }).issues).toEqual([err("nik.day")]);
    expect(checkNik("7309037005900001", { today }).facts?.birthDate).toBe("1990-05-30");
  });

  it("reads a centenarian's century from the form's birth date when the NIK allows it", () => {
    const result = checkNik("7309031005200001", { birthDate: "1920-05-10", today });
    expect(result.issues).toEqual([]);
    expect(result.facts?.birthDate).toBe("1920-05-10");
    // Without the form's date the rule alone decides.
    expect(checkNik("7309031005200001", { today }).facts?.birthDate).toBe("2020-05-10");
  });

  it("reports a birth date after today (only possible with a clock before 2000)", () => {
    const old = new Date(Date.UTC(1995, 0, 1));
    expect(checkNik("7309030101960001", { today: old }).issues).toEqual([err("nik.future_birth")]);
  });

  it("reports several independent errors together", () => {
    expect(checkNik("9909033513900000", { today }).issues).toEqual([
      err("nik.province", { code: "99" }),
      err("nik.month", { month: "13" }),
      err("nik.day"),
      err("nik.serial"),
    ]);
  });

  it("rejects letters, wrong lengths and Sheets' scientific notation", () => {
    expect(checkNik("7309O34509900001", { today }).issues).toEqual([err("nik.digits")]);
    expect(checkNik("7.30903E+15", { today }).issues).toEqual([err("nik.digits")]);
    expect(checkNik("730903450990001", { today }).issues).toEqual([err("nik.length")]);
    expect(checkNik("", { today }).issues).toEqual([err("nik.length")]);
  });

  it("warns about a regency split off after the NIK was issued", () => {
    // 73.30 does not exist in today's list; province 73 does.
    expect(checkNik("7330034509900001", { today }).issues).toEqual([
      { code: "nik.area_unknown", severity: "warning", params: { code: "73.30" } },
    ]);
    expect(checkNik("7309994509900001", { today }).issues).toEqual([
      { code: "nik.area_unknown", severity: "warning", params: { code: "73.09.99" } },
    ]);
  });
});
