/**
 * Document URLs come from the documents (a sidecar's `url`, an HTML page's link): only http(s) URLs reach JSON-LD
 * and Popolo, where a consumer may render them as links; `javascript:`, `data:` and the like become the document's
 * URN, as a document without a URL has. A base IRI other than http(s) or `urn:` is refused.
 */
import { createKnowledgeGraph, type DocumentRecord } from "@samverkan/core";
import { exportGraph, exportJsonLd } from "@samverkan/interop";
import { describe, expect, it } from "vitest";
import { errorCode } from "../helpers/error-code";

const URLS: [string, string | undefined][] = [
  ["https://www.example.se/protokoll?nr=4&år=2019", "https://www.example.se/protokoll?nr=4&år=2019"],
  ["http://example.se/a", "http://example.se/a"],
  ["javascript:alert(document.domain)", undefined],
  [" JavaScript:alert(1)", undefined],
  ["java\tscript:alert(1)", undefined],
  ["data:text/html,<script>alert(1)</script>", undefined],
  ["vbscript:msgbox", undefined],
  ["file:///etc/passwd", undefined],
  ["//evil.example/x", undefined],
  ["not a url", undefined],
];

function graphWith(url: string) {
  const text = "Anna Berg talade.";
  const document: DocumentRecord = { id: "d", source: "d.html", url, genre: "text", language: "sv", format: "html", encoding: "utf-8", text };
  const evidence = [{ doc: "d", start: 0, end: 9, quote: "Anna Berg" }];
  const graph = createKnowledgeGraph();
  graph.addNode("person:anna-berg", { kind: "person", label: "Anna Berg", evidence });
  graph.addNode("document:d", { kind: "document", label: "d", genre: "text", language: "sv", source: "d.html" });
  graph.addEdge("document:d", "person:anna-berg", { kind: "mentions", evidence });
  return { graph, documents: [document] };
}

const urlsIn = (value: unknown): string[] =>
  typeof value === "string"
    ? []
    : Array.isArray(value)
      ? value.flatMap(urlsIn)
      : value && typeof value === "object"
        ? Object.entries(value).flatMap(([key, item]) => (key === "url" && typeof item === "string" ? [item] : urlsIn(item)))
        : [];

describe.each(["jsonld", "popolo"])("%s carries only http(s) document URLs", (format) => {
  it.each(URLS)("%j → %j", (url, kept) => {
    const { graph, documents } = graphWith(url);
    const output = exportGraph(graph, format, { documents });
    if (output.kind !== "file") throw new Error(`${format} is not one file`);
    const urls = urlsIn(JSON.parse(output.content));
    // Popolo sources always have a URL (the URN when there is no safe one); JSON-LD gives `url` only when there is.
    const expected = kept ?? (format === "popolo" ? "urn:samverkan:document:d" : undefined);
    expect(new Set(urls)).toEqual(new Set(expected ? [expected] : []));
  });
});

describe("JSON-LD base IRI", () => {
  it.each(["javascript:alert(1)//", "data:,", "ftp://example.se/"])("refuses %j", (baseIri) => {
    expect(errorCode(() => exportJsonLd(graphWith("https://a.se/").graph, { baseIri }))).toBe("BAD_OPTION");
  });
  it.each(["urn:samverkan:", "https://data.example.se/samverkan/", "http://localhost/x/"])("takes %j", (baseIri) => {
    expect(exportJsonLd(graphWith("https://a.se/").graph, { baseIri })["@graph"][0]!["@id"]).toMatch(new RegExp(`^${baseIri.replace(/[.:/]/g, "\\$&")}`));
  });
});
