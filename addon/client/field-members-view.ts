// Pengaturan → Anggota lapangan: enable field entry (key pair made here), add members (join link and QR code), list and revoke them.
import { type Lang, t } from "../../core/i18n.ts";
import type { MessageKey } from "../../core/messages.ts";
import { toBase64 } from "../../core/sealed-box/base64.ts";
import { newKeyPair } from "../../core/sealed-box/seal.ts";
import type { FieldEntryState, FieldMemberRow } from "../shared/api/field-members-api.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";
import { server } from "./rpc.ts";

/** Refusals the server functions give, each with its text (written out so the page ships them). */
const SENTENCES: Record<string, MessageKey> = {
  "field.bad_name": "field.bad_name",
  "field.bad_key": "field.bad_key",
  "field.bad_member": "field.bad_member",
  "field.not_enabled": "field.not_enabled",
  "worker.not_configured": "field.page.no_server",
  "error.busy": "error.busy",
};
/** The worker's reasons are parts of a sentence ("server tidak dapat dihubungi; …"). */
const PARTS: Record<string, MessageKey> = {
  "worker.unreachable": "worker.unreachable",
  "worker.rejected_key": "worker.rejected_key",
  "worker.rate_limited": "worker.rate_limited",
  "worker.unavailable": "worker.unavailable",
  "worker.too_large": "worker.too_large",
  "worker.invalid_answer": "worker.invalid_answer",
  "worker.error": "worker.error",
};

export function reasonText(lang: Lang, reason: string): string {
  const sentence = SENTENCES[reason];
  if (sentence) return t(lang, sentence);
  const part = PARTS[reason];
  return t(lang, "field.page.failed", { reason: part ? t(lang, part) : reason });
}

const SVG = "http://www.w3.org/2000/svg";

/** The QR code as an SVG drawn from the server's path (no markup is parsed). */
function qrImage(size: number, d: string, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  const side = size + 8; // the 4-module quiet zone on each side
  svg.setAttribute("viewBox", `-4 -4 ${side} ${side}`);
  svg.setAttribute("width", "200");
  svg.setAttribute("height", "200");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("class", "qr");
  svg.setAttribute("shape-rendering", "crispEdges");
  const bg = document.createElementNS(SVG, "rect");
  const box: Record<string, string> = {
    x: "-4",
    y: "-4",
    width: String(side),
    height: String(side),
    fill: "#fff",
  };
  for (const [k, v] of Object.entries(box)) bg.setAttribute(k, v);
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", d);
  path.setAttribute("fill", "#000");
  svg.append(bg, path);
  return svg;
}

function say(el: HTMLElement, kind: "ok" | "error" | "", text: string): void {
  el.className = kind ? `status ${kind}` : "status";
  el.textContent = text;
}

export function renderFieldMembers(root: HTMLElement, boot: SidebarBoot): void {
  const lang = boot.lang;
  const state = { ...(boot.data as FieldEntryState) };
  const back = h("button", { type: "button", class: "secondary" }, t(lang, "field.page.back"));
  back.addEventListener("click", () => void server.showSettings());
  const noServer = state.configured
    ? null
    : h("p", { class: "status error", id: "no-server" }, t(lang, "field.page.no_server"));

  // Enabling: the key pair is made in this browser; only the server function sees the private half.
  const enableStatus = h("p", { class: "status", role: "status", id: "enable-status" });
  const enableButton = h("button", { type: "button", class: "primary", id: "enable-field" });
  const replaceButton = h(
    "button",
    { type: "button", class: "secondary", id: "replace-key" },
    t(lang, "field.page.replace"),
  );
  const replaceYes = h(
    "button",
    { type: "button", class: "danger", id: "replace-confirm" },
    t(lang, "field.page.replace"),
  );
  const replaceNo = h(
    "button",
    { type: "button", class: "secondary" },
    t(lang, "field.page.cancel"),
  );
  const replaceBox = h(
    "div",
    { class: "confirm", id: "replace-box", role: "group", hidden: true },
    h("p", { class: "notice", id: "replace-warning" }, t(lang, "field.page.replace_confirm")),
    h("div", { class: "row" }, replaceYes, replaceNo),
  );
  replaceYes.setAttribute("aria-describedby", "replace-warning");
  const enabledLine = h("p", { id: "enabled-line" }, t(lang, "field.page.is_enabled"));
  const enableSection = h(
    "section",
    { class: "field", "aria-labelledby": "h-enable" },
    h("h2", { class: "label", id: "h-enable" }, t(lang, "field.page.enable")),
    enabledLine,
    enableButton,
    replaceButton,
    replaceBox,
    enableStatus,
  );
  enableButton.textContent = t(lang, "field.page.enable");

  const enable = async (replace: boolean) => {
    enableButton.disabled = replaceYes.disabled = true;
    say(enableStatus, "", t(lang, "field.page.enabling"));
    try {
      const pair = newKeyPair();
      const publicKey = toBase64(pair.publicKey);
      const res = await server.enableFieldEntry(publicKey, toBase64(pair.secretKey), replace);
      if (!res.ok) {
        say(enableStatus, "error", reasonText(lang, res.reason));
        return;
      }
      const kept = res.publicKey !== publicKey;
      state.enabled = true;
      replaceBox.hidden = true;
      say(
        enableStatus,
        "ok",
        kept
          ? `${t(lang, "field.page.is_enabled")} ${t(lang, "field.page.kept")}`
          : t(lang, replace ? "field.page.replaced" : "field.page.enabled"),
      );
      show();
      void loadMembers();
    } catch (err) {
      say(enableStatus, "error", t(lang, "sidebar.failed", { message: (err as Error).message }));
    } finally {
      enableButton.disabled = replaceYes.disabled = false;
    }
  };
  enableButton.addEventListener("click", () => void enable(false));
  replaceButton.addEventListener("click", () => {
    replaceBox.hidden = false;
    replaceNo.focus();
  });
  replaceNo.addEventListener("click", () => {
    replaceBox.hidden = true;
    replaceButton.focus();
  });
  replaceYes.addEventListener("click", () => void enable(true));

  // Adding a member: the link is shown once (the server keeps only a hash of the token).
  const nameInput = h("input", {
    id: "f-memberName",
    name: "memberName",
    type: "text",
    maxlength: 80,
    autocomplete: "off",
    "aria-describedby": "help-memberName err-memberName",
  });
  const nameError = h("p", { class: "field-error", id: "err-memberName" });
  const addButton = h("button", { type: "submit", class: "primary" }, t(lang, "field.page.add"));
  const addStatus = h("div", { class: "status", role: "status", id: "add-status" });
  const added = h("div", { class: "field", id: "member-added" });
  const addForm = h(
    "form",
    { novalidate: true, class: "field", "aria-labelledby": "h-add" },
    h("h2", { class: "label", id: "h-add" }, t(lang, "field.page.add")),
    h("label", { class: "label small", for: "f-memberName" }, t(lang, "field.page.member_name")),
    h("p", { class: "help", id: "help-memberName" }, t(lang, "field.page.member_name_help")),
    nameInput,
    nameError,
    h("div", {}, addButton),
    addStatus,
    added,
  );
  const showAdded = (name: string, link: string, qr: { size: number; d: string }) => {
    const linkInput = h("input", {
      id: "member-link",
      type: "text",
      readonly: true,
      value: link,
      class: "link",
    });
    const copyStatus = h("p", { class: "help", role: "status", id: "copy-status" });
    const copy = h(
      "button",
      { type: "button", class: "secondary", id: "copy-link" },
      t(lang, "field.page.copy"),
    );
    copy.addEventListener("click", async () => {
      linkInput.select();
      let done = false;
      try {
        await navigator.clipboard.writeText(link);
        done = true;
      } catch {
        // The sidebar's frame may not be allowed the clipboard API: the older command still works there.
        done = document.execCommand("copy");
      }
      copyStatus.textContent = t(lang, done ? "field.page.copied" : "field.page.copy_failed");
    });
    added.replaceChildren(
      h(
        "label",
        { class: "label small", for: "member-link" },
        t(lang, "field.page.link", { name }),
      ),
      linkInput,
      h("div", {}, copy),
      copyStatus,
      qrImage(qr.size, qr.d, t(lang, "field.page.qr", { name })),
    );
  };
  addForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    nameError.textContent = "";
    nameInput.removeAttribute("aria-invalid");
    added.replaceChildren();
    say(addStatus, "", "");
    const name = nameInput.value.trim();
    if (!name) {
      nameError.textContent = t(lang, "field.bad_name");
      nameInput.setAttribute("aria-invalid", "true");
      nameInput.focus();
      return;
    }
    addButton.disabled = true;
    say(addStatus, "", t(lang, "field.page.adding"));
    try {
      const res = await server.addFieldMember(name);
      if (!res.ok) {
        say(addStatus, "", "");
        nameError.textContent = reasonText(lang, res.reason);
        nameInput.setAttribute("aria-invalid", "true");
        nameInput.focus();
        return;
      }
      nameInput.value = "";
      say(addStatus, "ok", t(lang, "field.page.added", { name: res.name }));
      showAdded(res.name, res.link, res.qr);
      void loadMembers();
    } catch (err) {
      say(addStatus, "error", t(lang, "sidebar.failed", { message: (err as Error).message }));
    } finally {
      addButton.disabled = false;
    }
  });

  // The members: names from this spreadsheet, dates and states from the worker.
  const listStatus = h("p", { class: "status", role: "status", id: "members-status" });
  const tbody = h("tbody", {});
  const table = h(
    "table",
    { class: "check-table", id: "members", hidden: true },
    h("caption", { class: "sr-only" }, t(lang, "field.page.members")),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, t(lang, "field.page.col_name")),
        h("th", { scope: "col" }, t(lang, "field.page.col_added")),
        h("th", { scope: "col" }, t(lang, "field.page.col_status")),
        h("td", {}),
      ),
    ),
    tbody,
  );
  const membersSection = h(
    "section",
    { class: "field", "aria-labelledby": "h-members" },
    h("h2", { class: "label", id: "h-members" }, t(lang, "field.page.members")),
    listStatus,
    table,
  );
  const rowOf = (m: FieldMemberRow): HTMLTableRowElement => {
    const cell = h("td", {});
    const tr = h(
      "tr",
      { "data-member": m.id },
      h("th", { scope: "row" }, m.name),
      h("td", {}, m.createdAt.slice(0, 10)),
      h(
        "td",
        { "data-status": m.revoked ? "revoked" : "active" },
        t(lang, m.revoked ? "field.page.revoked" : "field.page.active"),
      ),
      cell,
    );
    if (m.revoked) return tr;
    const revoke = h(
      "button",
      {
        type: "button",
        class: "secondary",
        "data-revoke": m.id,
        "aria-label": t(lang, "field.page.revoke_label", { name: m.name }),
      },
      t(lang, "field.page.revoke"),
    );
    const warning = h("p", { class: "notice", id: `revoke-warning-${m.id}` });
    const yes = h(
      "button",
      {
        type: "button",
        class: "danger",
        "data-revoke-confirm": m.id,
        "aria-describedby": `revoke-warning-${m.id}`,
      },
      t(lang, "field.page.revoke"),
    );
    const no = h("button", { type: "button", class: "secondary" }, t(lang, "field.page.cancel"));
    const confirmBox = h(
      "div",
      { class: "confirm", role: "group", hidden: true },
      warning,
      yes,
      no,
    );
    revoke.addEventListener("click", () => {
      warning.textContent = t(lang, "field.page.revoke_confirm", { name: m.name });
      confirmBox.hidden = false;
      revoke.hidden = true;
      no.focus();
    });
    no.addEventListener("click", () => {
      confirmBox.hidden = true;
      revoke.hidden = false;
      revoke.focus();
    });
    yes.addEventListener("click", async () => {
      yes.disabled = true;
      try {
        const res = await server.revokeFieldMember(m.id);
        if (!res.ok) {
          warning.textContent = reasonText(lang, res.reason);
          return;
        }
        say(listStatus, "ok", t(lang, "field.page.revoked_done", { name: m.name }));
        tr.replaceWith(rowOf({ ...m, revoked: true }));
      } catch (err) {
        warning.textContent = t(lang, "sidebar.failed", { message: (err as Error).message });
      } finally {
        yes.disabled = false;
      }
    });
    cell.append(revoke, confirmBox);
    return tr;
  };
  const loadMembers = async () => {
    say(listStatus, "", t(lang, "field.page.loading"));
    try {
      const res = await server.listFieldMembers();
      if (!res.ok) {
        table.hidden = true;
        say(listStatus, "error", reasonText(lang, res.reason));
        return;
      }
      tbody.replaceChildren(...res.members.map(rowOf));
      table.hidden = !res.members.length;
      say(listStatus, "", res.members.length ? "" : t(lang, "field.page.no_members"));
    } catch (err) {
      say(listStatus, "error", t(lang, "sidebar.failed", { message: (err as Error).message }));
    }
  };

  // Phones' entries are taken when someone works in the sheet: an editor add-on's clock trigger
  // runs without the spreadsheet or its document properties (where the group's key is).
  const whenTaken = h(
    "p",
    { class: "help", id: "field-when-taken" },
    t(lang, "field.page.when_taken"),
  );

  const show = () => {
    enabledLine.hidden = !state.enabled;
    enableButton.hidden = state.enabled;
    replaceButton.hidden = !state.enabled;
    for (const el of [addForm, membersSection, whenTaken]) el.hidden = !state.enabled;
  };
  root.replaceChildren(
    h(
      "div",
      { class: "pilah-form" },
      h("p", { class: "help" }, t(lang, "field.page.intro")),
      noServer,
      enableSection,
      addForm,
      membersSection,
      whenTaken,
      h("div", {}, back),
    ),
  );
  show();
  if (state.enabled && state.configured) void loadMembers();
}
