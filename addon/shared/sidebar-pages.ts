// The sidebar's pages, the HTML file each one is built into (one per page and language), and their titles.
import { FORM_IDS, type FormId } from "../../core/form-ids.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import type { MessageKey } from "../../core/messages.ts";

/** A form's entry page (by form id), Pengaturan, the summary of "check all data", Ringkasan bersama, Bantuan, Impor, Anggota lapangan. */
export type SidebarPage = FormId | "settings" | "check" | "shared" | "help" | "import" | "field";

export const SIDEBAR_PAGES: readonly SidebarPage[] = [
  ...FORM_IDS,
  "settings",
  "check",
  "shared",
  "help",
  "import",
  "field",
];

/**
 * The Apps Script HTML file of a page in a language: each file carries only that page's code and
 * that language's messages, so the sidebar stays small on a slow connection.
 */
export function sidebarFile(page: SidebarPage, lang: Lang): string {
  return `sidebar-${page}-${lang}`;
}

const TITLES: Record<SidebarPage, MessageKey> = {
  person: "menu.add_person",
  case: "menu.add_case",
  service: "menu.add_service",
  activity: "menu.add_activity",
  member: "menu.add_member",
  proposal: "menu.add_proposal",
  settings: "sidebar.settings.title",
  check: "check.title",
  shared: "menu.shared_summary",
  help: "help.title",
  import: "menu.import",
  field: "field.page.title",
};

export function sidebarTitle(lang: Lang, page: SidebarPage, editing = false): string {
  if (!editing) return t(lang, TITLES[page]);
  const form = `form.${page}.title`;
  return t(lang, "sidebar.edit_title", { form: isMessageKey(form) ? t(lang, form) : page });
}
