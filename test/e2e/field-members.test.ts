// Pengaturan → Anggota lapangan in Chromium against the real worker: enable (key pair made in the page), add a member (link and a QR code that decodes to it), list, revoke (shown as dicabut, token refused), replace the key, when entries come in; axe on each state.
import jsQR from "jsqr";
import type { Frame } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealForQueue } from "../../core/field/phone-item.ts";
import type { SealedRecord } from "../../core/field/sealed-record.ts";
import { expectAccessible, openFromMenu, sidebarAlone } from "../support/sidebar.ts";
import { type Stack, startPreviewStack } from "../support/stack.ts";

let stack: Stack;

beforeAll(async () => {
  stack = await startPreviewStack("e2e-field-key-0001");
});

afterAll(async () => {
  await stack?.stop();
});

/** The QR code as drawn by the page, rasterised in the page and decoded here. */
async function decodeQr(frame: Frame): Promise<string | undefined> {
  const { data, side } = await frame.evaluate(async () => {
    const svg = document.querySelector("svg.qr") as SVGSVGElement;
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;base64,${btoa(xml)}`;
    await img.decode();
    const side = 400;
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0, side, side);
    return { data: Array.from(ctx.getImageData(0, 0, side, side).data), side };
  });
  return jsQR(Uint8ClampedArray.from(data), side, side)?.data;
}

async function memberToken(link: string): Promise<{ token: string; key: string }> {
  const fragment = new URLSearchParams(link.slice(link.indexOf("#") + 1));
  return { token: fragment.get("t") ?? "", key: fragment.get("k") ?? "" };
}

async function keyStatus(token: string): Promise<number> {
  const res = await fetch(`${stack.workerUrl}/v1/field/key`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return res.status;
}

describe("Anggota lapangan", () => {
  let link = "";

  it("is reached from Pengaturan and enables field entry with a key made in the page", async () => {
    const settings = await openFromMenu(stack, "showSettings");
    await settings.click("#open-field-members");
    await stack.page.waitForFunction(
      () => document.querySelector("#sidebar-title")?.textContent === "Anggota lapangan",
      undefined,
      { timeout: 30_000 },
    );
    const frame = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    expect(await frame.isVisible("#f-memberName")).toBe(false);
    await expectAccessible(frame, "field members, not enabled");
    // A second copy of the page, opened before enabling, will find the pair already there.
    const stale = await sidebarAlone(stack);
    await frame.click("#enable-field");
    await frame.waitForSelector("#enable-status.ok");
    expect(await frame.textContent("#enable-status")).toContain("Isian lapangan aktif");
    expect(await frame.isVisible("#f-memberName")).toBe(true);
    await frame.waitForSelector("#members-status:has-text('Belum ada anggota')");

    await stale.click("#enable-field");
    await stale.waitForSelector("#enable-status.ok");
    expect(await stale.textContent("#enable-status")).toContain(
      "Kunci yang sudah ada tetap dipakai",
    );
    await stale.close();
  });

  it("refuses an empty name next to the field, then adds a member: link, QR code, list", async () => {
    const frame = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    await frame.click("form button[type=submit]");
    expect(await frame.textContent("#err-memberName")).toContain("Tulis nama anggota");
    expect(await frame.getAttribute("#f-memberName", "aria-invalid")).toBe("true");
    await expectAccessible(frame, "field members, empty name refused");

    await frame.fill("#f-memberName", "  Yuliana   Bria ");
    await frame.click("form button[type=submit]");
    await frame.waitForSelector("#member-link");
    link = await frame.inputValue("#member-link");
    expect(link.startsWith(`${stack.workerUrl}/lapangan/#t=`)).toBe(true);
    expect(await frame.textContent("#add-status")).toContain("Yuliana Bria");
    expect(await decodeQr(frame)).toBe(link);
    expect(await frame.getAttribute("svg.qr", "aria-label")).toContain("Yuliana Bria");

    // The link carries a real member token and the group's public key.
    const { token, key } = await memberToken(link);
    expect(await keyStatus(token)).toBe(200);
    const res = await fetch(`${stack.workerUrl}/v1/field/key`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(((await res.json()) as { public_key: string }).public_key).toBe(key);

    await frame.click("#copy-link");
    await frame.waitForSelector("#copy-status:not(:empty)");

    await frame.waitForSelector("#members tr[data-member]");
    const row = frame.locator("#members tr[data-member]");
    expect(await row.locator("th").textContent()).toBe("Yuliana Bria");
    expect(await row.locator("[data-status]").textContent()).toBe("aktif");
    expect(await row.locator("td").first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expectAccessible(frame, "field members, member added");
  });

  it("a phone's case whose person matches nobody is linked by hand with the picker; the mark goes", async () => {
    const { token, key } = await memberToken(link);
    const saved = "2026-11-27T03:00:00.000Z";
    const person: SealedRecord = {
      v: 1,
      id: "rec-e2e-pers-01",
      form: "person",
      saved_at: saved,
      values: {
        full_name: "Siti Aminah",
        sex: "P",
        nik: "7309034509900001",
        birth_date: "1990-09-05",
        village: "73.09.03.2004",
        consent_by: "self",
        consent_date: "2026-01-10",
      },
    };
    const kasus: SealedRecord = {
      v: 1,
      id: "rec-e2e-case-01",
      form: "case",
      saved_at: saved,
      values: {
        report_date: "2026-11-20",
        village: "73.09.03.2004",
        victim_sex: "P",
        victim_age: 36,
        violence_forms: ["psikis"],
        status: "baru",
      },
      person: { nik: "7309034509900099" },
    };
    const sent = await fetch(`${stack.workerUrl}/v1/field/inbox`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        items: [person, kasus].map((r) => sealForQueue(r, "73.09.03.2004", key)),
      }),
    });
    expect(sent.status).toBeLessThan(300);
    await stack.menu("pullFieldEntries");
    const state = async () =>
      JSON.stringify(await (await fetch(`${stack.previewUrl}/api/state`)).json());
    await expect
      .poll(async () => (await state()).includes("rec-e2e-case-01"), { timeout: 30_000 })
      .toBe(true);
    expect(await state()).toContain("Perlu ditautkan");

    await fetch(`${stack.previewUrl}/api/select`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sheet: "Kasus", row: 3, col: 1 }),
    });
    const frame = await openFromMenu(stack, "editSelectedRow");
    await frame.waitForSelector("[data-needs-link=person_id]");
    expect(await frame.textContent("[data-needs-link]")).toContain("Perlu ditautkan");
    await expectAccessible(frame, "case needing its person");
    await frame.fill("#f-person_id-search", "Siti");
    await frame.click(".person-option");
    await expect.poll(() => frame.textContent(".person-chosen")).toContain("Siti Aminah");
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".status [data-saved-row]", { timeout: 20_000 });
    expect(await frame.locator("[data-needs-link]").count()).toBe(0);
    const after = await state();
    expect(after).not.toContain("Perlu ditautkan");
    expect(after).toContain("rec-e2e-pers-01");
  });

  it("revokes after a confirmation: shown as dicabut, and the phone's token is refused", async () => {
    const frame = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    await frame.waitForSelector("#members tr[data-member] [data-revoke]");
    await frame.click("[data-revoke]");
    expect(await frame.textContent("#members .confirm .notice")).toContain(
      "Cabut tautan Yuliana Bria?",
    );
    await expectAccessible(frame, "field members, revoke confirmation");
    await frame.click("[data-revoke-confirm]");
    await frame.waitForSelector("#members [data-status=revoked]");
    expect(await frame.textContent("#members-status")).toContain("sudah dicabut");
    expect(await frame.textContent("#members [data-status]")).toBe("dicabut");
    const { token } = await memberToken(link);
    expect(await keyStatus(token)).toBe(401);

    // Opened again, the list comes from the worker: still dicabut, no revoke button.
    const again = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    await again.waitForSelector("#members [data-status=revoked]");
    expect(await again.locator("[data-revoke]").count()).toBe(0);
  });

  it("replaces the key only after the warning, and says when phones' entries come in", async () => {
    const frame = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    expect(await frame.isVisible("#enable-field")).toBe(false);
    await frame.click("#replace-key");
    expect(await frame.textContent("#replace-warning")).toContain("tidak akan bisa dibuka lagi");
    await expectAccessible(frame, "field members, replace warning");
    await frame.click("#replace-confirm");
    await frame.waitForSelector("#enable-status.ok");
    expect(await frame.textContent("#enable-status")).toContain("Kunci baru dipakai");

    expect(await frame.textContent("#field-when-taken")).toContain("Ambil isian dari HP");
  });
});

describe("Anggota lapangan when the server cannot be used", () => {
  async function saveSettings(serverUrl: string, groupKey: string): Promise<void> {
    const frame = await openFromMenu(stack, "showSettings");
    await frame.fill("#f-serverUrl", serverUrl);
    if (groupKey) await frame.fill("#f-groupKey", groupKey);
    await frame.click('button[type="submit"]');
    await frame.waitForSelector(".status.ok");
  }

  it("says next to the field that the server settings are missing", async () => {
    // A new address clears the saved group key.
    await saveSettings("http://127.0.0.1:9", "");
    const frame = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    expect(await frame.textContent("#no-server")).toContain("Isi dulu alamat server");
    await frame.fill("#f-memberName", "Maria");
    await frame.click("form button[type=submit]");
    await frame.waitForSelector("#err-memberName:not(:empty)");
    expect(await frame.textContent("#err-memberName")).toContain("Isi dulu alamat server");
    await expectAccessible(frame, "field members, no server settings");
  });

  it("says next to the field that the worker cannot be reached", async () => {
    await saveSettings("http://127.0.0.1:9", "e2e-field-key-0001");
    const frame = await openFromMenu(stack, "showFieldMembers", "Anggota lapangan");
    await frame.waitForSelector("#members-status.error");
    expect(await frame.textContent("#members-status")).toContain("tidak dapat dihubungi");
    await frame.fill("#f-memberName", "Maria");
    await frame.click("form button[type=submit]");
    await frame.waitForSelector("#err-memberName:not(:empty)");
    expect(await frame.textContent("#err-memberName")).toContain("tidak dapat dihubungi");
  });
});
