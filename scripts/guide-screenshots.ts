// `npm run guide`: takes the field guide's pictures (docs/panduan/*.png) from the preview in Chromium, so they never go stale.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { openFromMenu } from "../test/support/sidebar.ts";
import { startStack } from "../test/support/stack.ts";

const require = createRequire(import.meta.url);
const UPNG = require("upng-js") as {
  decode(b: ArrayBuffer): unknown;
  toRGBA8(img: unknown): ArrayBuffer[];
  encode(frames: ArrayBuffer[], w: number, h: number, colours: number): ArrayBuffer;
};

const root = resolve(import.meta.dirname, "..");
const out = join(root, "docs/panduan");
/** A village volunteer's laptop (1366×768) less the browser's own bars. */
const VIEWPORT = { width: 1366, height: 660 };

/** A screenshot with its colours reduced to a palette: the guide's pictures stay a few tens of KB. */
function save(name: string, png: Buffer, size: { width: number; height: number }): void {
  const rgba = UPNG.toRGBA8(
    UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.length) as ArrayBuffer),
  )[0] as ArrayBuffer;
  const small = Buffer.from(UPNG.encode([rgba], size.width, size.height, 256));
  writeFileSync(join(out, `${name}.png`), small);
  console.log(`docs/panduan/${name}.png  ${(small.length / 1024).toFixed(1)} KB`);
}

async function shoot(name: string, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error(`${name}: nothing to photograph`);
  save(name, await target.screenshot(), {
    width: Math.round(box.width),
    height: Math.round(box.height),
  });
}

async function shootPage(
  name: string,
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<void> {
  save(name, await page.screenshot({ clip }), clip);
}

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const stack = await startStack("guide-demo-key-0001");
  try {
    const page = await stack.browser.newPage({ viewport: VIEWPORT, locale: "id-ID" });
    // The stack's own page drives the menu; this one is the same preview at laptop size.
    stack.page = page;
    await page.goto(stack.previewUrl);
    await page.waitForSelector('body[data-ready="true"]');
    const sidebar = page.locator("#sidebar");

    // 1. The menu.
    await page.click('button[data-menu="extensions"]');
    await page.hover('[data-addon-menu="Pilah"]').catch(() => undefined);
    await page.waitForTimeout(200);
    await shootPage("menu", page, { x: 0, y: 0, width: 860, height: 440 });
    await page.keyboard.press("Escape");
    await page.click('button[data-menu="extensions"]').catch(() => undefined);

    // 2. A person: the form, the list of what to fix after Simpan, then the saved record.
    let frame = await openFromMenu(stack, "showPersonForm");
    await shoot("warga-formulir", sidebar);
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".error-summary:not([hidden])");
    await shoot("warga-perbaiki", sidebar);
    await frame.fill('input[name="full_name"]', "Wa Ode Nurhayati");
    await frame.fill('input[name="nik"]', "7309034509900001");
    await frame.check('input[name="sex"][value="P"]');
    await frame.fill('input[name="birth_date"]', "1990-09-05");
    await frame.selectOption('select[name="village"]', "73.09.03.2004");
    await frame.check('input[name="categories"][value="disability"]');
    await frame.check('input[name="disability_types"][value="fisik"]');
    await frame.check('input[name="wg_walking"][value="3"]');
    await frame.check('input[name="consent_by"][value="self"]');
    await frame.fill('input[name="consent_date"]', "2026-01-10");
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".status.ok", { timeout: 30_000 });
    await shoot("warga-tersimpan", sidebar);

    // 3. A case, and a service that names the person found by search.
    frame = await openFromMenu(stack, "showCaseForm");
    await frame.fill('input[name="report_date"]', "2026-02-03");
    await frame.selectOption('select[name="village"]', "73.09.03.2004");
    await frame.check('input[name="victim_sex"][value="P"]');
    await frame.fill('input[name="victim_age"]', "15");
    await frame.check('input[name="violence_forms"][value="psikis"]');
    await shoot("kasus-formulir", sidebar);
    await frame.selectOption('select[name="status"]', "baru");
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".status.ok", { timeout: 30_000 });

    frame = await openFromMenu(stack, "showServiceForm");
    await frame.fill('input[name="request_date"]', "2026-02-10");
    await frame.fill("input.person-search", "nurha");
    await frame.waitForSelector(".person-option");
    await shoot("layanan-cari-warga", sidebar);
    await frame.click(".person-option");
    await frame.selectOption('select[name="kind"]', "document");
    await frame.selectOption('select[name="item"]', "ktp_el");
    await frame.check('input[name="status"][value="diajukan"]');
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".status.ok", { timeout: 30_000 });

    // 4. A wrong cell typed into the sheet, marked by Periksa semua data.
    await page.click('#tabs button.tab[data-sheet="Warga Rentan"]');
    let keys: string[] = [];
    for (let i = 0; i < 50 && !keys.includes("age_years"); i++) {
      await page.waitForTimeout(100);
      keys = await page.locator('td[data-row="1"]').allTextContents();
    }
    const ageCol = keys.indexOf("age_years") + 1;
    const nameCol = keys.indexOf("full_name") + 1;
    const typeInto = async (col: number, text: string) => {
      await page.click(`td[data-row="4"][data-col="${col}"]`);
      await page.fill("input#formula-bar", text);
      await page.press("input#formula-bar", "Enter");
      const cell = page.locator(`td[data-row="4"][data-col="${col}"]`);
      for (let i = 0; i < 50 && (await cell.textContent()) !== text; i++)
        await page.waitForTimeout(100);
    };
    await typeInto(nameCol, "Baso Ketik");
    await typeInto(ageCol, "tujuh puluh");
    frame = await openFromMenu(stack, "checkAllData");
    await frame.waitForSelector(".check-summary");
    // The progress messages would cover the summary in a still picture.
    await page.addStyleTag({ content: "#toasts { display: none !important; }" });
    await page.click(`td[data-row="4"][data-col="${ageCol}"]`);
    await page.waitForTimeout(300);
    await shootPage("periksa-semua-data", page, {
      x: 0,
      y: 0,
      width: VIEWPORT.width,
      height: VIEWPORT.height,
    });

    // 5. The report.
    await page.click("#sidebar-close");
    await stack.menu("buildReport");
    const tab = page.locator('#tabs button.tab[data-sheet="Laporan Warga Rentan"]');
    await tab.waitFor({ timeout: 60_000 });
    await tab.click();
    await page.waitForSelector(".chart");
    await shootPage("laporan", page, {
      x: 0,
      y: 0,
      width: VIEWPORT.width,
      height: VIEWPORT.height,
    });

    // 6. Pengaturan.
    frame = await openFromMenu(stack, "showSettings");
    await shoot("pengaturan", sidebar);
  } finally {
    await stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
