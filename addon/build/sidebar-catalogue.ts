// Which catalogue messages a sidebar page ships: those its own code can show, in one language.
import {
  choiceLabelKey,
  type FormSpec,
  fieldLabelKey,
  isChoiceField,
} from "../../core/form-spec.ts";
import type { Lang } from "../../core/i18n.ts";
import { type MessageKey, messages } from "../../core/messages.ts";

/** Families built at run time from a spec (`field.<form>.<key>`, `choice.<set>.<value>`). */
const SPEC_FAMILIES = ["field.", "choice."];

export interface KeyUse {
  /** Keys written out in full, e.g. "sidebar.submit". */
  literals: Set<string>;
  /** Heads of keys built in template literals, e.g. "settings.lang." of `settings.lang.${l}`. */
  prefixes: Set<string>;
}

/** Every catalogue key a source text names in full or by a template head. */
export function keysNamedIn(sources: readonly string[]): KeyUse {
  const literals = new Set<string>();
  const prefixes = new Set<string>();
  for (const src of sources) {
    for (const m of src.matchAll(/["'`]([a-z][a-z0-9_]*(?:\.[A-Za-z0-9_-]+)+)["'`]/g))
      literals.add(m[1] as string);
    for (const m of src.matchAll(/`([a-z][a-z0-9_]*\.(?:[a-z0-9_]+\.)*)\$\{/g))
      prefixes.add(m[1] as string);
  }
  return { literals, prefixes };
}

/** A form's own labels: its fields and their choices (the only ones its page and checks show). */
export function specKeys(spec: FormSpec): Set<string> {
  const out = new Set<string>();
  for (const f of spec.fields) {
    out.add(fieldLabelKey(spec.id, f.key));
    // Choices a derived value replaced are never offered, so their labels are never shown.
    if (isChoiceField(f))
      for (const c of f.choices)
        if (!f.derivedChoices?.choices.includes(c)) out.add(choiceLabelKey(f, c));
  }
  for (const d of spec.derived ?? []) out.add(fieldLabelKey(spec.id, d.key));
  return out;
}

/**
 * The messages of one page in one language: every key its bundled sources name, and for a form
 * page the labels of that form only. A key left out would show as the key itself, which the
 * end-to-end tests look for on every page.
 */
export function sidebarCatalogue(
  lang: Lang,
  sources: readonly string[],
  spec?: FormSpec,
): Record<string, string> {
  const use = keysNamedIn(sources);
  const own = spec ? specKeys(spec) : undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(messages.id) as MessageKey[]) {
    const family = SPEC_FAMILIES.find((p) => key.startsWith(p));
    const wanted =
      use.literals.has(key) ||
      (own && family ? own.has(key) : [...use.prefixes].some((p) => key.startsWith(p)));
    if (wanted) out[key] = messages[lang][key];
  }
  return out;
}
