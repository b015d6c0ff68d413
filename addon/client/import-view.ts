// Impor dari lembar lain: choose a tab and a register, see the suggested columns, the preview counts per kind, choose per kind, import with progress.
import type { FormId } from "../../core/form-ids.ts";
import { FORM_IDS } from "../../core/form-ids.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import type { ImportPlan } from "../../core/import/import-plan.ts";
import {
  DEFAULT_CHOICES,
  ROW_KINDS,
  type RowChoice,
  type RowKind,
} from "../../core/import/preview-rows.ts";
import type { MessageKey } from "../../core/messages.ts";
import type { ImportPreview, ImportRunResult } from "../shared/api/import-api.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";
import { server } from "./rpc.ts";

const CHOICES: readonly RowChoice[] = ["import", "skip", "mark"];

function label(lang: Lang, key: string, fallback: string): string {
  return isMessageKey(key) ? t(lang, key as MessageKey) : fallback;
}

function select(name: string, options: [string, string][], value?: string): HTMLSelectElement {
  const el = h("select", { name, id: `import-${name}` });
  for (const [v, text] of options) {
    const o = h("option", { value: v }, text);
    if (v === value) o.selected = true;
    el.append(o);
  }
  return el;
}

export function renderImport(root: HTMLElement, boot: SidebarBoot): void {
  const lang = boot.lang;
  const sheets = ((boot.data as { sheets?: string[] } | undefined)?.sheets ?? []).filter(
    (s) => typeof s === "string",
  );
  const page = h("div", { class: "pilah-form import" });
  root.replaceChildren(page);
  if (!sheets.length) {
    page.append(h("p", { class: "notice" }, t(lang, "import.no_sheets")));
    return;
  }
  const sheetSel = select(
    "sheet",
    sheets.map((s) => [s, s]),
  );
  const formSel = select(
    "form",
    FORM_IDS.map((f) => [f, label(lang, `form.${f}.title`, f)]),
    "person",
  );
  const previewBtn = h("button", { type: "button", class: "primary" }, t(lang, "import.preview"));
  const result = h("div", { "aria-live": "polite" });
  page.append(
    h("label", { for: "import-sheet" }, t(lang, "import.choose_sheet")),
    sheetSel,
    h("label", { for: "import-form" }, t(lang, "import.choose_form")),
    formSel,
    previewBtn,
    result,
  );
  const choices: Record<RowKind, RowChoice> = { ...DEFAULT_CHOICES };
  /** The plan of the last preview with the user's changes, for the next preview of the same tab. */
  let edited: ImportPlan | undefined;
  let editedForm: FormId | undefined;
  const fail = (e: unknown) => {
    result.replaceChildren(
      h(
        "p",
        { class: "error", role: "alert" },
        t(lang, "import.failed", { message: String((e as Error)?.message ?? e) }),
      ),
    );
  };

  function showPreview(form: FormId, p: ImportPreview): void {
    // The plan as the user changes it; "Lihat pratinjau" again previews with it.
    const plan = {
      ...p.plan,
      columns: [...p.plan.columns],
      values: Object.fromEntries(Object.entries(p.plan.values).map(([k, m]) => [k, { ...m }])),
    };
    edited = plan;
    editedForm = form;
    const cols = h("div", { class: "import-columns" });
    p.plan.headers.forEach((header, i) => {
      if (!header) return;
      const sel = select(
        `column-${i}`,
        [
          ["", t(lang, "import.column_unmapped")],
          ...p.fields.map((f): [string, string] => [f.key, f.label]),
        ],
        p.plan.columns[i] ?? "",
      );
      sel.setAttribute("aria-label", header);
      sel.addEventListener("change", () => {
        plan.columns[i] = sel.value || null;
      });
      cols.append(h("label", { for: `import-column-${i}` }, header), sel);
    });
    const unmapped = Object.entries(p.unmapped).map(([field, values]) => {
      const fieldLabel = p.fields.find((f) => f.key === field)?.label ?? field;
      const box = h(
        "div",
        { class: "import-values" },
        h(
          "p",
          { class: "warning" },
          t(lang, "import.unmapped_values", { field: fieldLabel, values: values.join(", ") }),
        ),
      );
      for (const [j, typed] of values.entries()) {
        const sel = select(`value-${field}-${j}`, [
          ["", "—"],
          ...(p.options[field] ?? []).map((o): [string, string] => [o.code, o.label]),
        ]);
        sel.setAttribute("aria-label", `${fieldLabel}: ${typed}`);
        sel.addEventListener("change", () => {
          const m = plan.values[field];
          if (m) m[typed] = sel.value || null;
        });
        box.append(h("label", { for: `import-value-${field}-${j}` }, typed), sel);
      }
      return box;
    });
    const table = h("table", { class: "import-counts" });
    for (const kind of ROW_KINDS) {
      const sel = select(
        `choice-${kind}`,
        CHOICES.map((c) => [c, t(lang, `import.choice.${c}` as MessageKey)]),
        choices[kind],
      );
      sel.setAttribute("aria-label", t(lang, `import.kind.${kind}` as MessageKey));
      sel.addEventListener("change", () => {
        choices[kind] = sel.value as RowChoice;
      });
      table.append(
        h(
          "tr",
          { "data-kind": kind },
          h("th", {}, t(lang, `import.kind.${kind}` as MessageKey)),
          h("td", { "data-count": kind, style: "text-align:right" }, String(p.counts[kind])),
          h("td", {}, sel),
        ),
      );
    }
    const runBtn = h("button", { type: "button", class: "primary" }, t(lang, "import.run"));
    const status = h("p", { role: "status" });
    runBtn.addEventListener("click", () => {
      runBtn.disabled = true;
      const total = { written: 0, skipped: 0, marked: 0 };
      const step = (): void => {
        server
          .runImport(sheetSel.value, form, plan, choices)
          .then((r: ImportRunResult) => {
            total.written += r.written;
            total.skipped += r.skipped;
            total.marked += r.marked;
            if (!r.finished) {
              status.textContent = t(lang, "import.progress", { written: total.written });
              step();
              return;
            }
            status.textContent = t(lang, "import.done", total);
          })
          .catch((e) => {
            runBtn.disabled = false;
            fail(e);
          });
      };
      status.textContent = t(lang, "import.progress", { written: 0 });
      step();
    });
    result.replaceChildren(
      h("p", {}, t(lang, "import.pending", { count: p.pending })),
      h("h3", {}, t(lang, "import.columns")),
      cols,
      ...unmapped,
      table,
      runBtn,
      status,
    );
  }

  previewBtn.addEventListener("click", () => {
    const form = formSel.value as FormId;
    previewBtn.disabled = true;
    const again = edited?.sheet === sheetSel.value && editedForm === form ? edited : undefined;
    server
      .previewImport(sheetSel.value, form, again)
      .then((p) => showPreview(form, p))
      .catch(fail)
      .finally(() => {
        previewBtn.disabled = false;
      });
  });
}
