// Whether a cell note is the importer's "Perlu ditautkan" mark (in either language), so linking by hand can clear exactly that note.
import { LANGS, t } from "../i18n.ts";

/** The text before the unmatched person's description, in each language. */
function heads(): string[] {
  return LANGS.map((l) => t(l, "field.needs_link").split("{who}")[0] ?? "").filter((h) => h !== "");
}

export function isNeedsLinkNote(note: unknown): boolean {
  const text = typeof note === "string" ? note : "";
  return heads().some((h) => text.startsWith(h));
}
