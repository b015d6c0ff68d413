// Village selects on the phone offer the group's villages only (every programme village while unknown), keeping a value already chosen.

import { h } from "../addon/client/dom.ts";
import { villageChoices } from "./villages.ts";

const VILLAGE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** (Re)fills a village select with `villageChoices`, keeping its empty first option and its value. */
export function fillVillageSelect(
  select: HTMLSelectElement,
  known: readonly string[] | undefined,
  keep = select.value,
): void {
  const first = select.options[0];
  select.replaceChildren(...(first?.value === "" ? [first] : []));
  for (const g of villageChoices(known, keep)) {
    const og = h("optgroup", { label: g.label });
    for (const v of g.villages) og.append(h("option", { value: v.code }, `${v.name} (${v.code})`));
    select.append(og);
  }
  select.value = keep;
}

/** Limits every village select under `root` (a form's own, the queue's chooser, the person's). */
export function limitVillageSelects(root: ParentNode, known: readonly string[] | undefined): void {
  for (const select of root.querySelectorAll("select"))
    if ([...select.options].some((o) => VILLAGE.test(o.value))) fillVillageSelect(select, known);
}
