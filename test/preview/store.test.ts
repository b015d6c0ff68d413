// The spreadsheet, its formats, charts and properties survive a save to the JSON file and a load, so a preview restart loses nothing.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { loadStoreFile, saveStoreFile } from "../../addon/preview/store.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

describe("properties and store persistence", () => {
  it("keeps document, script and user properties across a save and load", () => {
    const dir = writeFixture(EVAL_CODE);
    const file = join(mkdtempSync(join(tmpdir(), "pilah-store-")), "nested", "spreadsheet.json");
    const first = loadAddon({ bundleDir: dir, user: { email: "ani@example.org", locale: "id" } });
    first.call(
      "run",
      `PropertiesService.getDocumentProperties().setProperties({ workerUrl: "http://127.0.0.1:8787", groupKey: "k1" });
       PropertiesService.getScriptProperties().setProperty("version", 3);
       PropertiesService.getUserProperties().setProperty("language", "en");`,
    );
    saveStoreFile(first.store, file);

    const second = loadAddon({
      bundleDir: dir,
      store: loadStoreFile(file),
      user: { email: "ani@example.org", locale: "id" },
    });
    expect(
      second.call(
        "run",
        `var d = PropertiesService.getDocumentProperties();
         [d.getProperty("workerUrl"), d.getKeys().sort(), PropertiesService.getScriptProperties().getProperty("version"),
          PropertiesService.getUserProperties().getProperty("language"), d.getProperty("missing")]`,
      ),
    ).toEqual(["http://127.0.0.1:8787", ["groupKey", "workerUrl"], "3", "en", null]);

    // Another user does not see Ani's user properties.
    const other = loadAddon({
      bundleDir: dir,
      store: loadStoreFile(file),
      user: { email: "budi@example.org", locale: "id" },
    });
    expect(
      other.call("run", `PropertiesService.getUserProperties().getProperty("language")`),
    ).toBeNull();

    second.call(
      "run",
      `var d = PropertiesService.getDocumentProperties(); d.deleteProperty("groupKey"); d.setProperties({ a: "1" }, true);`,
    );
    expect(second.store.properties.document).toEqual({ a: "1" });
  });

  it("round-trips sheets with values, formats, notes, hidden rows, frozen rows and charts", () => {
    const dir = writeFixture(EVAL_CODE);
    const file = join(mkdtempSync(join(tmpdir(), "pilah-store-")), "spreadsheet.json");
    const host = loadAddon({ bundleDir: dir });
    host.call(
      "run",
      `var ss = SpreadsheetApp.getActive(); var sh = ss.insertSheet("Warga");
       sh.getRange("B2:B3").setNumberFormat("@");
       sh.getRange("A1:C3").setValues([["Nama", "NIK", "Tanggal"], ["Siti", "7309035012990001", "2024-05-17"], ["Budi", "7309035012990002", "2024-05-18"]]);
       sh.getRange("A1:C1").setFontWeight("bold").setBackground("#d9ead3");
       sh.getRange("A2").setNote("catatan"); sh.hideRows(3); sh.hideColumns(3); sh.setFrozenRows(1); sh.setTabColor("#ff0000");
       sh.insertChart(sh.newChart().addRange(sh.getRange("A1:B3")).setOption("title", "T").setPosition(5, 1, 0, 0).build());
       sh.getRange("A2").activate();`,
    );
    saveStoreFile(host.store, file);
    const again = loadAddon({ bundleDir: dir, store: loadStoreFile(file) });
    expect(again.store.toJSON()).toEqual(host.store.toJSON());
    expect(
      again.call(
        "run",
        `var sh = SpreadsheetApp.getActive().getSheetByName("Warga"); var v = sh.getRange("A2:C2").getValues()[0];
         [v[1], v[2] instanceof Date, sh.getRange("A2").getNote(), sh.isRowHiddenByUser(3), sh.isColumnHiddenByUser(3), sh.getFrozenRows(),
          sh.getCharts().length, SpreadsheetApp.getActiveSheet().getName(), SpreadsheetApp.getActiveRange().getA1Notation(), sh.getTabColor()]`,
      ),
    ).toEqual(["7309035012990001", true, "catatan", true, true, 1, 1, "Warga", "A2", "#ff0000"]);
  });
});
