/**
 * CSV export
 * ==========
 *
 * Two spreadsheet files: `entities.csv`, one row per node with its kind-specific details, and `relations.csv`, one
 * row per statement of a relation (an edge stated in three places gives three rows sharing `edge_id`), with the
 * document, offsets and quote. Cells that a spreadsheet would evaluate as a formula are prefixed with `'`, and the
 * files start with a byte-order mark so Excel reads the Swedish letters as UTF-8.
 */
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "@samverkan/core";
import { evidenceOf, indexDocuments, stringAttribute } from "../shared/attributes";
import { csvFile, csvRow, type CsvFieldOptions, type CsvValue } from "../shared/csv";
import { evidenceDocuments } from "../shared/sources";
import type { BaseExportOptions, ExportFiles } from "../types";

/** Options for `exportCsv`. */
export interface CsvExportOptions extends BaseExportOptions {
  /** Start each file with a UTF-8 byte-order mark (for Excel). Default `true`. */
  bom?: boolean;
  /** Guard against formula evaluation in spreadsheets (see `csvField`). Default `true`. */
  escapeFormulas?: boolean;
  /** Separator between list items in one cell (aliases, documents). Default `"; "`. */
  listSeparator?: string;
}

/** Kind-specific node attributes, as `[column, attribute]`, in column order. */
const ENTITY_DETAILS: readonly (readonly [string, string])[] = [
  ["title", "title"],
  ["date", "date"],
  ["place", "place"],
  ["type", "type"],
  ["abbreviation", "abbreviation"],
  ["county", "county"],
  ["code", "code"],
  ["part_of", "partOf"],
  ["genre", "genre"],
  ["language", "language"],
  ["source", "source"],
  ["doc", "doc"],
];

const ENTITY_HEADER = ["id", "kind", "label", "aliases", ...ENTITY_DETAILS.map(([column]) => column), "documents", "evidence_count"];

const RELATION_HEADER = [
  "edge_id",
  "kind",
  "source_id",
  "source_label",
  "target_id",
  "target_label",
  "role",
  "role_normalised",
  "former",
  "start",
  "end",
  "capacity",
  "items",
  "inferred",
  "rule",
  "doc",
  "doc_title",
  "evidence_start",
  "evidence_end",
  "page",
  "ocr",
  "quote",
];

function entityRow(id: string, attributes: NodeAttributes, separator: string): CsvValue[] {
  const evidence = evidenceOf(attributes);
  return [
    id,
    attributes.kind,
    attributes.label,
    (attributes.aliases ?? []).join(separator),
    ...ENTITY_DETAILS.map(([, name]) => stringAttribute(attributes, name)),
    evidenceDocuments(evidence).join(separator),
    evidence.length,
  ];
}

/**
 * Exports the graph as `entities.csv` and `relations.csv`.
 * @example
 * const { "entities.csv": entities, "relations.csv": relations } = exportCsv(graph, { documents });
 */
export function exportCsv(graph: KnowledgeGraph, options: CsvExportOptions = {}): ExportFiles {
  const documents = indexDocuments(options.documents);
  const separator = options.listSeparator ?? "; ";
  const cellOptions: CsvFieldOptions = { escapeFormulas: options.escapeFormulas ?? true };
  const bom = options.bom === false ? "" : "\uFEFF";

  const entities = [csvRow(ENTITY_HEADER)];
  graph.forEachNode((id, attributes) => entities.push(csvRow(entityRow(id, attributes, separator), cellOptions)));

  const relations = [csvRow(RELATION_HEADER)];
  graph.forEachEdge((edge, attributes: EdgeAttributes, source, target) => {
    const common: CsvValue[] = [
      edge,
      attributes.kind,
      source,
      graph.getNodeAttribute(source, "label"),
      target,
      graph.getNodeAttribute(target, "label"),
      attributes.role,
      attributes.roleNormalised,
      attributes.former,
      attributes.start,
      attributes.end,
      attributes.capacity,
      attributes.items,
      attributes.inferred,
      attributes.rule,
    ];
    const evidence = evidenceOf(attributes);
    if (evidence.length === 0) relations.push(csvRow([...common, undefined, undefined, undefined, undefined, undefined, undefined, undefined], cellOptions));
    for (const item of evidence) {
      relations.push(csvRow([...common, item.doc, documents.get(item.doc)?.title, item.start, item.end, item.page, item.ocr, item.quote], cellOptions));
    }
  });

  return { "entities.csv": bom + csvFile(entities), "relations.csv": bom + csvFile(relations) };
}
