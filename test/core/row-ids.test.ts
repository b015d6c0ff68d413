// Ids, record keys and row versions made in the script: the right shapes, no service call, and a version that changes with any cell.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPeriodOpen, parsePeriod } from "../../core/period.ts";
import { newRowId } from "../../core/random-id.ts";
import { newRecordKey, parseRecordKey, RECORD_KEY_SPACE } from "../../core/record-key.ts";
import { rowVersion } from "../../core/row-version.ts";

const UUID4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newRowId", () => {
  it("gives version-4 UUIDs, all different", () => {
    const ids = Array.from({ length: 10_000 }, () => newRowId());
    for (const id of ids.slice(0, 100)) expect(id).toMatch(UUID4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses the source of randomness it is given, edges included", () => {
    expect(newRowId(() => 0)).toBe("00000000-0000-4000-8000-000000000000");
    expect(newRowId(() => 0.999999)).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });
});

describe("record keys", () => {
  it("are integers in [0, 4096), spread over the whole space", () => {
    expect(newRecordKey(() => 0)).toBe(0);
    expect(newRecordKey(() => 0.9999999999)).toBe(RECORD_KEY_SPACE - 1);
    const seen = new Set(Array.from({ length: 40_000 }, () => newRecordKey()));
    expect(seen.size).toBeGreaterThan(4000);
  });

  it("are read back from a cell as a number or as text, anything else is no key", () => {
    expect(parseRecordKey(17)).toBe(17);
    expect(parseRecordKey(" 4095 ")).toBe(4095);
    for (const bad of ["", "4096", "-1", "1.5", 4096, -1, 1.5, "abc", null, undefined, "12345"])
      expect(parseRecordKey(bad), String(bad)).toBeUndefined();
  });
});

describe("rowVersion", () => {
  it("is the same for the same cells, absent and empty alike", () => {
    expect(rowVersion(["a", 1, ""])).toBe(rowVersion(["a", 1, undefined]));
    expect(rowVersion(["a", 1, null])).toBe(rowVersion(["a", 1, ""]));
  });

  it("changes when any cell changes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.string({ minLength: 1 }),
        (cells, at, extra) => {
          const i = at % cells.length;
          const changed = [...cells];
          changed[i] = `${String(cells[i])}${extra}`;
          expect(rowVersion(changed)).not.toBe(rowVersion(cells));
        },
      ),
    );
    expect(rowVersion(["ab", "c"])).not.toBe(rowVersion(["a", "bc"]));
  });
});

describe("isPeriodOpen", () => {
  it("takes periods from January two years back up to the current one", () => {
    const today = "2026-12-01";
    const open = (p: string) => isPeriodOpen(parsePeriod(p), today, 2);
    for (const p of ["2024", "2024-01", "2024-Q1", "2025-Q3", "2026", "2026-Q4", "2026-12"])
      expect(open(p), p).toBe(true);
    for (const p of ["2023", "2023-12", "2023-Q4", "2027", "2027-01", "2000", "2100"])
      expect(open(p), p).toBe(false);
    expect(isPeriodOpen(parsePeriod("2026-12"), "2026-11-30", 2)).toBe(false);
  });
});
