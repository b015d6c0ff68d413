// Drafts: a new entry's unsaved values kept per form and per user in user properties, given back on opening, cleared on save, never sent to the worker.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { BUNDLE_DIR, newHost, siti } from "../support/addon.ts";

/** The stored draft of a form, whatever spreadsheet key it is under. */
function draftOf(host: ReturnType<typeof newHost>["host"], form: string): string | undefined {
  const bag = host.store.properties.user["pokja@example.org"] ?? {};
  const key = Object.keys(bag).find((k) => k.startsWith("pilah.draft.") && k.endsWith(`.${form}`));
  return key === undefined ? undefined : bag[key];
}

function bootOf(html: string | undefined) {
  return JSON.parse(
    /<script type="application\/json" id="pilah-boot">(.*?)<\/script>/s.exec(html ?? "")?.[1] ??
      "null",
  );
}

describe("drafts", () => {
  it("are kept per form for the user and come back when the form opens", () => {
    const { host, worker } = newHost();
    host.calls.reset();
    const draft = { full_name: "Siti", categories: ["disability", "elderly"] };
    expect(host.call("saveDraft", "person", draft)).toBe(true);
    // One property write, no call to the shared server.
    expect(host.calls.count("Properties.setProperty")).toBe(1);
    expect(host.calls.count("UrlFetchApp.fetch") + host.calls.count("UrlFetchApp.fetchAll")).toBe(
      0,
    );
    expect(worker.requests).toHaveLength(0);
    expect(Object.keys(host.store.properties.document).some((k) => k.includes("draft"))).toBe(
      false,
    );

    host.call("showPersonForm");
    expect(bootOf(host.ui.sidebar?.html).draft).toEqual(draft);
    host.call("showCaseForm");
    expect(bootOf(host.ui.sidebar?.html).draft).toBeUndefined();
  });

  it("belong to one spreadsheet: the same user's form in another spreadsheet does not get them", () => {
    const { host } = newHost();
    host.call("saveDraft", "person", { full_name: "Siti" });
    // Apps Script keeps one set of user properties per user for the add-on, across spreadsheets.
    const other = newHost();
    other.host.store.properties.user = host.store.properties.user;
    other.host.store.id = "1AnOtHeRsPrEaDsHeEt000000000000000000000000";
    other.host.call("showPersonForm");
    expect(bootOf(other.host.ui.sidebar?.html).draft).toBeUndefined();
    host.call("showPersonForm");
    expect(bootOf(host.ui.sidebar?.html).draft).toEqual({ full_name: "Siti" });
  });

  it("are the user's alone", () => {
    const { host } = newHost();
    host.call("saveDraft", "person", { full_name: "Siti" });
    const other = loadAddon({
      bundleDir: BUNDLE_DIR,
      store: host.store,
      user: { email: "anggota-lain@example.org", locale: "id" },
      urlFetch: () => ({ status: 200, headers: {}, body: "{}" }),
    });
    other.call("showPersonForm");
    expect(bootOf(other.ui.sidebar?.html).draft).toBeUndefined();
  });

  it("are cleared by a successful save, and kept by a refused one", () => {
    const { host } = newHost();
    host.call("saveDraft", "person", { full_name: "Siti" });
    const refused = host.call("submitRecord", "person", { full_name: "Siti" }) as { ok: boolean };
    expect(refused.ok).toBe(false);
    expect(draftOf(host, "person")).toBeDefined();
    const saved = host.call("submitRecord", "person", siti) as { ok: boolean };
    expect(saved.ok).toBe(true);
    expect(draftOf(host, "person")).toBeUndefined();
  });

  it("are forgotten when emptied, refused when too large or for an unknown form, and never offered to an edit", () => {
    const { host } = newHost();
    host.call("saveDraft", "case", { notes: "x" });
    expect(host.call("saveDraft", "case", null)).toBe(true);
    expect(draftOf(host, "case")).toBeUndefined();
    expect(host.call("saveDraft", "case", { notes: "x".repeat(10_000) })).toBe(false);
    expect(host.call("saveDraft", "nothing", { a: "b" })).toBe(false);
    // Only what a form's controls hold is kept.
    host.call("saveDraft", "case", { notes: "ok", bad: { nested: true }, n: 3, list: ["a", 1] });
    expect(JSON.parse(draftOf(host, "case") ?? "{}")).toEqual({ notes: "ok", list: ["a"] });
  });
});
