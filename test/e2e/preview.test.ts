// End to end through `npm start`'s stack: preview in Chromium → built add-on → local worker and D1.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "../support/stack.ts";

const KEY = "e2e-demo-key-0001";
let stack: Stack;
let page: Page;
let workerUrl: string;

beforeAll(async () => {
  stack = await startStack(KEY);
  ({ page, workerUrl } = stack);
});

afterAll(async () => {
  await stack?.stop();
});

const menu = (item: string) => stack.menu(item);

describe("the person register from sidebar to sheet to report to the shared server", () => {
  it("serves the worker's health and the preview page", async () => {
    const health = await (await fetch(`${workerUrl}/v1/health`)).json();
    expect(health.status).toBe("ok");
    await page.goto(stack.previewUrl);
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('button[data-menu="extensions"]');
    const items = page.locator('[data-addon-menu="Pilah"] button[data-menu-item]');
    expect(await items.allTextContents()).toEqual([
      "Tambah warga rentan",
      "Tambah kasus",
      "Tambah layanan",
      "Tambah kegiatan",
      "Tambah anggota",
      "Tambah usulan",
      "Ubah data terpilih",
      "Periksa semua data",
      "Impor dari lembar lain",
      // Ekspor submenu.
      "Data penduduk untuk OpenSID",
      "Lampiran A-9 OpenSID",
      "Rujukan UPTD PPA",
      "Usulan DTSEN",
      "Ambil isian dari HP",
      "Buat laporan",
      "Ringkasan bersama",
      "Pengaturan",
      "Anggota lapangan",
      "Bantuan",
    ]);
    await page.click('button[data-menu="extensions"]');
  });

  it("explains a bad NIK next to the field, then saves a corrected record to the sheet", async () => {
    await menu("showPersonForm");
    const side = page.frameLocator("iframe#sidebar-frame");
    // Submitting the empty form explains every missing field at once, in Indonesian.
    await side.locator('button[type="submit"]').click();
    await expect
      .poll(() => side.locator(".error-summary h2").textContent())
      .toBe("Ada 7 isian yang perlu diperbaiki.");
    const shown = async () => {
      const out: Record<string, string> = {};
      for (const el of await side.locator(".field-error").all()) {
        const text = await el.textContent();
        if (text) out[(await el.getAttribute("data-for")) ?? ""] = text;
      }
      return out;
    };
    expect(await shown()).toEqual({
      full_name: "Wajib diisi.",
      sex: "Wajib diisi.",
      birth_date: "Isi tanggal lahir, atau umur bila tanggal lahir tidak diketahui.",
      age_years: "Isi tanggal lahir, atau umur bila tanggal lahir tidak diketahui.",
      village: "Wajib diisi.",
      consent_by: "Wajib diisi.",
      consent_date: "Wajib diisi.",
    });
    await side.locator('input[name="full_name"]').fill("Siti Aminah");
    await side.locator('input[name="sex"][value="P"]').check();
    // Child and elderly are not ticked: the form says them, read-only, as the age is typed.
    expect(await side.locator('input[name="categories"][value="elderly"]').count()).toBe(0);
    expect(await side.locator('input[name="categories"][value="child"]').count()).toBe(0);
    const ageStatus = side.getByLabel("Anak atau lansia (dihitung dari umur)");
    expect(await ageStatus.textContent()).toBe("Isi tanggal lahir atau umur dulu.");
    await side.locator('input[name="age_years"]').fill("72");
    await expect.poll(() => ageStatus.textContent()).toBe("Lansia (umur 72 tahun)");
    // Ages on today's date, as the preview's sidebar takes them.
    const now = new Date();
    const ageNow = (y: number, m: number, d: number) =>
      now.getFullYear() -
      y -
      (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d) ? 1 : 0);
    await side.locator('input[name="birth_date"]').fill(`${now.getFullYear() - 11}-01-01`);
    await expect.poll(() => ageStatus.textContent()).toBe("Anak (umur 11 tahun)");
    await side.locator('input[name="age_years"]').fill("");
    await side.locator('input[name="birth_date"]').fill("1990-09-05");
    await expect
      .poll(() => ageStatus.textContent())
      .toBe(`Bukan anak, bukan lansia (umur ${ageNow(1990, 9, 5)} tahun)`);
    const nikMessages: [string, string][] = [
      // 71 is day 31 for a woman: 31 February does not exist.
      [
        "7309037102900001",
        "Angka ke-7 dan ke-8 NIK adalah tanggal lahir (pada perempuan ditambah 40), tetapi tanggal itu tidak ada. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
      ],
      [
        "730903450990001",
        "NIK harus 16 angka. Cocokkan dengan KTP-el atau Kartu Keluarga; kosongkan bila orang ini belum punya NIK.",
      ],
      [
        "9909034509900001",
        "Dua angka pertama NIK (99) bukan kode provinsi. Cocokkan NIK dengan KTP-el atau Kartu Keluarga.",
      ],
    ];
    for (const [nik, message] of nikMessages) {
      await side.locator('input[name="nik"]').fill(nik);
      await side.locator('input[name="nik"]').blur();
      await expect
        .poll(() => side.locator('.field-error[data-for="nik"]').textContent())
        .toBe(message);
    }
    // A NIK whose sex differs is a warning (Dukcapil keeps the NIK); saving waits for a confirmation.
    await side.locator('input[name="nik"]').fill("7309030509900001");
    await side.locator('input[name="nik"]').blur();
    await expect
      .poll(() => side.locator('.field-warning[data-for="nik"]').textContent())
      .toBe(
        "NIK ini milik laki-laki (tanggal lahirnya tidak ditambah 40), tetapi jenis kelamin yang diisi perempuan. Periksa jenis kelamin atau NIK-nya.",
      );
    // The confirmation is asked right under the NIK, and only while the sexes differ.
    const confirmSex = side.locator('.field[data-field="sex_differs_confirmed"]');
    await expect.poll(() => confirmSex.isVisible()).toBe(true);
    expect(
      await side.locator('[data-field="nik"] + [data-field="sex_differs_confirmed"]').count(),
    ).toBe(1);
    await side.locator('input[name="sex_differs_confirmed"][value="yes"]').check();
    await expect
      .poll(() => side.locator('.field-warning[data-for="nik"]').textContent())
      .toContain("NIK ini milik laki-laki");
    // A plausible NIK whose birth date differs from the form's is a warning, not an error.
    await side.locator('input[name="nik"]').fill("7309034509910001");
    await side.locator('input[name="nik"]').blur();
    await expect
      .poll(() => side.locator('.field-warning[data-for="nik"]').textContent())
      .toContain("1991-09-05");
    expect(await side.locator('.field-error[data-for="nik"]').textContent()).toBe("");

    await side.locator('input[name="nik"]').fill("7309 0345 0990 0001");
    await side.locator('input[name="nik"]').blur();
    await expect.poll(() => confirmSex.isVisible()).toBe(false);
    await side.locator('select[name="village"]').selectOption("73.09.03.2004");
    await side.locator('input[name="categories"][value="woman_head_of_household"]').check();
    await side.locator('input[name="consent_by"][value="self"]').check();
    await side.locator('input[name="consent_date"]').fill("2026-01-10");
    await side.locator('button[type="submit"]').click();
    await expect
      .poll(() => side.locator(".status").textContent(), { timeout: 20_000 })
      .toContain('Tersimpan di baris 3 lembar "Warga Rentan"');
    expect(await side.locator(".status").textContent()).not.toContain("belum diperiksa");

    await page.click('#tabs button.tab[data-sheet="Warga Rentan"]');
    await expect
      .poll(() => page.locator('td[data-row="3"][data-col="1"]').textContent())
      .toBe("Siti Aminah");
    await expect
      .poll(() => page.locator('td[data-row="3"][data-col="2"]').textContent())
      .toBe("7309034509900001");
  });

  it("builds the report sheet with totals and a chart, and the worker holds the counts", async () => {
    await menu("buildReport");
    await expect
      .poll(() => page.locator('#tabs button.tab[data-sheet="Laporan Warga Rentan"]').count(), {
        timeout: 20_000,
      })
      .toBe(1);
    await page.click('#tabs button.tab[data-sheet="Laporan Warga Rentan"]');
    await expect
      .poll(() => page.locator("table#grid").textContent())
      .toContain("Minasa Baji (73.09.03.2004)");
    // One chart per person table (village × sex × age band, categories, disability, WG, documents, …).
    // 17 with the planning-meeting tables (category × village, × dusun, devices needed, …).
    await expect.poll(() => page.locator(".chart").count()).toBe(17);
    await expect.poll(() => page.locator("#toasts").textContent()).toContain("terkirim");

    const year = new Date().getFullYear();
    const res = await fetch(`${workerUrl}/v1/summaries/${year}`, {
      headers: { Authorization: `Bearer ${KEY}` },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    const person = body.summaries.find((s: { form: string }) => s.form === "person");
    const villageSexAge = person.tables.find((t: { id: string }) => t.id === "village_sex_age");
    // The group reads its own counts exactly, each with its cell key (the record's key).
    expect(villageSexAge.cells).toEqual([
      { key: ["73.09.03.2004", "P", "25-44"], count: 1, ckey: expect.any(Number) },
    ]);
    expect(JSON.stringify(body)).not.toContain("Siti");
  });
});
