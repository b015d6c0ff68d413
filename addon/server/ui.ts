// The add-on menu and the sidebar pages it opens.
import type { FormId } from "../../core/form-ids.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import type { MessageKey } from "../../core/messages.ts";
import type { SidebarBoot, SidebarPage } from "../shared/rpc-api.ts";
import { isoDateIn, spreadsheetTimeZone } from "./dates.ts";
import { loadSettings, toView, userLang } from "./settings.ts";

export function onOpen(e?: { authMode?: unknown }): void {
  // Before the add-on is authorised (AuthMode.NONE) properties cannot be read: use the locale.
  let lang: Lang;
  try {
    lang = String(e?.authMode) === "NONE" ? userLang() : loadSettings().lang;
  } catch {
    lang = userLang();
  }
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(t(lang, "menu.add_person"), "showPersonForm")
    .addItem(t(lang, "menu.add_case"), "showCaseForm")
    .addItem(t(lang, "menu.add_service"), "showServiceForm")
    .addItem(t(lang, "menu.add_activity"), "showActivityForm")
    .addItem(t(lang, "menu.add_member"), "showMemberForm")
    .addSeparator()
    .addItem(t(lang, "menu.edit_selected"), "editSelectedRow")
    .addItem(t(lang, "menu.check_all"), "checkAllData")
    .addItem(t(lang, "menu.report"), "buildReport")
    .addItem(t(lang, "menu.shared_summary"), "showSharedSummary")
    .addSeparator()
    .addItem(t(lang, "menu.settings"), "showSettings")
    .addToUi();
}

export function onInstall(e?: { authMode?: unknown }): void {
  onOpen(e);
}

/** Opens a sidebar page; `extra` carries page data (an edit target, a check summary). */
export function openSidebar(
  page: SidebarPage,
  extra: Pick<SidebarBoot, "edit" | "data"> = {},
): void {
  const settings = loadSettings();
  const ss = SpreadsheetApp.getActive();
  const boot: SidebarBoot = {
    page,
    lang: settings.lang,
    today: isoDateIn(new Date(), spreadsheetTimeZone(ss)),
    settings: toView(settings),
    ...extra,
  };
  // "<" escaped so no value can close the script element.
  const json = JSON.stringify(boot).replace(/</g, "\\u003c");
  const title = sidebarTitle(settings.lang, page, extra.edit !== undefined);
  const html = HtmlService.createHtmlOutputFromFile("sidebar")
    .append(`<script type="application/json" id="pilah-boot">${json}</script>`)
    .setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

const ADD_TITLES: Record<FormId, MessageKey> = {
  person: "menu.add_person",
  case: "menu.add_case",
  service: "menu.add_service",
  activity: "menu.add_activity",
  member: "menu.add_member",
};

function sidebarTitle(lang: Lang, page: SidebarPage, editing: boolean): string {
  if (page === "settings") return t(lang, "sidebar.settings.title");
  if (page === "check") return t(lang, "check.title");
  if (page === "shared") return t(lang, "menu.shared_summary");
  if (!editing) return t(lang, ADD_TITLES[page]);
  const form = `form.${page}.title`;
  return t(lang, "sidebar.edit_title", { form: isMessageKey(form) ? t(lang, form) : page });
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

export function showSettings(): void {
  openSidebar("settings");
}
