// Every sidebar page passes axe-core's WCAG 2.1 A/AA rules, empty and after a failed save; the person form works by keyboard alone at 300×480; drafts survive closing the sidebar.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, expectAccessible, openFromMenu, sidebarAlone } from "../support/sidebar.ts";
import { type Stack, startPreviewStack } from "../support/stack.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startPreviewStack("e2e-a11y-key-0001");
});

afterAll(async () => {
  await stack?.stop();
});

const FORMS = [
  ["showPersonForm", "person"],
  ["showCaseForm", "case"],
  ["showServiceForm", "service"],
  ["showActivityForm", "activity"],
  ["showMemberForm", "member"],
  ["showProposalForm", "proposal"],
] as const;

describe("axe-core on every sidebar page", () => {
  it("finds a violation where there is one (the check itself works)", async () => {
    const frame = await openFromMenu(stack, "showMemberForm");
    await frame.evaluate(() => {
      const input = document.createElement("input");
      input.type = "text";
      input.id = "broken";
      document.body.append(input);
    });
    const ids = (await axeViolations(frame)).map((v) => v.id);
    expect(ids).toContain("label");
  });

  for (const [item, form] of FORMS) {
    it(`form ${form}: empty, then after a failed save`, async () => {
      const frame = await openFromMenu(stack, item);
      await expectAccessible(frame, `${form}, empty`);
      await frame.click('button[type="submit"]');
      await frame.waitForSelector(".error-summary:not([hidden])");
      await expectAccessible(frame, `${form}, after a failed save`);
    });
  }

  it("person form: a warning to confirm is asked next to it, only while it applies", async () => {
    const frame = await openFromMenu(stack, "showPersonForm");
    const confirm = frame.locator('.field[data-field="married_child_consent_confirmed"]');
    expect(await confirm.isHidden()).toBe(true);
    await frame.fill("#f-age_years", "16");
    await frame.check('input[name="consent_by"][value="self"]');
    await frame.check('input[name="married"][value="yes"]');
    await frame.waitForSelector(
      '[data-field="consent_by"] + [data-field="married_child_consent_confirmed"]:not([hidden])',
    );
    // Child and elderly: said read-only, with its label.
    expect(await frame.locator("output#f-age_status").textContent()).toBe("Anak (umur 16 tahun)");
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".error-summary:not([hidden])");
    expect(
      await frame.locator('.error-summary a[data-field="married_child_consent_confirmed"]').count(),
    ).toBe(1);
    await expectAccessible(frame, "person, a warning to confirm");
    await frame.check('input[name="married"][value="no"]');
    await frame.waitForSelector('.field[data-field="married_child_consent_confirmed"][hidden]', {
      state: "attached",
    });
    // The next tests start from an empty person form: the draft of this one (kept 1.5 s after
    // typing pauses) is thrown away.
    await frame.waitForTimeout(2000);
    const again = await openFromMenu(stack, "showPersonForm");
    if (await again.locator("#discard-draft").count()) await again.click("#discard-draft");
  });

  it("Pengaturan: as opened, with a district's villages, and after a refused save", async () => {
    const frame = await openFromMenu(stack, "showSettings");
    await expectAccessible(frame, "settings");
    await frame.selectOption("#f-district", "73.09.03");
    await frame.waitForSelector("#district-villages input");
    await frame.fill("#f-serverUrl", "ftp://not-a-server");
    await frame.fill("#f-reportPeriod", "2025-Q9");
    await frame.click('button[type="submit"]');
    await frame.waitForSelector('.field-error[data-for="serverUrl"]:not(:empty)');
    await expectAccessible(frame, "settings, after a refused save");
  });

  it("Ringkasan bersama: as opened, and after a refused fetch", async () => {
    const frame = await openFromMenu(stack, "showSharedSummary");
    await expectAccessible(frame, "shared summary");
    await frame.fill("#f-period", "2025-Q9");
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".status.error");
    await expectAccessible(frame, "shared summary, after a refused fetch");
  });

  it("the summary of Periksa semua data, and Bantuan", async () => {
    const check = await openFromMenu(stack, "checkAllData");
    await check.waitForSelector(".check-summary");
    await expectAccessible(check, "check summary");
    const help = await openFromMenu(stack, "showHelp");
    await expectAccessible(help, "help");
  });

  it("Anggota lapangan: as opened, and enabled with its member list", async () => {
    const frame = await openFromMenu(stack, "showFieldMembers");
    await expectAccessible(frame, "field members, as opened");
    await frame.click("#enable-field");
    await frame.waitForSelector("#enable-status.ok");
    await frame.waitForSelector("#members-status:not(:empty)");
    await expectAccessible(frame, "field members, enabled");
  });

  it("Impor dari lembar lain: as opened, and with the preview of a tab", async () => {
    for (const [c, text] of ["Nama", "L/P", "Umur", "Desa"].entries()) {
      await fetch(`${stack.previewUrl}/api/edit`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sheet: "Sheet1", row: 1, col: c + 1, text }),
      });
    }
    for (const [c, text] of ["Baco", "X", "70 th", "Tukamasea"].entries()) {
      await fetch(`${stack.previewUrl}/api/edit`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sheet: "Sheet1", row: 2, col: c + 1, text }),
      });
    }
    const frame = await openFromMenu(stack, "showImport");
    await expectAccessible(frame, "import, as opened");
    await frame.selectOption("select#import-sheet", "Sheet1");
    await frame.click("button.primary");
    await frame.waitForSelector("table.import-counts");
    await expectAccessible(frame, "import, with the preview");
  });
});

/** The focused element and whether the sticky bar covers any of it. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const bar = document.querySelector(".actions") as HTMLElement;
    if (!el || el === document.body) return { what: "body", covered: false };
    const box = el.getBoundingClientRect();
    const top = bar.getBoundingClientRect().top;
    const inBar = bar.contains(el);
    const name = el.getAttribute("name");
    return {
      what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${name ? `[name=${name}]` : ""}${"value" in el && (el as HTMLInputElement).type === "radio" ? `=${(el as HTMLInputElement).value}` : ""}`,
      covered: !inBar && (box.bottom > top + 0.5 || box.top < -0.5 || box.bottom > innerHeight),
    };
  });
}

describe("the person form by keyboard alone, in a 300×480 sidebar", () => {
  let page: Page;
  const seen: string[] = [];

  /** Tab (or Shift+Tab) until the focus is on `selector`; every stop is checked against the sticky bar. */
  async function tabTo(selector: string, max = 40, back = false): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
      const state = await focusState(page);
      seen.push(state.what);
      expect(state.covered, `${state.what} is under the Simpan bar`).toBe(false);
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`no tab stop ${selector} within ${max} presses; seen ${seen.join(", ")}`);
  }

  beforeAll(async () => {
    await openFromMenu(stack, "showPersonForm");
    page = await sidebarAlone(stack);
  });

  afterAll(async () => {
    await page?.close();
  });

  it("does not submit on Enter in a text box", async () => {
    await tabTo("#f-full_name");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    expect(await page.locator(".error-summary").isHidden()).toBe(true);
    expect(await page.locator(".status").textContent()).toBe("");
  });

  it("announces a message once, when the field is left, and says nothing for untouched fields", async () => {
    await page.evaluate(() => {
      const live = document.getElementById("announcer") as HTMLElement;
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver(() => said.push(live.textContent ?? "")).observe(live, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    const said = () => page.evaluate(() => (window as unknown as { said: string[] }).said);
    // Passing through empty fields (name, then NIK) says nothing.
    await tabTo("#f-nik");
    expect(await said()).toEqual([]);
    await page.keyboard.type("123");
    await tabTo("#f-kk_number");
    expect(await said()).toEqual([
      "NIK harus 16 angka. Cocokkan dengan KTP-el atau Kartu Keluarga; kosongkan bila orang ini belum punya NIK.",
    ]);
    // Leaving other fields does not repeat it.
    await tabTo('input[name="sex"]');
    await tabTo("#f-birth_date");
    expect(await said()).toHaveLength(1);
    // Back to the NIK, emptied: the message goes without a word.
    await tabTo("#f-nik", 10, true);
    await page.keyboard.press("Backspace");
    await tabTo("#f-kk_number");
    expect(await page.locator("#err-nik").textContent()).toBe("");
    expect(await said()).toHaveLength(1);
    await tabTo("#f-full_name", 10, true);
  });

  it("shows the error summary at the top after a failed save, focused, with links to the fields", async () => {
    await tabTo('button[type="submit"]', 80);
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe("error-summary");
    const summary = page.locator(".error-summary");
    expect(await summary.locator("h2").textContent()).toBe("Ada 7 isian yang perlu diperbaiki.");
    const box = await summary.boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(100);
    // Its first link leads to the name box; the one of a radio group to the group's first option.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Nama lengkap: Wajib diisi.",
    );
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-full_name");
    expect((await focusState(page)).covered).toBe(false);
    await tabTo('.error-summary a[data-field="sex"]', 20, true);
    await page.keyboard.press("Enter");
    expect(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement;
        return `${el.name}=${el.value}`;
      }),
    ).toBe("sex=L");
    expect((await focusState(page)).covered).toBe(false);
  });

  it("is filled with Tab, Space and the arrow keys, and saved for the next person", async () => {
    await tabTo("#f-full_name", 20, true);
    await page.keyboard.type("Wa Ode Nurhayati");
    await tabTo("#f-nik");
    await page.keyboard.type("7471014507800003");
    await tabTo('input[name="sex"]');
    // In a radio group Space takes the first option and an arrow moves the choice on.
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator('input[name="sex"]:checked').getAttribute("value")).toBe("P");
    await tabTo("#f-birth_date");
    await page.keyboard.type("07051980");
    await tabTo("#f-village");
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#f-village").inputValue()).toBe("73.09.03.2004");
    await tabTo('input[name="categories"][value="disability"]');
    await page.keyboard.press("Space");
    // Choosing disability brings its types into the form, next in the Tab order.
    await tabTo('input[name="disability_types"][value="fisik"]');
    await page.keyboard.press("Space");
    for (const wg of ["wg_seeing", "wg_hearing", "wg_walking"]) {
      await tabTo(`input[name="${wg}"]`);
      await page.keyboard.press("Space");
      if (wg === "wg_walking") {
        await page.keyboard.press("ArrowDown");
        await page.keyboard.press("ArrowDown");
      }
    }
    expect(await page.locator('input[name="wg_walking"]:checked').getAttribute("value")).toBe("3");
    await tabTo('input[name="documents"][value="ktp_el"]');
    await page.keyboard.press("Space");
    await tabTo('input[name="consent_by"]');
    await page.keyboard.press("Space");
    await tabTo("#f-consent_date");
    await page.keyboard.type("01152026");
    await tabTo('button[type="submit"]');
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.locator(".status").textContent(), { timeout: 20_000 })
      .toContain("Tersimpan di baris");
    // The message has the focus, the summary is gone and the form is empty for the next person.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("status");
    expect(await page.locator(".error-summary").isHidden()).toBe(true);
    expect(await page.locator("#f-full_name").inputValue()).toBe("");
    expect(await page.locator('input[name="sex"]:checked').count()).toBe(0);
    // Every tab stop was a control of the form: nothing was reached by the pointer.
    expect(seen.length).toBeGreaterThan(30);
  });
});

describe("the person picker", () => {
  it("is a combobox: typed into, opened, walked with the arrow keys, chosen with Enter", async () => {
    const frame = await openFromMenu(stack, "showServiceForm");
    const search = frame.locator("#f-person_id-search");
    expect(await frame.locator('label[for="f-person_id-search"]').textContent()).toContain(
      "Warga yang dibantu",
    );
    expect(await search.getAttribute("aria-expanded")).toBe("false");
    await search.focus();
    await frame.page().keyboard.type("nurha");
    await frame.waitForSelector(".person-option");
    expect(await search.getAttribute("aria-expanded")).toBe("true");
    await expectAccessible(frame, "service form, person list open");
    await frame.page().keyboard.press("ArrowDown");
    const active = await search.getAttribute("aria-activedescendant");
    expect(await frame.locator(`#${active}`).getAttribute("aria-selected")).toBe("true");
    await frame.page().keyboard.press("Enter");
    expect(await frame.locator(".person-chosen").textContent()).toContain("Wa Ode Nurhayati");
    expect(await frame.locator('input[name="person_id"]').inputValue()).not.toBe("");
    expect(await search.getAttribute("aria-expanded")).toBe("false");
    // Enter chose the person and saved nothing.
    expect(await frame.locator(".error-summary").isHidden()).toBe(true);
    const remove = frame.locator(".person-chosen button.remove");
    expect(await remove.getAttribute("aria-label")).toContain("Wa Ode Nurhayati");
    const size = await remove.boundingBox();
    expect(size?.width).toBeGreaterThanOrEqual(24);
    expect(size?.height).toBeGreaterThanOrEqual(24);
  });
});

describe("drafts", () => {
  it("keeps what was typed when the sidebar is closed, gives it back on reopening, and forgets it once saved", async () => {
    let frame = await openFromMenu(stack, "showCaseForm", "Tambah kasus");
    await frame.fill('input[name="report_date"]', "2026-02-03");
    await frame.check('input[name="victim_sex"][value="P"]');
    await frame.fill('input[name="victim_age"]', "15");
    await frame.check('input[name="violence_forms"][value="psikis"]');
    await frame.fill('textarea[name="notes"]', "Didampingi ke puskesmas.");
    // Typing pauses; the draft goes out in one call; then the sidebar is closed.
    await frame.waitForTimeout(2500);
    await stack.page.click("#sidebar-close");

    frame = await openFromMenu(stack, "showCaseForm", "Tambah kasus");
    expect(await frame.locator("#draft-notice").isVisible()).toBe(true);
    expect(await frame.locator('input[name="report_date"]').inputValue()).toBe("2026-02-03");
    expect(await frame.locator('input[name="victim_sex"][value="P"]').isChecked()).toBe(true);
    expect(await frame.locator('input[name="victim_age"]').inputValue()).toBe("15");
    expect(await frame.locator('input[name="violence_forms"][value="psikis"]').isChecked()).toBe(
      true,
    );
    expect(await frame.locator('textarea[name="notes"]').inputValue()).toBe(
      "Didampingi ke puskesmas.",
    );
    // Another form keeps no draft of this one.
    const person = await openFromMenu(stack, "showPersonForm", "Tambah warga rentan");
    expect(await person.locator("#draft-notice").count()).toBe(0);

    frame = await openFromMenu(stack, "showCaseForm", "Tambah kasus");
    await frame.selectOption('select[name="village"]', "73.09.03.2004");
    await frame.selectOption('select[name="status"]', "baru");
    await frame.click('button[type="submit"]');
    await expect
      .poll(() => frame.locator(".status").textContent(), { timeout: 20_000 })
      .toContain('lembar "Kasus"');
    frame = await openFromMenu(stack, "showCaseForm", "Tambah kasus");
    expect(await frame.locator("#draft-notice").count()).toBe(0);
    expect(await frame.locator('input[name="victim_age"]').inputValue()).toBe("");
  });
});
