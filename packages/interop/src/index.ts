/**
 * @samverkan/interop
 * ==================
 *
 * Takes a samverkan knowledge graph to other tools: GEXF (Gephi), GraphML (networkx, yEd), Popolo JSON, JSON-LD with
 * schema.org types, Neo4j import files, and plain CSV. Every exporter returns text or a `{path: content}` map and
 * touches no file system, so it runs in Node and in the browser; the CLI (`samverkan export`) writes the files.
 *
 * @example
 * import { loadGraph } from "@samverkan/core";
 * import { exportGraph } from "@samverkan/interop";
 * const { graph, documents } = loadGraph(json, "graph.json");
 * const output = exportGraph(graph, "gexf", { documents });
 */
export type { BaseExportOptions, ExportFiles, ExportFormat, ExportFormatDescriptor, ExportOutput } from "./types";
export { EXPORT_FORMATS, exportGraph, isExportFormat } from "./formats";
export type { ExportOptions } from "./formats";
export { exportGexf } from "./gexf/export-gexf";
export type { GexfExportOptions } from "./gexf/export-gexf";
export { exportGraphml } from "./graphml/export-graphml";
export type { GraphmlExportOptions } from "./graphml/export-graphml";
export { exportPopolo } from "./popolo/export-popolo";
export type { PopoloExportOptions } from "./popolo/export-popolo";
export type * from "./popolo/types";
export { DEFAULT_BASE_IRI, JSONLD_CONTEXT, exportJsonLd } from "./jsonld/export-jsonld";
export type { JsonLdDocument, JsonLdExportOptions, JsonLdNode } from "./jsonld/export-jsonld";
export { NEO4J_COMMON_LABEL, exportNeo4j } from "./neo4j/export-neo4j";
export type { Neo4jExportOptions } from "./neo4j/export-neo4j";
export { exportCsv } from "./csv/export-csv";
export type { CsvExportOptions } from "./csv/export-csv";
