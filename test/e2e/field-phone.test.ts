// End to end for Pilah Lapangan (issue 11): the phone app at a phone's size, offline then online, into the sheet through the preview's Ambil isian dari HP; a revoked token and a tampered box lose nothing.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../core/sealed-box/seal.ts";
import { axeViolations, describeViolations, rawKeys } from "../support/sidebar.ts";
import { type Stack, startStack } from "../support/stack.ts";

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

const PHONE = { width: 360, height: 740 };
// Maros, Bontoa (73.09.03): a woman born 17 Aug 1980 (day + 40 in the NIK).
const NIK = "7309035708800001";
const VILLAGE = "73.09.03.2004";

let stack: Stack;
let preview: Page;
let context: BrowserContext;
let phone: Page;
const errors: string[] = [];

async function rpc<T>(fn: string, ...args: unknown[]): Promise<T> {
  const res = await fetch(`${stack.previewUrl}/api/rpc`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ fn, args }),
  });
  const body = (await res.json()) as { ok?: boolean; result?: T; error?: string };
  if (body.error) throw new Error(`${fn}: ${body.error}`);
  return (body.result ?? body) as T;
}

/** A choice field is a radio group when short, a select when long: choose either way. */
async function choose(name: string, value: string): Promise<void> {
  const select = phone.locator(`select[name="${name}"]`);
  if (await select.count()) await select.selectOption(value);
  else await phone.locator(`input[name="${name}"][value="${value}"]`).check();
}

async function saveForm(): Promise<void> {
  await phone.locator('button[type="submit"]').click();
  await expect
    .poll(() => phone.locator(".status").textContent(), { timeout: 10_000 })
    .toContain("Tersimpan di HP");
}

/** Every queue item's text, by record id. */
async function queueStates(): Promise<Record<string, string>> {
  await phone.click("#nav-queue");
  return phone.$$eval(".queue-item", (items) =>
    Object.fromEntries(
      items.map((i) => [
        (i as HTMLElement).dataset.id ?? "",
        i.querySelector(".queue-state")?.textContent ?? "",
      ]),
    ),
  );
}

/** A sheet's text over every page of the preview's grid, once its first page shows `needle` (the grid follows the tab click and the add-on's writes). */
async function sheetText(sheet: string, needle: string): Promise<string> {
  await preview.locator(`#tabs button.tab[data-sheet="${sheet}"]`).click();
  await expect
    .poll(() => preview.locator("table#grid").textContent(), { timeout: 10_000 })
    .toContain(needle);
  const range = preview.locator("#grid-range");
  while (await preview.locator("#grid-prev").isEnabled()) {
    const before = await range.textContent();
    await preview.click("#grid-prev");
    await expect.poll(() => range.textContent()).not.toBe(before);
  }
  let text = (await preview.locator("table#grid").textContent()) ?? "";
  while (await preview.locator("#grid-next").isEnabled()) {
    const before = await range.textContent();
    await preview.click("#grid-next");
    await expect.poll(() => range.textContent()).not.toBe(before);
    text += (await preview.locator("table#grid").textContent()) ?? "";
  }
  return text;
}

async function pull(): Promise<string> {
  const before = (await preview.locator("#toasts").textContent()) ?? "";
  await stack.menu("pullFieldEntries");
  await expect
    .poll(() => preview.locator("#toasts").textContent(), { timeout: 30_000 })
    .not.toBe(before);
  return (await preview.locator("#toasts").textContent()) ?? "";
}

let memberId = "";

beforeAll(async () => {
  stack = await startStack("e2e-i11-phone-key-0001");
  preview = stack.page;
  await preview.goto(stack.previewUrl);
  await preview.waitForSelector('body[data-ready="true"]');
  // The sidebar would make the key pair in the browser; the test makes it with the same core code.
  const keys = newKeyPair();
  const enabled = await rpc<{ ok: boolean }>(
    "enableFieldEntry",
    toBase64(keys.publicKey),
    toBase64(keys.secretKey),
  );
  expect(enabled.ok).toBe(true);
  const added = await rpc<{ ok: boolean; id: string; link: string }>("addFieldMember", "Maria");
  expect(added.ok).toBe(true);
  memberId = added.id;
  context = await stack.browser.newContext({ viewport: PHONE, hasTouch: true, locale: "id-ID" });
  phone = await context.newPage();
  phone.on("pageerror", (e) => errors.push(e.message));
  await phone.goto(added.link);
  await phone.waitForSelector("#nav-new");
});

afterAll(async () => {
  await context?.close();
  await stack?.stop();
});

describe("Pilah Lapangan on a phone", () => {
  it("joins from the link, drops the token from the address bar and installs itself for offline use", async () => {
    expect(phone.url()).toBe(`${stack.workerUrl}/lapangan/`);
    const stored = await phone.evaluate(() => localStorage.getItem("pilah.lapangan.join") ?? "");
    expect(stored).toContain('"token":"pilahm_');
    await phone.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const manifest = (await (
      await fetch(`${stack.workerUrl}/lapangan/manifest.webmanifest`)
    ).json()) as { display: string; icons: unknown[]; start_url: string };
    expect(manifest).toMatchObject({ display: "standalone", start_url: "./" });
    expect(manifest.icons.length).toBeGreaterThan(0);
  });

  it("fits a 360 px screen: targets of 44 px, WCAG 2.1 AA, every text from the catalogue, English on request", async () => {
    // The app's CSP admits only its own scripts: axe is evaluated, not added as a tag.
    await phone.evaluate(AXE_SOURCE);
    const screens: [string, () => Promise<void>][] = [
      ["home", async () => phone.click("#nav-new")],
      ["person form", async () => phone.click('[data-form="person"]')],
      [
        "case form",
        async () => {
          await phone.click("#nav-new");
          await phone.click('[data-form="case"]');
        },
      ],
      ["queue", async () => phone.click("#nav-queue")],
    ];
    for (const [name, open] of screens) {
      await open();
      const violations = await axeViolations(phone);
      expect(violations, `${name}: ${describeViolations(violations)}`).toEqual([]);
      expect(await rawKeys(phone), name).toEqual([]);
      // biome-ignore lint/performance/useDomNodeTextContent: only rendered text
      expect(await phone.evaluate(() => document.body.innerText), name).not.toMatch(
        /\bphone\.[a-z_]+/,
      );
      const small = await phone.$$eval(
        "button, select, textarea, input:not([type=radio]):not([type=checkbox]):not([type=hidden]), label.choice",
        (els) =>
          els
            .filter((e) => (e as HTMLElement).offsetParent !== null)
            .map((e) => ({ what: e.outerHTML.slice(0, 80), h: e.getBoundingClientRect().height }))
            .filter((e) => e.h < 44),
      );
      expect(small, name).toEqual([]);
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${name} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
    }
    await phone.click("#lang");
    await expect.poll(() => phone.locator("h1").textContent()).toBe("Pilah Field");
    expect(await phone.locator("#nav-queue").textContent()).toContain("Queue");
    await phone.click("#lang");
    await expect.poll(() => phone.locator("h1").textContent()).toBe("Pilah Lapangan");
  });

  it("works offline after a reload: a person and a case by NIK stay sealed on the phone", async () => {
    await context.setOffline(true);
    await phone.reload();
    await phone.waitForSelector("#nav-new");
    await phone.click('[data-form="person"]');
    await phone.locator('input[name="full_name"]').fill("Maria Goreti Ndoen");
    await phone.locator('input[name="nik"]').fill(NIK);
    await choose("sex", "P");
    await phone.locator('input[name="birth_date"]').fill("1980-08-17");
    await phone.locator('select[name="village"]').selectOption(VILLAGE);
    await choose("consent_by", "self");
    await phone.locator('input[name="consent_date"]').fill("2026-11-01");
    await saveForm();

    await phone.click("#nav-new");
    await phone.click('[data-form="case"]');
    await phone.locator('input[name="report_date"]').fill("2026-11-10");
    await phone.locator('select[name="village"]').selectOption(VILLAGE);
    // The case names its person by NIK only: the phone has no register to pick from.
    await phone.locator('input[name="person_id__nik"]').fill(NIK);
    await choose("victim_sex", "P");
    await phone.locator('input[name="victim_age"]').fill("46");
    await phone.locator('input[name="violence_forms"][value="psikis"]').check();
    await phone.locator('input[name="perpetrator_relation"][value="tetangga"]').check();
    await choose("status", "baru");
    await saveForm();

    const states = await queueStates();
    expect(Object.values(states)).toEqual(["tersimpan di HP", "tersimpan di HP"]);
    expect(await phone.locator("#send-notice").textContent()).toContain("Tidak ada sinyal");
    // The phone keeps only sealed boxes: no name, NIK or village name in its storage.
    const storage = await phone.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(storage).not.toContain("Maria");
    expect(storage).not.toContain(NIK);
    expect(storage).not.toContain("psikis");
  });

  it("sends when a signal comes, the sheet takes both rows (the case linked to its person), the phone shows it", async () => {
    await context.setOffline(false);
    await phone.click("#send");
    await expect
      .poll(async () => Object.values(await queueStates()))
      .toEqual(["terkirim", "terkirim"]);

    const toast = await pull();
    expect(toast).toContain("2 baris dari HP masuk ke lembar");
    const ids = await phone.$$eval(".queue-item", (items) =>
      items.map((i) => [
        (i as HTMLElement).dataset.id ?? "",
        i.querySelector(".queue-form")?.textContent ?? "",
      ]),
    );
    const personId = ids.find(([, form]) => form === "Warga rentan")?.[0] ?? "";
    const caseId = ids.find(([, form]) => form === "Kasus kekerasan")?.[0] ?? "";
    expect(personId).not.toBe("");
    const people = await sheetText("Warga Rentan", "Maria Goreti Ndoen");
    expect(people).toContain("Maria Goreti Ndoen");
    expect(people).toContain(personId);
    expect(people).toContain("HP · Maria");
    const cases = await sheetText("Kasus", caseId);
    expect(cases).toContain(caseId);
    // Linked: the case row carries the person's id (the phone's record id became the row id).
    expect(cases).toContain(personId);
    expect(cases).not.toContain("Perlu ditautkan");

    await phone.click("#send");
    await expect
      .poll(async () => Object.values(await queueStates()))
      .toEqual(["masuk ke lembar", "masuk ke lembar"]);
    // Pulling again doubles nothing.
    expect(await pull()).toContain("Tidak ada isian baru");
  });

  it("a service names its person by name, birth date and village (no NIK) and is linked on import", async () => {
    await phone.click("#nav-new");
    await phone.click('[data-form="service"]');
    await phone.locator("#phone-village").selectOption(VILLAGE);
    await phone.locator('input[name="request_date"]').fill("2026-11-12");
    await choose("kind", "document");
    await choose("item", "perekaman_ktp_el");
    await choose("agency_kind", "dukcapil");
    await choose("status", "diajukan");
    // No person, then half a lookup: refused on the phone, next to the field, before anything is sealed.
    const personError = phone.locator('.field-error[data-for="person_id"]');
    await phone.locator('button[type="submit"]').click();
    await expect.poll(() => personError.textContent()).toContain("Tulis NIK warga");
    // The summary's line for it leads to its first box.
    await phone.locator('.error-summary a[data-field="person_id"]').click();
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe("f-person_id-nik");
    await phone.locator('input[name="person_id__full_name"]').fill("maria  goreti ndoen");
    await phone.locator('button[type="submit"]').click();
    await expect.poll(() => personError.textContent()).toContain("Tulis NIK warga");
    await expect.poll(() => phone.locator(".error-summary").isVisible()).toBe(true);
    await phone.locator('input[name="person_id__birth_date"]').fill("1980-08-17");
    await phone.locator('select[name="person_id__village"]').selectOption(VILLAGE);
    await saveForm();
    await phone.click("#nav-queue");
    await expect
      .poll(() =>
        phone.locator(".queue-item", { hasText: "Layanan" }).locator(".queue-state").textContent(),
      )
      .toBe("terkirim");
    const serviceId = await phone
      .locator(".queue-item", { hasText: "Layanan" })
      .getAttribute("data-id");
    expect(await pull()).toContain("1 baris dari HP masuk ke lembar");
    const personId = await phone
      .locator(".queue-item", { hasText: "Warga rentan" })
      .getAttribute("data-id");
    const services = await sheetText("Layanan", serviceId ?? "missing");
    expect(services).toContain(serviceId ?? "missing");
    expect(services).toContain(personId ?? "missing");
    expect(services).not.toContain("Perlu ditautkan");
    await phone.click("#send");
    await expect
      .poll(() =>
        phone.locator(".queue-item", { hasText: "Layanan" }).locator(".queue-state").textContent(),
      )
      .toBe("masuk ke lembar");
  });

  it("a revoked token: the phone says so and keeps what it has not sent", async () => {
    expect((await rpc<{ ok: boolean }>("revokeFieldMember", memberId)).ok).toBe(true);
    await phone.click("#nav-new");
    await phone.click('[data-form="activity"]');
    await expect.poll(() => phone.locator("#revoked").count()).toBe(0);
    await phone.locator("#phone-village").selectOption(VILLAGE);
    await fillActivity();
    await saveForm();
    await expect
      .poll(() => phone.locator("#revoked").textContent(), { timeout: 10_000 })
      .toContain("sudah dicabut");
    const states = await queueStates();
    expect(Object.values(states).filter((s) => s === "tersimpan di HP")).toHaveLength(1);
    await phone.reload();
    expect(Object.values(await queueStates()).filter((s) => s === "tersimpan di HP")).toHaveLength(
      1,
    );
    await expect.poll(() => phone.locator("#revoked").count()).toBe(1);

    // A member may delete a queued entry (after confirming); the others stay.
    await phone.click("#nav-new");
    await phone.click('[data-form="member"]');
    await phone.locator("#phone-village").selectOption(VILLAGE);
    await fillMember();
    await saveForm();
    await phone.click("#nav-queue");
    const member = phone.locator(".queue-item", { hasText: "Anggota kelompok" });
    await expect.poll(() => member.locator(".queue-state").textContent()).toBe("tersimpan di HP");
    phone.once("dialog", (d) => void d.dismiss());
    await member.locator("button[data-delete]").click();
    await expect.poll(() => member.count()).toBe(1);
    phone.once("dialog", (d) => void d.accept());
    await member.locator("button[data-delete]").click();
    await expect.poll(() => member.count()).toBe(0);
    expect(Object.values(await queueStates()).filter((s) => s === "tersimpan di HP")).toHaveLength(
      1,
    );
  });

  it("a box damaged on the way: the sheet refuses it, the phone shows a plain error and sends its intact copy again", async () => {
    // A new link (the coordinator adds the member again) replaces the revoked token; the queue stays.
    const added = await rpc<{ ok: boolean; link: string }>("addFieldMember", "Maria 2");
    // The phone is out of signal when it joins again; meanwhile a damaged copy of its queued box
    // reaches the worker under the same id and member (as a corrupting relay would deliver it).
    await context.setOffline(true);
    await phone.goto(added.link);
    await phone.waitForSelector("#nav-new");
    await expect.poll(() => phone.locator("#revoked").count()).toBe(0);
    const { token, item } = await phone.evaluate(() => {
      const join = JSON.parse(localStorage.getItem("pilah.lapangan.join") ?? "{}") as {
        token: string;
      };
      const queue = JSON.parse(localStorage.getItem("pilah.lapangan.queue") ?? "[]") as {
        id: string;
        form: string;
        village: string;
        saved_at: string;
        box: string;
        state: string;
      }[];
      return { token: join.token, item: queue.find((i) => i.form === "activity") };
    });
    if (!item) throw new Error("the activity is not queued");
    expect(item.state).toBe("saved");
    const at = 80;
    const damaged =
      item.box.slice(0, at) + (item.box[at] === "A" ? "B" : "A") + item.box.slice(at + 1);
    const relay = await fetch(`${stack.workerUrl}/v1/field/inbox`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        items: [
          {
            id: item.id,
            form: item.form,
            village: item.village,
            saved_at: item.saved_at,
            box: damaged,
          },
        ],
      }),
    });
    expect(relay.status).toBe(200);
    await context.setOffline(false);
    const activity = phone.locator(".queue-item", { hasText: "Kegiatan" });
    const activityState = async () => {
      await phone.click("#nav-queue");
      return activity.locator(".queue-state").textContent();
    };
    await phone.click("#nav-queue");
    await phone.click("#send");
    await expect.poll(activityState).toBe("terkirim");

    expect(await pull()).toContain("1 isian tidak bisa dibuka");
    await phone.click("#send");
    await expect.poll(activityState).toContain("tidak bisa dibuka di lembar kelompok");
    expect(await activity.getAttribute("data-state")).toBe("rejected");
    // Nothing else was touched: the three records before it are in the sheet.
    expect(Object.values(await queueStates()).filter((s) => s === "masuk ke lembar")).toHaveLength(
      3,
    );

    await activity.locator("button[data-retry]").click();
    await expect.poll(activityState).toBe("terkirim");
    expect(await pull()).toContain("1 baris dari HP masuk ke lembar");
    expect(await sheetText("Agenda Kegiatan", "HP · Maria 2")).toContain("HP · Maria 2");
    await phone.click("#send");
    await expect.poll(activityState).toBe("masuk ke lembar");
    expect(Object.values(await queueStates()).filter((s) => s === "masuk ke lembar")).toHaveLength(
      4,
    );
    expect(errors).toEqual([]);
  });
});

async function fillActivity(): Promise<void> {
  await phone.locator('input[name="title"]').fill("Pertemuan rutin POKJA");
  await choose("kind", "pertemuan_rutin");
  await phone.locator('input[name="planned_date"]').fill("2026-11-20");
  await choose("status", "rencana");
}

async function fillMember(): Promise<void> {
  await phone.locator('input[name="full_name"]').fill("Yohanis Kase");
  await choose("role", "anggota");
  await choose("sex", "L");
  await choose("active", "yes");
}
