/**
 * Metrics
 * =======
 *
 * The ways to colour or size the map, as descriptor objects registered in one collection (as gephi-lite does): the
 * kind, the party, the community, the number of documents, degree, PageRank and betweenness, plus any node attribute
 * through `attributeMetric`. Centralities are computed by `graphology-metrics` over the undirected simple graph of the
 * nodes shown (see `toSimpleGraph`). Betweenness takes time in nodes × edges (Brandes), so above a limit it is estimated
 * from as many sources as the limit allows (and says so), and refused with the reason when that is too few.
 */
import { NODE_COLORS, NODE_KIND_LABELS, SamverkanError } from "@samverkan/core";
import type { KnowledgeGraph, NodeKind } from "@samverkan/core";
import betweenness from "graphology-metrics/centrality/betweenness.js";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import { detectCommunities } from "./detect-communities";
import { sampledBetweenness } from "./sampled-betweenness";
import { toSimpleGraph } from "./simple-graph";
import type { CategoricalValues, MetricContext, MetricDescriptor, MetricOutcome, NumericValues } from "./types";

/**
 * Largest nodes × edges betweenness is computed for by default: 0.4 to 1 s on the project's 2-core build machine
 * (random graphs of 1,000 × 5,000, 2,000 × 2,500 and 4,000 × 1,250; 20 million took 0.7 to 5.6 s).
 */
export const DEFAULT_BETWEENNESS_LIMIT = 5_000_000;

/** Fewest sources betweenness is estimated from; with fewer the ranking is mostly noise, so it is refused. */
export const MIN_BETWEENNESS_SOURCES = 32;

const count = (n: number) => n.toLocaleString("en");

function numeric(entries: Iterable<[string, number]>, note?: string): NumericValues {
  return { type: "numeric", values: new Map(entries), ...(note ? { note } : {}) };
}

function inScope(context: MetricContext | undefined, node: string): boolean {
  return !context?.nodes || context.nodes.has(node);
}

/** A number for every node in scope. */
function perNode(graph: KnowledgeGraph, context: MetricContext | undefined, value: (node: string) => number): NumericValues {
  return numeric(graph.filterNodes((node) => inScope(context, node)).map((node): [string, number] => [node, value(node)]));
}

const kindMetric: MetricDescriptor = {
  id: "kind",
  label: "Kind",
  description: "What the node is: person, organisation, municipality, party, meeting, topic or document.",
  type: "categorical",
  compute(graph, context): CategoricalValues {
    const values = new Map<string, string>();
    graph.forEachNode((node, attributes) => {
      if (inScope(context, node)) values.set(node, attributes.kind);
    });
    const kinds = Object.keys(NODE_COLORS) as NodeKind[];
    return {
      type: "categorical",
      values,
      labels: new Map(kinds.map((kind) => [kind, NODE_KIND_LABELS[kind]])),
      colors: new Map(kinds.map((kind) => [kind, NODE_COLORS[kind]])),
    };
  },
};

const partyMetric: MetricDescriptor = {
  id: "party",
  label: "Party",
  description: "The party a person is stated to belong to or represent (the first one found when there are several).",
  type: "categorical",
  compute(graph, context): CategoricalValues {
    const values = new Map<string, string>();
    const labels = new Map<string, string>();
    graph.forEachNode((node, attributes) => {
      if (attributes.kind !== "person" || !inScope(context, node)) return;
      const source = context?.knowledgeGraph ?? graph;
      if (!source.hasNode(node)) return;
      for (const edge of source.outEdges(node)) {
        const kind = source.getEdgeAttribute(edge, "kind");
        const party = source.target(edge);
        if ((kind === "member_of" || kind === "represents") && source.getNodeAttribute(party, "kind") === "party") {
          const abbreviation = (source.getNodeAttributes(party) as { abbreviation?: string }).abbreviation;
          values.set(node, party);
          labels.set(party, abbreviation ? `${source.getNodeAttribute(party, "label")} (${abbreviation})` : source.getNodeAttribute(party, "label"));
          return;
        }
      }
    });
    return { type: "categorical", values, labels };
  },
};

const communityMetric: MetricDescriptor = {
  id: "community",
  label: "Community",
  description: "Groups who work with each other more than with others (Louvain); best in the works-with view.",
  type: "categorical",
  compute(graph, context): CategoricalValues {
    const communities = detectCommunities(graph, { nodes: context?.nodes });
    const labels = new Map(
      communities.list.map((community) => {
        const names = community.members.slice(0, 3).map((member) => member.label);
        const more = community.members.length > 3 ? ", …" : "";
        return [String(community.id), `${community.id}: ${names.join(", ")}${more}`];
      }),
    );
    const modularity = Number.isNaN(communities.modularity) ? "no links" : `modularity ${communities.modularity.toFixed(2)}`;
    return {
      type: "categorical",
      values: new Map([...communities.byNode].map(([node, id]) => [node, String(id)])),
      labels,
      note: `${communities.list.length} communities (Louvain, ${modularity})`,
    };
  },
};

const documentsMetric: MetricDescriptor = {
  id: "documents",
  label: "Documents",
  description: "How many documents name the node or state one of its links.",
  type: "numeric",
  compute(graph, context): NumericValues {
    return perNode(graph, context, (node) => {
      const docs = new Set((graph.getNodeAttribute(node, "evidence") ?? []).map((evidence) => evidence.doc));
      graph.forEachEdge(node, (_edge, attributes) => {
        for (const evidence of attributes.evidence ?? []) docs.add(evidence.doc);
      });
      return docs.size;
    });
  },
};

const degreeMetric: MetricDescriptor = {
  id: "degree",
  label: "Degree",
  description: "How many other nodes shown a node is linked to (each neighbour once, whatever the number of facts).",
  type: "numeric",
  compute(graph, context): NumericValues {
    // Counting neighbours directly is several times faster than building the simple graph.
    return perNode(graph, context, (node) => graph.neighbors(node).filter((other) => other !== node && inScope(context, other)).length);
  },
};

const pagerankMetric: MetricDescriptor = {
  id: "pagerank",
  label: "PageRank",
  description: "Linked to by nodes that are themselves well linked; weighted by the works-with weight where there is one.",
  type: "numeric",
  compute(graph, context): MetricOutcome {
    const simple = toSimpleGraph(graph, { nodes: context?.nodes });
    try {
      return numeric(Object.entries(pagerank(simple, { getEdgeWeight: "weight" })));
    } catch (error) {
      return { type: "refused", reason: `PageRank did not settle on this graph (${(error as Error).message}).` };
    }
  },
};

const betweennessMetric: MetricDescriptor = {
  id: "betweenness",
  label: "Betweenness",
  description: "How often a node lies on the shortest paths between others: the brokers between groups (normalised, 0 to 1).",
  type: "numeric",
  compute(graph, context): MetricOutcome {
    const simple = toSimpleGraph(graph, { nodes: context?.nodes });
    const limit = context?.betweennessLimit ?? DEFAULT_BETWEENNESS_LIMIT;
    // Unweighted: a works-with weight is a strength, and graphology would read it as a distance.
    if (simple.order * simple.size <= limit) return numeric(Object.entries(betweenness(simple, { getEdgeWeight: null, normalized: true })));
    // Each source costs about one pass over the links: as many sources as the limit allows.
    const sources = Math.floor(limit / Math.max(1, simple.size));
    if (sources < MIN_BETWEENNESS_SOURCES) {
      return {
        type: "refused",
        reason:
          `Betweenness is not computed for ${count(simple.order)} nodes and ${count(simple.size)} links: even an estimate from ` +
          `${MIN_BETWEENNESS_SOURCES} of them would take more than ${count(limit)} steps. Show fewer nodes (filters, works-with view) and try again.`,
      };
    }
    return numeric(
      sampledBetweenness(simple, sources),
      `Betweenness estimated from ${count(sources)} of ${count(simple.order)} nodes as sources (exact on at most ${count(limit)} nodes × links).`,
    );
  },
};

/** Every built-in metric, in the order the UI offers them. */
export const METRICS: readonly MetricDescriptor[] = [
  kindMetric,
  partyMetric,
  communityMetric,
  documentsMetric,
  degreeMetric,
  pagerankMetric,
  betweennessMetric,
];

/**
 * The built-in metric with this id.
 * @throws SamverkanError `BAD_OPTION` for an unknown id.
 */
export function getMetric(id: string): MetricDescriptor {
  const found = METRICS.find((metric) => metric.id === id);
  if (!found)
    throw new SamverkanError("BAD_OPTION", `samverkan/viewer.getMetric: unknown metric ${JSON.stringify(id)}; known: ${METRICS.map((m) => m.id).join(", ")}`);
  return found;
}

/**
 * A metric reading one node attribute (`type` of organisations and meetings, `county`, `date`…): numbers are numeric,
 * text and booleans categories, lists count their items; nodes without the attribute get no value.
 */
export function attributeMetric(attribute: string, label = attribute): MetricDescriptor {
  return {
    id: `attribute:${attribute}`,
    label,
    description: `The node attribute "${attribute}".`,
    type: "any",
    compute(graph, context): MetricOutcome {
      const numbers = new Map<string, number>();
      const texts = new Map<string, string>();
      graph.forEachNode((node, attributes) => {
        if (!inScope(context, node)) return;
        const value: unknown = (attributes as unknown as Record<string, unknown>)[attribute];
        if (typeof value === "number" && Number.isFinite(value)) numbers.set(node, value);
        else if (Array.isArray(value)) numbers.set(node, value.length);
        else if (typeof value === "string" || typeof value === "boolean") texts.set(node, String(value));
      });
      if (numbers.size > 0 && texts.size === 0) return { type: "numeric", values: numbers };
      if (numbers.size > 0) for (const [node, value] of numbers) texts.set(node, String(value));
      return { type: "categorical", values: texts };
    },
  };
}
