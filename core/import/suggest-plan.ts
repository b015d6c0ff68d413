// The wizard's first proposal for a source tab: header row, a field per column, a code per typed value.
import type { FormSpec } from "../form-spec.ts";
import { findField } from "../form-spec.ts";
import { findHeaderRow } from "./header-row.ts";
import type { ImportPlan } from "./import-plan.ts";
import { suggestColumns } from "./match-columns.ts";
import { suggestValues } from "./match-values.ts";

/** The proposal, or undefined when no header row is found (message `import.no_header_row`). */
export function suggestPlan(
  spec: FormSpec,
  sheet: string,
  values: readonly (readonly unknown[])[],
  villages: readonly string[],
): ImportPlan | undefined {
  const headerRow = findHeaderRow(values);
  if (headerRow === undefined) return undefined;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  const headerCells = values[headerRow] ?? [];
  const headers = Array.from({ length: width }, (_, i) => String(headerCells[i] ?? "").trim());
  const columns = suggestColumns(spec, headers).map((s) => s.field ?? null);
  const data = values.slice(headerRow + 1);
  const planValues: Record<string, Record<string, string | null>> = {};
  columns.forEach((key, col) => {
    const f = key === null ? undefined : findField(spec, key);
    if (!f) return;
    const found = suggestValues(
      f,
      data.map((r) => r[col]),
      villages,
    );
    if (!found.length) return;
    planValues[f.key] = Object.fromEntries(found.map((v) => [v.value, v.code]));
  });
  return { sheet, headerRow, headers, columns, values: planValues };
}

/** Typed values of the plan no code was found for, by field: reported to the user, never guessed. */
export function unmappedValues(plan: ImportPlan): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [field, map] of Object.entries(plan.values)) {
    const missing = Object.keys(map).filter((v) => map[v] === null);
    if (missing.length) out[field] = missing;
  }
  return out;
}
