// The typed contract between the sidebar and the Apps Script functions it calls through google.script.run.

import type { Lang } from "../../core/i18n.ts";
import type { SettingsView } from "../../core/settings.ts";
import type { FormsApi } from "./api/forms-api.ts";

/** Every function the sidebar may call: one part per feature, each implemented by its entry module. */
export type SidebarApi = FormsApi;

export type SidebarPage = "person" | "settings";

/** Data handed to the sidebar with its HTML, so it renders without a round trip. */
export interface SidebarBoot {
  page: SidebarPage;
  lang: Lang;
  /** Today where the user is (YYYY-MM-DD), for "not in the future" checks. */
  today: string;
  settings: SettingsView;
}
