/**
 * Formats
 * =======
 *
 * The collection of export formats, each described once (name, file extension, media type, one or several files),
 * and `exportGraph`, which runs the exporter of a format by name. The CLI and help texts read this collection, so a
 * new format is added here and nowhere else.
 */
import type { KnowledgeGraph } from "@samverkan/core";
import { SamverkanError } from "@samverkan/core";
import { exportCsv, type CsvExportOptions } from "./csv/export-csv";
import { exportGexf, type GexfExportOptions } from "./gexf/export-gexf";
import { exportGraphml } from "./graphml/export-graphml";
import { exportJsonLd, type JsonLdExportOptions } from "./jsonld/export-jsonld";
import { exportNeo4j, type Neo4jExportOptions } from "./neo4j/export-neo4j";
import { exportPopolo } from "./popolo/export-popolo";
import type { ExportFormat, ExportFormatDescriptor, ExportOutput } from "./types";

/** Options of every exporter together, for `exportGraph`; each exporter reads the ones it knows. */
export type ExportOptions = GexfExportOptions & JsonLdExportOptions & Neo4jExportOptions & CsvExportOptions;

/** Every export format, in the order help texts list them. */
export const EXPORT_FORMATS: readonly ExportFormatDescriptor[] = [
  {
    format: "gexf",
    description: "GEXF 1.3 for Gephi and Gephi Lite, with colours, sizes and positions",
    multiFile: false,
    extension: "gexf",
    mediaType: "application/gexf+xml",
  },
  {
    format: "graphml",
    description: "GraphML with typed attribute keys, for networkx, yEd and others",
    multiFile: false,
    extension: "graphml",
    mediaType: "application/graphml+xml",
  },
  {
    format: "popolo",
    description: "Popolo JSON: persons, organizations, posts, memberships, events",
    multiFile: false,
    extension: "json",
    mediaType: "application/json",
  },
  {
    format: "jsonld",
    description: "JSON-LD with schema.org types and citations of the sources",
    multiFile: false,
    extension: "jsonld",
    mediaType: "application/ld+json",
  },
  {
    format: "neo4j",
    description: "Neo4j import CSVs with import.sh (neo4j-admin) and import.cypher (LOAD CSV)",
    multiFile: true,
    extension: "",
    mediaType: "",
  },
  { format: "csv", description: "entities.csv and relations.csv with evidence, for spreadsheets", multiFile: true, extension: "", mediaType: "" },
];

/** True when `name` is one of the export formats. */
export function isExportFormat(name: string): name is ExportFormat {
  return EXPORT_FORMATS.some((descriptor) => descriptor.format === name);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Exports the graph to a format given by name.
 * @throws SamverkanError `BAD_OPTION` for an unknown format.
 * @example
 * const output = exportGraph(graph, "gexf", { documents });
 * if (output.kind === "file") writeFileSync("graph.gexf", output.content);
 */
export function exportGraph(graph: KnowledgeGraph, format: string, options: ExportOptions = {}): ExportOutput {
  const descriptor = EXPORT_FORMATS.find((candidate) => candidate.format === format);
  if (!descriptor) {
    throw new SamverkanError(
      "BAD_OPTION",
      `samverkan/exportGraph: unknown format "${format}" (expected one of ${EXPORT_FORMATS.map((item) => item.format).join(", ")})`,
    );
  }
  const file = (content: string): ExportOutput => ({
    kind: "file",
    format: descriptor.format,
    content,
    mediaType: descriptor.mediaType,
    extension: descriptor.extension,
  });
  switch (descriptor.format) {
    case "gexf":
      return file(exportGexf(graph, options));
    case "graphml":
      return file(exportGraphml(graph, options));
    case "popolo":
      return file(json(exportPopolo(graph, options)));
    case "jsonld":
      return file(json(exportJsonLd(graph, options)));
    case "neo4j":
      return { kind: "directory", format: "neo4j", files: exportNeo4j(graph, options) };
    case "csv":
      return { kind: "directory", format: "csv", files: exportCsv(graph, options) };
  }
}
