// Pilah Lapangan: the phone app. Joins by link, renders the sidebar's forms from their specs, seals each record on save, queues and sends it.

import { h } from "../addon/client/dom.ts";
import { renderForm } from "../addon/client/form-view.ts";
import { villageGroups } from "../addon/client/village-options.ts";
import type { SubmitResult } from "../addon/shared/api/forms-api.ts";
import type { SidebarBoot } from "../addon/shared/rpc-api.ts";
import { type PhoneState, phoneStateMessage, sealForQueue } from "../core/field/phone-item.ts";
import type { SealedRecord } from "../core/field/sealed-record.ts";
import type { FormId } from "../core/form-ids.ts";
import type { FormSpec } from "../core/form-spec.ts";
import { activityForm } from "../core/forms/activity.ts";
import { caseForm } from "../core/forms/case.ts";
import { memberForm } from "../core/forms/member.ts";
import { personForm } from "../core/forms/person.ts";
import { serviceForm } from "../core/forms/service.ts";
import { type Lang, langFromLocale, t } from "../core/i18n.ts";
import type { MessageKey } from "../core/messages.ts";
import { newRowId } from "../core/random-id.ts";
import { parseJoinFragment } from "./join-link.ts";
import { personControls, readLookup } from "./person-lookup.ts";
import { refreshStates, type SendOutcome, sendQueue } from "./sender.ts";
import {
  type Join,
  loadJoin,
  loadLang,
  loadQueue,
  type QueuedItem,
  saveJoin,
  saveLang,
  saveQueue,
} from "./storage.ts";

/** The forms a member fills on a phone (proposals are written at the group's desk). */
const FORMS: readonly FormSpec[] = [personForm, caseForm, serviceForm, activityForm, memberForm];
const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const POLL_MS = 30_000;

let lang: Lang = loadLang() ?? langFromLocale(navigator.language);
let join: Join | undefined;
let badLink = false;
let queue: QueuedItem[] = loadQueue();
let view: { kind: "home" } | { kind: "form"; form: FormId } | { kind: "queue" } = { kind: "home" };
/** The last send's message for the whole queue (offline, revoked, server trouble). */
let notice: { key: MessageKey; params?: Record<string, string | number> } | undefined;
let sending = false;

const root = document.getElementById("app") as HTMLElement;

/** A record id must not be guessable by another member (an id clash is refused): the browser's CSPRNG. */
function randomUnit(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] as number) / 2 ** 32;
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function persist(): void {
  saveQueue(queue);
}

/** A person_ref field is named on the phone, not picked: the checks here take it as optional (the phone checks the naming). */
function phoneSpec(spec: FormSpec): FormSpec {
  return {
    ...spec,
    // Its help speaks of searching the register; the phone's own controls explain themselves.
    fields: spec.fields.map((f) =>
      f.kind === "person_ref" ? { ...f, required: false, help: undefined } : f,
    ),
  };
}

function formSpecOf(id: FormId): FormSpec {
  return FORMS.find((f) => f.id === id) as FormSpec;
}

/** Seals the record to the group's key and queues only the box and its clear metadata. */
function save(
  spec: FormSpec,
  form: HTMLFormElement,
  values: Record<string, unknown>,
): SubmitResult {
  if (!join) return { ok: false, errors: [], message: t(lang, "phone.no_join") };
  // The form's own spec says whether the person is required (the phone's copy made it optional).
  const person = formSpecOf(spec.id).fields.find((f) => f.kind === "person_ref");
  const found = person
    ? readLookup(form, person.key, lang, new Date(), person.required === true)
    : { errors: [] };
  if (found.errors.length) return { ok: false, errors: found.errors };
  const clean: SealedRecord["values"] = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === "" || v === undefined || (Array.isArray(v) && !v.length)) continue;
    clean[k] = Array.isArray(v) ? v.map(String) : (v as string | number | null);
  }
  const village =
    (typeof clean.village === "string" && clean.village) ||
    found.lookup?.village ||
    (form.elements.namedItem("phone_village") as HTMLSelectElement | null)?.value ||
    "";
  if (!VILLAGE.test(village))
    return {
      ok: false,
      errors: [{ field: "phone_village", code: "required", message: t(lang, "error.required") }],
      message: `${t(lang, "field.case.village")}: ${t(lang, "error.required")}`,
    };
  const record: SealedRecord = {
    v: 1,
    id: newRowId(randomUnit),
    form: spec.id,
    saved_at: new Date().toISOString(),
    values: clean,
    ...(found.lookup ? { person: found.lookup } : {}),
  };
  const item: QueuedItem = { ...sealForQueue(record, village, join.publicKey), state: "saved" };
  queue = [...queue, item];
  try {
    persist();
  } catch {
    queue = queue.slice(0, -1);
    return { ok: false, errors: [], message: t(lang, "phone.storage_full") };
  }
  localStorage.setItem("pilah.lapangan.village", village);
  void send();
  return {
    ok: true,
    sheet: "",
    row: 0,
    id: record.id,
    checkStatus: "ok",
    warnings: [],
    message: t(lang, "phone.saved"),
  };
}

function outcomeNotice(o: SendOutcome): typeof notice {
  switch (o.kind) {
    case "offline":
      return { key: "phone.offline" };
    case "revoked":
      return { key: "phone.revoked" };
    case "failed":
      return { key: o.key, params: { reason: o.reason } };
    default:
      return o.sent ? { key: "phone.sent_count", params: { count: o.sent } } : undefined;
  }
}

/** Sends what is unsent, then reads the states of what was sent; the screen follows. */
async function send(): Promise<void> {
  // A revoked token stays revoked: only a new join link (which clears the mark) sends again.
  if (!join || join.revoked || sending) return;
  sending = true;
  try {
    const outcome = await sendQueue(join, queue);
    persist();
    notice = outcomeNotice(outcome);
    let revoked = outcome.kind === "revoked";
    if (outcome.kind === "done" || outcome.kind === "failed") {
      const polled = await refreshStates(join, queue);
      persist();
      if (polled === "revoked") revoked = true;
    }
    if (revoked) {
      join.revoked = true;
      saveJoin(join);
      notice = { key: "phone.revoked" };
    }
  } finally {
    sending = false;
    if (view.kind !== "form") render();
    else renderChrome();
  }
}

function stateText(item: QueuedItem): string {
  if (item.problem) return t(lang, item.problem.key, { reason: item.problem.reason ?? "" });
  if (item.state === "expired") return t(lang, "phone.status.expired");
  return t(lang, phoneStateMessage(item.state as PhoneState));
}

function villageName(code: string): string {
  const select = document.querySelector<HTMLSelectElement>("#phone-village-names");
  return select?.querySelector<HTMLOptionElement>(`option[value="${code}"]`)?.textContent ?? code;
}

function queueView(): HTMLElement {
  const list = h("ul", { class: "queue", "aria-label": t(lang, "phone.queue_title") });
  for (const item of [...queue].reverse()) {
    const failed = !!item.problem || ["rejected", "unknown", "expired"].includes(item.state);
    const retry =
      failed && item.state !== "saved"
        ? h(
            "button",
            { type: "button", class: "secondary", "data-retry": item.id },
            t(lang, "phone.retry"),
          )
        : item.problem
          ? h(
              "button",
              { type: "button", class: "secondary", "data-retry": item.id },
              t(lang, "phone.retry"),
            )
          : null;
    const del = h(
      "button",
      { type: "button", class: "secondary", "data-delete": item.id },
      t(lang, "phone.delete"),
    );
    const when = new Date(item.saved_at);
    list.append(
      h(
        "li",
        {
          class: `queue-item state-${failed ? "error" : item.state}`,
          "data-id": item.id,
          "data-state": item.state,
        },
        h("p", { class: "queue-form" }, t(lang, `phone.form.${item.form}` as MessageKey)),
        h(
          "p",
          { class: "queue-meta" },
          `${villageName(item.village)} · ${t(lang, "phone.saved_at", { time: when.toLocaleString(lang === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short" }) })}`,
        ),
        h("p", { class: "queue-state", role: failed ? "alert" : undefined }, stateText(item)),
        h("div", { class: "queue-actions" }, retry, del),
      ),
    );
  }
  const sendButton = h(
    "button",
    { type: "button", class: "primary", id: "send", disabled: sending || !join || join.revoked },
    t(lang, sending ? "phone.sending" : "phone.send"),
  );
  sendButton.addEventListener("click", () => void send());
  list.addEventListener("click", (e) => {
    const target = e.target as HTMLElement;
    const retryId = target.dataset.retry;
    const deleteId = target.dataset.delete;
    if (retryId) {
      const item = queue.find((i) => i.id === retryId);
      if (item) {
        delete item.problem;
        // The phone still holds the box: sending it again replaces an unreadable copy on the server.
        item.state = "saved";
        persist();
        void send();
        render();
      }
    } else if (deleteId && confirm(t(lang, "phone.delete_confirm"))) {
      queue = queue.filter((i) => i.id !== deleteId);
      persist();
      render();
    }
  });
  return h(
    "section",
    { "aria-labelledby": "queue-title" },
    h("h2", { id: "queue-title" }, t(lang, "phone.queue_title")),
    h("p", { class: "help" }, t(lang, "phone.queue_sealed")),
    sendButton,
    queue.length ? list : h("p", {}, t(lang, "phone.queue_empty")),
  );
}

function homeView(): HTMLElement {
  const nav = h("ul", { class: "form-list" });
  for (const spec of FORMS) {
    const b = h(
      "button",
      { type: "button", class: "form-button", "data-form": spec.id },
      t(lang, `phone.form.${spec.id}` as MessageKey),
    );
    b.addEventListener("click", () => go({ kind: "form", form: spec.id }));
    nav.append(h("li", {}, b));
  }
  return h(
    "section",
    { "aria-labelledby": "home-title" },
    h("h2", { id: "home-title" }, t(lang, "phone.choose_form")),
    nav,
  );
}

function formView(id: FormId): HTMLElement {
  const spec = phoneSpec(formSpecOf(id));
  const boot = {
    page: id,
    lang,
    today: today(),
    settings: { serverUrl: "", hasKey: false, lang, villages: [], reportPeriod: "" },
    title: t(lang, `phone.form.${id}` as MessageKey),
  } as unknown as SidebarBoot;
  const holder = h("div", { class: "form-holder" });
  const wrap = h(
    "section",
    { "aria-labelledby": "form-title" },
    h("h2", { id: "form-title" }, boot.title),
  );
  // Forms without a village of their own still need one for the queue list (clear metadata).
  if (!spec.fields.some((f) => f.kind === "village")) {
    const select = h(
      "select",
      { id: "phone-village", name: "phone_village", form: "phone-form" },
      h("option", { value: "" }, t(lang, "sidebar.choose")),
    );
    for (const o of document.querySelectorAll<HTMLOptionElement>("#phone-village-names option"))
      select.append(h("option", { value: o.value }, o.textContent ?? o.value));
    select.value = localStorage.getItem("pilah.lapangan.village") ?? "";
    wrap.append(
      h(
        "div",
        { class: "field" },
        h("label", { class: "label", for: "phone-village" }, t(lang, "field.case.village")),
        select,
      ),
    );
  }
  wrap.append(holder);
  renderForm(holder, spec, boot, {
    save: async (values) => save(spec, holder.querySelector("form") as HTMLFormElement, values),
    personControl: (f, describe) => personControls(f, lang, boot.today, describe),
  });
  holder.querySelector("form")?.setAttribute("id", "phone-form");
  return wrap;
}

function go(next: typeof view): void {
  view = next;
  render();
  window.scrollTo(0, 0);
}

/** The header, navigation and notices (kept when a form is on screen, so typing is not lost). */
function renderChrome(): void {
  const header = document.getElementById("chrome") as HTMLElement;
  const langButton = h(
    "button",
    { type: "button", class: "link", id: "lang", lang: lang === "id" ? "en" : "id" },
    t(lang, "phone.lang_switch"),
  );
  langButton.addEventListener("click", () => {
    lang = lang === "id" ? "en" : "id";
    saveLang(lang);
    render();
  });
  const unsent = queue.filter((i) => i.state !== "taken").length;
  const homeButton = h(
    "button",
    { type: "button", id: "nav-new", "aria-current": view.kind !== "queue" ? "page" : undefined },
    t(lang, "phone.new_record"),
  );
  homeButton.addEventListener("click", () => go({ kind: "home" }));
  const queueButton = h(
    "button",
    { type: "button", id: "nav-queue", "aria-current": view.kind === "queue" ? "page" : undefined },
    t(lang, "phone.queue", { count: unsent }),
  );
  queueButton.addEventListener("click", () => go({ kind: "queue" }));
  const notices: HTMLElement[] = [];
  if (badLink)
    notices.push(h("p", { class: "notice error", role: "alert" }, t(lang, "phone.bad_link")));
  if (join?.revoked)
    notices.push(
      h("p", { class: "notice error", role: "alert", id: "revoked" }, t(lang, "phone.revoked")),
    );
  else if (notice)
    notices.push(
      h(
        "p",
        {
          class: `notice${notice.key === "phone.sent_count" ? "" : " warning"}`,
          role: "status",
          id: "send-notice",
        },
        t(lang, notice.key, notice.params),
      ),
    );
  document.documentElement.lang = lang;
  document.title = t(lang, "phone.app_name");
  header.replaceChildren(
    h("div", { class: "bar" }, h("h1", {}, t(lang, "phone.app_name")), langButton),
    join
      ? h("nav", { "aria-label": t(lang, "phone.nav"), class: "tabs" }, homeButton, queueButton)
      : "",
    ...notices,
  );
}

function render(): void {
  renderChrome();
  if (!join) {
    root.replaceChildren(h("p", { class: "notice", id: "no-join" }, t(lang, "phone.no_join")));
    return;
  }
  root.replaceChildren(
    view.kind === "queue" ? queueView() : view.kind === "form" ? formView(view.form) : homeView(),
  );
}

/** Takes the join from the address bar's fragment, if any (a new link replaces a revoked token; the queue stays). */
function adoptLink(): void {
  const fromLink = parseJoinFragment(location.hash, location.origin);
  badLink = fromLink === "bad";
  if (fromLink && fromLink !== "bad") {
    saveJoin(fromLink);
    notice = undefined;
  }
  // The token must not stay in the address bar, the history or a shared screenshot.
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  join = loadJoin();
}

function start(): void {
  adoptLink();
  // One hidden list of village names, shared by the queue and the village chooser.
  const names = h("select", {
    id: "phone-village-names",
    hidden: true,
    "aria-hidden": "true",
    tabindex: -1,
  });
  for (const g of villageGroups([]))
    for (const v of g.villages)
      names.append(h("option", { value: v.code }, `${v.name} (${v.code})`));
  document.body.append(names);
  render();
  window.addEventListener("online", () => void send());
  // A join link opened in the tab that already shows the app only changes the fragment.
  window.addEventListener("hashchange", () => {
    adoptLink();
    render();
    void send();
  });
  setInterval(() => {
    if (navigator.onLine && queue.some((i) => i.state === "sent" || i.state === "saved"))
      void send();
  }, POLL_MS);
  void send();
  if ("serviceWorker" in navigator)
    void navigator.serviceWorker.register("./sw.js").catch(() => undefined);
}

start();
