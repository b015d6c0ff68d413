// The add-on menu and the sidebar pages it opens.
import { FORM_IDS } from "../../core/form-ids.ts";
import { allFormSpecs } from "../../core/forms/index.ts";
import { type Lang, t } from "../../core/i18n.ts";
import type { SidebarBoot, SidebarPage } from "../shared/rpc-api.ts";
import { sidebarFile, sidebarTitle } from "../shared/sidebar-pages.ts";
import { isoDateIn, spreadsheetTimeZone } from "./dates.ts";
import { readDraft } from "./drafts.ts";
import { fieldEntryState } from "./field-members.ts";
import { loadSettings, toView, userLang } from "./settings.ts";
import { areasForVillages } from "./sidebar-areas.ts";

export function onOpen(e?: { authMode?: unknown }): void {
  // Before the add-on is authorised (AuthMode.NONE) properties cannot be read: use the locale.
  let lang: Lang;
  try {
    lang = String(e?.authMode) === "NONE" ? userLang() : loadSettings().lang;
  } catch {
    lang = userLang();
  }
  const ui = SpreadsheetApp.getUi();
  const exports = ui
    .createMenu(t(lang, "menu.export"))
    .addItem(t(lang, "menu.export_opensid"), "exportOpensid")
    .addItem(t(lang, "menu.export_a9"), "exportA9")
    .addItem(t(lang, "menu.export_referrals"), "exportReferrals")
    .addItem(t(lang, "menu.export_dtsen"), "exportDtsen");
  ui.createAddonMenu()
    .addItem(t(lang, "menu.add_person"), "showPersonForm")
    .addItem(t(lang, "menu.add_case"), "showCaseForm")
    .addItem(t(lang, "menu.add_service"), "showServiceForm")
    .addItem(t(lang, "menu.add_activity"), "showActivityForm")
    .addItem(t(lang, "menu.add_member"), "showMemberForm")
    .addItem(t(lang, "menu.add_proposal"), "showProposalForm")
    .addSeparator()
    .addItem(t(lang, "menu.edit_selected"), "editSelectedRow")
    .addItem(t(lang, "menu.check_all"), "checkAllData")
    .addItem(t(lang, "menu.import"), "showImport")
    .addSubMenu(exports)
    .addItem(t(lang, "menu.field_pull"), "pullFieldEntries")
    .addItem(t(lang, "menu.report"), "buildReport")
    .addItem(t(lang, "menu.shared_summary"), "showSharedSummary")
    .addSeparator()
    .addItem(t(lang, "menu.settings"), "showSettings")
    .addItem(t(lang, "menu.field_members"), "showFieldMembers")
    .addItem(t(lang, "menu.help"), "showHelp")
    .addToUi();
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

function isFormPage(page: SidebarPage): page is (typeof FORM_IDS)[number] {
  return (FORM_IDS as readonly string[]).includes(page);
}

/** Opens a sidebar page; `extra` carries page data (an edit target, a check summary). */
export function openSidebar(
  page: SidebarPage,
  extra: Pick<SidebarBoot, "edit" | "data"> = {},
): void {
  const settings = loadSettings();
  const ss = SpreadsheetApp.getActive();
  const title = sidebarTitle(settings.lang, page, extra.edit !== undefined);
  // A new entry gets back what was typed and not saved; an edit starts from the row.
  const draft = isFormPage(page) && !extra.edit ? readDraft(page, ss) : undefined;
  const boot: SidebarBoot = {
    page,
    lang: settings.lang,
    today: isoDateIn(new Date(), spreadsheetTimeZone(ss)),
    settings: toView(settings),
    title,
    ...(draft ? { draft } : {}),
    ...extra,
  };
  let tags = `<script type="application/json" id="pilah-boot">${json(boot)}</script>`;
  if (isFormPage(page)) {
    // A form page carries the villages of the group's districts, not the whole programme's list.
    const edited = extra.edit?.values.village;
    const codes = [...settings.villages, ...(typeof edited === "string" ? [edited] : [])];
    tags += `<script type="application/json" id="pilah-areas">${json(areasForVillages(codes))}</script>`;
  }
  const template = HtmlService.createTemplateFromFile(sidebarFile(page, settings.lang));
  template.boot = tags;
  SpreadsheetApp.getUi().showSidebar(template.evaluate().setTitle(title));
}

/** JSON for an inline script element: "<" escaped, so no value can close the element. */
function json(v: unknown): string {
  return JSON.stringify(v).replace(/</g, "\\u003c");
}

export function showPersonForm(): void {
  openSidebar("person");
}

export function showCaseForm(): void {
  openSidebar("case");
}

export function showServiceForm(): void {
  openSidebar("service");
}

export function showActivityForm(): void {
  openSidebar("activity");
}

export function showMemberForm(): void {
  openSidebar("member");
}

export function showProposalForm(): void {
  openSidebar("proposal");
}

export function showSettings(): void {
  openSidebar("settings");
}

/** Menu and Pengaturan: Anggota lapangan (members entering records from phones). */
export function showFieldMembers(): void {
  openSidebar("field", { data: fieldEntryState() });
}

/** Menu: Pilah → Bantuan (the field guide). */
export function showHelp(): void {
  openSidebar("help");
}

/** Menu: Pilah → Impor dari lembar lain; the tabs that are not Pilah's own registers are offered. */
export function showImport(): void {
  const own = new Set(allFormSpecs().map((s) => s.sheetName));
  const sheets = SpreadsheetApp.getActive()
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => !own.has(n));
  openSidebar("import", { data: { sheets } });
}
