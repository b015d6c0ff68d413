// End to end for Pilah Lapangan (issue 11): the phone app at a phone's size, offline then online, into the sheet through the preview's Ambil isian dari HP; a revoked token and a tampered box lose nothing.
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../core/sealed-box/seal.ts";
import { type Stack, startStack } from "../support/stack.ts";

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

/** A sheet's text over every page of the preview's grid, once it shows `needle` (the grid follows the tab click). */
async function sheetText(sheet: string, needle: string): Promise<string> {
  await preview.locator(`#tabs button.tab[data-sheet="${sheet}"]`).click();
  await expect.poll(() => preview.locator("table#grid").textContent()).toContain(needle);
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
    const people = await sheetText("Warga Rentan", "full_name");
    expect(people).toContain("Maria Goreti Ndoen");
    expect(people).toContain(personId);
    expect(people).toContain("HP · Maria");
    const cases = await sheetText("Kasus", "victim_sex");
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
  });

  it("a box damaged on the way: the sheet refuses it, the phone shows a plain error and sends its intact copy again", async () => {
    // A new link (the coordinator adds the member again) replaces the revoked token; the queue stays.
    const added = await rpc<{ ok: boolean; link: string }>("addFieldMember", "Maria 2");
    // Flip one character of every box on its way to the worker.
    await context.route("**/v1/field/inbox", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as { items: { box: string }[] };
      for (const item of body.items) {
        const i = 80;
        item.box = item.box.slice(0, i) + (item.box[i] === "A" ? "B" : "A") + item.box.slice(i + 1);
      }
      await route.continue({ postData: JSON.stringify(body) });
    });
    await phone.goto(added.link);
    await phone.waitForSelector("#nav-new");
    await expect.poll(() => phone.locator("#revoked").count()).toBe(0);
    await phone.click("#nav-queue");
    await phone.click("#send");
    await expect
      .poll(async () => Object.values(await queueStates()).filter((s) => s === "terkirim"))
      .toHaveLength(1);
    await context.unroute("**/v1/field/inbox");

    expect(await pull()).toContain("1 isian tidak bisa dibuka");
    await phone.click("#send");
    const failed = phone.locator('.queue-item[data-state="rejected"]');
    await expect.poll(() => failed.count()).toBe(1);
    expect(await failed.locator(".queue-state").textContent()).toContain("tidak bisa dibuka");
    // Nothing else was touched.
    expect(Object.values(await queueStates()).filter((s) => s === "masuk ke lembar")).toHaveLength(
      2,
    );

    await failed.locator("button[data-retry]").click();
    await expect
      .poll(async () => Object.values(await queueStates()).filter((s) => s === "terkirim"))
      .toHaveLength(1);
    expect(await pull()).toContain("1 baris dari HP masuk ke lembar");
    expect(await sheetText("Agenda Kegiatan", "planned_date")).toContain("HP · Maria 2");
    await phone.click("#send");
    await expect
      .poll(async () => Object.values(await queueStates()).filter((s) => s === "masuk ke lembar"))
      .toHaveLength(3);
    expect(errors).toEqual([]);
  });
});

async function fillActivity(): Promise<void> {
  await phone.locator('input[name="title"]').fill("Pertemuan rutin POKJA");
  await choose("kind", "pertemuan_rutin");
  await phone.locator('input[name="planned_date"]').fill("2026-11-20");
  await choose("status", "rencana");
}
