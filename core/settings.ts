// The group's settings (Pengaturan), validated the same way in the sidebar and in Apps Script.
import * as z from "zod";
import { AGE_BAND_SCHEMES, type AgeBandScheme } from "./age-bands.ts";
import { findVillage } from "./areas.ts";
import { LANGS, type Lang } from "./i18n.ts";
import { tryParsePeriod } from "./period.ts";

export const MAX_VILLAGES = 200;

// Apps Script has no URL class: a pattern is the portable check.
const SERVER_URL = /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s]*)?$/;
// Plain http only to this machine (the local worker of `npm start`): anywhere else the group key
// and the records being checked would cross the network unencrypted.
const LOCAL_HTTP = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?(\/|$)/;

/** Whether a server address may be used: https, or http to this machine only. */
export function isSecureServerUrl(url: string): boolean {
  return url.startsWith("https://") || LOCAL_HTTP.test(url);
}

export const settingsInputSchema = z.strictObject({
  serverUrl: z
    .string()
    .trim()
    .transform((s) => s.replace(/\/+$/, ""))
    .refine((s) => s === "" || SERVER_URL.test(s), { message: "error.invalid_url", abort: true })
    .refine((s) => s === "" || isSecureServerUrl(s), { message: "error.insecure_url" }),
  /** Empty or absent keeps the stored key: the key is never sent back to the sidebar. */
  groupKey: z
    .string()
    .trim()
    .refine((s) => s === "" || /^\S{8,200}$/.test(s), { message: "error.invalid_key" })
    .optional(),
  lang: z.enum(LANGS as [Lang, ...Lang[]]),
  villages: z
    .array(
      z.string().refine((c) => findVillage(c) !== undefined, { message: "error.invalid_village" }),
    )
    .max(MAX_VILLAGES, { message: "error.too_many" })
    .transform((v) => [...new Set(v)].sort()),
  ageBands: z.enum(AGE_BAND_SCHEMES).default("simfoni"),
  /** A fixed report period (YYYY, YYYY-Qn, YYYY-MM), or empty for the current year. */
  reportPeriod: z
    .string()
    .trim()
    .refine((s) => s === "" || tryParsePeriod(s) !== null, { message: "error.invalid_period" })
    .default(""),
});

export type SettingsInput = z.input<typeof settingsInputSchema>;
export type SettingsParsed = z.output<typeof settingsInputSchema>;

/** What the sidebar may see: never the key itself. */
export interface SettingsView {
  serverUrl: string;
  hasKey: boolean;
  lang: Lang;
  villages: string[];
  ageBands: AgeBandScheme;
  reportPeriod: string;
}
