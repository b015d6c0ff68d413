// The summary of "Periksa semua data": rows checked, bad rows and warnings per sheet, and what the server said.
import { t } from "../../core/i18n.ts";
import type { CheckSheetSummary, CheckSummary } from "../shared/api/sheet-tools-api.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";

function isSummary(v: unknown): v is CheckSummary {
  return (
    typeof v === "object" &&
    v !== null &&
    Array.isArray((v as CheckSummary).sheets) &&
    typeof (v as CheckSummary).total === "object"
  );
}

function badRowsLine(boot: SidebarBoot, s: CheckSheetSummary): HTMLElement | null {
  if (!s.firstBadRows.length) return null;
  const lang = boot.lang;
  let rows = s.firstBadRows.join(", ");
  const more = s.badRows - s.firstBadRows.length;
  if (more > 0) rows += ` ${t(lang, "check.bad_rows_more", { count: more })}`;
  return h("li", { "data-bad-rows": s.form }, t(lang, "check.bad_rows", { sheet: s.sheet, rows }));
}

export function renderCheckSummary(root: HTMLElement, boot: SidebarBoot): void {
  const lang = boot.lang;
  const summary = boot.data;
  const page = h("div", { class: "pilah-form check-summary" });
  root.replaceChildren(page);
  if (!isSummary(summary) || !summary.sheets.length) {
    page.append(h("p", { class: "notice" }, t(lang, "check.no_sheets")));
    return;
  }
  page.append(h("p", { class: "help" }, t(lang, "check.checked_at", { time: summary.checkedAt })));

  const cell = (tag: "td" | "th", text: string | number, numeric = false) =>
    h(tag, numeric ? { style: "text-align:right" } : {}, String(text));
  const table = h(
    "table",
    { class: "check-table", style: "width:100%;border-collapse:collapse" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        cell("th", t(lang, "check.col_sheet")),
        cell("th", t(lang, "check.col_rows"), true),
        cell("th", t(lang, "check.col_bad"), true),
        cell("th", t(lang, "check.col_warnings"), true),
      ),
    ),
    h(
      "tbody",
      {},
      ...summary.sheets.map((s) =>
        h(
          "tr",
          { "data-form": s.form },
          cell("td", s.sheet),
          cell("td", s.rows, true),
          cell("td", s.badRows, true),
          cell("td", s.warningRows, true),
        ),
      ),
      h(
        "tr",
        { "data-total": "" },
        cell("th", t(lang, "check.total")),
        cell("th", summary.total.rows, true),
        cell("th", summary.total.badRows, true),
        cell("th", summary.total.warningRows, true),
      ),
    ),
  );
  page.append(table);

  for (const s of summary.sheets) {
    if (s.problem)
      page.append(h("p", { class: "status error", "data-problem": s.form }, s.problem));
  }
  const bad = summary.sheets.map((s) => badRowsLine(boot, s)).filter((x) => x !== null);
  if (bad.length) page.append(h("ul", { class: "bad-rows" }, ...bad));
  else if (!summary.sheets.some((s) => s.problem) && summary.total.warningRows === 0)
    page.append(h("p", { class: "status ok" }, t(lang, "check.all_good")));

  for (const s of summary.sheets) {
    if (s.idsAssigned)
      page.append(
        h(
          "p",
          { class: "help" },
          t(lang, "check.ids_assigned", { count: s.idsAssigned, sheet: s.sheet }),
        ),
      );
  }

  const server = summary.server;
  const failed = server.sent - server.checked;
  const serverLine = !server.sent
    ? h("p", { class: "help" }, t(lang, "check.server_none"))
    : failed > 0
      ? h(
          "p",
          { class: "status warning", "data-server": "failed" },
          t(lang, "check.server_failed", { count: failed, reason: server.reason ?? "" }),
        )
      : h(
          "p",
          { class: "status ok", "data-server": "ok" },
          t(lang, "check.server_checked", { count: server.checked }),
        );
  page.append(serverLine);
  if (summary.field) page.append(h("p", { class: "help", "data-field-pull": "" }, summary.field));
  if (summary.total.badRows || summary.total.warningRows)
    page.append(h("p", { class: "help" }, t(lang, "check.legend")));
}
