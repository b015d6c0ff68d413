// HtmlService files and templates, and what the add-on shows: menus from onOpen, sidebar, dialogs, alerts answered from a queue.
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../addon/preview/addon-host.ts";
import { EVAL_CODE, writeFixture } from "./fixture.ts";

describe("HtmlService", () => {
  const host = loadAddon({
    bundleDir: writeFixture(
      `${EVAL_CODE}
       function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }`,
      {
        "page.html": `<h1><?= title ?></h1><?!= raw ?><ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul><?!= include("part"); ?>`,
        "part.html": "<footer>bagian</footer>",
      },
    ),
  });

  it("evaluates templates with assigned properties: escaped, raw and code scriptlets", () => {
    const html = host.call(
      "run",
      `var t = HtmlService.createTemplateFromFile("page"); t.title = "Warga & <kasus>"; t.raw = "<b>tebal</b>"; t.items = ["a", "<b>"];
       [t.title, t.evaluate().getContent()]`,
    );
    expect(html).toEqual([
      "Warga & <kasus>",
      "<h1>Warga &amp; &lt;kasus&gt;</h1><b>tebal</b><ul><li>a</li><li>&lt;b&gt;</li></ul><footer>bagian</footer>",
    ]);
  });

  it("serves files unevaluated, and says when a file is missing", () => {
    expect(host.call("run", `HtmlService.createHtmlOutputFromFile("part").getContent()`)).toBe(
      "<footer>bagian</footer>",
    );
    expect(
      host.call("run", `HtmlService.createHtmlOutputFromFile("page.html").getContent()`),
    ).toContain("<?= title ?>");
    expect(() => host.call("run", `HtmlService.createHtmlOutputFromFile("tidak-ada")`)).toThrow(
      "Exception: No HTML file named tidak-ada was found.",
    );
  });

  it("builds outputs with title, size and content", () => {
    expect(
      host.call(
        "run",
        `var o = HtmlService.createHtmlOutput("<p>a</p>").append("<p>b</p>").setTitle("Judul").setWidth(400).setHeight(200)
           .setSandboxMode(HtmlService.SandboxMode.IFRAME).setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL);
         [o.getContent(), o.getTitle(), o.getWidth(), o.getHeight()]`,
      ),
    ).toEqual(["<p>a</p><p>b</p>", "Judul", 400, 200]);
  });
});

describe("Ui", () => {
  it("records the add-on menu that onOpen builds, with the event Sheets passes", () => {
    const host = loadAddon({ bundleDir: writeFixture() });
    expect(host.open()).toEqual([
      {
        title: "Pilah",
        addon: true,
        items: [
          { kind: "item", caption: "Buka formulir", functionName: "showSidebar" },
          { kind: "separator" },
          { kind: "item", caption: "Buat laporan", functionName: "makeReport" },
        ],
      },
    ]);
    expect(host.store.properties.document.lastAuthMode).toBe("FULL");
  });

  it("records the sidebar, dialogs, and answers alerts and prompts", () => {
    const host = loadAddon({ bundleDir: writeFixture(EVAL_CODE) });
    host.call(
      "run",
      `SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput("<p>hai</p>").setTitle("Pilah"))`,
    );
    expect(host.ui.sidebar).toMatchObject({ title: "Pilah", html: "<p>hai</p>" });
    host.call(
      "run",
      `SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput("<p>d</p>").setWidth(300).setHeight(100), "Dialog")`,
    );
    expect(host.ui.dialogs).toMatchObject([
      { title: "Dialog", html: "<p>d</p>", width: 300, height: 100, modal: true },
    ]);
    host.ui.responses.push({ button: "NO" }, { button: "OK", text: "Makassar" });
    expect(
      host.call(
        "run",
        `var ui = SpreadsheetApp.getUi();
         var a = ui.alert("Hapus?", ui.ButtonSet.YES_NO);
         var p = ui.prompt("Kota", "Nama kota:", ui.ButtonSet.OK_CANCEL);
         var b = ui.alert("Selesai");
         [a == ui.Button.NO, p.getSelectedButton() == ui.Button.OK, p.getResponseText(), b == ui.Button.OK]`,
      ),
    ).toEqual([true, true, "Makassar", true]);
    expect(host.ui.alerts).toEqual(["Hapus?", "Nama kota:", "Selesai"]);
    expect(host.ui.events.map((e) => e.kind)).toEqual([
      "sidebar",
      "dialog",
      "alert",
      "alert",
      "alert",
    ]);
  });
});
