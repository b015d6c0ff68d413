// The preview page in headless Chromium: menu from onOpen, sidebar with google.script.run, grid, tabs, charts, alerts; and the server's persistence and paging.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import type { PageState } from "../../addon/preview/page/state-types.ts";
import { injectShim, startPreview } from "../../addon/preview/server.ts";
import { loadStoreFile } from "../../addon/preview/store.ts";
import { launchChromium } from "../support/chromium.ts";
import { writeFixture } from "./fixture.ts";

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

describe("the preview page", { timeout: 60_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    // No skip without Chromium: .ci/run installs it, and a silent skip would hide a missing install.
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("hosts the add-on as Sheets would", async () => {
    const bundleDir = writeFixture();
    const dataFile = join(mkdtempSync(join(tmpdir(), "pilah-page-")), "data", "spreadsheet.json");
    const logs: string[] = [];
    const preview = await startPreview({
      port: 0,
      bundleDir,
      dataFile,
      seedDocumentProperties: { workerUrl: "http://127.0.0.1:8787" },
      onLog: (l) => logs.push(l),
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 800 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(preview.url);
      await page.waitForSelector("body[data-ready=true]");
      expect(await page.textContent("#tabs button.tab.active")).toBe("Sheet1");

      // Extensions → Pilah → "Buka formulir", the menu onOpen built.
      await page.click('button[data-menu="extensions"]');
      const item = page.locator('[data-addon-menu="Pilah"] button[data-menu-item="showSidebar"]');
      expect(await item.textContent()).toBe("Buka formulir");
      await item.click();
      await page.waitForSelector("#sidebar:not([hidden])");
      expect(await page.textContent("#sidebar-title")).toBe("Pilah");
      const frame = page.frameLocator("iframe#sidebar-frame");
      expect(await frame.locator("#user").textContent()).toBe("Pengguna: demo@example.org");
      expect(
        await frame
          .locator("body")
          .evaluate(() => (window as { shimSeenFirst?: boolean }).shimSeenFirst),
      ).toBe(true);

      // google.script.run.saveRecord(...) runs in the bundle; the grid and tabs refresh.
      await frame.locator("#save").click();
      await frame.locator("#status", { hasText: "OK baris 2 u1" }).waitFor();
      await page.waitForSelector('#tabs button.tab.active[data-sheet="Warga"]');
      const nik = page.locator('#grid td[data-row="2"][data-col="2"]');
      await nik.waitFor();
      expect(await nik.textContent()).toBe("7309035012990001");
      expect(await page.textContent('#grid td[data-row="2"][data-col="3"]')).toBe("2024-05-17");
      expect(await page.getAttribute('#grid td[data-row="2"][data-col="1"]', "title")).toBe(
        "dibuat oleh demo@example.org",
      );
      expect(await page.getAttribute('#grid tr[data-row="1"]', "class")).toContain("frozen");
      await page.locator("#toasts .toast", { hasText: "Tersimpan: Siti Aminah" }).waitFor();

      // A server error reaches the failure handler with Apps Script's message.
      await frame
        .locator("body")
        .evaluate(() => (window as unknown as { callFailing(): void }).callFailing());
      await frame
        .locator("#status", {
          hasText:
            "GAGAL Exception: The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.",
        })
        .waitFor();

      // Typing into a cell through the formula bar.
      await page.click('#grid td[data-row="3"][data-col="1"]');
      expect(await page.textContent("#cell-address")).toBe("A3");
      await page.fill("#formula-bar", "Budi");
      await page.press("#formula-bar", "Enter");
      await page.locator('#grid td[data-row="3"][data-col="1"]', { hasText: "Budi" }).waitFor();

      // A menu item that writes a report with a chart and shows an alert.
      await page.click('button[data-menu="extensions"]');
      await page.click('button[data-menu-item="makeReport"]');
      await page.waitForSelector("#dialog:not([hidden])");
      expect(await page.textContent("#dialog-text")).toBe("Laporan dibuat");
      await page.screenshot({ path: "/tmp/preview-alert.png" });
      await page.click("#dialog-ok");
      await page.waitForSelector('#tabs button.tab.active[data-sheet="Laporan"]');
      const chart = page.locator('.chart[data-chart-index="0"]');
      await chart.waitFor();
      expect(await chart.locator(".chart-title").textContent()).toBe("Warga per jenis kelamin");
      expect(await chart.locator("svg rect").count()).toBe(3);
      expect(await page.textContent('#grid td[data-row="3"][data-col="2"]')).toBe("17");
      await page.screenshot({ path: "/tmp/preview.png" });

      // Tabs switch sheets; the sidebar closes with its button.
      await page.click('#tabs button.tab[data-sheet="Warga"]');
      await page.locator('#grid td[data-row="3"][data-col="1"]', { hasText: "Budi" }).waitFor();
      await page.click("#sidebar-close");
      await page.waitForSelector("#sidebar", { state: "hidden" });
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await preview.close();
    }

    // Everything was saved; a restarted preview starts from the same spreadsheet.
    const saved = loadStoreFile(dataFile);
    expect(saved.sheet("Warga")?.values()).toEqual([
      ["Nama", "NIK", "Tanggal"],
      ["Siti Aminah", "7309035012990001", expect.any(Date)],
      ["Budi", "", ""],
    ]);
    expect(saved.properties.document).toMatchObject({
      workerUrl: "http://127.0.0.1:8787",
      lastAuthMode: "FULL",
    });
    expect(saved.sheet("Laporan")?.charts).toHaveLength(1);
    const again = await startPreview({
      port: 0,
      bundleDir,
      dataFile,
      seedDocumentProperties: { workerUrl: "http://other:1" },
      onLog: () => {},
    });
    try {
      const state = (await (await fetch(`${again.url}/api/state`)).json()) as PageState;
      expect(state.sheets.map((s) => s.name)).toEqual(["Sheet1", "Warga", "Laporan"]);
      // Seeds never overwrite what the spreadsheet already has.
      expect(JSON.parse(readFileSync(dataFile, "utf8")).properties.document.workerUrl).toBe(
        "http://127.0.0.1:8787",
      );
    } finally {
      await again.close();
    }
  });
});

describe("the preview server", () => {
  it("pages a 10,000-row sheet instead of sending it whole", async () => {
    const code = `function fill() {
      var sh = SpreadsheetApp.getActive().getSheets()[0];
      sh.insertRowsAfter(1000, 9000);
      var rows = [];
      for (var i = 1; i <= 10000; i++) rows.push(["baris " + i, i]);
      sh.getRange(1, 1, 10000, 2).setValues(rows);
      sh.setFrozenRows(1);
    }`;
    const dataFile = join(mkdtempSync(join(tmpdir(), "pilah-page-")), "spreadsheet.json");
    const preview = await startPreview({
      port: 0,
      bundleDir: writeFixture(code),
      dataFile,
      onLog: () => {},
    });
    try {
      expect(await post(`${preview.url}/api/open`, {})).toMatchObject({ ok: true });
      // Only functions the bundle defines can be called; private ones (ending in _) cannot.
      expect(await post(`${preview.url}/api/rpc`, { fn: "nope", args: [] })).toMatchObject({
        ok: false,
        error: { message: "Script function not found: nope" },
      });
      // Menus run only what onOpen put in a menu (this bundle has no onOpen).
      expect(await post(`${preview.url}/api/menu`, { fn: "fill" })).toMatchObject({
        ok: false,
        error: { message: "Script function not found: fill" },
      });
      expect(await post(`${preview.url}/api/rpc`, { fn: "fill", args: [] })).toMatchObject({
        ok: true,
      });
      const first = (await (await fetch(`${preview.url}/api/state`)).json()) as PageState;
      expect(first.grid.lastRow).toBe(10000);
      expect(first.grid.rows).toHaveLength(200);
      expect(first.grid.pages).toBe(50);
      // Past the end clamps to the last page; frozen row 1 stays on top of every page.
      const last = (await (await fetch(`${preview.url}/api/state?page=99`)).json()) as PageState;
      expect(last.grid.page).toBe(49);
      expect(last.grid.rows.map((r) => r.row).slice(0, 2)).toEqual([1, 9801]);
      expect(last.grid.rows.at(-1)?.cells[0]?.d).toBe("baris 10000");
    } finally {
      await preview.close();
    }
  });

  it("injects the google.script.run shim ahead of the page's own scripts", () => {
    const html = injectShim(
      "<!DOCTYPE html><html><head><script>own()</script></head><body></body></html>",
      "SHIM()",
      ["a"],
      [{ name: "viewport", content: "width=device-width" }],
    );
    expect(html.indexOf("SHIM()")).toBeLessThan(html.indexOf("own()"));
    expect(html).toContain('window.__pilahFunctions=["a"]');
    expect(html).toContain('<meta name="viewport" content="width=device-width">');
    expect(injectShim("<p>x</p>", "SHIM()", [], []).startsWith("<script>")).toBe(true);
    // The host's function list matches what the shim gets.
    expect(loadAddon({ bundleDir: writeFixture() }).publicFunctions()).toContain("saveRecord");
  });
});
