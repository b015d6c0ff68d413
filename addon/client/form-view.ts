// Renders a form from its spec, validates with the same schema as the server, and submits through the typed RPC.
import type { DerivedSpec, FieldSpec, FormSpec } from "../../core/form-spec.ts";
import {
  choiceLabelKey,
  choicesFor,
  confirmRules,
  fieldLabelKey,
  isChoiceField,
  isFieldShown,
} from "../../core/form-spec.ts";
import { isMessageKey, type Lang, t } from "../../core/i18n.ts";
import { type FieldIssue, formValidator, validateRecord } from "../../core/validate.ts";
import type { SubmitResult } from "../shared/api/forms-api.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";
import { type DraftKeeper, draftKeeper } from "./drafts.ts";
import { keepFocusAboveBar } from "./focus-room.ts";
import { type PersonPicker, personPicker } from "./person-picker.ts";
import { server } from "./rpc.ts";
import { villageGroups } from "./village-options.ts";

const RADIO_MAX = 4;

/**
 * Another page that renders forms from their specs (the phone app, phone/): it saves the record its
 * own way and names a form's person instead of picking one from the register. The sidebar passes none.
 */
export interface FormHost {
  save(values: Record<string, unknown>): Promise<SubmitResult>;
  /** The controls of a `person_ref` field, inside the field's fieldset. */
  personControl(f: FieldSpec, describe: string): HTMLElement;
}

function label(lang: Lang, key: string): string {
  return isMessageKey(key) ? t(lang, key) : key;
}

/** A field's parts that explain it (help, error, warning), for aria-describedby. */
function describedBy(key: string, helpId: string | undefined): string {
  return [helpId, `err-${key}`, `warn-${key}`].filter(Boolean).join(" ");
}

function fieldInput(
  f: FieldSpec,
  boot: SidebarBoot,
  pickers: Map<string, PersonPicker>,
  describe: string,
  host: FormHost | undefined,
): HTMLElement {
  const lang = boot.lang;
  const common = { id: `f-${f.key}`, name: f.key, "aria-describedby": describe };
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
        for (const c of offered(f))
          select.append(h("option", { value: c }, label(lang, choiceLabelKey(f, c))));
        return select;
      }
      return choiceGroup(f, "radio", lang, describe);
    case "person_ref": {
      if (host) return host.personControl(f, describe);
      const picker = personPicker(f.key, lang, describe);
      pickers.set(f.key, picker);
      return picker.element;
    }
    case "multi":
      return choiceGroup(f, "checkbox", lang, describe);
  }
}

function choiceGroup(
  f: Extract<FieldSpec, { kind: "choice" | "multi" }>,
  type: "radio" | "checkbox",
  lang: Lang,
  describe: string,
): HTMLElement {
  const box = h("div", { class: `choices ${type}` });
  for (const value of offered(f)) {
    const input = h("input", { type, name: f.key, value, "aria-describedby": describe });
    box.append(h("label", { class: "choice" }, input, ` ${label(lang, choiceLabelKey(f, value))}`));
  }
  return box;
}

/** The choices the form offers: not those a derived value now says (e.g. child by age). */
function offered(f: Extract<FieldSpec, { kind: "choice" | "multi" }>): readonly string[] {
  const derived = f.derivedChoices?.choices ?? [];
  return f.choices.filter((c) => !derived.includes(c));
}

/** A radio or checkbox group (or a host's person controls) is a fieldset named by its legend; every other control has a label. */
function isGroup(f: FieldSpec, host?: FormHost): boolean {
  return (
    f.kind === "multi" ||
    (f.kind === "choice" && f.choices.length <= RADIO_MAX) ||
    (host !== undefined && f.kind === "person_ref")
  );
}

/** Puts a stored record into the form's controls (edit mode, a draft): sheet cells come as text, numbers or "a, b" lists. */
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

/** The sections of a form: its declared ones, or one unnamed section holding every field. */
function sectionsOf(
  spec: FormSpec,
): { id: string; label?: string; help?: string; fields: (FieldSpec | DerivedSpec)[] }[] {
  if (!spec.sections) return [{ id: "all", fields: [...spec.fields] }];
  const all = [...spec.fields, ...(spec.derived ?? [])];
  return spec.sections.map((s) => ({
    id: s.id,
    label: s.label,
    help: s.help,
    fields: s.fields
      .map((k) => all.find((f) => f.key === k))
      .filter((f): f is FieldSpec | DerivedSpec => f !== undefined),
  }));
}

export function renderForm(
  root: HTMLElement,
  spec: FormSpec,
  boot: SidebarBoot,
  host?: FormHost,
): void {
  const lang = boot.lang;
  const ctx = { today: boot.today, villages: boot.settings.villages };
  const validator = formValidator(spec, ctx);
  // A warning's confirmation is asked next to it, and only while it applies.
  const confirms = confirmRules(spec);
  const form = h("form", { novalidate: true, class: "pilah-form" });
  const touched = new Set<string>();
  const pickers = new Map<string, PersonPicker>();
  // After a submit attempt every error stays visible, not only those of fields already changed.
  let submitted = false;
  const helpIds = new Map<string, string>();

  if (!host && !boot.settings.villages.length)
    form.append(h("p", { class: "notice" }, t(lang, "settings.no_villages")));
  const summary = h("div", {
    class: "error-summary",
    tabindex: -1,
    "aria-labelledby": "error-summary-title",
    hidden: true,
  });
  form.append(summary);

  /** A derived value, read-only: a labelled output that says it again as its fields change. */
  const outputs: [DerivedSpec, HTMLOutputElement][] = [];
  const derivedField = (d: DerivedSpec): HTMLElement => {
    const helpId = d.help ? `help-${d.key}` : undefined;
    const out = h("output", {
      id: `f-${d.key}`,
      for: d.from.map((k) => `f-${k}`).join(" "),
      "aria-describedby": helpId,
    });
    outputs.push([d, out]);
    return h(
      "div",
      { class: "field derived", "data-derived": d.key },
      h("label", { class: "label", for: `f-${d.key}` }, label(lang, fieldLabelKey(spec.id, d.key))),
      d.help ? h("p", { class: "help", id: helpId }, t(lang, d.help)) : null,
      out,
    );
  };
  const syncDerived = () => {
    const v = values();
    for (const [d, out] of outputs) {
      const { key, params } = d.derive(v, boot.today);
      const text = t(lang, key, params);
      if (out.textContent !== text) out.textContent = text;
    }
  };

  const sections = sectionsOf(spec);
  const sectionOf = new Map<string, number>();
  sections.forEach((section, i) => {
    const sectionHelp = section.help ? `help-sec-${section.id}` : undefined;
    const parent = section.label
      ? h(
          "section",
          { class: "form-section", "aria-labelledby": `sec-${section.id}`, "data-section": i },
          h(
            "h2",
            { id: `sec-${section.id}` },
            label(lang, section.label),
            h(
              "span",
              { class: "progress" },
              t(lang, "sidebar.section_progress", { index: i + 1, count: sections.length }),
            ),
          ),
          section.help
            ? h("p", { class: "help", id: sectionHelp }, label(lang, section.help))
            : null,
        )
      : form;
    for (const f of section.fields) {
      if ("derive" in f) {
        parent.append(derivedField(f));
        continue;
      }
      sectionOf.set(f.key, i);
      // A help text shared by several fields (the WG questions) is shown once and described by all.
      let helpId: string | undefined;
      let help: HTMLElement | null = null;
      if (f.help) {
        helpId = helpIds.get(f.help);
        if (!helpId) {
          helpId = `help-${f.key}`;
          helpIds.set(f.help, helpId);
          help = h("p", { class: "help", id: helpId }, t(lang, f.help));
        }
      }
      const required = f.required
        ? [
            h("span", { class: "req", "aria-hidden": "true" }, " *"),
            h("span", { class: "sr-only" }, ` (${t(lang, "sidebar.required")})`),
          ]
        : [];
      const text = label(lang, fieldLabelKey(spec.id, f.key));
      // A phone's record the importer could not link asks for its person here.
      const linkNote =
        f.kind === "person_ref" && boot.edit?.needsLink
          ? h(
              "p",
              { class: "notice", id: `link-${f.key}`, "data-needs-link": f.key },
              t(lang, "field.link_needed"),
            )
          : null;
      const describe = describedBy(
        f.key,
        [sectionHelp, helpId, linkNote?.id].filter(Boolean).join(" "),
      );
      const control = fieldInput(f, boot, pickers, describe, host);
      const messages = [
        h("p", { class: "field-error", id: `err-${f.key}`, "data-for": f.key }),
        h("p", { class: "field-warning", id: `warn-${f.key}`, "data-for": f.key }),
      ];
      const wrap = isGroup(f, host)
        ? h(
            "fieldset",
            { class: "field", "data-field": f.key, "aria-describedby": describe },
            h("legend", { class: "label", id: `label-${f.key}` }, text, ...required),
            help,
            control,
            ...messages,
          )
        : h(
            "div",
            { class: "field", "data-field": f.key },
            h(
              "label",
              {
                class: "label",
                id: `label-${f.key}`,
                for: f.kind === "person_ref" ? `f-${f.key}-search` : `f-${f.key}`,
              },
              text,
              ...required,
            ),
            help,
            linkNote,
            control,
            ...messages,
          );
      wrap.hidden = confirms.some((c) => c.field === f.key);
      parent.append(wrap);
    }
    if (parent !== form) form.append(parent);
  });

  const progress = h("p", { class: "progress", "aria-hidden": "true" });
  const submit = h("button", { type: "submit", class: "primary" }, t(lang, "sidebar.submit"));
  const bar = h("div", { class: "actions" }, submit, sections.length > 1 ? progress : null);
  // Not a live region: a saved record's message is focused instead, so it is read once.
  const status = h("div", { class: "status", tabindex: -1 });
  // Speaks messages that changed when a field is left, and nothing else.
  const announcer = h("div", { class: "sr-only", id: "announcer", "aria-live": "polite" });
  form.append(bar, status, announcer);
  root.replaceChildren(form);
  keepFocusAboveBar(bar);

  const showProgress = (index: number) => {
    const s = sections[index];
    if (!s?.label) return;
    progress.textContent = `${t(lang, "sidebar.section_progress", { index: index + 1, count: sections.length })} · ${label(lang, s.label)}`;
  };
  showProgress(0);
  form.addEventListener("focusin", (e) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>("[data-field]")?.dataset.field;
    const index = key === undefined ? undefined : sectionOf.get(key);
    if (index !== undefined) showProgress(index);
  });

  // ".field": the error summary's links carry data-field too, and come first in the form.
  const wrapOf = (key: string) => form.querySelector<HTMLElement>(`.field[data-field="${key}"]`);
  const values = (): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const data = new FormData(form);
    for (const f of spec.fields) {
      out[f.key] = f.kind === "multi" ? data.getAll(f.key) : (data.get(f.key) ?? "");
    }
    for (const f of spec.fields) if (!isFieldShown(f, out, boot.today)) delete out[f.key];
    // A confirmation left from a warning that no longer applies is not kept.
    for (const c of confirms) if (wrapOf(c.field)?.hidden) delete out[c.field];
    return out;
  };
  const syncVisibility = () => {
    const v = values();
    for (const f of spec.fields) {
      const wrap = wrapOf(f.key);
      if (!wrap) continue;
      if (f.showIf || f.shownFromAge || (isChoiceField(f) && f.choicesBy)) {
        wrap.hidden = !isFieldShown(f, { ...v, [f.key]: undefined }, boot.today);
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

  /** The control a message points at: the field's box, its chosen or first option, or the picker's search box. */
  const controlOf = (key: string): HTMLElement | null => {
    for (const selector of [
      `#f-${key}-search`,
      `[name="${key}"]:checked`,
      `#f-${key}:not([type=hidden])`,
      `input[name="${key}"]:not([type=hidden])`,
      // A host's own controls for the field (the phone's person lookup): its first box.
      `[data-field="${key}"] :is(input:not([type=hidden]), select, textarea)`,
    ]) {
      const el = form.querySelector<HTMLElement>(selector);
      if (el) return el;
    }
    return null;
  };

  const shownErrors = new Map<string, string>();
  const show = (errors: FieldIssue[], warnings: FieldIssue[], all: boolean, announce = false) => {
    const changed: string[] = [];
    for (const c of confirms) {
      const wrap = wrapOf(c.field);
      const warned = warnings.find((w) => (c.warnings as readonly string[]).includes(w.code));
      const at = warned && wrapOf(warned.field);
      if (!wrap) continue;
      wrap.hidden = !at && !errors.some((e) => e.field === c.field);
      if (at && at.nextElementSibling !== wrap) at.after(wrap);
    }
    for (const f of spec.fields) {
      const err = errors.filter((e) => e.field === f.key && (all || touched.has(f.key)));
      const warn = warnings.filter((w) => w.field === f.key);
      const wrap = wrapOf(f.key);
      const errEl = wrap?.querySelector<HTMLElement>(".field-error");
      const warnEl = wrap?.querySelector<HTMLElement>(".field-warning");
      const errText = err.map((e) => e.message).join(" ");
      const warnText = warn.map((w) => w.message).join(" ");
      if (errEl && errEl.textContent !== errText) errEl.textContent = errText;
      if (warnEl && warnEl.textContent !== warnText) {
        warnEl.textContent = warnText;
        if (warnText) changed.push(warnText);
      }
      if (errText && shownErrors.get(f.key) !== errText) changed.push(errText);
      if (errText) shownErrors.set(f.key, errText);
      else shownErrors.delete(f.key);
      wrap?.classList.toggle("invalid", err.length > 0);
      for (const el of wrap?.querySelectorAll("input,select,textarea") ?? [])
        if ((el as HTMLInputElement).type !== "hidden")
          el.setAttribute("aria-invalid", String(err.length > 0));
    }
    if (announce && changed.length) announcer.textContent = changed.join(" ");
  };
  // Errors only the save could find (the server's, the phone's person lookup): a re-check cannot
  // see them, so they stay on screen until their field is changed.
  let saveErrors: FieldIssue[] = [];
  const check = (all: boolean, announce = false) => {
    syncDerived();
    const r = validateRecord(spec, values(), ctx, lang, validator);
    const kept = saveErrors.filter((e) => !r.errors.some((x) => x.field === e.field));
    show([...r.errors, ...kept], r.warnings, all || submitted, announce);
    return r;
  };
  const forgetSaveErrors = (name: string) => {
    saveErrors = saveErrors.filter((e) => name !== e.field && !name.startsWith(`${e.field}__`));
  };

  /** The list of what to fix, at the top, each line a link to its field; takes the focus. */
  const showSummary = (errors: FieldIssue[], message?: string) => {
    const byField = new Map<string, string[]>();
    for (const e of errors) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
    const items = spec.fields
      .filter((f) => byField.has(f.key))
      .map((f) => {
        const link = h(
          "a",
          { href: `#f-${f.key}`, "data-field": f.key },
          `${label(lang, fieldLabelKey(spec.id, f.key))}: ${(byField.get(f.key) ?? []).join(" ")}`,
        );
        link.addEventListener("click", (e) => {
          e.preventDefault();
          const control = controlOf(f.key);
          control?.focus();
          control?.scrollIntoView({ block: "center" });
        });
        return h("li", {}, link);
      });
    summary.replaceChildren(
      h(
        "h2",
        { id: "error-summary-title" },
        message ?? t(lang, "sidebar.fix_errors", { count: byField.size || errors.length }),
      ),
      ...(items.length
        ? [h("p", {}, t(lang, "sidebar.fix_errors_hint")), h("ul", {}, ...items)]
        : []),
    );
    summary.hidden = false;
    summary.scrollIntoView({ block: "start" });
    summary.focus();
  };
  const hideSummary = () => {
    summary.hidden = true;
    summary.replaceChildren();
  };

  // Messages appearing or vanishing move the fields below; while a pointer is pressed that move
  // would turn the user's click into a miss, so re-checking waits until the click has landed.
  let pointerDown = false;
  let pending = false;
  const refresh = (announce = false) => {
    if (pointerDown) pending = true;
    else check(false, announce);
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
        setTimeout(() => check(false, true));
      }
    },
    true,
  );
  // A field counts as visited once its value changed: tabbing through an empty form says nothing.
  const changedNames = new Set<string>();
  const drafts: DraftKeeper | undefined =
    boot.edit || host ? undefined : draftKeeper(spec.id, values);
  form.addEventListener("input", (e) => {
    const name = (e.target as HTMLInputElement).name;
    if (name) changedNames.add(name);
    forgetSaveErrors(name);
    // While typing, a message that no longer applies goes at once (the field keeps its place).
    syncDerived();
    refresh();
    drafts?.changed();
  });
  form.addEventListener("change", (e) => {
    const name = (e.target as HTMLInputElement).name;
    forgetSaveErrors(name);
    if (name) {
      changedNames.add(name);
      touched.add(name);
    }
    syncVisibility();
    refresh(true);
    drafts?.changed();
  });
  form.addEventListener("focusout", (e) => {
    const name = (e.target as HTMLInputElement).name;
    if (name && changedNames.has(name)) touched.add(name);
    refresh(true);
  });
  // Enter in a box moves nothing and saves nothing: only the Simpan button saves.
  form.addEventListener("keydown", (e) => {
    const target = e.target as HTMLElement;
    if (e.key === "Enter" && target instanceof HTMLInputElement) e.preventDefault();
  });
  const clearForm = () => {
    form.reset();
    touched.clear();
    saveErrors = [];
    changedNames.clear();
    submitted = false;
    for (const picker of pickers.values()) picker.clear();
    syncVisibility();
    syncDerived();
    show([], [], true);
  };
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    submitted = true;
    const r = check(true);
    if (!r.ok) {
      status.className = "status";
      status.textContent = "";
      showSummary(r.errors);
      return;
    }
    hideSummary();
    submit.disabled = true;
    status.className = "status";
    status.textContent = t(lang, "sidebar.saving");
    try {
      // A draft still on its way must not land after the save has cleared it.
      await drafts?.settle();
      const res = host
        ? await host.save(values())
        : boot.edit
          ? await server.updateRecord(
              spec.id,
              {
                id: boot.edit.id,
                row: boot.edit.row,
                version: boot.edit.version,
                ...(boot.edit.needsLink ? { needsLink: true } : {}),
              },
              values(),
            )
          : await server.submitRecord(spec.id, values());
      if (!res.ok) {
        saveErrors = res.errors;
        show(res.errors, [], true);
        status.textContent = "";
        showSummary(res.errors, res.message);
        return;
      }
      saveErrors = [];
      // The next save of this edit compares against the row as this save left it.
      if (boot.edit && "version" in res && typeof res.version === "string")
        boot.edit.version = res.version;
      // Saved with its person: the row no longer needs linking.
      if (boot.edit?.needsLink && [...pickers.keys()].some((k) => values()[k])) {
        boot.edit.needsLink = false;
        for (const el of form.querySelectorAll("[data-needs-link]")) {
          for (const user of form.querySelectorAll(`[aria-describedby~="${el.id}"]`)) {
            const ids = (user.getAttribute("aria-describedby") ?? "").split(" ");
            user.setAttribute("aria-describedby", ids.filter((i) => i !== el.id).join(" "));
          }
          el.remove();
        }
      }
      // A new entry clears the form for the next person; an edit keeps the record on screen.
      if (!boot.edit) clearForm();
      else show([], [], true);
      status.className = res.checkStatus === "unchecked" ? "status warning" : "status ok";
      status.replaceChildren(h("p", { "data-saved-row": res.row }, res.message));
      if (res.warnings.length) {
        status.append(
          h("p", {}, t(lang, "sidebar.warnings")),
          h("ul", {}, ...res.warnings.map((w) => h("li", {}, w.message))),
        );
      }
      // The message is read out and the next Tab starts the form again from the top.
      status.focus();
    } catch (err) {
      status.className = "status error";
      status.textContent = t(lang, "sidebar.failed", { message: (err as Error).message });
      status.focus();
    } finally {
      submit.disabled = false;
    }
  });
  if (boot.edit) {
    fill(form, spec, boot.edit.values);
    for (const picker of pickers.values()) void picker.describe();
    form.prepend(h("p", { class: "notice" }, t(lang, "sidebar.editing", { row: boot.edit.row })));
  } else if (boot.draft && Object.keys(boot.draft).length) {
    fill(form, spec, boot.draft);
    for (const picker of pickers.values()) void picker.describe();
    const discard = h(
      "button",
      { type: "button", class: "secondary", id: "discard-draft" },
      t(lang, "draft.discard"),
    );
    const notice = h(
      "div",
      { class: "notice", id: "draft-notice" },
      h("p", {}, t(lang, "draft.restored")),
      discard,
    );
    discard.addEventListener("click", () => {
      clearForm();
      drafts?.discard();
      notice.remove();
      controlOf(spec.fields[0]?.key ?? "")?.focus();
    });
    form.prepend(notice);
  }
  syncVisibility();
  syncDerived();
}
