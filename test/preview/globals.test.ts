// The bundle's context has Apps Script's globals and ECMAScript's builtins, nothing from Node or the browser; each execution starts fresh.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

const APPS_SCRIPT_GLOBALS = [
  "SpreadsheetApp",
  "Charts",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "CacheService",
  "UrlFetchApp",
  "Utilities",
  "Session",
  "ScriptApp",
  "Logger",
  "console",
];

describe("the bundle's global scope", () => {
  const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });

  it("has none of Node's or the browser's globals", () => {
    const absent = [
      "URL",
      "URLSearchParams",
      "TextEncoder",
      "TextDecoder",
      "fetch",
      "setTimeout",
      "setInterval",
      "queueMicrotask",
      "crypto",
      "Buffer",
      "process",
      "require",
      "module",
      "exports",
      "structuredClone",
      "atob",
      "btoa",
      "window",
      "document",
      "global",
    ];
    const types = host.call(
      "run",
      `${JSON.stringify(absent)}.map(function (n) { return typeof globalThis[n]; })`,
    );
    expect(types).toEqual(absent.map(() => "undefined"));
  });

  it("has exactly the Apps Script services plus ECMAScript builtins", () => {
    const names = host.call(
      "run",
      "Object.getOwnPropertyNames(globalThis).filter(function (n) { return /^[A-Z]/.test(n) || n === 'console'; })",
    ) as string[];
    for (const g of APPS_SCRIPT_GLOBALS) expect(names).toContain(g);
    const ecmascript = new Set(
      Object.getOwnPropertyNames(globalThis).filter((n) => /^[A-Z]/.test(n)),
    );
    const extra = names.filter(
      (n) =>
        !APPS_SCRIPT_GLOBALS.includes(n) && !ecmascript.has(n) && n !== "NaN" && n !== "Infinity",
    );
    expect(extra).toEqual([]);
  });

  it("rejects module syntax, as Apps Script does", () => {
    expect(() =>
      loadAddon({ bundleDir: writeFixture("export function onOpen() {}") }).call("onOpen"),
    ).toThrow();
  });

  it("runs every call in a fresh global scope", () => {
    host.call("run", "globalThis.leftover = 42");
    expect(host.call("run", "typeof leftover")).toBe("undefined");
  });

  it("hands the bundle values of its own realm", () => {
    const checks = host.call(
      "run",
      `var s = SpreadsheetApp.getActive().getSheets()[0];
       s.getRange("A1:B1").setValues([[new Date(2024, 0, 2), 1]]);
       var v = s.getRange("A1:B1").getValues();
       [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, Object.getPrototypeOf(PropertiesService.getDocumentProperties().getProperties()) === Object.prototype]`,
    );
    expect(checks).toEqual([true, true, true, true]);
  });

  it("turns service errors into the bundle's Error with Apps Script's text", () => {
    const out = host.call(
      "run",
      `try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { [e instanceof Error, e.message]; }`,
    );
    expect(out).toEqual([true, "Exception: The starting row of the range is too small."]);
  });

  it("lists the callable top-level functions, not private ones ending in _", () => {
    const h = loadAddon({ bundleDir: writeFixture() });
    expect(h.publicFunctions()).toEqual(
      expect.arrayContaining(["onOpen", "showSidebar", "saveRecord", "makeReport", "echo"]),
    );
    expect(h.publicFunctions()).not.toContain("private_");
    expect(h.publicFunctions()).not.toContain("Pilah");
  });

  it("clones arguments and results as google.script.run does", () => {
    const h = loadAddon({ bundleDir: writeFixture() });
    expect(h.call("echo", { a: [1, "x", null], b: undefined })).toEqual({ a: [1, "x", null] });
    // A result holding a Date arrives as null in the client.
    expect(h.call("today")).toBeNull();
    expect(() => h.call("echo", { when: new Date() })).toThrow(
      "Failed due to illegal value in property: 0.when",
    );
    expect(() => h.call("nope")).toThrow("Script function not found: nope");
  });

  it("follows the host clock when one is given", () => {
    const h = loadAddon({
      bundleDir: writeFixture(EVAL_CODE),
      now: () => new Date("2025-03-04T05:06:07Z"),
    });
    expect(
      h.call("run", "[new Date().toISOString(), Date.now(), new Date(0) instanceof Date]"),
    ).toEqual(["2025-03-04T05:06:07.000Z", Date.parse("2025-03-04T05:06:07Z"), true]);
  });
});
