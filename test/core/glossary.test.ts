// The catalogue keeps to the glossary (docs/glossary.md): no variant it lists, and no English left in Indonesian messages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "../../core/messages.ts";

const GLOSSARY = readFileSync(join(import.meta.dirname, "../../docs/glossary.md"), "utf8");

interface Term {
  term: string;
  avoid: string[];
  allowed: string[];
}

const ticked = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

/** The rows of the glossary's table: the preferred term, variants to avoid, phrases that may hold one. */
function glossaryTerms(md: string): Term[] {
  const section = md.split(/^## Daftar istilah$/m)[1]?.split(/^## /m)[0] ?? "";
  return section
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|\s*(Istilah|---)/.test(l))
    .map((l) => {
      const [term = "", , avoid = "", allowed = ""] = l
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim());
      return { term, avoid: ticked(avoid), allowed: ticked(allowed) };
    });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A word or phrase on its own: not part of a longer word (letters, digits, "-" and "/" join words). */
const wholeWord = (w: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}/-])${escapeRe(w)}(?![\\p{L}\\p{N}/-])`, "iu");

/** The Indonesian text without its {placeholders} and without the phrases allowed to hold a variant. */
function plain(text: string, allowed: readonly string[] = []): string {
  let out = text.replace(/\{\w+\}/g, " ");
  for (const a of allowed) out = out.replace(new RegExp(escapeRe(a), "g"), " ");
  return out;
}

/** Variants of each glossary term that the Indonesian catalogue uses, as "key: variant". */
function glossaryViolations(catalogue: Record<string, string>, terms: Term[]): string[] {
  const out: string[] = [];
  for (const [key, text] of Object.entries(catalogue))
    for (const t of terms)
      for (const v of t.avoid)
        if (wholeWord(v).test(plain(text, t.allowed))) out.push(`${key}: "${v}" → ${t.term}`);
  return out;
}

/**
 * English words that do not belong in an Indonesian message (statuses, sheet words, common
 * English). Loan words Indonesian uses (server, status, total, data, format, email) are not here.
 */
const ENGLISH_WORDS = [
  "ok",
  "okay",
  "warning",
  "warnings",
  "error",
  "errors",
  "unchecked",
  "checked",
  "check",
  "summary",
  "sheet",
  "sheets",
  "key",
  "row",
  "rows",
  "column",
  "columns",
  "save",
  "saved",
  "submit",
  "settings",
  "report",
  "reports",
  "failed",
  "invalid",
  "valid",
  "required",
  "please",
  "click",
  "the",
  "and",
  "of",
  "with",
  "not",
  "yes",
  "none",
  "other",
  "unknown",
  "server error",
  "key row",
  "upload",
  "uploaded",
  "count",
  "counts",
  "field",
  "fields",
  "choose",
  "select",
];

/** Names and acronyms that stay as they are in Indonesian text. */
const PROPER_NOUNS = [
  "Washington Group",
  "Google Sheets",
  "Apps Script",
  "Short Set",
  "Cloudflare Worker",
  "OpenSID",
];

function englishLeftovers(catalogue: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [key, text] of Object.entries(catalogue)) {
    const clean = plain(text, PROPER_NOUNS);
    for (const w of ENGLISH_WORDS) if (wholeWord(w).test(clean)) out.push(`${key}: "${w}"`);
  }
  return out;
}

describe("glossary", () => {
  const terms = glossaryTerms(GLOSSARY);

  it("is read from docs/glossary.md", () => {
    expect(terms.length).toBeGreaterThan(10);
    expect(terms.find((t) => t.term === "desa/kelurahan")?.avoid).toEqual(["desa"]);
  });

  it("is kept by every Indonesian message", () => {
    expect(glossaryViolations(messages.id, terms)).toEqual([]);
  });

  it("catches a variant, and lets an allowed phrase through", () => {
    const catalogue = {
      a: "Pilih desa kelompok.",
      b: "BLT Dana Desa untuk desa/kelurahan ini.",
      c: "Statusnya tetap unchecked.",
    };
    expect(glossaryViolations(catalogue, terms)).toEqual([
      'a: "desa" → desa/kelurahan',
      'c: "unchecked" → belum diperiksa',
    ]);
    expect(englishLeftovers(catalogue)).toEqual(['c: "unchecked"']);
  });
});

describe("Indonesian messages", () => {
  it("have no English words left in them", () => {
    expect(englishLeftovers(messages.id)).toEqual([]);
  });
});
