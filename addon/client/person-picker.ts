// A person_id field: search the register on the server (never download it) and keep the chosen id; a combobox for keyboards and screen readers.
import { type Lang, t } from "../../core/i18n.ts";
import { h } from "./dom.ts";
import { server } from "./rpc.ts";

const MIN_QUERY = 2;
const DEBOUNCE_MS = 300;

export interface PersonPicker {
  element: HTMLElement;
  /** Shows the label of the id already in the field (edit mode, a restored draft). */
  describe(): Promise<void>;
  clear(): void;
}

/** `describe`: the ids of the field's help, error and warning, read with the search box. */
export function personPicker(name: string, lang: Lang, describe: string): PersonPicker {
  const hidden = h("input", { type: "hidden", name, id: `f-${name}` });
  const listId = `list-${name}`;
  const search = h("input", {
    type: "text",
    id: `f-${name}-search`,
    class: "person-search",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": listId,
    "data-person-search": name,
    placeholder: t(lang, "search.placeholder"),
    autocomplete: "off",
    "aria-describedby": describe,
  });
  const chosen = h("p", { class: "person-chosen", "data-person-chosen": name });
  const results = h("ul", {
    class: "person-results",
    role: "listbox",
    id: listId,
    "aria-labelledby": `label-${name}`,
    hidden: true,
  });
  const none = h("p", { class: "help", role: "status" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  let active = -1;

  const options = () => [...results.querySelectorAll<HTMLElement>("[role=option]")];
  const close = () => {
    results.replaceChildren();
    results.hidden = true;
    search.setAttribute("aria-expanded", "false");
    search.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (i: number) => {
    const list = options();
    if (!list.length) return;
    active = (i + list.length) % list.length;
    list.forEach((o, j) => {
      o.setAttribute("aria-selected", String(j === active));
    });
    const el = list[active] as HTMLElement;
    search.setAttribute("aria-activedescendant", el.id);
    el.scrollIntoView({ block: "nearest" });
  };
  const show = (id: string, label: string) => {
    chosen.replaceChildren();
    if (!id) return;
    const clearButton = h(
      "button",
      {
        type: "button",
        class: "remove",
        "aria-label": t(lang, "search.clear", { name: label }),
      },
      "×",
    );
    clearButton.addEventListener("click", () => {
      choose("", "");
      search.focus();
    });
    chosen.append(label, " ", clearButton);
  };
  const choose = (id: string, label: string) => {
    hidden.value = id;
    show(id, label);
    close();
    none.textContent = "";
    search.value = "";
    // Hidden inputs fire no events of their own: tell the form it changed.
    hidden.dispatchEvent(new Event("change", { bubbles: true }));
  };
  const lookUp = async (query: string) => {
    const mine = ++asked;
    const found = await server.searchPersons(query);
    if (mine !== asked) return; // a newer query is on its way
    close();
    none.textContent = found.length ? "" : t(lang, "search.no_results");
    if (!found.length) return;
    results.append(
      ...found.map((p, i) => {
        const option = h(
          "li",
          {
            role: "option",
            id: `${listId}-${i}`,
            class: "person-option",
            "aria-selected": "false",
            "data-person-id": p.id,
          },
          p.label,
        );
        // Keep the focus in the search box while choosing with the pointer.
        option.addEventListener("mousedown", (e) => e.preventDefault());
        option.addEventListener("click", () => choose(p.id, p.label));
        return option;
      }),
    );
    results.hidden = false;
    search.setAttribute("aria-expanded", "true");
  };
  search.addEventListener("input", (e) => {
    e.stopPropagation(); // typing a query is not a change of the record
    clearTimeout(timer);
    const q = search.value.trim();
    if (q.length < MIN_QUERY) {
      close();
      none.textContent = "";
      return;
    }
    timer = setTimeout(() => void lookUp(q), DEBOUNCE_MS);
  });
  search.addEventListener("change", (e) => e.stopPropagation());
  search.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (results.hidden) return;
      e.preventDefault();
      highlight(active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      const option = options()[active];
      if (option) option.click();
    } else if (e.key === "Escape" && !results.hidden) {
      e.preventDefault();
      close();
    }
  });
  search.addEventListener("blur", () => setTimeout(close, 200));

  return {
    element: h(
      "div",
      { class: "person-picker", id: `picker-${name}` },
      hidden,
      chosen,
      search,
      results,
      none,
    ),
    async describe() {
      const id = hidden.value;
      if (!id) return;
      const labels = await server.describePersons([id]);
      show(id, labels[id] ?? `${id} ${t(lang, "search.unknown_person")}`);
    },
    clear: () => {
      show("", "");
      close();
      none.textContent = "";
    },
  };
}
