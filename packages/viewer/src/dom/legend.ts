/**
 * Legend
 * ======
 *
 * Colour keys for the node kinds on the map, the relation kinds (line colours) and notes on line styles.
 */
import type { EdgeKind, NodeKind } from "@samverkan/core";
import { EDGE_COLORS, EDGE_KIND_LABELS, NODE_COLORS, NODE_KIND_LABELS } from "../state/encoding";
import { el } from "./el";

/** Builds a legend for the given node and relation kinds, with extra lines of text. */
export function createLegend(kinds: readonly NodeKind[], edgeKinds: readonly EdgeKind[] = [], extra: string[] = []): HTMLElement {
  const key = (color: string, text: string, line: boolean) => {
    const swatch = el("span", { className: line ? "sv-swatch sv-swatch-line" : "sv-swatch", attrs: { "aria-hidden": "true" } });
    swatch.style.backgroundColor = color;
    return el("span", {}, [swatch, document.createTextNode(text)]);
  };
  return el("div", { className: "sv-legend", attrs: { "aria-label": "Legend" } }, [
    ...kinds.map((kind) => key(NODE_COLORS[kind], NODE_KIND_LABELS[kind], false)),
    ...(edgeKinds.length > 0 ? [el("strong", { className: "sv-legend-title", text: "Lines" })] : []),
    ...edgeKinds.map((kind) => key(EDGE_COLORS[kind], EDGE_KIND_LABELS[kind], true)),
    ...extra.map((text) => el("span", { text })),
  ]);
}
