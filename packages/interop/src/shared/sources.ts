/**
 * Sources
 * =======
 *
 * Evidence to citations: the document a statement comes from, by URL when the document has one and by a
 * `urn:samverkan:document:` name when not, so every format can point back to the words.
 */
import type { DocumentRecord, Evidence } from "@samverkan/core";

/** URN naming a document that has no URL. */
export function documentUrn(docId: string): string {
  return `urn:samverkan:document:${encodeURIComponent(docId)}`;
}

/** URL of a document: its own, or its URN. */
export function documentUrl(docId: string, documents: Map<string, DocumentRecord>): string {
  return documents.get(docId)?.url ?? documentUrn(docId);
}

/** Distinct documents of some evidence, in order of first mention. */
export function evidenceDocuments(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((item) => item.doc))];
}
