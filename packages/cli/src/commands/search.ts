/**
 * samverkan search
 * ================
 *
 * Searches a built graph's entities and passages: `samverkan search "<query>" --graph graph.json`. Uses the
 * `index.json` that `samverkan build` writes beside the graph (refusing one the graph was not written with), or builds
 * the index in memory when there is none. Of the documents' texts, only those of the passages found are read, for
 * their snippets.
 */
import { parseArgs } from "node:util";
import { SamverkanError, type DocumentRecord, type LoadedGraph } from "@samverkan/core";
import { readGraphTexts } from "@samverkan/core/node";
import { buildSearchIndex, highlight, SearchIndex, type SearchHit, type SearchKind, type SearchOptions, type SearchResult } from "@samverkan/search";
import { requestServer } from "../client";
import type { Command, CommandIO } from "../command";
import { readGraphFile, readIndexFile, searchIndexPathFor } from "../graph-file";
import { printable } from "../printable";

export { searchIndexPathFor };

const USAGE = `Usage: samverkan search "<query>" --graph graph.json [options]

Finds entities (people, organisations, municipalities, parties, meetings, topics, documents) and passages.
Names match without diacritics, with typos and as prefixes (Ostlin, Gerdo, Sjöst); words match in any form
(möte finds mötet). lunr query syntax works: +must -not name:Östlin text:möte sjö* Östlin~1 word^2.

Options:
  --graph FILE           graph.json written by samverkan build (required unless --server)
  --server URL           ask a running samverkan serve (http://127.0.0.1:8090) instead of reading --graph
  --index FILE           index.json (default: index.json beside the graph; built in memory when absent)
  --kind KIND            person, organisation, municipality, party, meeting, topic, document or passage;
                         repeat or separate with commas
  --municipality NAME    only entities of this municipality, and passages mentioning one (id or name)
  --organisation NAME    the same for an organisation
  --party NAME           the same for a party (id, name or abbreviation)
  --from DATE, --to DATE only items dated in this range (2019, 2019-04, 2019-04-11)
  --limit N              hits of each type (default 10)
  --json                 print the result as JSON
  -h, --help             show this text`;

const list = (values: string[] | undefined) =>
  values
    ?.flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter(Boolean);

/** A hit as one line (an entity) or two (a passage: where, then its snippet). */
export function formatHit(hit: SearchHit): string {
  if (hit.type === "entity") return `  ${hit.kind.padEnd(13)} ${hit.label}  (${hit.id})`;
  const head = `  ${hit.doc}${hit.page ? `, p. ${hit.page}` : ""} ${hit.start}–${hit.end}${hit.date ? `  ${hit.date}` : ""}`;
  if (!hit.snippet) return head;
  return `${head}\n    …${highlight(hit.snippet, "«", "»").replace(/\s+/g, " ").trim()}…`;
}

/** The graph's documents with their texts (those of `ids` only, when given), read from the texts file it names. */
function withTexts(graphFile: string, loaded: LoadedGraph, ids?: ReadonlySet<string>): DocumentRecord[] {
  if (loaded.textsLoaded || !loaded.texts) return loaded.documents;
  const texts = readGraphTexts(graphFile, loaded.texts, ids);
  return loaded.documents.map((doc) => ({ ...doc, text: texts.get(doc.id) ?? "" }));
}

/** Readable text of a search result. */
export function formatSearchResult(query: string, result: SearchResult): string {
  const entities = result.hits.filter((hit) => hit.type === "entity");
  const passages = result.hits.filter((hit) => hit.type === "passage");
  const lines: string[] = [];
  if (entities.length > 0) lines.push(`Entities (${entities.length} of ${result.total.entities})`, ...entities.map(formatHit));
  if (passages.length > 0) lines.push(`Passages (${passages.length} of ${result.total.passages})`, ...passages.map(formatHit));
  if (lines.length === 0) lines.push(`Nothing found for "${query}".`);
  return lines.join("\n");
}

/** What `search` answers: the JSON, the readable text (`samverkan serve` sends both). */
export interface SearchReply {
  json: { query: string } & SearchResult;
  text: string;
}

/** The search options of the command line's (or a request's) values, checked. */
export function searchOptions(values: {
  kind?: string[];
  municipality?: string[];
  organisation?: string[];
  party?: string[];
  from?: string;
  to?: string;
  limit?: string;
}): SearchOptions {
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit >= 0)) {
    throw new SamverkanError("USAGE", `samverkan search: --limit must be a whole number, not "${values.limit}"`);
  }
  return {
    kind: list(values.kind) as SearchKind[] | undefined,
    municipality: list(values.municipality),
    organisation: list(values.organisation),
    party: list(values.party),
    from: values.from,
    to: values.to,
    limit,
  };
}

/** Searches and describes the result. */
export function searchReply(index: SearchIndex, query: string, options: SearchOptions): SearchReply {
  const result = index.search(query, options);
  return { json: { query, ...result }, text: formatSearchResult(query, result) };
}

/**
 * Searches the index of a graph file whose texts were not read: the documents of the passages found are read from
 * the graph's texts file and given to the index, and the search is run again, for their snippets and pages.
 */
export function searchGraphFile(graphFile: string, loaded: LoadedGraph, index: SearchIndex, query: string, options: SearchOptions): SearchReply {
  const reply = searchReply(index, query, options);
  const found = new Set(reply.json.hits.flatMap((hit) => (hit.type === "passage" ? [hit.doc] : [])));
  if (found.size === 0) return reply;
  index.attachDocuments(withTexts(graphFile, loaded, found).filter((doc) => found.has(doc.id)));
  return searchReply(index, query, options);
}

const SEARCH_OPTIONS = ["kind", "municipality", "organisation", "party", "from", "to", "limit"] as const;

async function run(argv: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      graph: { type: "string", short: "g" },
      index: { type: "string" },
      server: { type: "string" },
      kind: { type: "string", multiple: true },
      municipality: { type: "string", multiple: true },
      organisation: { type: "string", multiple: true },
      party: { type: "string", multiple: true },
      from: { type: "string" },
      to: { type: "string" },
      limit: { type: "string" },
      json: { type: "boolean" },
    },
  });
  if (positionals.length === 0 || !(values.graph || values.server))
    throw new SamverkanError("USAGE", `samverkan search: give a query and --graph (or --server)\n\n${USAGE}`);
  const options = searchOptions(values);
  const query = positionals.join(" ");
  let reply: SearchReply;
  if (values.server) {
    const params = new URLSearchParams({ q: query });
    for (const name of SEARCH_OPTIONS) for (const value of [values[name] ?? []].flat()) params.append(name, value);
    reply = await requestServer<SearchReply>(values.server, "search", params);
  } else {
    const loaded = await readGraphFile(values.graph!, { texts: false });
    const saved = await readIndexFile(values.graph!, loaded, values.index, io.err);
    let index: SearchIndex;
    if (saved) index = SearchIndex.load(saved.text, { source: saved.file });
    else {
      io.err(`samverkan search: no ${searchIndexPathFor(values.graph!)}; building the index in memory (samverkan build writes one)`);
      index = buildSearchIndex(loaded.graph, withTexts(values.graph!, loaded));
    }
    reply = searchGraphFile(values.graph!, loaded, index, query, options);
  }
  io.out(printable(values.json ? JSON.stringify(reply.json, null, 2) : reply.text));
  return 0;
}

/** `samverkan search`. */
export const searchCommand: Command = {
  name: "search",
  usage: USAGE,
  run,
};
