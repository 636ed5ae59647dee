/**
 * Add terms
 * =========
 *
 * Tests of the postings builder give a document as its terms per field; the build itself counts terms as it reads
 * words (`addTerm`, `endDocument`).
 */
import type { PostingsBuilder } from "../engine/postings-builder";

/** Adds a document given per field its terms in any order (repeats count). Returns its number. */
export function addTerms(builder: PostingsBuilder, termsByField: readonly (readonly string[])[]): number {
  termsByField.forEach((terms, field) => {
    for (const term of terms) builder.addTerm(field, builder.termId(term));
  });
  return builder.endDocument();
}
