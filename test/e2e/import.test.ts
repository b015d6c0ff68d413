// End to end: a messy tab typed into the preview spreadsheet, imported through the sidebar in Chromium, preview counts shown.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../support/stack.ts";

const KEY = "e2e-import-key-0001";
let stack: Stack;
let page: Page;

beforeAll(async () => {
  stack = await startStack(KEY);
  page = stack.page;
});

afterAll(async () => {
  await stack?.stop();
});

/** Types cells into a tab of the preview spreadsheet as a user would. */
async function type(sheet: string, rows: string[][]): Promise<void> {
  for (const [r, row] of rows.entries()) {
    for (const [c, text] of row.entries()) {
      if (text === "") continue;
      const res = await fetch(`${stack.previewUrl}/api/edit`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sheet, row: r + 1, col: c + 1, text }),
      });
      expect(res.ok).toBe(true);
    }
  }
}

describe("Impor dari lembar lain", () => {
  it("imports a messy tab through the sidebar and shows the preview counts", async () => {
    await type("Sheet1", [
      ["DATA LANSIA DESA TUKAMASEA"],
      ["Nama", "L/P", "Umur", "Desa", "Persetujuan", "Tgl Persetujuan", "Ket."],
      ["Baco", "Lk", "70 th", "Tukamase", "Sendiri", "10/01/2025", "ketua RT"],
      ["Becce", "Pr", "66 thn", "Tukamasea", "Sendiri", "10/01/2025", ""],
      ["Tenri", "X", "61", "Tukamasea", "Sendiri", "10/01/2025", ""],
      ["Baco", "L", "70", "Tukamasea", "", "", ""],
    ]);
    await page.goto(stack.previewUrl);
    await page.waitForSelector('body[data-ready="true"]');
    await stack.menu("showImport");
    const side = page.frameLocator("iframe#sidebar-frame");
    await side.locator("select#import-sheet").selectOption("Sheet1");
    await side.locator("button.primary", { hasText: "Lihat pratinjau" }).click();
    const count = (kind: string) => side.locator(`td[data-count="${kind}"]`).textContent();
    await expect.poll(() => count("ok"), { timeout: 30_000 }).toBe("2");
    expect(await count("error")).toBe("2");
    expect(await count("duplicate_source")).toBe("0");
    await expect.poll(() => side.locator("p.warning").first().textContent()).toContain("X");
    // The suggested columns are shown and can be changed.
    expect(await side.locator('select[aria-label="L/P"]').inputValue()).toBe("sex");
    expect(await side.locator('select[aria-label="Ket."]').inputValue()).toBe("");
    // The user gives the unknown "X" a code and previews again: Tenri is now correct.
    await side.locator('select[aria-label="Jenis kelamin: X"]').selectOption("P");
    await side.locator("button.primary", { hasText: "Lihat pratinjau" }).click();
    await expect.poll(() => count("ok"), { timeout: 30_000 }).toBe("3");
    expect(await count("error")).toBe("1");
    await side.locator("button.primary", { hasText: "Impor sekarang" }).click();
    await expect
      .poll(() => side.locator("p[role=status]").textContent(), { timeout: 30_000 })
      .toMatch(/^Selesai: 4 baris ditulis, 0 dilewati, 1 ditandai/);
  });
});
