// onOpen builds the Pilah menu in the user's language; the sidebar opens with its boot data.
import { describe, expect, it } from "vitest";
import { newHost } from "../support/addon.ts";

function items(menus: { addon: boolean; items: unknown[] }[]) {
  return menus
    .filter((m) => m.addon)
    .flatMap((m) => m.items)
    .filter(
      (i): i is { kind: "item"; caption: string; functionName: string } =>
        (i as { kind: string }).kind === "item",
    );
}

describe("menu", () => {
  it("builds Tambah warga rentan, Buat laporan and Pengaturan in Indonesian", () => {
    const { host } = newHost();
    const menu = items(host.open());
    expect(menu.map((i) => [i.caption, i.functionName])).toEqual([
      ["Tambah warga rentan", "showPersonForm"],
      ["Tambah kasus", "showCaseForm"],
      ["Tambah layanan", "showServiceForm"],
      ["Tambah kegiatan", "showActivityForm"],
      ["Tambah anggota", "showMemberForm"],
      ["Tambah usulan", "showProposalForm"],
      ["Ubah data terpilih", "editSelectedRow"],
      ["Periksa semua data", "checkAllData"],
      ["Impor dari lembar lain", "showImport"],
      ["Ambil isian dari HP", "pullFieldEntries"],
      ["Buat laporan", "buildReport"],
      ["Ringkasan bersama", "showSharedSummary"],
      ["Pengaturan", "showSettings"],
      ["Anggota lapangan", "showFieldMembers"],
      ["Bantuan", "showHelp"],
    ]);
    for (const i of menu) expect(host.hasFunction(i.functionName)).toBe(true);
    // Ekspor: a submenu of the four exports, each a top-level function.
    const sub = host.ui.menus
      .filter((m) => m.addon)
      .flatMap((m) => m.items)
      .find((i) => i.kind === "submenu");
    const exportItems = (sub?.kind === "submenu" ? sub.menu.items : []) as unknown as {
      caption: string;
      functionName: string;
    }[];
    expect(exportItems.map((i) => [i.caption, i.functionName])).toEqual([
      ["Data penduduk untuk OpenSID", "exportOpensid"],
      ["Lampiran A-9 OpenSID", "exportA9"],
      ["Rujukan UPTD PPA", "exportReferrals"],
      ["Usulan DTSEN", "exportDtsen"],
    ]);
    for (const i of exportItems) expect(host.hasFunction(i.functionName)).toBe(true);
  });

  it("follows an English locale, and the language setting over the locale", () => {
    const en = newHost({ locale: "en_US" });
    expect(items(en.host.open()).map((i) => i.caption)).toEqual([
      "Add vulnerable resident",
      "Add case",
      "Add service",
      "Add activity",
      "Add member",
      "Add proposal",
      "Edit selected row",
      "Check all data",
      "Import from another sheet",
      "Get entries from phones",
      "Build report",
      "Shared summary",
      "Settings",
      "Field members",
      "Help",
    ]);
    const chosen = newHost({ locale: "en_US" });
    chosen.host.store.properties.user = { "pokja@example.org": { "pilah.lang": "id" } };
    expect(items(chosen.host.open())[0]?.caption).toBe("Tambah warga rentan");
  });

  it("works before authorisation (AuthMode.NONE) without reading properties", () => {
    const { host } = newHost({ locale: "en" });
    host.trigger("onOpen", { authMode: "NONE" });
    expect(host.calls.count("PropertiesService.getDocumentProperties")).toBe(0);
    expect(items(host.ui.menus)[0]?.caption).toBe("Add vulnerable resident");
  });
});

describe("sidebar", () => {
  it("opens the person form with today's date, the language and settings but never the key", () => {
    const { host } = newHost();
    host.call("showPersonForm");
    const sidebar = host.ui.sidebar;
    expect(sidebar?.title).toBe("Tambah warga rentan");
    const boot = JSON.parse(
      /<script type="application\/json" id="pilah-boot">(.*?)<\/script>/s.exec(
        sidebar?.html ?? "",
      )?.[1] ?? "null",
    );
    expect(boot).toMatchObject({
      page: "person",
      lang: "id",
      settings: { hasKey: true, villages: ["73.09.03.2004", "73.09.03.2005"] },
    });
    expect(boot.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sidebar?.html).not.toContain("test-group-key-1");
    // The page of that form in that language, titled, with the group's districts' villages only.
    expect(sidebar?.html).toContain('<html lang="id">');
    expect(sidebar?.html).toContain("<title>Tambah warga rentan</title>");
    const areas = JSON.parse(
      /<script type="application\/json" id="pilah-areas">(.*?)<\/script>/s.exec(
        sidebar?.html ?? "",
      )?.[1] ?? "null",
    );
    expect(areas).toHaveLength(1);
    expect(areas[0][0]).toBe("7309");
    expect(areas[0][2].map((d: string[]) => d[0])).toEqual(["03"]);
    // The boot data and area list come before the page's script, which reads them on start.
    const html = sidebar?.html ?? "";
    expect(html.indexOf('id="pilah-areas"')).toBeLessThan(html.lastIndexOf("<script>"));
  });

  it("opens Bantuan with the field guide", () => {
    const { host } = newHost();
    host.call("showHelp");
    expect(host.ui.sidebar?.title).toBe("Bantuan: panduan lapangan");
    expect(host.ui.sidebar?.html).toContain("Panduan lapangan");
  });

  it("opens Pengaturan", () => {
    const { host } = newHost({ locale: "en" });
    host.store.properties.user = { "pokja@example.org": { "pilah.lang": "en" } };
    host.call("showSettings");
    expect(host.ui.sidebar?.title).toBe("Pilah settings");
    expect(host.ui.sidebar?.html).toContain('"page":"settings"');
  });
});

describe("settings", () => {
  it("rejects a bad address and key with messages on the fields, and stores nothing", () => {
    const { host } = newHost();
    const before = JSON.stringify(host.store.properties);
    const res = host.call("saveSettings", {
      serverUrl: "ftp://x",
      groupKey: "a b",
      lang: "id",
      villages: ["99.99.99.9999"],
      reportPeriod: "2026-Q5",
    }) as {
      ok: boolean;
      errors: { field: string; message: string }[];
    };
    expect(res.ok).toBe(false);
    expect(res.errors.map((e) => e.field).sort()).toEqual([
      "groupKey",
      "reportPeriod",
      "serverUrl",
      "villages.0",
    ]);
    expect(res.errors.find((e) => e.field === "serverUrl")?.message).toBe(
      "Tulis alamat server lengkap, diawali https:// (contoh: https://pilah.contoh.workers.dev). Tanyakan alamatnya kepada admin kabupaten/kota.",
    );
    expect(JSON.stringify(host.store.properties)).toBe(before);
  });

  it("takes plain http only for this machine", () => {
    const { host } = newHost();
    const refused = host.call("saveSettings", {
      serverUrl: "http://pilah.example.org",
      lang: "id",
      villages: [],
    }) as { ok: boolean; errors: { field: string; message: string }[] };
    expect(refused.ok).toBe(false);
    expect(refused.errors[0]?.message).toContain("harus diawali https://");
    for (const local of ["http://127.0.0.1:8787", "http://localhost:8787"]) {
      const ok = host.call("saveSettings", { serverUrl: local, lang: "id", villages: [] }) as {
        ok: boolean;
      };
      expect(ok.ok, local).toBe(true);
    }
  });

  it("saves address, villages and language; an empty key keeps the stored one", () => {
    const { host } = newHost();
    const res = host.call("saveSettings", {
      serverUrl: " https://pilah.example.org/ ",
      groupKey: "",
      lang: "en",
      villages: ["73.09.03.2005", "73.09.03.2004", "73.09.03.2005"],
      ageBands: "life_stage",
      reportPeriod: "2026-Q3",
    }) as { ok: boolean; settings: unknown; message: string };
    expect(res).toEqual({
      ok: true,
      settings: {
        serverUrl: "https://pilah.example.org",
        hasKey: true,
        lang: "en",
        villages: ["73.09.03.2004", "73.09.03.2005"],
        ageBands: "life_stage",
        reportPeriod: "2026-Q3",
      },
      message: "Settings saved.",
    });
    expect(host.store.properties.document["pilah.groupKey"]).toBe("test-group-key-1");
    expect(host.call("getSettings")).toEqual(res.settings);
  });

  it("drops the stored key when the address changes, unless a key is typed with it", () => {
    const { host } = newHost();
    const moved = host.call("saveSettings", {
      serverUrl: "https://other.example.net",
      groupKey: "",
      lang: "id",
      villages: [],
    }) as { ok: boolean; settings: { hasKey: boolean }; message: string };
    expect(moved.ok).toBe(true);
    expect(moved.settings.hasKey).toBe(false);
    expect(moved.message).toContain("kunci kelompok yang lama dihapus");
    expect(host.store.properties.document["pilah.groupKey"]).toBeUndefined();
    const withKey = host.call("saveSettings", {
      serverUrl: "https://third.example.net",
      groupKey: "new-key-for-third",
      lang: "id",
      villages: [],
    }) as { ok: boolean; settings: { hasKey: boolean } };
    expect(withKey.settings.hasKey).toBe(true);
    expect(host.store.properties.document["pilah.groupKey"]).toBe("new-key-for-third");
  });
});
