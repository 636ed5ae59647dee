/**
 * Suggestions
 * ===========
 *
 * Sources of search-box suggestions: a substring match over labels and aliases (always available), and an adapter
 * over a prebuilt search index such as `@samverkan/search`'s, whose hits are topped up by the substring match while
 * the user is still typing a word the index does not yet match.
 */
import { fold, type KnowledgeGraph, type NodeKind } from "@samverkan/core";
import type { SearchHitLike, SearchIndexLike, Suggestion, SuggestionSource } from "../types";
import { shownLabel } from "./distinct-labels";

interface Entry {
  id: string;
  label: string;
  kind: NodeKind;
  names: { text: string; folded: string }[];
}

/** Kinds offered first when scores tie: people and bodies before meetings and documents. */
const KIND_ORDER: Record<NodeKind, number> = { person: 0, organisation: 1, municipality: 2, party: 3, topic: 4, meeting: 5, document: 6 };

/**
 * Suggestions by substring over each node's label and aliases, ignoring case and diacritics. A match at the start
 * of a word ranks above one inside a word, and a label match above an alias match. The names are folded at the first
 * query, not before the map is drawn (on a big graph that took half a second).
 */
export function labelSuggestions(graph: KnowledgeGraph): SuggestionSource {
  let entries: Entry[] | null = null;
  const folded = (): Entry[] => {
    if (entries) return entries;
    entries = [];
    graph.forEachNode((id, attributes) => {
      const names = [attributes.label, ...(attributes.aliases ?? [])].filter((name): name is string => Boolean(name));
      entries!.push({ id, label: shownLabel(graph, id), kind: attributes.kind, names: names.map((text) => ({ text, folded: fold(text) })) });
    });
    return entries;
  };
  return {
    suggest(query, limit) {
      const needle = fold(query.trim());
      if (!needle) return [];
      const scored: { entry: Entry; score: number; alias?: string }[] = [];
      for (const entry of folded()) {
        let best = Infinity;
        let alias: string | undefined;
        entry.names.forEach((name, index) => {
          const at = name.folded.indexOf(needle);
          if (at < 0) return;
          const wordStart = at === 0 || /[^\p{L}\p{N}]/u.test(name.folded[at - 1]!);
          const score = (wordStart ? 0 : 10) + (index === 0 ? 0 : 1);
          if (score < best) {
            best = score;
            alias = index === 0 ? undefined : name.text;
          }
        });
        if (best < Infinity) scored.push({ entry, score: best, alias });
      }
      scored.sort((a, b) => a.score - b.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] || a.entry.label.localeCompare(b.entry.label, "sv"));
      return scored.slice(0, limit).map(({ entry, alias }) => ({
        id: entry.id,
        label: entry.label,
        kind: entry.kind,
        ...(alias ? { detail: `also “${alias}”` } : {}),
      }));
    },
  };
}

/** Reads the entity id of a search hit. */
export function hitId(hit: SearchHitLike): string | undefined {
  if (hit.type !== undefined && hit.type !== "entity") return undefined;
  if (hit.id) return hit.id;
  if (hit.ref) return hit.ref;
  if (typeof hit.entity === "string") return hit.entity;
  return hit.entity?.id;
}

/**
 * Suggestions from a prebuilt search index, keeping only hits that are nodes of `graph` (labels and kinds come from
 * the graph, so a stale index cannot show text the map does not have), topped up with `fallback` (default:
 * `labelSuggestions`). An index that throws on a half-typed query (a query syntax error) gives way to the label match.
 */
export function searchIndexSuggestions(index: SearchIndexLike, graph: KnowledgeGraph, fallback: SuggestionSource = labelSuggestions(graph)): SuggestionSource {
  return {
    suggest(query, limit) {
      if (!query.trim()) return [];
      const results: Suggestion[] = [];
      const seen = new Set<string>();
      let hits: ReadonlyArray<SearchHitLike>;
      try {
        const result = index.search(query, { limit: limit * 2 });
        hits = Array.isArray(result) ? result : (result as { hits: ReadonlyArray<SearchHitLike> }).hits;
      } catch {
        hits = [];
      }
      for (const hit of hits) {
        const id = hitId(hit);
        if (!id || seen.has(id) || !graph.hasNode(id)) continue;
        seen.add(id);
        results.push({ id, label: shownLabel(graph, id), kind: graph.getNodeAttribute(id, "kind") });
        if (results.length >= limit) return results;
      }
      for (const suggestion of fallback.suggest(query, limit)) {
        if (seen.has(suggestion.id)) continue;
        results.push(suggestion);
        if (results.length >= limit) break;
      }
      return results;
    },
  };
}
