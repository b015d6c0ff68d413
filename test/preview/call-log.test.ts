// Every service call the bundle makes is counted as "Class.method", so tests can hold the add-on to one read and one write per batch.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { writeFixture } from "./fixture.ts";

describe("call counting", () => {
  it("counts each method call under its class name", () => {
    const host = loadAddon({ bundleDir: writeFixture() });
    host.call("saveRecord", { name: "Siti", nik: "7309035012990001", date: "2024-05-17" });
    expect(host.calls.snapshot()).toEqual({
      "LockService.getDocumentLock": 1,
      "Lock.waitLock": 1,
      "Lock.releaseLock": 1,
      "SpreadsheetApp.getActive": 2,
      "Spreadsheet.getSheetByName": 1,
      "Spreadsheet.insertSheet": 1,
      "Spreadsheet.toast": 1,
      "Sheet.getLastRow": 2,
      "Sheet.getRange": 4,
      "Sheet.setFrozenRows": 1,
      "Range.setValues": 2,
      "Range.setFontWeight": 1,
      "Range.setNumberFormat": 1,
      "Range.setNote": 1,
      "Session.getActiveUser": 1,
      "User.getEmail": 1,
      "Utilities.getUuid": 1,
    });
    expect(host.calls.count("Range.setValues")).toBe(2);
    expect(host.calls.count("Range.getValues")).toBe(0);
    expect(host.calls.total()).toBe(23);
    expect(host.calls.sequence().slice(0, 3)).toEqual([
      "LockService.getDocumentLock",
      "Lock.waitLock",
      "SpreadsheetApp.getActive",
    ]);
  });

  it("counts calls that throw, and resets", () => {
    const host = loadAddon({ bundleDir: writeFixture() });
    expect(() => host.call("failing")).toThrow("The data has 2 but the range has 1.");
    expect(host.calls.count("Range.setValues")).toBe(1);
    host.calls.reset();
    expect(host.calls.total()).toBe(0);
    expect(host.calls.snapshot()).toEqual({});
  });

  it("does not count the host's own work or property reads of enums", () => {
    const host = loadAddon({ bundleDir: writeFixture() });
    host.call("makeReport");
    // Charts.ChartType.COLUMN is an enum read, not a call.
    expect(Object.keys(host.calls.snapshot()).some((k) => k.startsWith("Charts."))).toBe(false);
    expect(host.calls.count("Sheet.insertChart")).toBe(1);
    expect(host.calls.count("EmbeddedChartBuilder.build")).toBe(1);
  });
});
