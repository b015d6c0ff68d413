// The shipped bundle: one classic script with real top-level functions, an inlined sidebar, narrow scopes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUNDLE_DIR, newHost } from "../support/addon.ts";

const code = readFileSync(join(BUNDLE_DIR, "Code.js"), "utf8");

describe("dist/addon", () => {
  it("is one script without module syntax", () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it("exposes every menu handler and sidebar function as a top-level function", () => {
    const { host } = newHost();
    expect(host.publicFunctions().sort()).toEqual(
      [
        "buildReport",
        "getSettings",
        "onInstall",
        "onOpen",
        "saveSettings",
        "showPersonForm",
        "showSettings",
        "submitRecord",
        "testConnection",
        "buildSharedSummary",
        "showSharedSummary",
        "showCaseForm",
        "showServiceForm",
        "showActivityForm",
        "showMemberForm",
        "checkAllData",
        "describePersons",
        "editSelectedRow",
        "searchPersons",
        "updateRecord",
      ].sort(),
    );
  });

  it("asks for the narrowest scopes that work", () => {
    const manifest = JSON.parse(readFileSync(join(BUNDLE_DIR, "appsscript.json"), "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes.sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/script.external_request",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });

  it("inlines the sidebar's script and styles and keeps the data licence notice", () => {
    const html = readFileSync(join(BUNDLE_DIR, "sidebar.html"), "utf8");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(html).not.toContain("/*PILAH_JS*/");
    expect(html).not.toContain("/*PILAH_CSS*/");
    expect(html).toContain("ODbL");
    expect(code).toContain("ODbL");
  });
});
