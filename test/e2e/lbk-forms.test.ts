// End to end for the LBK forms: a child's case recorded and edited, a bad row typed into the sheet and
// caught by "Periksa semua data", and the case report built.
import type { FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startPreviewStack } from "../support/stack.ts";

let stack: Stack;
let page: Page;
let side: FrameLocator;

beforeAll(async () => {
  stack = await startPreviewStack("e2e-lbk-key-0001");
  page = stack.page;
  side = page.frameLocator("iframe#sidebar-frame");
});

afterAll(async () => {
  await stack?.stop();
});

/** Column number of a field, read from the hidden key row of the active sheet. */
async function column(key: string): Promise<number> {
  const keys = await page.locator('td[data-row="1"]').allTextContents();
  const index = keys.indexOf(key);
  if (index < 0) throw new Error(`no column ${key} in ${keys.join(",")}`);
  return index + 1;
}

const cell = (row: number, col: number) => page.locator(`td[data-row="${row}"][data-col="${col}"]`);

async function typeInto(row: number, col: number, text: string): Promise<void> {
  await cell(row, col).click();
  await page.fill("input#formula-bar", text);
  await page.press("input#formula-bar", "Enter");
  await expect.poll(() => cell(row, col).textContent()).toBe(text);
}

describe("the LBK forms through the preview", () => {
  it("records a case for a child", async () => {
    await stack.menu("showCaseForm");
    await expect.poll(() => page.locator("#sidebar-title").textContent()).toBe("Tambah kasus");
    await side.locator('input[name="report_date"]').fill("2026-11-20");
    await side.locator('select[name="village"]').selectOption("73.09.03.2004");
    await side.locator('input[name="victim_sex"][value="P"]').check();
    await side.locator('input[name="victim_age"]').fill("12");
    await side.locator('input[name="violence_forms"][value="psikis"]').check();
    await side.locator('select[name="status"]').selectOption("baru");
    await side.locator('button[type="submit"]').click();
    await expect
      .poll(() => side.locator(".status").textContent(), { timeout: 20_000 })
      .toContain('Tersimpan di baris 3 lembar "Kasus"');
  });

  it("edits the selected case row in place", async () => {
    await page.click('#tabs button.tab[data-sheet="Kasus"]');
    const status = await column("status");
    expect(await cell(3, status).textContent()).toBe("baru");
    await cell(3, 1).click();
    await stack.menu("editSelectedRow");
    await expect
      .poll(() => page.locator("#sidebar-title").textContent())
      .toBe("Ubah data: Kasus kekerasan");
    expect(await side.locator('input[name="victim_age"]').inputValue()).toBe("12");
    await side.locator('select[name="status"]').selectOption("didampingi");
    await side.locator('button[type="submit"]').click();
    await expect
      .poll(() => side.locator(".status").textContent(), { timeout: 20_000 })
      .toContain('Perubahan tersimpan di baris 3 lembar "Kasus"');
    await expect.poll(() => cell(3, status).textContent()).toBe("didampingi");
    expect(await cell(4, 1).textContent()).toBe("");
  });

  it("marks a bad cell typed straight into the sheet, without changing it", async () => {
    const age = await column("victim_age");
    await typeInto(4, await column("report_date"), "2026-11-21");
    await typeInto(4, await column("village"), "73.09.03.2004");
    await typeInto(4, await column("victim_sex"), "P");
    await typeInto(4, age, "dua belas");
    await typeInto(4, await column("violence_forms"), "fisik");
    await typeInto(4, await column("status"), "baru");

    await stack.menu("checkAllData");
    await expect
      .poll(() => page.locator("#sidebar-title").textContent(), { timeout: 20_000 })
      .toBe("Hasil pemeriksaan data");
    await expect.poll(() => side.locator("body").textContent()).toContain("Kasus");
    const bad = cell(4, age);
    await expect
      .poll(() => bad.getAttribute("title"))
      .toContain("Tulis angka bulat saja, contoh 12.");
    expect(await bad.getAttribute("class")).toContain("has-note");
    expect(await bad.textContent()).toBe("dua belas");
    // The id typed rows lack is assigned; the good row stays unmarked.
    expect(await cell(4, await column("id")).textContent()).not.toBe("");
    expect(await cell(3, age).getAttribute("title")).toBeNull();
  });

  it("builds the reports and shows the case tables", async () => {
    await stack.menu("buildReport");
    const tab = page.locator('#tabs button.tab[data-sheet="Laporan Kasus"]');
    await expect.poll(() => tab.count(), { timeout: 30_000 }).toBe(1);
    await tab.click();
    const grid = () => page.locator("table#grid").textContent();
    await expect.poll(grid).toContain("Psikis");
    await expect.poll(() => page.locator(".chart").count()).toBeGreaterThan(0);
  });
});
