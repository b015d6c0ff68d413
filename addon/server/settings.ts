// Reads and saves Pengaturan: server and key per spreadsheet (the group's), language per user.
import { AGE_BAND_SCHEMES, type AgeBandScheme } from "../../core/age-bands.ts";
import { LANGS, type Lang, langFromLocale } from "../../core/i18n.ts";
import { type SettingsInput, type SettingsView, settingsInputSchema } from "../../core/settings.ts";
import type { FieldIssue } from "../../core/validate.ts";
import { issuesFromZod } from "./zod-issues.ts";

const SERVER_URL = "pilah.serverUrl";
const GROUP_KEY = "pilah.groupKey";
const VILLAGES = "pilah.villages";
const LANG = "pilah.lang";
const AGE_BANDS = "pilah.ageBands";
const REPORT_PERIOD = "pilah.reportPeriod";

export interface Settings {
  serverUrl: string;
  groupKey: string;
  lang: Lang;
  villages: string[];
  ageBands: AgeBandScheme;
  reportPeriod: string;
}

/** One read of each property store. */
export function loadSettings(): Settings {
  const doc = PropertiesService.getDocumentProperties().getProperties();
  const stored = PropertiesService.getUserProperties().getProperty(LANG);
  return {
    serverUrl: doc[SERVER_URL] ?? "",
    groupKey: doc[GROUP_KEY] ?? "",
    lang: (LANGS as readonly string[]).includes(stored ?? "") ? (stored as Lang) : userLang(),
    villages: parseVillages(doc[VILLAGES]),
    ageBands: (AGE_BAND_SCHEMES as readonly string[]).includes(doc[AGE_BANDS] ?? "")
      ? (doc[AGE_BANDS] as AgeBandScheme)
      : "simfoni",
    reportPeriod: doc[REPORT_PERIOD] ?? "",
  };
}

/** The language before anything is stored: the user's locale (works in every auth mode). */
export function userLang(): Lang {
  try {
    return langFromLocale(Session.getActiveUserLocale());
  } catch {
    return "id";
  }
}

function parseVillages(json: string | undefined): string[] {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function toView(s: Settings): SettingsView {
  return {
    serverUrl: s.serverUrl,
    hasKey: s.groupKey !== "",
    lang: s.lang,
    villages: s.villages,
    ageBands: s.ageBands,
    reportPeriod: s.reportPeriod,
  };
}

/**
 * Saves Pengaturan. A new server address drops the stored key unless a key is typed with it: a
 * key belongs to one server, and must never be sent to an address someone else typed.
 */
export function saveSettingsInput(
  input: SettingsInput,
  lang: Lang,
): { ok: true; settings: Settings; keyCleared: boolean } | { ok: false; errors: FieldIssue[] } {
  const parsed = settingsInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issuesFromZod(parsed.error.issues, lang) };
  const v = parsed.data;
  const props = PropertiesService.getDocumentProperties();
  const before = props.getProperties();
  const doc: Record<string, string> = {
    [SERVER_URL]: v.serverUrl,
    [VILLAGES]: JSON.stringify(v.villages),
    [AGE_BANDS]: v.ageBands,
    [REPORT_PERIOD]: v.reportPeriod,
  };
  const moved = (before[SERVER_URL] ?? "") !== v.serverUrl;
  const keyCleared = moved && !v.groupKey && (before[GROUP_KEY] ?? "") !== "";
  if (v.groupKey) doc[GROUP_KEY] = v.groupKey;
  props.setProperties(doc);
  if (keyCleared) props.deleteProperty(GROUP_KEY);
  PropertiesService.getUserProperties().setProperty(LANG, v.lang);
  return { ok: true, settings: loadSettings(), keyCleared };
}
