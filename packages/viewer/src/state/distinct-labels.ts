/**
 * Labels alike told apart
 * =======================
 *
 * Every municipality has its `Kommunstyrelsen`: on the map and among the search's suggestions a node whose label
 * another node of its kind shares is named with the place it is part of (`Kommunstyrelsen (Nacka)`), as `ask` names
 * the candidates of an ambiguous name (`labelWithPlace`).
 */
import { labelWithPlace, type KnowledgeGraph } from "@samverkan/core";

const cache = new WeakMap<KnowledgeGraph, Map<string, string>>();

/** The labels of the nodes that need their place to be told apart, by node; once per graph. */
export function distinctLabels(graph: KnowledgeGraph): Map<string, string> {
  let labels = cache.get(graph);
  if (labels) return labels;
  const byLabel = new Map<string, string[]>();
  graph.forEachNode((id, attributes) => {
    const key = `${attributes.kind} ${attributes.label}`;
    const ids = byLabel.get(key);
    if (ids) ids.push(id);
    else byLabel.set(key, [id]);
  });
  labels = new Map();
  for (const ids of byLabel.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) {
      const label = labelWithPlace(graph, id);
      if (label !== graph.getNodeAttribute(id, "label")) labels.set(id, label);
    }
  }
  cache.set(graph, labels);
  return labels;
}

/** A node's label as the map and the suggestions show it. */
export const shownLabel = (graph: KnowledgeGraph, id: string): string => distinctLabels(graph).get(id) ?? graph.getNodeAttribute(id, "label") ?? id;
