/**
 * Mount path finder
 * =================
 *
 * Two name fields (suggesting the people of the graph), a choice of the works-with view or the whole graph, and the
 * shortest path between the two: each step with its facts — marked inferred where they are, with the chain — and
 * their quotes and documents. Names in the path are buttons that select the node. The search itself is the caller's
 * (`findPath` over the graph it shows).
 */
import { EDGE_KIND_LABELS } from "@samverkan/core";
import { el } from "../dom/el";
import type { CitedEvidence, PathFact, PathResult } from "./find-path";

/** A person the fields suggest. */
export interface PathPerson {
  id: string;
  label: string;
}

/** Options of `mountPathFinder`. */
export interface PathFinderOptions {
  /** People to choose from (the persons of the graph). */
  people: readonly PathPerson[];
  /** Finds the path (e.g. `findPath(graph, from, to, { over, projection, nodes })`). */
  find: (from: string, to: string, over: "works-with" | "graph") => PathResult | null;
  /** Called with a node id when a name in the path is clicked. */
  onSelect?: (id: string) => void;
  /** Where to search first (default `works-with`). */
  over?: "works-with" | "graph";
}

/** A mounted path finder. */
export interface PathFinder {
  /** Replaces the people suggested. */
  update(people: readonly PathPerson[]): void;
  /** Fills the two fields (e.g. from the selected node) and searches when both are set. */
  setEnds(from: string | null, to: string | null): void;
  destroy(): void;
}

let mounted = 0;

function quote(evidence: CitedEvidence): HTMLElement {
  return el("blockquote", { className: "sv-quote" }, [document.createTextNode(evidence.quote), el("cite", { className: "sv-cite", text: evidence.cite })]);
}

/** Mounts the path finder into `container`. */
export function mountPathFinder(container: HTMLElement, options: PathFinderOptions): PathFinder {
  const listId = `sv-path-people-${++mounted}`;
  const list = el("datalist", { attrs: { id: listId } });
  const byText = new Map<string, string>();
  const textOf = new Map<string, string>();
  const field = (label: string) => el("input", { attrs: { type: "text", list: listId, "aria-label": label, placeholder: label, autocomplete: "off" } });
  const fromField = field("From person");
  const toField = field("To person");
  const overSelect = el("select", { attrs: { "aria-label": "Over" } }, [
    el("option", { text: "who works with whom", attrs: { value: "works-with" } }),
    el("option", { text: "the whole graph", attrs: { value: "graph" } }),
  ]);
  overSelect.value = options.over ?? "works-with";
  const findButton = el("button", { className: "sv-button", text: "Find path", attrs: { type: "button" } });
  const result = el("div", { attrs: { role: "status", "aria-live": "polite" } });
  const root = el("section", { className: "sv-analysis sv-path-finder", attrs: { "aria-label": "Shortest path" } }, [
    el("div", { className: "sv-analysis-row" }, [fromField, toField, el("label", {}, [document.createTextNode("over"), overSelect]), findButton]),
    list,
    result,
  ]);

  const setPeople = (people: readonly PathPerson[]) => {
    byText.clear();
    textOf.clear();
    const counts = new Map<string, number>();
    for (const person of people) counts.set(person.label.toLowerCase(), (counts.get(person.label.toLowerCase()) ?? 0) + 1);
    // Two people of one name are told apart by their ids.
    for (const person of people) {
      const text = (counts.get(person.label.toLowerCase()) ?? 0) > 1 ? `${person.label} (${person.id})` : person.label;
      byText.set(text.toLowerCase(), person.id);
      textOf.set(person.id, text);
    }
    list.replaceChildren(...[...textOf.values()].map((text) => el("option", { attrs: { value: text } })));
  };

  const name = (id: string, label: string) => {
    if (!options.onSelect) return el("strong", { text: label });
    const button = el("button", { className: "sv-link", text: label, attrs: { type: "button" } });
    button.addEventListener("click", () => options.onSelect?.(id));
    return button;
  };

  const fact = (item: PathFact): HTMLElement => {
    const badges = item.inferred ? [el("span", { className: "sv-badge sv-badge-inferred", text: "inferred" })] : [];
    const children: HTMLElement[] = [el("div", {}, [el("span", { text: EDGE_KIND_LABELS[item.kind] }), ...badges])];
    for (const reason of item.reasons) children.push(el("div", { className: "sv-note", text: reason }));
    if (item.chain.length > 0) {
      // The panel's markup for a chain (dom/panel.ts), so the viewer's styles for it apply here too.
      children.push(
        el("div", { className: "sv-chain" }, [
          el("div", { className: "sv-chain-title", text: item.kind === "works_with" ? "Derived from" : "Inferred because" }),
          el(
            "ol",
            {},
            item.chain.map((step) => el("li", {}, [el("span", { text: step.statement }), ...step.evidence.map(quote)])),
          ),
        ]),
      );
    } else children.push(...item.evidence.map(quote));
    return el("div", { className: "sv-path-fact" }, children);
  };

  const search = () => {
    const from = byText.get(fromField.value.trim().toLowerCase());
    const to = byText.get(toField.value.trim().toLowerCase());
    if (!from || !to) {
      result.replaceChildren(
        el("p", { className: "sv-error", text: `Pick two people from the list${!from ? ` (no one called “${fromField.value.trim()}”)` : ""}.` }),
      );
      return;
    }
    const over = overSelect.value === "graph" ? "graph" : "works-with";
    const path = options.find(from, to, over);
    if (!path) {
      const where = over === "graph" ? "the graph shown" : "who works with whom";
      result.replaceChildren(el("p", { className: "sv-note", text: `No path between ${textOf.get(from)} and ${textOf.get(to)} in ${where}.` }));
      return;
    }
    const labels = new Map(path.nodes.map((node) => [node.id, node.label]));
    result.replaceChildren(
      el("p", { className: "sv-note", text: `${path.steps.length} ${path.steps.length === 1 ? "step" : "steps"}. ${path.note}` }),
      el(
        "ol",
        { className: "sv-path-steps" },
        path.steps.map((step) =>
          el("li", {}, [
            el("div", {}, [name(step.from, labels.get(step.from) ?? step.from), document.createTextNode(" — "), name(step.to, labels.get(step.to) ?? step.to)]),
            ...step.facts.map(fact),
          ]),
        ),
      ),
    );
  };

  findButton.addEventListener("click", search);
  for (const input of [fromField, toField]) input.addEventListener("keydown", (event) => event.key === "Enter" && search());
  setPeople(options.people);
  container.append(root);
  return {
    update: setPeople,
    setEnds(from, to) {
      if (from !== null) fromField.value = textOf.get(from) ?? "";
      if (to !== null) toField.value = textOf.get(to) ?? "";
      if (fromField.value && toField.value) search();
    },
    destroy: () => root.remove(),
  };
}
