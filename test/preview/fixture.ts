// A small hand-written add-on bundle (plain Apps Script JavaScript) written to a temp dir, standing in for dist/addon in the preview's tests.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const FIXTURE_CODE = `
var Pilah = (function () {
  function sheet_(name) {
    var ss = SpreadsheetApp.getActive();
    return ss.getSheetByName(name) || ss.insertSheet(name);
  }
  return { sheet_: sheet_ };
})();

function onOpen(e) {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem("Buka formulir", "showSidebar")
    .addSeparator()
    .addItem("Buat laporan", "makeReport")
    .addToUi();
  PropertiesService.getDocumentProperties().setProperty("lastAuthMode", String(e && e.authMode));
}

function showSidebar() {
  var t = HtmlService.createTemplateFromFile("sidebar");
  t.user = Session.getActiveUser().getEmail();
  SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle("Pilah"));
}

function saveRecord(record) {
  var lock = LockService.getDocumentLock();
  lock.waitLock(10000);
  try {
    var sheet = Pilah.sheet_("Warga");
    if (sheet.getLastRow() === 0) {
      sheet.getRange(1, 1, 1, 3).setValues([["Nama", "NIK", "Tanggal"]]).setFontWeight("bold");
      sheet.setFrozenRows(1);
    }
    var row = sheet.getLastRow() + 1;
    sheet.getRange(row, 2).setNumberFormat("@");
    sheet.getRange(row, 1, 1, 3).setValues([[record.name, record.nik, record.date]]);
    sheet.getRange(row, 1).setNote("dibuat oleh " + Session.getActiveUser().getEmail());
    SpreadsheetApp.getActive().toast("Tersimpan: " + record.name, "Pilah");
    return { row: row, id: Utilities.getUuid() };
  } finally {
    lock.releaseLock();
  }
}

function failing() {
  SpreadsheetApp.getActive().getSheets()[0].getRange(1, 1, 1, 1).setValues([[1], [2]]);
}

function makeReport() {
  var sheet = Pilah.sheet_("Laporan");
  sheet.clear();
  sheet.getRange(1, 1, 4, 2).setValues([["Jenis kelamin", "Jumlah"], ["L", 12], ["P", 17], ["Tidak diketahui", 3]]);
  sheet.getRange(1, 1, 1, 2).setFontWeight("bold").setBackground("#d9ead3");
  var chart = sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange("A1:B4"))
    .setPosition(1, 4, 0, 0).setOption("title", "Warga per jenis kelamin").build();
  sheet.insertChart(chart);
  sheet.activate();
  SpreadsheetApp.getUi().alert("Laporan dibuat");
}

function whoAmI() {
  return { email: Session.getActiveUser().getEmail(), locale: Session.getActiveUserLocale() };
}

function today() {
  return { when: new Date() };
}

function echo(x) {
  return x;
}

function private_() {
  return "hidden";
}
`;

export const FIXTURE_SIDEBAR = `<!DOCTYPE html>
<html>
  <head>
    <base target="_top">
    <script>window.shimSeenFirst = typeof google !== "undefined" && !!google.script;</script>
  </head>
  <body>
    <h3>Formulir warga</h3>
    <p id="user">Pengguna: <?= user ?></p>
    <form id="f">
      <input name="name" id="name" value="Siti Aminah">
      <input name="nik" id="nik" value="7309035012990001">
      <input name="date" id="date" value="2024-05-17">
      <button type="button" id="save">Simpan</button>
    </form>
    <p id="status"></p>
    <script>
      document.getElementById("save").addEventListener("click", function () {
        google.script.run
          .withSuccessHandler(function (res, user) { document.getElementById("status").textContent = "OK baris " + res.row + " " + user; })
          .withFailureHandler(function (err) { document.getElementById("status").textContent = "GAGAL " + err.message; })
          .withUserObject("u1")
          .saveRecord({ name: document.getElementById("name").value, nik: document.getElementById("nik").value, date: document.getElementById("date").value });
      });
      window.callFailing = function () {
        google.script.run.withFailureHandler(function (err) { document.getElementById("status").textContent = "GAGAL " + err.message; }).failing();
      };
    </script>
  </body>
</html>
`;

export const FIXTURE_MANIFEST = {
  timeZone: "Asia/Makassar",
  runtimeVersion: "V8",
  addOns: { common: { name: "Pilah" } },
};

/** Writes the fixture bundle (Code.js, sidebar.html, appsscript.json), optionally with other code. */
export function writeFixture(code = FIXTURE_CODE, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "pilah-preview-"));
  writeFileSync(join(dir, "Code.js"), code);
  writeFileSync(join(dir, "sidebar.html"), FIXTURE_SIDEBAR);
  writeFileSync(join(dir, "appsscript.json"), JSON.stringify(FIXTURE_MANIFEST));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A bundle whose `run(src)` evaluates Apps Script code in the bundle's global scope: compact tests of single service behaviours. */
export const EVAL_CODE = `
function run(src) {
  return (0, eval)(src);
}
`;
