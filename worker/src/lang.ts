// Picks the response language: ?lang= first, then Accept-Language, else Bahasa Indonesia.
import { LANGS, type Lang } from "../../core/i18n.ts";

function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split("-")[0];
  if (primary === "in") return "id"; // the legacy code for Indonesian, still sent by old Android
  return (LANGS as readonly string[]).includes(primary ?? "") ? (primary as Lang) : null;
}

export function pickLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  const fromQuery = query ? langOfTag(query) : null;
  if (fromQuery) return fromQuery;
  if (!acceptLanguage) return "id";
  const ranked = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.split(";");
      const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return "id";
}
