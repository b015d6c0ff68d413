// A row's check status as the sheet shows it: a label people read, stored in the cell, read back to its code.
import { CHECK_STATUSES, type CheckStatus } from "./form-spec.ts";
import { LANGS, type Lang, t } from "./i18n.ts";

/** What the check_status cell holds: "benar", "ada peringatan", "perlu diperbaiki", "belum diperiksa". */
export function checkStatusLabel(lang: Lang, status: CheckStatus): string {
  return t(lang, `status.${status}`);
}

const BY_TEXT = new Map<string, CheckStatus>();
for (const status of CHECK_STATUSES) {
  // Rows written before the labels hold the bare codes; a sheet may mix users of both languages.
  BY_TEXT.set(status, status);
  for (const lang of LANGS) BY_TEXT.set(checkStatusLabel(lang, status).toLowerCase(), status);
}

/** The code a check_status cell stands for (a label in either language, or an old code); undefined when blank or unknown. */
export function parseCheckStatus(cell: unknown): CheckStatus | undefined {
  if (typeof cell !== "string") return undefined;
  return BY_TEXT.get(cell.trim().toLowerCase());
}
