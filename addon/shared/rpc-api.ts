// The typed contract between the sidebar and the Apps Script functions it calls through google.script.run.

import type { FormId } from "../../core/form-ids.ts";
import type { CheckStatus } from "../../core/form-spec.ts";
import type { Lang } from "../../core/i18n.ts";
import type { SettingsInput, SettingsView } from "../../core/settings.ts";
import type { FieldIssue } from "../../core/validate.ts";

export type SubmitResult =
  | { ok: false; errors: FieldIssue[]; message?: string }
  | {
      ok: true;
      sheet: string;
      row: number;
      id: string;
      checkStatus: CheckStatus;
      warnings: FieldIssue[];
      message: string;
    };

export type SaveSettingsResult =
  | { ok: true; settings: SettingsView; message: string }
  | { ok: false; errors: FieldIssue[] };

/** Every function the sidebar may call; the server implements exactly this interface. */
export interface SidebarApi {
  submitRecord(form: FormId, values: Record<string, unknown>): SubmitResult;
  getSettings(): SettingsView;
  saveSettings(input: SettingsInput): SaveSettingsResult;
}

export type SidebarPage = "person" | "settings";

/** Data handed to the sidebar with its HTML, so it renders without a round trip. */
export interface SidebarBoot {
  page: SidebarPage;
  lang: Lang;
  /** Today where the user is (YYYY-MM-DD), for "not in the future" checks. */
  today: string;
  settings: SettingsView;
}
