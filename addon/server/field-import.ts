// "Ambil isian dari HP": pull the group's sealed inbox (one UrlFetch), open and check each record,
// append new ones per form in one block, then acknowledge (one UrlFetch) so the worker deletes them.
import { inboxAckResponseSchema, inboxPullResponseSchema } from "../../core/api/field.ts";
import { checkStatusLabel } from "../../core/check-status.ts";
import { type ImportStep, planFieldImport } from "../../core/field/import-plan.ts";
import {
  findPerson,
  type PersonLookup,
  type RegisterPerson,
} from "../../core/field/person-link.ts";
import type { FormId } from "../../core/form-ids.ts";
import { getFormSpec } from "../../core/forms/index.ts";
import { isMessageKey, t } from "../../core/i18n.ts";
import { newRecordKey } from "../../core/record-key.ts";
import { toCell } from "../../core/sheet-columns.ts";
import { isoDateIn, spreadsheetTimeZone } from "./dates.ts";
import { createFormSheet, LABEL_ROW, readSheet, rowLayout, writableColumns } from "./form-sheet.ts";
import { loadSettings } from "./settings.ts";
import { withDocumentLock } from "./sheet-tools/record-save.ts";
import { call } from "./worker-client.ts";

/** Document properties: the group's X25519 key pair (base64) and member names by token id. */
export const FIELD_PUBLIC_KEY = "pilah.field.publicKey";
export const FIELD_SECRET_KEY = "pilah.field.secretKey";
export const FIELD_MEMBERS = "pilah.field.members";

export interface FieldImportResult {
  ok: boolean;
  /** Rows appended (including those that failed their checks, marked). */
  added: number;
  failedChecks: number;
  duplicates: number;
  unreadable: number;
  /** More items wait on the server (run again). */
  more: boolean;
  reason?: string;
}

/** The person register as the lookups need it: one read of its sheet (none when it does not exist). */
function readRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  timeZone: string,
): RegisterPerson[] {
  const spec = getFormSpec("person");
  const sheet = ss.getSheetByName(spec.sheetName);
  if (!sheet) return [];
  const text = (v: unknown) => (v === undefined || v === null ? "" : String(v).trim());
  return readSheet(sheet, spec, timeZone).records.map((r) => ({
    id: r.meta.id ?? "",
    nik: text(r.raw.nik),
    full_name: text(r.raw.full_name),
    birth_date: text(r.raw.birth_date),
    age_years: text(r.raw.age_years),
    village: text(r.raw.village),
  }));
}

function memberNames(text: string | undefined): Record<string, string> {
  try {
    const parsed = JSON.parse(text ?? "{}") as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function importFieldEntries(): FieldImportResult {
  const none = { added: 0, failedChecks: 0, duplicates: 0, unreadable: 0, more: false };
  const settings = loadSettings();
  const doc = PropertiesService.getDocumentProperties().getProperties();
  const publicKey = doc[FIELD_PUBLIC_KEY];
  const secretKey = doc[FIELD_SECRET_KEY];
  if (!publicKey || !secretKey) return { ok: false, ...none, reason: "field.not_enabled" };
  const pulled = call(settings, {
    method: "get",
    path: "/v1/field/inbox",
    answer: inboxPullResponseSchema,
  });
  if (!pulled.ok) return { ok: false, ...none, reason: pulled.reason };
  if (!pulled.data.items.length) return { ok: true, ...none };

  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lang = settings.lang;
  const timeZone = spreadsheetTimeZone(ss);
  const ctx = { today: isoDateIn(new Date(), timeZone), villages: settings.villages };
  const names = memberNames(doc[FIELD_MEMBERS]);
  // Persons first: a case sent with its person in the same pull links to the row just added.
  const forms = [...new Set(pulled.data.items.map((i) => i.form))].sort(
    (a, b) => Number(b === "person") - Number(a === "person"),
  );
  let register: RegisterPerson[] | undefined;
  const linkPerson = (lookup: PersonLookup): string | undefined => {
    if (!register) register = readRegister(ss, timeZone);
    return findPerson(lookup, register);
  };

  const written = withDocumentLock(() => {
    const steps: ImportStep[] = [];
    for (const form of forms) {
      const spec = getFormSpec(form as FormId);
      const sheet = ss.getSheetByName(spec.sheetName) ?? createFormSheet(ss, spec, lang);
      const data = readSheet(sheet, spec, timeZone);
      const ids = new Set(data.records.map((r) => r.meta.id));
      const planned = planFieldImport(
        pulled.data.items.filter((i) => i.form === form),
        { publicKey, secretKey },
        (_f, id) => ids.has(id),
        ctx,
        lang,
        linkPerson,
      );
      steps.push(...planned);
      const rows = planned.filter((s) => s.kind === "append");
      if (!rows.length) continue;
      const { map, lastCol } = writableColumns(
        sheet,
        spec,
        { map: data.map, added: data.added, lastCol: data.values[0]?.length ?? 0 },
        lang,
      );
      const block = rows.map((s) => {
        const cells: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(s.values))
          if (v !== null && v !== undefined) cells[k] = toCell(v as never);
        cells.id = s.record.id;
        cells.created_at = s.record.saved_at;
        // Where it came from: the phone, and which member (the name lives only in this sheet).
        cells.created_by = `HP · ${names[s.memberId] ?? s.memberId}`;
        cells.updated_at = s.record.saved_at;
        cells.check_status = checkStatusLabel(
          lang,
          !s.ok ? "error" : s.warnings.length ? "warning" : "ok",
        );
        cells.record_key = newRecordKey();
        return rowLayout(spec, map, cells, {
          values: new Array(lastCol).fill(""),
          formats: new Array(lastCol).fill("@"),
        });
      });
      const first = Math.max(sheet.getLastRow(), LABEL_ROW) + 1;
      const lastNeeded = first + block.length - 1;
      if (lastNeeded > sheet.getMaxRows())
        sheet.insertRowsAfter(sheet.getMaxRows(), lastNeeded - sheet.getMaxRows());
      const range = sheet.getRange(first, 1, block.length, lastCol);
      range.setNumberFormats(block.map((b) => b.formats));
      range.setValues(block.map((b) => b.values));
      const statusCol = map.get("check_status");
      if (statusCol !== undefined && rows.some((r) => r.needsLink !== undefined))
        sheet
          .getRange(first, statusCol, rows.length, 1)
          .setNotes(
            rows.map((r) => [
              r.needsLink === undefined ? "" : t(lang, "field.needs_link", { who: r.needsLink }),
            ]),
          );
    }
    return steps;
  });
  if (!written) return { ok: false, ...none, reason: "error.busy" };
  const steps = written.value;
  const ack = call(settings, {
    method: "post",
    path: "/v1/field/inbox/ack",
    body: {
      items: steps.map((s) => ({
        id: s.id,
        state: s.kind === "unreadable" ? "rejected" : "taken",
      })),
    },
    answer: inboxAckResponseSchema,
  });
  const appended = steps.filter((s) => s.kind === "append");
  return {
    // Rows are in the sheet either way; a failed acknowledgement only means the next pull skips them as duplicates.
    ok: ack.ok,
    added: appended.length,
    failedChecks: appended.filter((s) => s.kind === "append" && !s.ok).length,
    duplicates: steps.filter((s) => s.kind === "duplicate").length,
    unreadable: steps.filter((s) => s.kind === "unreadable").length,
    more: pulled.data.more,
    ...(ack.ok ? {} : { reason: ack.reason }),
  };
}

/** The menu item: runs the import and tells the user what happened, in their language. */
export function pullFieldEntries(): void {
  const result = importFieldEntries();
  const lang = loadSettings().lang;
  const lines: string[] = [];
  if (result.reason === "field.not_enabled") lines.push(t(lang, "field.not_enabled"));
  else if (!result.ok && result.added === 0 && result.duplicates === 0 && result.unreadable === 0)
    lines.push(
      result.reason && isMessageKey(result.reason) ? t(lang, result.reason) : String(result.reason),
    );
  else {
    if (result.added === 0 && result.unreadable === 0 && result.duplicates === 0)
      lines.push(t(lang, "field.none"));
    else
      lines.push(
        t(lang, "field.done", {
          added: result.added,
          failed: result.failedChecks,
          duplicates: result.duplicates,
        }),
      );
    if (result.unreadable) lines.push(t(lang, "field.unreadable", { count: result.unreadable }));
    if (result.more) lines.push(t(lang, "field.more"));
    if (!result.ok)
      lines.push(
        t(lang, "field.not_acknowledged", {
          reason: result.reason && isMessageKey(result.reason) ? t(lang, result.reason) : "",
        }),
      );
  }
  SpreadsheetApp.getActiveSpreadsheet().toast(lines.join(" "), t(lang, "field.title"), 10);
}
