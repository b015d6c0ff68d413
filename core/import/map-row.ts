// Turns one source row into the register's raw record plus notes, by the plan; what cannot be read stays visible.
import type { FieldSpec, FormSpec } from "../form-spec.ts";
import { findField } from "../form-spec.ts";
import type { MessageKey } from "../messages.ts";
import { cleanIdNumber } from "./id-number.ts";
import type { ImportPlan } from "./import-plan.ts";
import { splitMulti } from "./match-values.ts";
import { parseLooseAge, parseLooseDate } from "./parse-date.ts";

/** A problem only an import can have (the form checks report the rest). */
export interface ImportIssue {
  readonly field: string;
  readonly severity: "error" | "warning";
  readonly code: MessageKey;
}

export interface MappedRow {
  /** Raw values for the register's columns: cleaned where the meaning is sure, else as typed. */
  readonly raw: Record<string, unknown>;
  /** "Header: text" of every filled unmapped column, and of values that could not be kept in their field. */
  readonly notes: string[];
  readonly issues: ImportIssue[];
  /** Whether the source row held nothing at all. */
  readonly empty: boolean;
}

function cellText(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v ?? "").trim();
}

function lookup(plan: ImportPlan, field: string, typed: string): string | null | undefined {
  return plan.values[field]?.[typed];
}

function mapCell(
  f: FieldSpec,
  cell: unknown,
  plan: ImportPlan,
  header: string,
  today: Date,
  out: MappedRow,
): void {
  const text = cellText(cell);
  switch (f.kind) {
    case "date": {
      const d = parseLooseDate(
        typeof cell === "number" || cell instanceof Date ? cell : text,
        today,
      );
      if (d.kind === "date") out.raw[f.key] = d.iso;
      else if (d.kind === "year") {
        // A year alone is no date: kept in the notes, the field left empty.
        out.notes.push(`${header}: ${text}`);
        out.issues.push({ field: f.key, severity: "warning", code: "import.year_only" });
      } else if (d.kind === "invalid") out.raw[f.key] = text;
      return;
    }
    case "integer": {
      const n = parseLooseAge(cell);
      out.raw[f.key] = n ?? text;
      return;
    }
    case "nik":
    case "kk": {
      const id = cleanIdNumber(cell);
      if (id.kind === "empty") return;
      out.raw[f.key] = id.value;
      if (id.kind === "broken") {
        out.issues.push({ field: f.key, severity: "error", code: "import.id_number_format" });
      }
      return;
    }
    case "choice":
    case "village": {
      const code = lookup(plan, f.key, text);
      out.raw[f.key] = code ?? text;
      return;
    }
    case "multi": {
      const parts = splitMulti(text);
      const codes = parts.map((p) => lookup(plan, f.key, p));
      // Unknown parts keep the whole cell as typed, so the check marks it and nothing is lost.
      out.raw[f.key] = codes.every((c): c is string => typeof c === "string")
        ? [...new Set(codes)]
        : text;
      return;
    }
    default:
      out.raw[f.key] = text;
  }
}

export function mapRow(
  spec: FormSpec,
  plan: ImportPlan,
  row: readonly unknown[],
  today: Date,
): MappedRow {
  const out: MappedRow = { raw: {}, notes: [], issues: [], empty: true };
  plan.columns.forEach((key, col) => {
    const cell = row[col];
    const text = cellText(cell);
    if (text === "") return;
    (out as { empty: boolean }).empty = false;
    const header = plan.headers[col] || `#${col + 1}`;
    const f = key === null ? undefined : findField(spec, key);
    if (!f) {
      out.notes.push(`${header}: ${text}`);
      return;
    }
    mapCell(f, cell, plan, header, today, out);
  });
  return out;
}
