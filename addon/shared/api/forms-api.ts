// The forms feature's part of the sidebar contract: submit a record, read and save settings.

import type { FormId } from "../../../core/form-ids.ts";
import type { CheckStatus } from "../../../core/form-spec.ts";
import type { SettingsInput, SettingsView } from "../../../core/settings.ts";
import type { FieldIssue } from "../../../core/validate.ts";

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

export interface ConnectionResult {
  ok: boolean;
  message: string;
}

export interface FormsApi {
  submitRecord(form: FormId, values: Record<string, unknown>): SubmitResult;
  getSettings(): SettingsView;
  saveSettings(input: SettingsInput): SaveSettingsResult;
  testConnection(input: { serverUrl: string; groupKey?: string }): ConnectionResult;
}
