/**
 * Find path
 * =========
 *
 * The shortest chain of links between two people, each step with the facts that make it and their quotes: over the
 * works-with projection (people linked by a shared meeting, board or secretariat, or a stated collaboration) or over
 * the whole knowledge graph (through meetings, organisations, parties…), never through a document — a file that
 * names two people does not make them linked. Fewest steps, by `graphology-shortest-path`'s bidirectional search
 * over the undirected simple graph; where a step has several facts, stated ones come before inferred ones.
 */
import { SamverkanError, citeEvidence, worksWithProjection } from "@samverkan/core";
import type { EdgeKind, Evidence, InferenceStep, KnowledgeGraph, NodeKind } from "@samverkan/core";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { toSimpleGraph } from "./simple-graph";

/** A quote with where it stands, in the words a reader looks it up by (`minutes.pdf, p. 3`). */
export interface CitedEvidence extends Evidence {
  /** The document's file name, page and OCR mark (core's `citeEvidence`). */
  cite: string;
}

/** One fact behind a step: an edge of the graph searched, with its evidence. */
export interface PathFact {
  edge: string;
  kind: EdgeKind;
  /** Direction as stated: `source` attended / chaired / holds a role in `target`. */
  source: string;
  target: string;
  inferred: boolean;
  /** How an inferred fact was derived (works-with ties: each side's participation), with quotes. */
  chain: (Omit<InferenceStep, "evidence"> & { evidence: CitedEvidence[] })[];
  /** `works_with`: why the two are linked ("same meeting: …"). */
  reasons: string[];
  weight?: number;
  evidence: CitedEvidence[];
}

/** One step of a path: two neighbouring nodes and the facts linking them. */
export interface PathStep {
  from: string;
  to: string;
  facts: PathFact[];
}

/** A shortest path and how it was found. */
export interface PathResult {
  over: "works-with" | "graph";
  /** The nodes from start to end. */
  nodes: { id: string; label: string; kind: NodeKind }[];
  steps: PathStep[];
  /** What the path is made of, in words, for the UI. */
  note: string;
}

/** Options of `findPath`. */
export interface FindPathOptions {
  /** Search the works-with projection (default) or the whole knowledge graph. */
  over?: "works-with" | "graph";
  /** The works-with projection, when the caller has it already; computed from the graph otherwise. */
  projection?: KnowledgeGraph;
  /** Only through these nodes (the ones shown); all when omitted. */
  nodes?: ReadonlySet<string>;
  /** Quotes kept per fact (default 3). */
  maxEvidence?: number;
}

const NOTES = {
  "works-with":
    "Fewest steps over who works with whom (shared meetings, boards and secretariats, stated collaborations); every step is inferred from the facts quoted.",
  graph: "Fewest steps over the knowledge graph, not through documents.",
};

/**
 * The shortest path between two nodes (people, in the works-with projection), or `null` when they are not connected.
 * @throws SamverkanError `UNKNOWN_ENTITY` when an id is not in the knowledge graph.
 */
export function findPath(graph: KnowledgeGraph, from: string, to: string, options: FindPathOptions = {}): PathResult | null {
  for (const id of [from, to]) {
    if (!graph.hasNode(id)) throw new SamverkanError("UNKNOWN_ENTITY", `samverkan/viewer.findPath: no node ${JSON.stringify(id)} in the graph`);
  }
  const over = options.over ?? "works-with";
  const searched = over === "works-with" ? (options.projection ?? worksWithProjection(graph)) : graph;
  const simple = toSimpleGraph(searched, { nodes: options.nodes, keepNode: (_node, kind) => kind !== "document" });
  if (!simple.hasNode(from) || !simple.hasNode(to)) return null;
  const ids = bidirectional(simple, from, to);
  if (!ids) return null;
  const maxEvidence = options.maxEvidence ?? 3;
  const cite = (evidence: readonly Evidence[]): CitedEvidence[] => evidence.slice(0, maxEvidence).map((item) => ({ ...item, cite: citeEvidence(graph, item) }));
  const steps = ids.slice(1).map((next, i): PathStep => {
    const current = ids[i];
    // A set: graphology's edges(a, b) may give the edges of both directions.
    const facts = [...new Set([...searched.edges(current, next), ...searched.edges(next, current)])].map((edge): PathFact => {
      const attributes = searched.getEdgeAttributes(edge);
      return {
        edge,
        kind: attributes.kind,
        source: searched.source(edge),
        target: searched.target(edge),
        inferred: attributes.inferred === true,
        chain: (attributes.chain ?? []).map((step) => ({ ...step, evidence: cite(step.evidence) })),
        reasons: attributes.reasons ?? [],
        ...(attributes.weight !== undefined ? { weight: attributes.weight } : {}),
        evidence: cite(attributes.evidence),
      };
    });
    facts.sort((a, b) => Number(a.inferred) - Number(b.inferred));
    return { from: current, to: next, facts };
  });
  const nodes = ids.map((id) => ({ id, label: graph.getNodeAttribute(id, "label") || id, kind: graph.getNodeAttribute(id, "kind") }));
  return { over, nodes, steps, note: NOTES[over] };
}
