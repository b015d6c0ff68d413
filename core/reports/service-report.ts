// The service register's report: what was requested and how it ended, and per agency how much got done and how fast.
import { dayNumber } from "../dates.ts";
import { choiceLabelKey, type FormSpec, type RecordValues } from "../form-spec.ts";
import { personForm } from "../forms/person.ts";
import type { MessageKey } from "../messages.ts";
import {
  choiceDim,
  choiceField,
  codesOf,
  type FormReportDef,
  type ListFormat,
  type ListRow,
  NONE,
  PART_SEP,
  type ReportContext,
  type ReportDim,
  type TableDef,
  text,
} from "./definition.ts";
import { servicePersonTables } from "./service-person.ts";

/** The figures of both agency lists (by name and by kind), in the order their rows hold them. */
const AGENCY_COLUMNS: readonly { readonly heading: MessageKey; readonly format: ListFormat }[] = [
  { heading: "report.service.requests", format: "count" },
  { heading: "report.service.done", format: "count" },
  { heading: "report.service.rejected", format: "count" },
  { heading: "report.service.open", format: "count" },
  { heading: "report.service.done_share", format: "percent" },
  { heading: "report.service.median_days", format: "decimal" },
];

/** The middle value (the mean of the two middle ones for an even count), or null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Whole days from one ISO date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/**
 * Kind and item together (an item belongs to its kind: "lainnya" is a health item and an
 * education one), from the spec's dependent choice list; a kind without items stands alone.
 */
function kindItemDim(spec: FormSpec): ReportDim {
  const kind = choiceField(spec, "kind");
  const item = choiceField(spec, "item");
  const byKind = item.choicesBy?.choices ?? {};
  const values = kind.choices.flatMap((k) => {
    const items = byKind[k] ?? [];
    return items.length ? items.map((i) => `${k}${PART_SEP}${i}`) : [`${k}${PART_SEP}${NONE}`];
  });
  return {
    id: "kind_item",
    parts: ["kind", "item"],
    values,
    of: (r) =>
      typeof r.kind === "string"
        ? `${r.kind}${PART_SEP}${typeof r.item === "string" ? r.item : NONE}`
        : undefined,
    heading: (lang) => text(lang, "report.service.kind_item"),
    label: (v, lang) => {
      const [k, i] = v.split(PART_SEP) as [string, string];
      const kindLabel = text(lang, choiceLabelKey(kind, k));
      return i === NONE ? kindLabel : `${kindLabel}: ${text(lang, choiceLabelKey(item, i))}`;
    },
  };
}

/** Per agency (free text, grouped regardless of case and spacing): requests, outcomes, share done, median days. */
function agencyFigures(
  records: readonly RecordValues[],
  done: string,
  rejected: string,
): { rows: ListRow[]; total: ListRow } {
  interface Acc {
    label: string | null;
    requests: number;
    done: number;
    rejected: number;
    days: number[];
  }
  const empty = (label: string | null): Acc => ({
    label,
    requests: 0,
    done: 0,
    rejected: 0,
    days: [],
  });
  const groups = new Map<string, Acc>();
  const all = empty(null);
  for (const r of records) {
    const name = typeof r.agency === "string" ? r.agency.trim().replace(/\s+/g, " ") : "";
    const key = name.toLowerCase();
    let acc = groups.get(key);
    if (!acc) {
      acc = empty(name || null);
      groups.set(key, acc);
    }
    for (const a of [acc, all]) {
      a.requests++;
      if (r.status === rejected) a.rejected++;
      if (r.status === done) {
        a.done++;
        if (typeof r.request_date === "string" && typeof r.done_date === "string")
          a.days.push(daysBetween(r.request_date, r.done_date));
      }
    }
  }
  const row = (a: Acc): ListRow => ({
    label: a.label ?? { key: "report.none.not_filled" },
    values: [
      a.requests,
      a.done,
      a.rejected,
      a.requests - a.done - a.rejected,
      a.requests ? a.done / a.requests : null,
      median(a.days),
    ],
  });
  // Named agencies in alphabetical order, the unnamed last; code-unit order after lowercasing, so no ICU data is needed.
  const sorted = [...groups.entries()].sort(([a, x], [b, y]) =>
    x.label === null ? 1 : y.label === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return { rows: sorted.map(([, a]) => row(a)), total: row(all) };
}

/** Per agency from the list (`agency_kind`), in the list's order, blanks last: the same figures as per named agency. */
function agencyKindFigures(
  spec: FormSpec,
  records: readonly RecordValues[],
  done: string,
  rejected: string,
): { rows: ListRow[]; total: ListRow } {
  const kinds = choiceField(spec, "agency_kind");
  const rows: ListRow[] = [];
  for (const k of [...kinds.choices, NONE]) {
    const of = records.filter(
      (r) => (typeof r.agency_kind === "string" ? r.agency_kind : NONE) === k,
    );
    const figures = agencyFigures(of, done, rejected).total;
    rows.push({
      label: {
        key: (k === NONE ? "report.none.not_filled" : choiceLabelKey(kinds, k)) as MessageKey,
      },
      values: figures.values,
    });
  }
  return { rows, total: agencyFigures(records, done, rejected).total };
}

export function serviceReportDef(spec: FormSpec): FormReportDef {
  const [done, rejected] = codesOf(spec, "status", ["selesai", "ditolak"]) as [string, string];
  return {
    form: spec.id,
    sheetName: "Laporan Layanan",
    title: "report.service.title",
    unit: "report.unit.service",
    dateField: "request_date",
    tables(ctx: ReportContext): TableDef[] {
      return [
        {
          kind: "cross",
          id: "kind_item_status",
          title: "report.service.kind_item_status",
          rows: kindItemDim(spec),
          cols: [choiceDim(spec, "status")],
          shared: true,
          chart: "BAR",
        },
        {
          // Agency names are free text and shares and medians are not counts: the sheet only.
          kind: "list",
          id: "agency",
          title: "report.service.agency",
          rowHeading: "report.service.agency_name",
          columns: AGENCY_COLUMNS,
          chartColumns: 2,
          compute: (records) => agencyFigures(records, done, rejected),
          shared: false,
          note: "report.service.agency_note",
          chart: "BAR",
        },
        {
          // By the agency list: counts could be shared, the median cannot; kept on the sheet with it.
          kind: "list",
          id: "agency_kind",
          title: "report.service.agency_kind",
          rowHeading: "report.service.agency_kind_name",
          columns: AGENCY_COLUMNS,
          chartColumns: 2,
          compute: (records) => agencyKindFigures(spec, records, done, rejected),
          shared: false,
          chart: "BAR",
        },
        ...servicePersonTables(spec, personForm, ctx),
      ];
    },
  };
}
