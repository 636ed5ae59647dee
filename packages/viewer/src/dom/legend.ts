/**
 * Legend
 * ======
 *
 * Colour keys for the node kinds present in the graph (or the relation kinds of the works-with view).
 */
import type { NodeKind } from "@samverkan/core";
import { NODE_COLORS, NODE_KIND_LABELS } from "../state/encoding";
import { el } from "./el";

/** Builds a legend for the given kinds. */
export function createLegend(kinds: readonly NodeKind[], extra: string[] = []): HTMLElement {
  return el("div", { className: "sv-legend", attrs: { "aria-label": "Legend" } }, [
    ...kinds.map((kind) => {
      const swatch = el("span", { className: "sv-swatch", attrs: { "aria-hidden": "true" } });
      swatch.style.backgroundColor = NODE_COLORS[kind];
      return el("span", {}, [swatch, document.createTextNode(NODE_KIND_LABELS[kind])]);
    }),
    ...extra.map((text) => el("span", { text })),
  ]);
}
