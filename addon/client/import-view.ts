// Impor dari lembar lain: choose a tab and a register, see the suggested columns, the preview counts per kind, choose per kind, import with progress.
import type { FormId } from "../../core/form-ids.ts";
import { FORM_IDS } from "../../core/form-ids.ts";
import { fieldLabelKey } from "../../core/form-spec.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
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
    const cols = h("ul", { class: "import-columns" });
    p.plan.headers.forEach((header, i) => {
      if (!header) return;
      const key = p.plan.columns[i];
      const field = key
        ? label(lang, fieldLabelKey(form, key), key)
        : t(lang, "import.column_unmapped");
      cols.append(h("li", {}, `${header} → ${field}`));
    });
    const unmapped = Object.entries(p.unmapped).map(([field, values]) =>
      h(
        "p",
        { class: "warning" },
        t(lang, "import.unmapped_values", {
          field: label(lang, fieldLabelKey(form, field), field),
          values: values.join(", "),
        }),
      ),
    );
    const table = h("table", { class: "import-counts" });
    for (const kind of ROW_KINDS) {
      const sel = select(
        `choice-${kind}`,
        CHOICES.map((c) => [c, t(lang, `import.choice.${c}` as MessageKey)]),
        choices[kind],
      );
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
          .runImport(sheetSel.value, form, p.plan, choices)
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
    server
      .previewImport(sheetSel.value, form)
      .then((p) => showPreview(form, p))
      .catch(fail)
      .finally(() => {
        previewBtn.disabled = false;
      });
  });
}
