/**
 * Side panel
 * ==========
 *
 * Lays out a `PanelModel`: the entity, its facts, then one list per section, each line with its date, badges and
 * quotes. Every name and quote is set as text. Lines about another node are buttons that focus it.
 */
import type { EvidenceView, PanelItem, PanelModel } from "../state/describe-entity";
import { NODE_COLORS, NODE_KIND_LABELS } from "../state/encoding";
import { clear, el, externalLink } from "./el";

/** What the panel's buttons do. */
export interface PanelActions {
  navigate(id: string): void;
  showEgo(id: string, depth: 1 | 2): void;
  showWorksWith(id: string): void;
  close(): void;
}

/** Extra state the panel reports. */
export interface PanelContext {
  /** The focused node is hidden by the filters or ego selection. */
  hidden: boolean;
  /** The works-with view is open. */
  worksWith: boolean;
}

/** Renders the panel for a model into `container` (which it empties first). */
export function renderPanel(container: HTMLElement, model: PanelModel, context: PanelContext, actions: PanelActions): void {
  clear(container);
  const swatch = el("span", { className: "sv-swatch", attrs: { "aria-hidden": "true" } });
  swatch.style.backgroundColor = NODE_COLORS[model.kind];
  const heading = el("h2", { text: model.label, attrs: { tabindex: -1, "data-node": model.id } });
  container.append(
    el("div", { className: "sv-panel-head" }, [
      heading,
      el("p", { className: "sv-kind" }, [swatch, document.createTextNode(` ${NODE_KIND_LABELS[model.kind]}`)]),
    ]),
  );
  if (context.hidden) container.append(el("p", { className: "sv-note", text: "Hidden on the map by the current filters." }));

  const actionsBar = el("div", { className: "sv-panel-actions" }, [
    button("Neighbours (1 step)", () => actions.showEgo(model.id, 1)),
    button("2 steps", () => actions.showEgo(model.id, 2)),
    model.kind === "person" && !context.worksWith ? button("Who works with them", () => actions.showWorksWith(model.id)) : null,
    button("Close", () => actions.close(), "Close details"),
  ]);
  container.append(actionsBar);

  if (model.facts.length > 0) {
    container.append(
      el(
        "dl",
        { className: "sv-facts" },
        model.facts.flatMap((fact) => [el("dt", { text: fact.name }), el("dd", { text: fact.value })]),
      ),
    );
  }
  if (model.aliases.length > 0) container.append(el("p", { className: "sv-note", text: `Also written: ${model.aliases.join(", ")}` }));
  if (model.evidence.length > 0) {
    container.append(el("h3", { text: "Named in" }), evidenceList(model.evidence));
  }
  for (const section of model.sections) {
    const list = el(
      "ul",
      { attrs: { "aria-label": section.title } },
      section.items.map((item) => itemView(item, actions)),
    );
    container.append(el("section", { attrs: { "data-section": section.id } }, [el("h3", { text: section.title }), list]));
  }
  if (model.sections.length === 0 && model.evidence.length === 0) container.append(el("p", { className: "sv-empty", text: "No facts about this entity." }));
}

function button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
  const result = el("button", { className: "sv-button", text, attrs: { type: "button", "aria-label": label } });
  result.addEventListener("click", onClick);
  return result;
}

function itemView(item: PanelItem, actions: PanelActions): HTMLLIElement {
  const head = el("div", { className: "sv-item-head" });
  if (item.date) head.append(el("span", { className: "sv-date", text: item.date }));
  if (item.target) {
    const target = item.target;
    const link = el("button", { className: "sv-link", text: item.label, attrs: { type: "button", "data-target": target } });
    link.addEventListener("click", () => actions.navigate(target));
    head.append(link);
  } else {
    head.append(el("span", { text: item.label }));
  }
  for (const badge of item.badges) head.append(el("span", { className: `sv-badge sv-badge-${badge.replace(/[^a-z]/g, "")}`, text: badge }));
  const children: Node[] = [head];
  for (const note of item.notes) children.push(el("div", { className: "sv-note", text: note }));
  if (item.evidence.length > 0) children.push(evidenceList(item.evidence));
  return el("li", { attrs: { "data-item": item.target } }, children);
}

function evidenceList(evidence: readonly EvidenceView[]): HTMLElement {
  return el(
    "div",
    { className: "sv-evidence" },
    evidence.map((item) => {
      const title = item.docTitle ?? item.doc;
      const dated = item.docDate && !title.includes(item.docDate) ? `${title}, ${item.docDate}` : title;
      const source = `${dated}${item.page ? `, p. ${item.page}` : ""}${item.ocr ? " (OCR)" : ""}`;
      return el("blockquote", { className: "sv-quote" }, [
        el("span", { className: "sv-quote-text", text: `“${item.quote}”` }),
        el("cite", { className: "sv-cite" }, [externalLink(item.docUrl, source)]),
      ]);
    }),
  );
}
