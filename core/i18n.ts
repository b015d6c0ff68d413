// Message catalogue lookup: Bahasa Indonesia first, English second, one catalogue for every runtime.
import { type MessageKey, messages } from "./messages.ts";

export type Lang = "id" | "en";
export const LANGS: readonly Lang[] = ["id", "en"];
export type MessageParams = Record<string, string | number>;

/** Picks a supported language from a locale such as "id_ID", "en-US" or "in". */
export function langFromLocale(locale: string | undefined | null): Lang {
  const lower = (locale ?? "").toLowerCase();
  return lower.startsWith("en") ? "en" : "id";
}

export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const text: string = messages[lang][key] ?? messages.id[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages.id, key);
}
