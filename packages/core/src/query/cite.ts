/**
 * Cite
 * ====
 *
 * Where a piece of evidence stands, in the words a reader looks it up by: the document's file name, the page of a
 * paged source, and a warning when the words were read by OCR (`protokoll-2019-05-09.pdf, p. 3`).
 */
import type { Evidence, KnowledgeGraph } from "../types";

/** The document's file name (its id when the graph lacks the document), its page and OCR mark. */
export function citeEvidence(graph: KnowledgeGraph | undefined, evidence: Evidence): string {
  const node = `document:${evidence.doc}`;
  const attributes = graph?.hasNode(node) ? graph.getNodeAttributes(node) : undefined;
  const source = attributes?.kind === "document" ? attributes.source : undefined;
  const name = source ? (source.split(/[\\/]/).pop() ?? source) : evidence.doc;
  return `${name}${evidence.page ? `, p. ${evidence.page}` : ""}${evidence.ocr ? ", OCR" : ""}`;
}
