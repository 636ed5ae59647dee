/**
 * Analysis types
 * ==============
 *
 * The shapes shared by the analysis features: per-node values of a metric or attribute, the descriptors that compute
 * them, and the legend of a colour or size mapping. Plain data, so the DOM widgets only lay them out.
 */
import type { KnowledgeGraph } from "@samverkan/core";

/** Numbers per node (degree, PageRank, betweenness, a numeric attribute). Nodes without a value are absent. */
export interface NumericValues {
  type: "numeric";
  values: Map<string, number>;
  /** What a reader should know about how the numbers were made (e.g. "over the 212 nodes shown"). */
  note?: string;
}

/** A category per node (community, kind, party, a text attribute). Nodes without a value are absent. */
export interface CategoricalValues {
  type: "categorical";
  values: Map<string, string>;
  /** Display name of a category when it differs from the value (a community's "Community 1: Anna Berg, …"). */
  labels?: Map<string, string>;
  /** Fixed colour of a category (the kind colours); others get the category palette. */
  colors?: Map<string, string>;
  note?: string;
}

/** A metric that was not computed, with the reason in words for the UI (e.g. the graph is too big for it). */
export interface RefusedValues {
  type: "refused";
  reason: string;
}

/** What a metric descriptor gives. */
export type MetricValues = NumericValues | CategoricalValues;

/** What computing a metric gives: values, or the reason there are none. */
export type MetricOutcome = MetricValues | RefusedValues;

/** What a metric is computed over besides the graph. */
export interface MetricContext {
  /** Only these nodes (the ones shown); every node when omitted. */
  nodes?: ReadonlySet<string>;
  /**
   * The whole knowledge graph, when computing over the works-with projection: the party of a person is read from it
   * (the projection has no party nodes).
   */
  knowledgeGraph?: KnowledgeGraph;
  /**
   * Largest nodes × edges betweenness is computed exactly for (Brandes' algorithm takes time in their product); above
   * it, it is estimated from limit / edges sources. Default `DEFAULT_BETWEENNESS_LIMIT`.
   */
  betweennessLimit?: number;
}

/** A way to give every node a value, to colour or size the map by (as gephi-lite's metric descriptors). */
export interface MetricDescriptor {
  /** Stable id, e.g. `pagerank`; used in the UI's select and in saved views. */
  id: string;
  /** Name shown in the UI. */
  label: string;
  /** One sentence on what the value means. */
  description: string;
  /** Whether values are numbers (size or colour classes) or categories (colours only); `any`: decided by the values. */
  type: "numeric" | "categorical" | "any";
  /** Computes the values over `graph` (the knowledge graph or the works-with projection). */
  compute(graph: KnowledgeGraph, context?: MetricContext): MetricOutcome;
}

/** One line of a legend: a colour or a size, and what it stands for. */
export interface LegendEntry {
  label: string;
  color?: string;
  /** Node size (sigma size units) this line shows. */
  size?: number;
  /** Number of nodes the line stands for (colours; a size line stands for one value). */
  count?: number;
}
