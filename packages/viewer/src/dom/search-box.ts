/**
 * Search box
 * ==========
 *
 * A combobox (WAI-ARIA 1.2 pattern) with suggestions as you type. Keyboard: ↓/↑ move through suggestions, Enter
 * picks the one moved to, else submits the text when `onSubmit` takes it (a question the map answers), else picks the
 * first; Escape closes the list (or clears the box). Suggestions are text only.
 */
import type { SuggestionSource } from "../types";
import { NODE_COLORS, NODE_KIND_LABELS } from "../state/encoding";
import { el } from "./el";

/** A mounted search box. */
export interface SearchBox {
  element: HTMLElement;
  input: HTMLInputElement;
  destroy(): void;
}

let instances = 0;

/**
 * Builds a search box over a suggestion source; `onChoose` gets the chosen node id, `onSubmit` the text on Enter
 * (true when it took it).
 */
export function createSearchBox(
  source: SuggestionSource,
  limit: number,
  onChoose: (id: string) => void,
  announce: (text: string) => void,
  onSubmit?: (text: string) => boolean,
): SearchBox {
  const prefix = `sv-search-${++instances}`;
  const input = el("input", {
    attrs: {
      type: "search",
      role: "combobox",
      "aria-label": "Search people, organisations, meetings",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": `${prefix}-list`,
      placeholder: "Search (press / )",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = el("ul", { className: "sv-suggestions", attrs: { id: `${prefix}-list`, role: "listbox", "aria-label": "Suggestions", hidden: true } });
  const element = el("div", { className: "sv-search" }, [input, list]);
  let ids: string[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const setActive = (index: number) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `${prefix}-opt-${index}`);
      list.children[index]?.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };
  const choose = (index: number) => {
    const id = ids[index];
    if (id === undefined) return;
    const option = list.children[index];
    input.value = option?.getAttribute("data-label") ?? input.value;
    close();
    onChoose(id);
  };
  const update = () => {
    const suggestions = source.suggest(input.value, limit);
    ids = suggestions.map((suggestion) => suggestion.id);
    list.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const swatch = el("span", { className: "sv-swatch", attrs: { "aria-hidden": "true" } });
        swatch.style.backgroundColor = NODE_COLORS[suggestion.kind];
        const option = el(
          "li",
          {
            className: "sv-suggestion",
            attrs: { id: `${prefix}-opt-${index}`, role: "option", "aria-selected": "false", "data-id": suggestion.id, "data-label": suggestion.label },
          },
          [
            swatch,
            el("span", { text: suggestion.label }),
            el("small", { text: [NODE_KIND_LABELS[suggestion.kind], suggestion.detail].filter(Boolean).join(" · ") }),
          ],
        );
        // mousedown, not click: picking must happen before the input's blur closes the list.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          choose(index);
        });
        return option;
      }),
    );
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    active = -1;
    if (input.value.trim()) announce(open ? `${suggestions.length} suggestions` : "No matches");
  };

  const onKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden) update();
      if (ids.length) setActive((active + 1) % ids.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (ids.length) setActive(active <= 0 ? ids.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      const listed = !list.hidden && ids.length > 0;
      if (listed && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (input.value.trim() && onSubmit?.(input.value)) {
        event.preventDefault();
        close();
      } else if (listed) {
        event.preventDefault();
        choose(0);
      }
    } else if (event.key === "Escape") {
      if (!list.hidden) close();
      else input.value = "";
    }
  };
  input.addEventListener("input", update);
  input.addEventListener("keydown", onKey);
  input.addEventListener("blur", close);
  return {
    element,
    input,
    destroy() {
      input.removeEventListener("input", update);
      input.removeEventListener("keydown", onKey);
      input.removeEventListener("blur", close);
    },
  };
}
