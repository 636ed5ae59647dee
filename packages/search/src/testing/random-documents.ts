/**
 * Random documents
 * ================
 *
 * Documents of words that make compounds of each other, for property tests of index updates, and the graph of a
 * person node per document's speaker.
 */
import fc from "fast-check";
import { createKnowledgeGraph, type DocumentRecord, type KnowledgeGraph } from "@samverkan/core";

/** Words that make compounds of each other, so the compounds' parts come and go with the vocabulary. */
export const WORDS = [
  "gymnasie",
  "region",
  "gymnasieregionen",
  "skol",
  "skolregionen",
  "kommun",
  "styrelse",
  "kommunstyrelsen",
  "kommunstyrelseordförande",
  "ordförande",
  "möte",
  "mötet",
  "och",
  "nacka",
  "regionerna",
  "budget",
];
/** A document: its words, blank lines among them (passage ends), its speaker and date. */
export const documentArbitrary = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }),
  breaks: fc.array(fc.nat(40), { maxLength: 4 }),
  person: fc.constantFrom("Anna Östlin", "Karl Gerdau", "Per Sjöstrand"),
  date: fc.constantFrom("2019", "2020-01", ""),
});
/** What `documentArbitrary` gives. */
export type DocumentSpec = typeof documentArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The document `spec` describes, `<person>: <words>.` */
export function makeDocument(id: string, spec: DocumentSpec): DocumentRecord {
  const words = [...spec.words];
  for (const at of spec.breaks) words.splice(at % (words.length + 1), 0, "\n\n");
  const text = `${spec.person}: ${words.join(" ")}.`;
  return { id, source: `${id}.txt`, date: spec.date || undefined, genre: "minutes", language: "sv", format: "text", encoding: "utf-8", text };
}

/** A person node per name, with evidence in each document that names it (nodes in the documents' order). */
export function graphOf(documents: DocumentRecord[]): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  for (const document of documents) {
    const name = document.text.slice(0, document.text.indexOf(":"));
    const id = `person:${name}`;
    if (!graph.hasNode(id)) graph.addNode(id, { kind: "person", label: name, evidence: [] });
    graph.getNodeAttribute(id, "evidence")!.push({ doc: document.id, start: 0, end: name.length, quote: name });
  }
  return graph;
}
