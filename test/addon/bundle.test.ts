// The shipped bundle: one classic script with real top-level functions, an inlined sidebar, narrow scopes.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { SIDEBAR_PAGES } from "../../addon/shared/sidebar-pages.ts";
import { BUNDLE_DIR, newHost } from "../support/addon.ts";

const code = readFileSync(join(BUNDLE_DIR, "Code.js"), "utf8");
const sidebars = new Map(
  readdirSync(BUNDLE_DIR)
    .filter((f) => /^sidebar-.*\.html$/.test(f))
    .map((f) => [f, readFileSync(join(BUNDLE_DIR, f), "utf8")]),
);

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
        "importFieldEntries",
        "addFieldMember",
        "enableFieldEntry",
        "listFieldMembers",
        "revokeFieldMember",
        "pullFieldEntries",
        "showFieldMembers",
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
        "showProposalForm",
        "checkAllData",
        "saveDraft",
        "showHelp",
        "describePersons",
        "editSelectedRow",
        "searchPersons",
        "updateRecord",
        "previewImport",
        "runImport",
        "showImport",
        "exportOpensid",
        "exportDtsen",
        "exportA9",
        "exportReferrals",
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

  it("inlines each sidebar page's script and styles and keeps the data licence notice", () => {
    for (const [name, html] of sidebars) {
      expect(html, name).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
      expect(html, name).not.toContain("/*PILAH_JS*/");
      expect(html, name).not.toContain("/*PILAH_CSS*/");
      // The one scriptlet the server fills in (boot data), and no other.
      expect(html.match(/<\?/g), name).toEqual(["<?"]);
    }
    for (const page of ["person", "settings"])
      expect(sidebars.get(`sidebar-${page}-id.html`)).toContain("ODbL");
    expect(code).toContain("ODbL");
  });

  it("builds one sidebar per page and language, each at most 40 KB gzip", () => {
    expect([...sidebars.keys()].sort()).toEqual(
      SIDEBAR_PAGES.flatMap((p) => [`sidebar-${p}-en.html`, `sidebar-${p}-id.html`]).sort(),
    );
    for (const [name, html] of sidebars)
      expect(gzipSync(html).length, name).toBeLessThanOrEqual(40 * 1024);
  });

  it("ships each page only its language's messages and, on a form page, that form's labels", () => {
    const person = sidebars.get("sidebar-person-id.html") ?? "";
    expect(person).toContain("Jenis disabilitas");
    expect(person).not.toContain("Type of disability");
    expect(person).not.toContain("Bentuk kekerasan"); // the case form's
    expect(person).not.toContain("report.person.title"); // reports are written by the server
    const en = sidebars.get("sidebar-person-en.html") ?? "";
    expect(en).toContain("Type of disability");
    expect(en).not.toContain("Jenis disabilitas");
  });
});
