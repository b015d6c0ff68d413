// Sheets' geometry through the services: 1-based ranges, A1 notation, sizes, and the exact errors Apps Script throws.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

function fresh() {
  return loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
}

const S = "var ss = SpreadsheetApp.getActive(); var sh = ss.getSheets()[0];";

describe("Range geometry", () => {
  it("is 1-based and reports its bounds", () => {
    const host = fresh();
    expect(
      host.call(
        "run",
        `${S} var r = sh.getRange(2, 3, 4, 5);
         [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn(), r.getA1Notation()]`,
      ),
    ).toEqual([2, 3, 4, 5, 5, 7, "C2:G5"]);
  });

  it("reads A1 notation in its usual forms", () => {
    const host = fresh();
    const a1 = (ref: string) =>
      host.call(
        "run",
        `${S} var r = sh.getRange(${JSON.stringify(ref)}); [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]`,
      );
    expect(a1("B3")).toEqual([3, 2, 1, 1]);
    expect(a1("A1:C3")).toEqual([1, 1, 3, 3]);
    expect(a1("$A$1:$B$2")).toEqual([1, 1, 2, 2]);
    expect(a1("C:C")).toEqual([1, 3, 1000, 1]);
    expect(a1("2:3")).toEqual([2, 1, 2, 26]);
    expect(a1("A2:C")).toEqual([2, 1, 999, 3]);
    expect(a1("Sheet1!B2")).toEqual([2, 2, 1, 1]);
    expect(host.call("run", `${S} ss.getRange("'Sheet1'!A1:B2").getA1Notation()`)).toBe("A1:B2");
    expect(() => a1("nonsense")).toThrow("Exception: Range not found");
  });

  it("throws Apps Script's dimension errors from setValues", () => {
    const host = fresh();
    expect(() => host.call("run", `${S} sh.getRange(1, 1, 1, 1).setValues([[1], [2]])`)).toThrow(
      "Exception: The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.",
    );
    expect(() =>
      host.call("run", `${S} sh.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4, 5]])`),
    ).toThrow(
      "Exception: The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => host.call("run", `${S} sh.getRange(1, 1).setValues("x")`)).toThrow(
      "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    // Nothing was written by the failed calls.
    expect(host.store.sheet("Sheet1")?.values()).toEqual([]);
  });

  it("throws Apps Script's coordinate errors", () => {
    const host = fresh();
    expect(() => host.call("run", `${S} sh.getRange(1001, 1)`)).toThrow(
      "Exception: The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => host.call("run", `${S} sh.getRange(1, 1, 1, 27)`)).toThrow(
      "Exception: The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => host.call("run", `${S} sh.getRange(0, 1)`)).toThrow(
      "Exception: The starting row of the range is too small.",
    );
    expect(() => host.call("run", `${S} sh.getRange(1, 0)`)).toThrow(
      "Exception: The starting column of the range is too small.",
    );
    expect(() => host.call("run", `${S} sh.getRange(1, 1, 0, 1)`)).toThrow(
      "Exception: The number of rows in the range must be at least 1.",
    );
    expect(() => host.call("run", `${S} sh.getRange(1, 1).offset(-1, 0)`)).toThrow(
      "Exception: The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => host.call("run", `${S} sh.getRange(1, 1, 2, 2).getCell(3, 1)`)).toThrow(
      "Exception: Cell reference out of range",
    );
  });

  it("sizes the data range by the last row and column with values", () => {
    const host = fresh();
    expect(
      host.call(
        "run",
        `${S} [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation(), sh.getMaxRows(), sh.getMaxColumns()]`,
      ),
    ).toEqual([0, 0, "A1", 1000, 26]);
    host.call(
      "run",
      `${S} sh.getRange("B2:D3").setValues([["a", "", 1], ["", "", ""]]); sh.getRange("F9").setBackground("#ff0000")`,
    );
    expect(
      host.call(
        "run",
        `${S} [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation()]`,
      ),
    ).toEqual([2, 4, "A1:D2"]);
    expect(host.call("run", `${S} sh.getRange("A1:D2").getValues()`)).toEqual([
      ["", "", "", ""],
      ["", "a", "", 1],
    ]);
  });

  it("setValue fills every cell; getValue reads the top-left one", () => {
    const host = fresh();
    host.call("run", `${S} sh.getRange("A1:B2").setValue("x")`);
    expect(host.store.sheet("Sheet1")?.values()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    expect(host.call("run", `${S} sh.getRange("A1:B2").getValue()`)).toBe("x");
  });

  it("appendRow writes after the last row and grows a full sheet", () => {
    const host = fresh();
    host.call(
      "run",
      `${S} sh.deleteRows(3, 998); sh.appendRow(["a", 1]); sh.appendRow(["b", 2]); sh.appendRow(["c", 3, true]);`,
    );
    expect(host.call("run", `${S} [sh.getMaxRows(), sh.getLastRow()]`)).toEqual([3, 3]);
    expect(host.store.sheet("Sheet1")?.values()).toEqual([
      ["a", 1, ""],
      ["b", 2, ""],
      ["c", 3, true],
    ]);
  });

  it("inserts rows and columns, shifting values, hidden rows and size", () => {
    const host = fresh();
    host.call(
      "run",
      `${S} sh.getRange("A1:A3").setValues([[1], [2], [3]]); sh.hideRows(3); sh.insertRowsAfter(1, 2); sh.insertColumnsAfter(1, 1);`,
    );
    expect(
      host.call(
        "run",
        `${S} [sh.getMaxRows(), sh.getMaxColumns(), sh.isRowHiddenByUser(5), sh.isRowHiddenByUser(3)]`,
      ),
    ).toEqual([1002, 27, true, false]);
    expect(host.call("run", `${S} sh.getRange("A1:A5").getValues()`)).toEqual([
      [1],
      [""],
      [""],
      [2],
      [3],
    ]);
    expect(() => host.call("run", `${S} sh.insertRowsAfter(2000, 1)`)).toThrow(
      "Exception: Those rows are out of bounds.",
    );
  });

  it("keeps formats, notes, hidden columns and frozen rows", () => {
    const host = fresh();
    host.call(
      "run",
      `${S} var r = sh.getRange("A1:B1");
       r.setValues([["Nama", "NIK"]]).setFontWeight("bold").setBackground("#D9EAD3");
       sh.getRange("B1").setNote("16 digit");
       sh.setFrozenRows(1); sh.hideColumns(2); sh.setColumnWidth(1, 180);
       sh.getRange("A2:B2").setBackgrounds([["#ff0000", null]]).setNotes([["a", ""]]);`,
    );
    expect(
      host.call(
        "run",
        `${S} [sh.getRange("A1:B2").getBackgrounds(), sh.getRange("A1:B2").getNotes(), sh.getRange("A1:B1").getFontWeights(), sh.getFrozenRows(), sh.isColumnHiddenByUser(2), sh.getColumnWidth(1)]`,
      ),
    ).toEqual([
      [
        ["#d9ead3", "#d9ead3"],
        ["#ff0000", "#ffffff"],
      ],
      [
        ["", "16 digit"],
        ["a", ""],
      ],
      [["bold", "bold"]],
      1,
      true,
      180,
    ]);
    expect(() => host.call("run", `${S} sh.getRange("A1:B1").setBackgrounds([["#fff"]])`)).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  it("clears contents, formats and notes separately", () => {
    const host = fresh();
    host.call(
      "run",
      `${S} sh.getRange("A1").setValue(5).setBackground("#ff0000").setNote("n").setNumberFormat("0.00")`,
    );
    host.call("run", `${S} sh.getRange("A1").clearContent()`);
    expect(
      host.call(
        "run",
        `${S} var r = sh.getRange("A1"); [r.getValue(), r.getBackground(), r.getNote(), r.getNumberFormat()]`,
      ),
    ).toEqual(["", "#ff0000", "n", "0.00"]);
    host.call("run", `${S} sh.getRange("A1").clearFormat(); sh.getRange("A1").clearNote()`);
    expect(
      host.call(
        "run",
        `${S} var r = sh.getRange("A1"); [r.getBackground(), r.getNote(), r.getNumberFormat()]`,
      ),
    ).toEqual(["#ffffff", "", "0.###############"]);
  });
});

describe("Spreadsheet and sheets", () => {
  it("inserts, finds, renames and deletes sheets with Apps Script's errors", () => {
    const host = fresh();
    expect(
      host.call(
        "run",
        `var ss = SpreadsheetApp.getActive(); var s = ss.insertSheet("Warga"); [s.getName(), s.getIndex(), ss.getActiveSheet().getName(), ss.getSheets().length]`,
      ),
    ).toEqual(["Warga", 2, "Warga", 2]);
    expect(() => host.call("run", `SpreadsheetApp.getActive().insertSheet("Warga")`)).toThrow(
      'Exception: A sheet with the name "Warga" already exists. Please enter another name.',
    );
    expect(host.call("run", `SpreadsheetApp.getActive().getSheetByName("Tidak ada")`)).toBeNull();
    host.call(
      "run",
      `var ss = SpreadsheetApp.getActive(); ss.insertSheet("Depan", 0); ss.getSheetByName("Sheet1").setName("Data")`,
    );
    expect(host.store.sheets.map((s) => s.name)).toEqual(["Depan", "Data", "Warga"]);
    host.call(
      "run",
      `var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheetByName("Data")); ss.deleteSheet(ss.getSheetByName("Warga"))`,
    );
    expect(() =>
      host.call("run", `var ss = SpreadsheetApp.getActive(); ss.deleteSheet(ss.getSheets()[0])`),
    ).toThrow("Exception: You can't remove all the sheets in a document.");
  });

  it("reports locale, time zone, id and the toast", () => {
    const host = fresh();
    expect(
      host.call(
        "run",
        `var ss = SpreadsheetApp.getActive(); ss.toast("Tersimpan", "Pilah"); [ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale(), typeof ss.getId()]`,
      ),
    ).toEqual(["Asia/Makassar", "in_ID", "string"]);
    expect(host.ui.toasts).toEqual([{ title: "Pilah", message: "Tersimpan", timeoutSeconds: 5 }]);
  });

  it("builds, inserts and reads back embedded charts", () => {
    const host = fresh();
    host.call(
      "run",
      `${S} sh.getRange("A1:B3").setValues([["Jenis", "Jumlah"], ["L", 3], ["P", 4]]);
       sh.insertChart(sh.newChart().setChartType(Charts.ChartType.BAR).addRange(sh.getRange("A1:B3")).setPosition(2, 4, 0, 0).setOption("title", "Per jenis").build());`,
    );
    expect(
      host.call(
        "run",
        `${S} var c = sh.getCharts()[0]; [sh.getCharts().length, c.getOptions().get("title"), c.getRanges()[0].getA1Notation(), c.getContainerInfo().getAnchorColumn(), c.modify().getChartType()]`,
      ),
    ).toEqual([1, "Per jenis", "A1:B3", 4, "BAR"]);
    host.call("run", `${S} sh.removeChart(sh.getCharts()[0])`);
    expect(host.store.sheet("Sheet1")?.charts).toEqual([]);
  });

  it("keeps data validation rules", () => {
    const host = fresh();
    host.call(
      "run",
      `${S} var rule = SpreadsheetApp.newDataValidation().requireValueInList(["L", "P"], true).setAllowInvalid(false).build();
       sh.getRange("C2:C3").setDataValidation(rule);`,
    );
    expect(
      host.call(
        "run",
        `${S} var r = sh.getRange("C2:C4").getDataValidations(); [r[0][0].getCriteriaType(), r[0][0].getCriteriaValues(), r[1][0].getAllowInvalid(), r[2][0]]`,
      ),
    ).toEqual(["VALUE_IN_LIST", [["L", "P"], true], false, null]);
  });
});
