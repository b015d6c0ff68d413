// Pengaturan: server address, group key, language and the group's villages (chosen by district, not typed).

import { AGE_BAND_SCHEMES } from "../../core/age-bands.ts";
import { districtsOf, findVillage, PROGRAM_REGENCIES, villagesOf } from "../../core/areas.ts";
import { LANGS, t } from "../../core/i18n.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";
import { server } from "./rpc.ts";

export function renderSettings(root: HTMLElement, boot: SidebarBoot): void {
  const lang = boot.lang;
  const s = boot.settings;
  const chosen = new Set(s.villages);
  const errorEl = (name: string) =>
    h("p", { class: "field-error", id: `err-${name}`, "data-for": name });

  const url = h("input", {
    id: "f-serverUrl",
    name: "serverUrl",
    type: "url",
    value: s.serverUrl,
    "aria-describedby": "err-serverUrl",
  });
  const key = h("input", {
    id: "f-groupKey",
    name: "groupKey",
    type: "password",
    autocomplete: "off",
    placeholder: s.hasKey ? t(lang, "settings.group_key_saved") : "",
    "aria-describedby": "help-groupKey err-groupKey connection-status",
  });
  const connection = h("p", { class: "connection", id: "connection-status", role: "status" });
  const testButton = h(
    "button",
    { type: "button", class: "secondary", id: "test-connection" },
    t(lang, "settings.test_connection"),
  );
  testButton.addEventListener("click", async () => {
    testButton.disabled = true;
    connection.className = "connection";
    connection.textContent = t(lang, "settings.testing");
    try {
      const res = await server.testConnection({ serverUrl: url.value, groupKey: key.value });
      connection.className = `connection ${res.ok ? "ok" : "error"}`;
      connection.textContent = res.message;
    } catch (err) {
      connection.className = "connection error";
      connection.textContent = t(lang, "sidebar.failed", { message: (err as Error).message });
    } finally {
      testButton.disabled = false;
    }
  });
  const langBox = h("div", { class: "choices radio" });
  for (const l of LANGS) {
    langBox.append(
      h(
        "label",
        { class: "choice" },
        h("input", { type: "radio", name: "lang", value: l, checked: l === lang }),
        ` ${t(lang, `settings.lang.${l}`)}`,
      ),
    );
  }

  const ageBands = h("select", {
    id: "f-ageBands",
    name: "ageBands",
    "aria-describedby": "err-ageBands",
  });
  for (const scheme of AGE_BAND_SCHEMES) {
    ageBands.append(
      h(
        "option",
        { value: scheme, selected: scheme === s.ageBands },
        t(lang, `settings.age_bands.${scheme}`),
      ),
    );
  }
  const period = h("input", {
    id: "f-reportPeriod",
    name: "reportPeriod",
    type: "text",
    value: s.reportPeriod,
    placeholder: "2026",
    size: 8,
    "aria-describedby": "help-reportPeriod err-reportPeriod",
  });

  const district = h(
    "select",
    { id: "f-district" },
    h("option", { value: "" }, t(lang, "sidebar.choose")),
  );
  for (const r of PROGRAM_REGENCIES) {
    const og = h("optgroup", { label: r.name });
    for (const d of districtsOf(r.code)) og.append(h("option", { value: d.code }, d.name));
    district.append(og);
  }
  const villageBox = h("div", { class: "choices checkbox", id: "district-villages" });
  const villageGroup = h(
    "fieldset",
    { class: "field", hidden: true },
    h("legend", { class: "label small", id: "district-villages-label" }),
    villageBox,
  );
  const chosenList = h("ul", {
    class: "chosen",
    id: "chosen-villages",
    "aria-labelledby": "label-villages",
  });
  const renderChosen = () => {
    chosenList.replaceChildren(
      ...[...chosen].sort().map((code) => {
        const name = `${findVillage(code)?.name ?? code} (${code})`;
        const remove = h(
          "button",
          {
            type: "button",
            class: "remove",
            "data-remove": code,
            "aria-label": t(lang, "settings.remove_village", { name }),
          },
          "×",
        );
        remove.addEventListener("click", () => {
          chosen.delete(code);
          renderChosen();
          renderDistrict();
          district.focus();
        });
        return h("li", {}, `${name} `, remove);
      }),
    );
  };
  const renderDistrict = () => {
    const option = district.selectedOptions[0];
    villageGroup.hidden = !district.value;
    (villageGroup.firstElementChild as HTMLElement).textContent = t(
      lang,
      "settings.district_villages",
      { district: option?.textContent ?? "" },
    );
    villageBox.replaceChildren(
      ...villagesOf(district.value).map((v) => {
        const box = h("input", { type: "checkbox", value: v.code, checked: chosen.has(v.code) });
        box.addEventListener("change", () => {
          if (box.checked) chosen.add(v.code);
          else chosen.delete(v.code);
          renderChosen();
        });
        return h("label", { class: "choice" }, box, ` ${v.name}`);
      }),
    );
  };
  district.addEventListener("change", renderDistrict);

  const status = h("div", { class: "status", role: "status" });
  const save = h("button", { type: "submit", class: "primary" }, t(lang, "settings.save"));
  const form = h(
    "form",
    { novalidate: true, class: "pilah-form" },
    h(
      "div",
      { class: "field", "data-field": "serverUrl" },
      h("label", { class: "label", for: "f-serverUrl" }, t(lang, "settings.server_url")),
      url,
      errorEl("serverUrl"),
    ),
    h(
      "div",
      { class: "field", "data-field": "groupKey" },
      h("label", { class: "label", for: "f-groupKey" }, t(lang, "settings.group_key")),
      h("p", { class: "help", id: "help-groupKey" }, t(lang, "settings.group_key_hint")),
      key,
      errorEl("groupKey"),
      h("div", {}, testButton),
      connection,
    ),
    h(
      "fieldset",
      { class: "field", "data-field": "lang" },
      h("legend", { class: "label" }, t(lang, "settings.language")),
      langBox,
    ),
    h(
      "div",
      { class: "field", "data-field": "villages" },
      h("h2", { class: "label", id: "label-villages" }, t(lang, "settings.villages")),
      chosenList,
      h("label", { class: "label small", for: "f-district" }, t(lang, "settings.district")),
      district,
      villageGroup,
      errorEl("villages"),
    ),
    h(
      "div",
      { class: "field", "data-field": "ageBands" },
      h("label", { class: "label", for: "f-ageBands" }, t(lang, "settings.age_bands")),
      ageBands,
      errorEl("ageBands"),
    ),
    h(
      "div",
      { class: "field", "data-field": "reportPeriod" },
      h("label", { class: "label", for: "f-reportPeriod" }, t(lang, "settings.report_period")),
      h("p", { class: "help", id: "help-reportPeriod" }, t(lang, "settings.report_period_hint")),
      period,
      errorEl("reportPeriod"),
    ),
    h("div", { class: "actions" }, save),
    status,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    save.disabled = true;
    for (const el of form.querySelectorAll(".field-error")) el.textContent = "";
    try {
      const data = new FormData(form);
      const res = await server.saveSettings({
        serverUrl: url.value,
        groupKey: key.value,
        lang: data.get("lang") === "en" ? "en" : "id",
        villages: [...chosen],
        ageBands: ageBands.value as (typeof AGE_BAND_SCHEMES)[number],
        reportPeriod: period.value,
      });
      if (!res.ok) {
        for (const issue of res.errors) {
          const el = form.querySelector(`.field-error[data-for="${issue.field.split(".")[0]}"]`);
          if (el) el.textContent = issue.message;
        }
        form
          .querySelector<HTMLElement>(".field-error:not(:empty)")
          ?.parentElement?.querySelector<HTMLElement>("input,select")
          ?.focus();
        status.className = "status error";
        status.textContent = t(lang, "sidebar.fix_errors", { count: res.errors.length });
        return;
      }
      key.value = "";
      key.placeholder = res.settings.hasKey ? t(lang, "settings.group_key_saved") : "";
      status.className = "status ok";
      status.textContent = res.message;
    } catch (err) {
      status.className = "status error";
      status.textContent = t(lang, "sidebar.failed", { message: (err as Error).message });
    } finally {
      save.disabled = false;
    }
  });
  // Field entry has its own page: keys, members' links and revocations are not part of saving settings.
  const fieldButton = h(
    "button",
    { type: "button", class: "secondary", id: "open-field-members" },
    t(lang, "field.page.open"),
  );
  fieldButton.addEventListener("click", () => void server.showFieldMembers());
  root.replaceChildren(form, h("div", { class: "field" }, fieldButton));
  renderChosen();
}
