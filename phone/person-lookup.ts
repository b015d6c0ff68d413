// A case or service on the phone names its person (the phone has no register): NIK, or name + birth date or age + village.

import { h } from "../addon/client/dom.ts";
import { villageGroups } from "../addon/client/village-options.ts";
import type { PersonLookup } from "../core/field/person-link.ts";
import type { FieldSpec } from "../core/form-spec.ts";
import { type Lang, t } from "../core/i18n.ts";
import { checkNik } from "../core/nik.ts";
import type { FieldIssue } from "../core/validate.ts";

const PARTS = ["nik", "full_name", "birth_date", "age_years", "village"] as const;

/** The controls inside the person field's fieldset (its legend is the form's own label). */
export function personControls(
  f: FieldSpec,
  lang: Lang,
  today: string,
  describe: string,
): HTMLElement {
  const box = h("div", { class: "person-lookup" });
  box.append(h("p", { class: "help", id: `help-${f.key}-lookup` }, t(lang, "phone.person_help")));
  const described = `help-${f.key}-lookup ${describe}`;
  for (const part of PARTS) {
    const id = `f-${f.key}-${part}`;
    const name = `${f.key}__${part}`;
    const common = { id, name, "aria-describedby": described };
    let control: HTMLElement;
    if (part === "village") {
      control = h("select", common, h("option", { value: "" }, t(lang, "sidebar.choose")));
      for (const g of villageGroups([])) {
        const og = h("optgroup", { label: g.label });
        for (const v of g.villages)
          og.append(h("option", { value: v.code }, `${v.name} (${v.code})`));
        control.append(og);
      }
    } else if (part === "birth_date") control = h("input", { ...common, type: "date", max: today });
    else
      control = h("input", {
        ...common,
        type: "text",
        inputmode: part === "full_name" ? undefined : "numeric",
        maxlength: part === "full_name" ? 120 : part === "nik" ? 24 : 3,
        autocomplete: "off",
      });
    box.append(
      h("label", { for: id, class: "sub-label" }, t(lang, `phone.person.${part}`)),
      control,
    );
  }
  return box;
}

/** The person named in the form (undefined when nothing was written) and what is wrong with it. */
export function readLookup(
  form: HTMLFormElement,
  key: string,
  lang: Lang,
  today: Date,
  required: boolean,
): { lookup?: PersonLookup; errors: FieldIssue[] } {
  const data = new FormData(form);
  const get = (part: string) => String(data.get(`${key}__${part}`) ?? "").trim();
  const [nik, fullName, birthDate, age, village] = PARTS.map(get) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const errors: FieldIssue[] = [];
  const error = (message: string) => errors.push({ field: key, code: "phone.person", message });
  if (!nik && !fullName && !birthDate && !age && !village) {
    if (required) error(t(lang, "phone.person.need"));
    return { errors };
  }
  if (age && (!/^\d{1,3}$/.test(age) || Number(age) > 130)) error(t(lang, "phone.person.age"));
  if (nik) {
    for (const issue of checkNik(nik, { today }).issues)
      if (issue.severity === "error") error(t(lang, issue.code, issue.params));
  } else if (!fullName || !village || (!birthDate && !age)) error(t(lang, "phone.person.need"));
  const lookup: PersonLookup = {};
  if (nik) lookup.nik = nik;
  if (fullName) lookup.full_name = fullName;
  if (birthDate) lookup.birth_date = birthDate;
  if (age && !errors.length) lookup.age_years = Number(age);
  if (village) lookup.village = village;
  return { lookup, errors };
}
