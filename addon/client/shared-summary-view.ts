// Ringkasan bersama: choose an area (from the program's regencies and districts) and a period, then fetch.
import { districtsOf, findVillage, PROGRAM_REGENCIES } from "../../core/areas.ts";
import { t } from "../../core/i18n.ts";
import type { SidebarBoot } from "../shared/rpc-api.ts";
import { h } from "./dom.ts";
import { server } from "./rpc.ts";

export function renderSharedSummary(root: HTMLElement, boot: SidebarBoot): void {
  const lang = boot.lang;
  // The group's own regency first: the area a group most often compares itself with.
  const own = boot.settings.villages
    .map((v) => findVillage(v)?.districtCode.slice(0, 5))
    .find(Boolean);
  const area = h(
    "select",
    { id: "f-region", name: "region" },
    h("option", { value: "all" }, t(lang, "shared.area_all")),
  );
  for (const r of PROGRAM_REGENCIES) {
    const og = h("optgroup", { label: r.name });
    og.append(h("option", { value: r.code, selected: r.code === own }, `${r.name} (${r.code})`));
    for (const d of districtsOf(r.code))
      og.append(h("option", { value: d.code }, `— ${d.name} (${d.code})`));
    area.append(og);
  }
  const period = h("input", {
    id: "f-period",
    name: "period",
    type: "text",
    value: boot.settings.reportPeriod || boot.today.slice(0, 4),
    size: 8,
    "aria-describedby": "help-period",
  });
  const status = h("div", { class: "status", role: "status" });
  const fetchButton = h("button", { type: "submit", class: "primary" }, t(lang, "shared.fetch"));
  const form = h(
    "form",
    { novalidate: true, class: "pilah-form" },
    h(
      "div",
      { class: "field" },
      h("label", { class: "label", for: "f-region" }, t(lang, "shared.area")),
      area,
    ),
    h(
      "div",
      { class: "field" },
      h("label", { class: "label", for: "f-period" }, t(lang, "shared.period")),
      h("p", { class: "help", id: "help-period" }, t(lang, "shared.period_hint")),
      period,
    ),
    h("div", { class: "actions" }, fetchButton),
    status,
  );
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    fetchButton.disabled = true;
    status.className = "status";
    status.textContent = t(lang, "shared.fetching");
    try {
      const res = await server.buildSharedSummary({ region: area.value, period: period.value });
      status.className = `status ${res.ok ? "ok" : "error"}`;
      status.textContent = res.message;
    } catch (err) {
      status.className = "status error";
      status.textContent = t(lang, "sidebar.failed", { message: (err as Error).message });
    } finally {
      fetchButton.disabled = false;
    }
  });
  root.replaceChildren(form);
}
