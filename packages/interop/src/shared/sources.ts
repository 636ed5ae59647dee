/**
 * Sources
 * =======
 *
 * Evidence to citations: the document a statement comes from, by URL when the document has an http(s) one and by a
 * `urn:samverkan:document:` name when not, so every format can point back to the words.
 */
import type { DocumentRecord, Evidence } from "@samverkan/core";

/** URN naming a document that has no URL. */
export function documentUrn(docId: string): string {
  return `urn:samverkan:document:${encodeURIComponent(docId)}`;
}

/**
 * `url` when it is an absolute http(s) URL, else undefined. A document's URL comes from its source (a sidecar, a
 * page's link) and is written where consumers render links, so `javascript:`, `data:` and the like never pass.
 */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    new URL(url);
  } catch {
    return undefined;
  }
  return url;
}

/** URL of a document: its own when it is http(s), or its URN. */
export function documentUrl(docId: string, documents: Map<string, DocumentRecord>): string {
  return httpUrl(documents.get(docId)?.url) ?? documentUrn(docId);
}

/** Distinct documents of some evidence, in order of first mention. */
export function evidenceDocuments(evidence: readonly Evidence[]): string[] {
  return [...new Set(evidence.map((item) => item.doc))];
}
