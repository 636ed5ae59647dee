/**
 * Side panel
 * ==========
 *
 * Lays out a `PanelModel` (a node) or an `EdgeModel` (one link): the entity, its facts, then one list per section,
 * each line with its date, badges and quotes, and for an inferred fact the chain it follows from. Long sections show
 * their first lines and a count; the rest is built only when opened, so a node with hundreds of links paints at
 * once. Every name and quote is set as text. Lines about another node are buttons that focus it.
 */
import type { AnswerModel } from "../state/describe-answer";
import type { ChainStepView, EdgeModel, EvidenceView, PanelItem, PanelModel, PanelSection } from "../state/describe-entity";
import { NODE_COLORS, NODE_KIND_LABELS } from "../state/encoding";
import { clear, el, externalLink } from "./el";

/** What the panel's buttons do. */
export interface PanelActions {
  navigate(id: string): void;
  showEgo(id: string, depth: 1 | 2): void;
  showWorksWith(id: string): void;
  /** Explore mode: add the node's neighbours to the map. */
  expand(id: string): void;
  /** Show one link (its evidence) in the panel. */
  selectEdge(edge: string): void;
  /** Open the document view at a quote. */
  openDocument(evidence: EvidenceView): void;
  close(): void;
}

/** Extra state the panel reports. */
export interface PanelContext {
  /** The focused node is hidden by the filters or ego selection. */
  hidden: boolean;
  /** The works-with view is open. */
  worksWith: boolean;
  /** Explore mode is on. */
  exploring?: boolean;
  /** The node's neighbours are already on the map (explore mode). */
  explored?: boolean;
}

/** Lines of a section shown before "Show all". */
const SECTION_PREVIEW = 8;

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
    context.exploring ? button(context.explored ? "Expanded" : "Expand", () => actions.expand(model.id), undefined, context.explored) : null,
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
    container.append(el("h3", { text: "Named in" }), evidenceList(model.evidence, actions));
  }
  // In the works-with view the collaborators are what the reader came for.
  const sections = context.worksWith
    ? [...model.sections.filter((section) => section.id === "collaborators"), ...model.sections.filter((section) => section.id !== "collaborators")]
    : model.sections;
  for (const section of sections) container.append(sectionView(section, actions));
  if (model.sections.length === 0 && model.evidence.length === 0) container.append(el("p", { className: "sv-empty", text: "No facts about this entity." }));
}

/** Renders one link: its ends, the relation, dates, quotes and, when inferred, its chain. */
export function renderEdgePanel(container: HTMLElement, model: EdgeModel, actions: PanelActions): void {
  clear(container);
  const end = (side: { id: string; label: string }) => {
    const link = el("button", { className: "sv-link", text: side.label, attrs: { type: "button", "data-target": side.id } });
    link.addEventListener("click", () => actions.navigate(side.id));
    return link;
  };
  container.append(
    el("div", { className: "sv-panel-head" }, [
      el("h2", { text: `${model.source.label} – ${model.target.label}`, attrs: { tabindex: -1, "data-edge": model.id } }),
      el("p", { className: "sv-kind" }, [
        document.createTextNode("Link: "),
        el("strong", { text: model.label }),
        ...(model.inferred ? [el("span", { className: "sv-badge sv-badge-inferred", text: "inferred" })] : []),
      ]),
    ]),
    el("p", {}, [end(model.source), document.createTextNode(" → "), end(model.target)]),
    el("div", { className: "sv-panel-actions" }, [button("Close", () => actions.close(), "Close link")]),
  );
  if (model.date) container.append(el("p", { className: "sv-note", text: `Dates: ${model.date}` }));
  if (model.notes.length > 0)
    container.append(
      el(
        "ul",
        { className: "sv-reasons" },
        model.notes.map((note) => el("li", { text: note })),
      ),
    );
  if (model.evidence.length > 0) container.append(el("h3", { text: "Evidence" }), evidenceList(model.evidence, actions));
  if (model.chain) container.append(chainView(model.chain, actions, model.kind === "works_with" ? "Derived from" : "Inferred because"));
  if (model.evidence.length === 0 && !model.chain) container.append(el("p", { className: "sv-empty", text: "No quote states this link." }));
}

/** Renders the answers to a question: how it was read, each answer with its quotes, or why there are none. */
export function renderAnswerPanel(container: HTMLElement, model: AnswerModel, actions: PanelActions): void {
  clear(container);
  container.append(
    el("div", { className: "sv-panel-head" }, [
      el("h2", { text: model.question, attrs: { tabindex: -1, "data-question": "" } }),
      el("p", { className: "sv-kind", text: `Read as ${model.reading}` }),
    ]),
    el("div", { className: "sv-panel-actions" }, [button("Close", () => actions.close(), "Close answers")]),
  );
  if (model.items.length > 0) {
    const list = el(
      "ul",
      { attrs: { "aria-label": "Answers" } },
      model.items.map((item) => itemView(item, actions)),
    );
    container.append(
      el("section", { attrs: { "data-section": "answers", "data-count": model.items.length } }, [el("h3", { text: `Answers (${model.items.length})` }), list]),
    );
  } else if (model.message) container.append(el("p", { className: "sv-empty", text: model.message }));
  if (model.candidates.length > 0) {
    const list = el(
      "ul",
      { attrs: { "aria-label": "Which one?" } },
      model.candidates.map((candidate) => {
        const link = el("button", { className: "sv-link", text: candidate.label, attrs: { type: "button", "data-target": candidate.id } });
        link.addEventListener("click", () => actions.navigate(candidate.id));
        return el("li", {}, [link]);
      }),
    );
    container.append(el("h3", { text: "Which one?" }), list);
  }
}

function sectionView(section: PanelSection, actions: PanelActions): HTMLElement {
  const count = section.items.length;
  const list = el("ul", { attrs: { "aria-label": section.title } });
  const shown = count > SECTION_PREVIEW + 2 ? SECTION_PREVIEW : count;
  for (const item of section.items.slice(0, shown)) list.append(itemView(item, actions));
  const children: Node[] = [el("h3", { text: `${section.title} (${count})` }), list];
  if (shown < count) {
    const more = el("button", { className: "sv-button sv-more", text: `Show all ${count}`, attrs: { type: "button", "aria-expanded": "false" } });
    more.addEventListener("click", () => {
      for (const item of section.items.slice(shown)) list.append(itemView(item, actions));
      more.remove();
    });
    children.push(more);
  }
  return el("section", { attrs: { "data-section": section.id, "data-count": count } }, children);
}

function button(text: string, onClick: () => void, label?: string, disabled = false): HTMLButtonElement {
  const result = el("button", { className: "sv-button", text, attrs: { type: "button", "aria-label": label, disabled } });
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
  if (item.edge) {
    const edge = item.edge;
    const show = el("button", { className: "sv-link sv-edge-link", text: "link", attrs: { type: "button", "aria-label": `The link to ${item.label}` } });
    show.addEventListener("click", () => actions.selectEdge(edge));
    head.append(show);
  }
  const children: Node[] = [head];
  for (const note of item.notes) children.push(el("div", { className: "sv-note", text: note }));
  if (item.evidence.length > 0) children.push(evidenceList(item.evidence, actions));
  if (item.chain) children.push(chainView(item.chain, actions, "Inferred because"));
  return el("li", { attrs: { "data-item": item.target, "data-inferred": item.badges.includes("inferred") ? "true" : undefined } }, children);
}

/** The steps an inferred fact follows from, each with its quotes. */
function chainView(chain: readonly ChainStepView[], actions: PanelActions, title: string): HTMLElement {
  return el("div", { className: "sv-chain" }, [
    el("div", { className: "sv-chain-title", text: title }),
    el(
      "ol",
      {},
      chain.map((step) => el("li", {}, [el("span", { text: step.statement }), step.evidence.length > 0 ? evidenceList(step.evidence, actions) : null])),
    ),
  ]);
}

function evidenceList(evidence: readonly EvidenceView[], actions: PanelActions): HTMLElement {
  return el(
    "div",
    { className: "sv-evidence" },
    evidence.map((item) => {
      const title = item.docTitle ?? item.doc;
      const dated = item.docDate && !title.includes(item.docDate) ? `${title}, ${item.docDate}` : title;
      const source = `${dated}${item.page ? `, p. ${item.page}` : ""}${item.ocr ? " (OCR)" : ""}`;
      const open = el("button", { className: "sv-link sv-open-doc", text: "in the document", attrs: { type: "button" } });
      open.addEventListener("click", () => actions.openDocument(item));
      const cite = el("cite", { className: "sv-cite" }, [externalLink(item.docUrl, source), document.createTextNode(" · "), open]);
      // A quote that is only the name says where it is named, not the name again.
      if (item.nameOnly) return el("div", { className: "sv-named" }, [cite]);
      return el("blockquote", { className: "sv-quote" }, [el("span", { className: "sv-quote-text", text: `“${item.quote}”` }), cite]);
    }),
  );
}
