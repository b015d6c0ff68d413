// A person_id field: search the register on the server (never download it) and keep the chosen id.
import { type Lang, t } from "../../core/i18n.ts";
import { h } from "./dom.ts";
import { server } from "./rpc.ts";

const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;

export interface PersonPicker {
  element: HTMLElement;
  /** Shows the label of the id already in the field (edit mode). */
  describe(): Promise<void>;
  clear(): void;
}

export function personPicker(name: string, lang: Lang): PersonPicker {
  const hidden = h("input", { type: "hidden", name, id: `f-${name}` });
  const search = h("input", {
    type: "search",
    class: "person-search",
    "data-person-search": name,
    placeholder: t(lang, "search.placeholder"),
    autocomplete: "off",
    "aria-describedby": `err-${name}`,
  });
  const chosen = h("p", { class: "person-chosen", "data-person-chosen": name });
  const results = h("ul", { class: "person-results", role: "listbox" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const show = (id: string, label: string) => {
    chosen.replaceChildren();
    if (!id) return;
    const clearButton = h("button", { type: "button", class: "link", "aria-label": "×" }, "×");
    clearButton.addEventListener("click", () => choose("", ""));
    chosen.append(label, " ", clearButton);
  };
  const choose = (id: string, label: string) => {
    hidden.value = id;
    show(id, label);
    results.replaceChildren();
    search.value = "";
    // Hidden inputs fire no events of their own: tell the form it changed.
    hidden.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const lookUp = async (query: string) => {
    const mine = ++asked;
    const found = await server.searchPersons(query);
    if (mine !== asked) return; // a newer query is on its way
    results.replaceChildren(
      ...(found.length
        ? found.map((p) => {
            const b = h(
              "button",
              { type: "button", class: "person-option", "data-person-id": p.id },
              p.label,
            );
            b.addEventListener("click", () => choose(p.id, p.label));
            return h("li", { role: "option" }, b);
          })
        : [h("li", { class: "help" }, t(lang, "search.no_results"))]),
    );
  };
  search.addEventListener("input", (e) => {
    e.stopPropagation(); // typing a query is not a change of the record
    clearTimeout(timer);
    const q = search.value.trim();
    if (q.length < MIN_QUERY) {
      results.replaceChildren();
      return;
    }
    timer = setTimeout(() => void lookUp(q), DEBOUNCE_MS);
  });
  search.addEventListener("change", (e) => e.stopPropagation());

  return {
    element: h(
      "div",
      { class: "person-picker", id: `picker-${name}` },
      hidden,
      chosen,
      search,
      results,
    ),
    async describe() {
      const id = hidden.value;
      if (!id) return;
      const labels = await server.describePersons([id]);
      show(id, labels[id] ?? `${id} ${t(lang, "search.unknown_person")}`);
    },
    clear: () => show("", ""),
  };
}
