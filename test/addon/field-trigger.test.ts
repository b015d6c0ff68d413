// The hourly pull: one installable clock trigger, switched on and off from Anggota lapangan; its handler takes the inbox without any UI.
import { describe, expect, it } from "vitest";
import type { FetchRequest, FetchResponse } from "../../addon/preview/addon-host.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../core/sealed-box/seal.ts";
import { newHost, SERVER } from "../support/addon.ts";

function setup(enabled: boolean) {
  const { host, worker } = newHost();
  if (enabled) {
    const kp = newKeyPair();
    host.store.properties.document["pilah.field.publicKey"] = toBase64(kp.publicKey);
    host.store.properties.document["pilah.field.secretKey"] = toBase64(kp.secretKey);
  }
  const pulls: string[] = [];
  const fallback = worker.urlFetch;
  worker.urlFetch = (req: FetchRequest): FetchResponse => {
    const path = req.url.slice(SERVER.length);
    if (path !== "/v1/field/inbox") return fallback(req);
    pulls.push(path);
    return {
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ items: [], more: false }),
    };
  };
  return { host, pulls };
}

describe("hourly pull of phones' entries", () => {
  it("is refused before field entry is enabled", () => {
    const { host } = setup(false);
    expect(host.call("setHourlyFieldPull", true)).toEqual({
      ok: false,
      reason: "field.not_enabled",
    });
    expect(host.triggers).toEqual([]);
  });

  it("creates one hourly trigger (twice on keeps one), shows it on the page, and removes it", () => {
    const { host } = setup(true);
    host.calls.reset();
    expect(host.call("setHourlyFieldPull", true)).toEqual({ ok: true, hourly: true });
    expect(host.calls.count("ClockTriggerBuilder.everyHours")).toBe(1);
    expect(host.calls.count("ClockTriggerBuilder.create")).toBe(1);
    expect(host.call("setHourlyFieldPull", true)).toEqual({ ok: true, hourly: true });
    expect(host.triggers).toEqual([
      expect.objectContaining({ handler: "pullFieldEntriesHourly", everyHours: 1 }),
    ]);
    expect(host.hasFunction("pullFieldEntriesHourly")).toBe(true);

    host.call("showFieldMembers");
    const boot = /<script type="application\/json" id="pilah-boot">(.*?)<\/script>/s.exec(
      host.ui.sidebar?.html ?? "",
    )?.[1];
    expect(JSON.parse(boot ?? "{}")).toMatchObject({
      page: "field",
      data: { enabled: true, hourly: true, configured: true },
    });

    expect(host.call("setHourlyFieldPull", false)).toEqual({ ok: true, hourly: false });
    expect(host.triggers).toEqual([]);
    expect(host.calls.count("ScriptApp.deleteTrigger")).toBe(1);
  });

  it("the handler pulls once and shows nothing; with field entry off it fetches nothing", () => {
    const on = setup(true);
    on.host.call("setHourlyFieldPull", true);
    on.host.calls.reset();
    on.host.trigger("pullFieldEntriesHourly", { triggerUid: "1" });
    expect(on.pulls).toEqual(["/v1/field/inbox"]);
    expect(on.host.calls.count("UrlFetchApp.fetch")).toBe(1);
    expect(on.host.calls.count("Spreadsheet.toast")).toBe(0);

    const off = setup(false);
    off.host.trigger("pullFieldEntriesHourly", {});
    expect(off.host.calls.count("UrlFetchApp.fetch")).toBe(0);
  });
});
