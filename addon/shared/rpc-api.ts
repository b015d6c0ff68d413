// The typed contract between the sidebar and the Apps Script functions it calls through google.script.run.

import type { Lang } from "../../core/i18n.ts";
import type { SettingsView } from "../../core/settings.ts";
import type { DraftsApi } from "./api/drafts-api.ts";
import type { FieldMembersApi } from "./api/field-members-api.ts";
import type { FormsApi } from "./api/forms-api.ts";
import type { ImportApi } from "./api/import-api.ts";
import type { SharedSummaryApi } from "./api/shared-summary-api.ts";
import type { SheetToolsApi } from "./api/sheet-tools-api.ts";
import type { SidebarPage } from "./sidebar-pages.ts";

export type { SidebarPage } from "./sidebar-pages.ts";

/** Every function the sidebar may call: one part per feature, each implemented by its entry module. */
export type SidebarApi = FormsApi &
  SheetToolsApi &
  SharedSummaryApi &
  DraftsApi &
  ImportApi &
  FieldMembersApi;

/** The row being edited in place (Ubah data terpilih): saved back only if the row still holds this id, unchanged. */
export interface EditTarget {
  id: string;
  row: number;
  /** The row's version when it was read (core/row-version.ts). */
  version: string;
  values: Record<string, unknown>;
  /** A phone's case or service whose person is not linked yet: the page asks for the person. */
  needsLink?: boolean;
}

/** Data handed to the sidebar with its HTML, so it renders without a round trip. */
export interface SidebarBoot {
  page: SidebarPage;
  lang: Lang;
  /** Today where the user is (YYYY-MM-DD), for "not in the future" checks. */
  today: string;
  settings: SettingsView;
  /** The sidebar's title (also the page's <title>), e.g. "Ubah data: Kasus kekerasan". */
  title: string;
  edit?: EditTarget;
  /** What was typed into this form and not saved yet (new entries only), restored on opening. */
  draft?: Record<string, unknown>;
  /** Whatever the page needs beyond this (e.g. the summary of a data check), owned by its feature. */
  data?: unknown;
}
