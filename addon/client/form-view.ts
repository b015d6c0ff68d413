// Renders a form from its spec, validates with the same schema as the server, and submits through the typed RPC.
import type { FieldSpec, FormSpec } from "../../core/form-spec.ts";
import {
  choiceLabelKey,
  choicesFor,
  fieldLabelKey,
  isChoiceField,
  isFieldShown,
} from "../../core/form-spec.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { type FieldIssue, formSchema, validateRecord } from "../../core/validate.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";
import { type PersonPicker, personPicker } from "./person-picker.ts";
import { server } from "./rpc.ts";
import { villageGroups } from "./village-options.ts";

const RADIO_MAX = 4;

function label(lang: Lang, key: string): string {
  return isMessageKey(key) ? t(lang, key) : key;
}

function fieldInput(
  spec: FormSpec,
  f: FieldSpec,
  boot: SidebarBoot,
  pickers: Map<string, PersonPicker>,
): HTMLElement {
  const lang = boot.lang;
  const id = `f-${f.key}`;
  const common = { id, name: f.key, "aria-describedby": `err-${f.key}` };
  switch (f.kind) {
    case "text":
      return f.multiline
        ? h("textarea", { ...common, rows: 2, maxlength: f.maxLength })
        : h("input", { ...common, type: "text", maxlength: f.maxLength, autocomplete: "off" });
    case "date":
      return h("input", { ...common, type: "date", max: f.notFuture ? boot.today : undefined });
    case "integer":
      // A text box, so a mistyped number is reported rather than silently emptied.
      return h("input", { ...common, type: "text", inputmode: "numeric", size: 5 });
    case "nik":
    case "kk":
      return h("input", {
        ...common,
        type: "text",
        inputmode: "numeric",
        maxlength: 24,
        autocomplete: "off",
      });
    case "village": {
      const select = h("select", common, h("option", { value: "" }, t(lang, "sidebar.choose")));
      for (const g of villageGroups(boot.settings.villages)) {
        const og = h("optgroup", { label: g.label });
        for (const v of g.villages)
          og.append(h("option", { value: v.code }, `${v.name} (${v.code})`));
        select.append(og);
      }
      return select;
    }
    case "choice":
      if (f.choices.length > RADIO_MAX) {
        const select = h("select", common, h("option", { value: "" }, t(lang, "sidebar.choose")));
        for (const c of f.choices)
          select.append(h("option", { value: c }, label(lang, choiceLabelKey(f, c))));
        return select;
      }
      return choiceGroup(
        f.key,
        "radio",
        f.choices.map((c) => [c, label(lang, choiceLabelKey(f, c))]),
      );
    case "person_ref": {
      const picker = personPicker(f.key, lang);
      pickers.set(f.key, picker);
      return picker.element;
    }
    case "multi":
      return choiceGroup(
        f.key,
        "checkbox",
        f.choices.map((c) => [c, label(lang, choiceLabelKey(f, c))]),
      );
  }
  void spec;
}

function choiceGroup(
  name: string,
  type: "radio" | "checkbox",
  options: [string, string][],
): HTMLElement {
  const box = h("div", {
    class: `choices ${type}`,
    role: type === "radio" ? "radiogroup" : "group",
    id: `f-${name}`,
  });
  for (const [value, text] of options) {
    box.append(h("label", { class: "choice" }, h("input", { type, name, value }), ` ${text}`));
  }
  return box;
}

/** Puts a stored record into the form's controls (edit mode): sheet cells come as text, numbers or "a, b" lists. */
function fill(form: HTMLFormElement, spec: FormSpec, values: Record<string, unknown>): void {
  for (const f of spec.fields) {
    const v = values[f.key];
    if (v === undefined || v === null || v === "") continue;
    const list = Array.isArray(v)
      ? v.map(String)
      : String(v)
          .split(/[,;]/)
          .map((x) => x.trim());
    for (const el of form.querySelectorAll<
      HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
    >(`[name="${f.key}"]`)) {
      if (el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox")) {
        el.checked = f.kind === "multi" ? list.includes(el.value) : el.value === String(v);
      } else {
        el.value = String(v);
      }
    }
  }
}

export function renderForm(root: HTMLElement, spec: FormSpec, boot: SidebarBoot): void {
  const lang = boot.lang;
  const ctx = { today: boot.today, villages: boot.settings.villages };
  const schema = formSchema(spec, ctx);
  const form = h("form", { novalidate: true, class: "pilah-form" });
  const touched = new Set<string>();
  const pickers = new Map<string, PersonPicker>();
  // After a submit attempt every error stays visible, not only those of fields already visited.
  let submitted = false;
  let lastHelp: string | undefined;

  if (!boot.settings.villages.length)
    form.append(h("p", { class: "notice" }, t(lang, "settings.no_villages")));
  for (const f of spec.fields) {
    const help = f.help && f.help !== lastHelp ? h("p", { class: "help" }, t(lang, f.help)) : null;
    lastHelp = f.help;
    const required = f.required
      ? h("span", { class: "req", title: t(lang, "sidebar.required") }, " *")
      : null;
    const labelEl =
      f.kind === "choice" || f.kind === "multi"
        ? h("span", { class: "label" }, label(lang, fieldLabelKey(spec.id, f.key)), required)
        : h(
            "label",
            { class: "label", for: `f-${f.key}` },
            label(lang, fieldLabelKey(spec.id, f.key)),
            required,
          );
    form.append(
      h(
        "div",
        { class: "field", "data-field": f.key },
        labelEl,
        help,
        fieldInput(spec, f, boot, pickers),
        h("p", { class: "field-error", id: `err-${f.key}`, "data-for": f.key, role: "alert" }),
        h("p", { class: "field-warning", "data-for": f.key }),
      ),
    );
  }
  const status = h("div", { class: "status", role: "status", "aria-live": "polite" });
  const submit = h("button", { type: "submit", class: "primary" }, t(lang, "sidebar.submit"));
  form.append(h("div", { class: "actions" }, submit), status);
  root.replaceChildren(form);

  const values = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const data = new FormData(form);
    for (const f of spec.fields) {
      out[f.key] = f.kind === "multi" ? data.getAll(f.key) : (data.get(f.key) ?? "");
    }
    for (const f of spec.fields) if (!isFieldShown(f, out)) delete out[f.key];
    return out;
  };
  const syncVisibility = () => {
    const v = values();
    for (const f of spec.fields) {
      const wrap = form.querySelector<HTMLElement>(`[data-field="${f.key}"]`);
      if (!wrap) continue;
      if (f.showIf || (isChoiceField(f) && f.choicesBy)) {
        wrap.hidden = !isFieldShown(f, { ...v, [f.key]: undefined });
      }
      // A dependent list (e.g. item by kind) offers only what its parent's value allows.
      if (isChoiceField(f) && f.choicesBy) {
        const allowed = new Set(choicesFor(f, v) ?? []);
        for (const opt of wrap.querySelectorAll("option")) {
          if (opt.value === "") continue;
          opt.hidden = opt.disabled = !allowed.has(opt.value);
          if (opt.hidden && opt.selected) (opt.parentElement as HTMLSelectElement).value = "";
        }
        for (const input of wrap.querySelectorAll<HTMLInputElement>(
          "input[type=radio], input[type=checkbox]",
        )) {
          const ok = allowed.has(input.value);
          (input.closest("label") as HTMLElement).hidden = !ok;
          if (!ok) input.checked = false;
        }
      }
    }
  };
  const show = (errors: FieldIssue[], warnings: FieldIssue[], all: boolean) => {
    for (const f of spec.fields) {
      const err = errors.filter((e) => e.field === f.key && (all || touched.has(f.key)));
      const warn = warnings.filter((w) => w.field === f.key);
      const wrap = form.querySelector<HTMLElement>(`[data-field="${f.key}"]`);
      const errEl = wrap?.querySelector<HTMLElement>(".field-error");
      const warnEl = wrap?.querySelector<HTMLElement>(".field-warning");
      if (errEl) errEl.textContent = err.map((e) => e.message).join(" ");
      if (warnEl) warnEl.textContent = warn.map((w) => w.message).join(" ");
      wrap?.classList.toggle("invalid", err.length > 0);
      wrap
        ?.querySelector("input,select,textarea")
        ?.setAttribute("aria-invalid", String(err.length > 0));
    }
  };
  const check = (all: boolean) => {
    const r = validateRecord(spec, values(), ctx, lang, schema);
    show(r.errors, r.warnings, all || submitted);
    return r;
  };

  // Messages appearing or vanishing move the fields below; while a pointer is pressed that move
  // would turn the user's click into a miss, so re-checking waits until the click has landed.
  let pointerDown = false;
  let pending = false;
  const refresh = () => {
    if (pointerDown) pending = true;
    else check(false);
  };
  document.addEventListener(
    "pointerdown",
    () => {
      pointerDown = true;
    },
    true,
  );
  document.addEventListener(
    "pointerup",
    () => {
      pointerDown = false;
      if (pending) {
        pending = false;
        setTimeout(() => check(false));
      }
    },
    true,
  );
  const touch = (e: Event) => {
    const name = (e.target as HTMLInputElement).name;
    if (name) touched.add(name);
  };
  form.addEventListener("change", (e) => {
    touch(e);
    syncVisibility();
    refresh();
  });
  form.addEventListener("focusout", (e) => {
    touch(e);
    refresh();
  });
  // While typing, a message that no longer applies goes at once (the field keeps its place).
  form.addEventListener("input", () => refresh());
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    submitted = true;
    const r = check(true);
    if (!r.ok) {
      status.className = "status error";
      status.textContent = t(lang, "sidebar.fix_errors", { count: r.errors.length });
      form
        .querySelector<HTMLElement>(".invalid input, .invalid select, .invalid textarea")
        ?.focus();
      return;
    }
    submit.disabled = true;
    status.className = "status";
    status.textContent = t(lang, "sidebar.saving");
    try {
      const res = boot.edit
        ? await server.updateRecord(
            spec.id,
            { id: boot.edit.id, row: boot.edit.row, version: boot.edit.version },
            values(),
          )
        : await server.submitRecord(spec.id, values());
      if (!res.ok) {
        show(res.errors, [], true);
        status.className = "status error";
        status.textContent =
          res.message ?? t(lang, "sidebar.fix_errors", { count: res.errors.length });
        return;
      }
      // The next save of this edit compares against the row as this save left it.
      if (boot.edit && "version" in res && typeof res.version === "string")
        boot.edit.version = res.version;
      // A new entry clears the form for the next person; an edit keeps the record on screen.
      if (!boot.edit) {
        form.reset();
        touched.clear();
        submitted = false;
        for (const picker of pickers.values()) picker.clear();
        syncVisibility();
      }
      show([], [], true);
      status.className = res.checkStatus === "unchecked" ? "status warning" : "status ok";
      status.replaceChildren(h("p", { "data-saved-row": res.row }, res.message));
      if (res.warnings.length) {
        status.append(
          h("p", {}, t(lang, "sidebar.warnings")),
          h("ul", {}, ...res.warnings.map((w) => h("li", {}, w.message))),
        );
      }
      status.scrollIntoView({ block: "nearest" });
    } catch (err) {
      status.className = "status error";
      status.textContent = t(lang, "sidebar.failed", { message: (err as Error).message });
    } finally {
      submit.disabled = false;
    }
  });
  if (boot.edit) {
    fill(form, spec, boot.edit.values);
    for (const picker of pickers.values()) void picker.describe();
    form.prepend(h("p", { class: "notice" }, t(lang, "sidebar.editing", { row: boot.edit.row })));
  }
  syncVisibility();
}
