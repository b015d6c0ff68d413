// Strings written to cells are typed as Sheets types them, unless the cell is plain text ("@"); display values follow number formats.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { zonedToInstant } from "../../addon/preview/model/time-zone.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

const S = "var sh = SpreadsheetApp.getActive().getSheets()[0];";

function describeCell(host: ReturnType<typeof loadAddon>, a1: string) {
  return host.call(
    "run",
    `${S} var v = sh.getRange(${JSON.stringify(a1)}).getValue();
     [typeof v, v instanceof Date ? "date:" + v.toISOString() : v]`,
  );
}

describe("value typing", () => {
  it("turns number-like, boolean and ISO date strings into values without '@'", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call(
      "run",
      `${S} sh.getRange("A1:G1").setValues([["7309035012990001", "TRUE", "false", "2024-01-31", "12.50", "0812345", "Siti"]])`,
    );
    // A 16-digit NIK keeps 15 significant digits, as in Sheets: the reason the add-on formats NIK cells "@".
    expect(describeCell(host, "A1")).toEqual(["number", 7309035012990000]);
    expect(describeCell(host, "B1")).toEqual(["boolean", true]);
    expect(describeCell(host, "C1")).toEqual(["boolean", false]);
    const midnight = new Date(zonedToInstant("Asia/Makassar", 2024, 1, 31)).toISOString();
    expect(midnight).toBe("2024-01-30T16:00:00.000Z");
    expect(describeCell(host, "D1")).toEqual(["object", `date:${midnight}`]);
    expect(describeCell(host, "E1")).toEqual(["number", 12.5]);
    // Leading zeros of a phone number are lost without "@".
    expect(describeCell(host, "F1")).toEqual(["number", 812345]);
    expect(describeCell(host, "G1")).toEqual(["string", "Siti"]);
    expect(host.call("run", `${S} sh.getRange("D1").getNumberFormat()`)).toBe("yyyy-mm-dd");
  });

  it("keeps strings exactly as typed in plain-text cells", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call(
      "run",
      `${S} var r = sh.getRange("A1:D1"); r.setNumberFormat("@");
       r.setValues([["7309035012990001", "TRUE", "2024-01-31", "0812345"]]);`,
    );
    expect(host.call("run", `${S} sh.getRange("A1:D1").getValues()`)).toEqual([
      ["7309035012990001", "TRUE", "2024-01-31", "0812345"],
    ]);
    expect(host.call("run", `${S} sh.getRange("A1:D1").getNumberFormats()`)).toEqual([
      ["@", "@", "@", "@"],
    ]);
  });

  it("keeps numbers, booleans and Dates written as such, and empties cells for '' and null", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call(
      "run",
      `${S} sh.getRange("A1:E1").setNumberFormat("@"); sh.getRange("A1:E1").setValues([[42, true, new Date(Date.UTC(2024, 4, 17)), "x", "y"]]);
       sh.getRange("D1:E1").setValues([["", null]]);`,
    );
    expect(describeCell(host, "A1")).toEqual(["number", 42]);
    expect(describeCell(host, "B1")).toEqual(["boolean", true]);
    expect(describeCell(host, "C1")).toEqual(["object", "date:2024-05-17T00:00:00.000Z"]);
    expect(host.call("run", `${S} sh.getRange("D1:E1").getValues()`)).toEqual([["", ""]]);
    expect(host.call("run", `${S} [sh.getLastColumn(), sh.getRange("D1").isBlank()]`)).toEqual([
      3,
      true,
    ]);
  });

  it("treats a leading apostrophe as 'keep as text'", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call("run", `${S} sh.getRange("A1").setValue("'00123")`);
    expect(describeCell(host, "A1")).toEqual(["string", "00123"]);
  });

  it("displays values through number formats in the spreadsheet's locale", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call(
      "run",
      `${S} sh.getRange("A1:F1").setValues([[1234.5, 0.256, "2024-01-31", true, 7, "teks"]]);
       sh.getRange("A1").setNumberFormat("#,##0.00"); sh.getRange("B1").setNumberFormat("0.0%");
       sh.getRange("E1").setNumberFormat("000");`,
    );
    expect(host.call("run", `${S} sh.getRange("A1:F1").getDisplayValues()`)).toEqual([
      ["1.234,50", "25,6%", "2024-01-31", "TRUE", "007", "teks"],
    ]);
  });

  it("types what a user types into a cell, and runs onEdit", () => {
    const code = `${EVAL_CODE}
      function onEdit(e) {
        e.range.offset(0, 1).setValue("edited " + e.value + " was " + e.oldValue);
      }`;
    const host = loadAddon({ bundleDir: writeFixture(code) });
    host.call("run", `${S} sh.getRange("A1").setValue("lama")`);
    expect(host.edit("Sheet1", 1, 1, "2024-02-03")).toEqual({ ok: true });
    expect(describeCell(host, "A1")).toEqual([
      "object",
      `date:${new Date(zonedToInstant("Asia/Makassar", 2024, 2, 3)).toISOString()}`,
    ]);
    expect(describeCell(host, "B1")).toEqual(["string", "edited 2024-02-03 was lama"]);
  });

  it("rejects typed input that breaks a strict validation rule", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call(
      "run",
      `${S} sh.getRange("A1").setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(["L", "P"]).setAllowInvalid(false).build())`,
    );
    expect(host.edit("Sheet1", 1, 1, "X")).toEqual({
      ok: false,
      message: "Invalid: Input must be an item on the specified list",
    });
    expect(host.edit("Sheet1", 1, 1, "P")).toEqual({ ok: true });
    expect(host.store.sheet("Sheet1")?.values()).toEqual([["P"]]);
    // Scripts may still write anything, as in Sheets.
    host.call("run", `${S} sh.getRange("A1").setValue("X")`);
    expect(host.store.sheet("Sheet1")?.values()).toEqual([["X"]]);
  });
});
