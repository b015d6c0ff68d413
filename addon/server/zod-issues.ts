// Turns zod issues whose messages are catalogue keys into field messages in the user's language.
import type { z } from "zod";
import { isMessageKey, type Lang, type MessageParams, t } from "../../core/i18n.ts";
import type { FieldIssue } from "../../core/validate.ts";

export function issuesFromZod(issues: readonly z.core.$ZodIssue[], lang: Lang): FieldIssue[] {
  return issues.map((i) => {
    const code = isMessageKey(i.message) ? i.message : "error.invalid_value";
    const params =
      (i as { maximum?: unknown }).maximum !== undefined
        ? ({ max: Number((i as { maximum: unknown }).maximum) } as MessageParams)
        : undefined;
    return { field: i.path.map(String).join("."), code, message: t(lang, code, params) };
  });
}
