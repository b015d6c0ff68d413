// End to end for issue 8's cases and services: a case with incident, referral and closure dates (the order rule shown first), a service linked to a person with the picker, and the new report tables read from the sheets.
import type { FrameLocator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startPreviewStack } from "../support/stack.ts";

let stack: Stack;
let page: Page;
let side: FrameLocator;

beforeAll(async () => {
  stack = await startPreviewStack("e2e-i8-cases-key-0001");
  page = stack.page;
  side = page.frameLocator("iframe#sidebar-frame");
});

afterAll(async () => {
  await stack?.stop();
});

/** A choice field is a radio group when short, a select when long: choose either way. */
async function choose(name: string, value: string): Promise<void> {
  const select = side.locator(`select[name="${name}"]`);
  if (await select.count()) await select.selectOption(value);
  else await side.locator(`input[name="${name}"][value="${value}"]`).check();
}

async function saved(sheet: string): Promise<void> {
  await expect
    .poll(() => side.locator(".status").textContent(), { timeout: 20_000 })
    .toContain(`lembar "${sheet}"`);
}

/** The active sheet's text over every page of the preview's grid (it shows one page of rows at a time). */
async function sheetText(): Promise<string> {
  const range = page.locator("#grid-range");
  while (await page.locator("#grid-prev").isEnabled()) {
    const before = await range.textContent();
    await page.click("#grid-prev");
    await expect.poll(() => range.textContent()).not.toBe(before);
  }
  let text = (await page.locator("table#grid").textContent()) ?? "";
  while (await page.locator("#grid-next").isEnabled()) {
    const before = await range.textContent();
    await page.click("#grid-next");
    await expect.poll(() => range.textContent()).not.toBe(before);
    text += (await page.locator("table#grid").textContent()) ?? "";
  }
  return text;
}

describe("cases and services through the preview", () => {
  it("records a person to link services to", async () => {
    await stack.menu("showPersonForm");
    await expect
      .poll(() => page.locator("#sidebar-title").textContent())
      .toBe("Tambah warga rentan");
    await side.locator('input[name="full_name"]').fill("Yohanis Kase");
    await choose("sex", "L");
    await side.locator('input[name="age_years"]').fill("70");
    await side.locator('select[name="village"]').selectOption("73.09.03.2004");
    await choose("consent_by", "self");
    await side.locator('input[name="consent_date"]').fill("2026-01-10");
    await side.locator('button[type="submit"]').click();
    await saved("Warga Rentan");
  });

  it("refuses a closure before the referral with a message next to it, then saves the case", async () => {
    await stack.menu("showCaseForm");
    await expect.poll(() => page.locator("#sidebar-title").textContent()).toBe("Tambah kasus");
    await side.locator('input[name="incident_date"]').fill("2026-11-08");
    await side.locator('input[name="report_date"]').fill("2026-11-10");
    await side.locator('input[name="referral_date"]').fill("2026-11-12");
    await side.locator('input[name="closure_date"]').fill("2026-11-11");
    await side.locator('select[name="village"]').selectOption("73.09.03.2004");
    await choose("victim_sex", "P");
    await side.locator('input[name="victim_age"]').fill("15");
    await side.locator('input[name="violence_forms"][value="fisik"]').check();
    await side.locator('input[name="perpetrator_relation"][value="tetangga"]').check();
    await side.locator('input[name="referred_to"][value="uptd_ppa"]').check();
    await choose("status", "dirujuk");
    await side.locator('button[type="submit"]').click();
    await expect
      .poll(() => side.locator('.field-error[data-for="closure_date"]').textContent())
      .toContain("Tanggal selesai lebih awal dari tanggal dirujuk (2026-11-12)");
    await side.locator('input[name="closure_date"]').fill("2026-11-20");
    await side.locator('button[type="submit"]').click();
    await saved("Kasus");
  });

  it("records a service for the person chosen with the picker", async () => {
    await stack.menu("showServiceForm");
    await expect.poll(() => page.locator("#sidebar-title").textContent()).toBe("Tambah layanan");
    await side.locator('input[name="request_date"]').fill("2026-11-02");
    await side.locator("#f-person_id-search").fill("Yohanis");
    await side.locator(".person-option").first().click();
    await expect.poll(() => side.locator(".person-chosen").textContent()).toContain("Yohanis Kase");
    await choose("kind", "document");
    await choose("item", "perekaman_ktp_el");
    await choose("agency_kind", "dukcapil");
    await choose("status", "selesai");
    await side.locator('input[name="done_date"]').fill("2026-11-06");
    await side.locator('button[type="submit"]').click();
    await saved("Layanan");
  });

  it("builds the reports and reads the new case and service tables from the sheets", async () => {
    await stack.menu("buildReport");
    const caseTab = page.locator('#tabs button.tab[data-sheet="Laporan Kasus"]');
    await expect.poll(() => caseTab.count(), { timeout: 30_000 }).toBe(1);
    await caseTab.click();
    const grid = () => page.locator("table#grid").textContent();
    await expect.poll(grid).toContain("Korban menurut kelompok umur SIMFONI-PPA dan jenis kelamin");
    const text = await sheetText();
    expect(text).toContain("13–17");
    expect(text).toContain("Bentuk kekerasan menurut hubungan pelaku dengan korban");
    expect(text).toContain("Tetangga");
    // Report 10 Nov → referral 12 Nov (2 days) and closure 20 Nov (10 days).
    expect(text).toContain("Lama dari laporan sampai dirujuk");
    expect(text).toContain("0–7 hari");
    expect(text).toContain("8–30 hari");
    expect(text).toContain("Lama penanganan kasus");

    const serviceTab = page.locator('#tabs button.tab[data-sheet="Laporan Layanan"]');
    await serviceTab.click();
    await expect.poll(grid).toContain("Layanan diajukan dan selesai menurut jenis kelamin warga");
    const services = await sheetText();
    expect(services).toContain("Laki-laki");
    expect(services).toContain("Perekaman KTP-el");
    expect(services).toContain("Layanan per jenis instansi: selesai dan lamanya");
  });
});
