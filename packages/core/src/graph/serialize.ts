/**
 * Serialize
 * =========
 *
 * `graph.json` is graphology's `Graph.export()` plus a format tag, a version and the documents that evidence
 * offsets point into. Loading checks the tag and the version so an old or foreign file fails with a clear message.
 */
import { MultiDirectedGraph } from "graphology";
import { SamverkanError } from "../errors";
import type {
  DocumentRecord,
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SerializedKnowledgeGraph,
} from "../types";

/** Version of the `graph.json` format this library writes and reads. */
export const GRAPH_FORMAT_VERSION = 1;

/** A graph with the documents its evidence points into. */
export interface LoadedGraph {
  graph: KnowledgeGraph;
  documents: DocumentRecord[];
}

/** Creates an empty knowledge graph of the right type. */
export function createKnowledgeGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

/** Serializes a graph and its documents to the `graph.json` structure. */
export function serializeGraph(graph: KnowledgeGraph, documents: DocumentRecord[]): SerializedKnowledgeGraph {
  return { format: "samverkan-graph", version: GRAPH_FORMAT_VERSION, graph: graph.export(), documents };
}

/**
 * Loads a serialized graph (object or JSON text), checking format and version.
 * @param source - Name of the file it came from, used in error messages.
 */
export function loadGraph(input: SerializedKnowledgeGraph | string, source = "graph"): LoadedGraph {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      throw new SamverkanError("BAD_GRAPH", `samverkan/loadGraph: ${source} is not valid JSON (${(error as Error).message})`, { file: source });
    }
  }
  const record = data as Partial<SerializedKnowledgeGraph> | null;
  if (!record || typeof record !== "object" || record.format !== "samverkan-graph" || !record.graph) {
    throw new SamverkanError("BAD_GRAPH", `samverkan/loadGraph: ${source} is not a samverkan graph (no "format": "samverkan-graph")`, { file: source });
  }
  if (record.version !== GRAPH_FORMAT_VERSION) {
    throw new SamverkanError(
      "GRAPH_VERSION",
      `samverkan/loadGraph: ${source} has format version ${String(record.version)}, this library reads version ${GRAPH_FORMAT_VERSION}; rebuild the graph`,
      { file: source },
    );
  }
  const graph = createKnowledgeGraph();
  graph.import(record.graph);
  return { graph, documents: record.documents ?? [] };
}
