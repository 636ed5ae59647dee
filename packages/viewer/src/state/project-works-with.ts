/**
 * Works-with projection
 * =====================
 *
 * A person-to-person graph: two people work together when a sentence says so (`collaborates_with`), when they took
 * part in the same meeting, or when they hold roles in (or are members of) the same organisation. Each pair gets one
 * `works_with` edge whose weight counts those reasons (a stated collaboration counts 2) and whose evidence is the
 * evidence of the facts behind them. The viewer uses core's projection when given one (`projection` setting); this is
 * its fallback, so the view works with any graph.
 */
import { createKnowledgeGraph } from "@samverkan/core";
import type { EdgeAttributes, Evidence, KnowledgeGraph, MeetingAttributes } from "@samverkan/core";

const MEETING_LINKS = new Set(["attended", "chaired", "spoke_at"]);
const ORGANISATION_LINKS = new Set(["holds_role", "member_of"]);
/** Evidence kept per pair, so a pair that met at fifty meetings does not carry fifty quotes to the browser. */
const MAX_EVIDENCE = 12;

interface Pair {
  weight: number;
  reasons: string[];
  evidence: Evidence[];
}

/** Builds the `works_with` projection of a knowledge graph (people only, one edge per pair, undirected in meaning). */
export function projectWorksWith(graph: KnowledgeGraph): KnowledgeGraph {
  const projection = createKnowledgeGraph();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "person") projection.addNode(node, { ...attributes });
  });

  // For each meeting or organisation, the people linked to it and the evidence of each link.
  const contexts = new Map<string, Map<string, Evidence[]>>();
  const pairs = new Map<string, Pair>();
  const pairOf = (a: string, b: string): Pair => {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { weight: 0, reasons: [], evidence: [] }));
    return pair;
  };

  graph.forEachEdge((_edge, attributes, source, target) => {
    if (!projection.hasNode(source)) return;
    if (attributes.kind === "collaborates_with" && projection.hasNode(target) && source !== target) {
      const pair = pairOf(source, target);
      pair.weight += 2;
      pair.reasons.push("Stated: they collaborate");
      pair.evidence.push(...attributes.evidence);
      return;
    }
    const kind = graph.getNodeAttribute(target, "kind");
    const meetingLink = kind === "meeting" && MEETING_LINKS.has(attributes.kind);
    const organisationLink = kind === "organisation" && ORGANISATION_LINKS.has(attributes.kind);
    if (!meetingLink && !organisationLink) return;
    let people = contexts.get(target);
    if (!people) contexts.set(target, (people = new Map()));
    people.set(source, [...(people.get(source) ?? []), ...attributes.evidence]);
  });

  for (const [context, people] of contexts) {
    const attributes = graph.getNodeAttributes(context);
    const reason =
      attributes.kind === "meeting"
        ? `Both at ${(attributes as MeetingAttributes).title || attributes.label}${attributes.date ? ` (${attributes.date})` : ""}`
        : `Both in ${attributes.label}`;
    const members = [...people.keys()].sort();
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const pair = pairOf(members[i]!, members[j]!);
        pair.weight += 1;
        pair.reasons.push(reason);
        pair.evidence.push(...people.get(members[i]!)!, ...people.get(members[j]!)!);
      }
    }
  }

  for (const [key, pair] of [...pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [a, b] = key.split("\u0000") as [string, string];
    const attributes: EdgeAttributes = {
      kind: "works_with",
      weight: pair.weight,
      reasons: pair.reasons,
      evidence: dedupeEvidence(pair.evidence).slice(0, MAX_EVIDENCE),
      inferred: true,
    };
    projection.addEdgeWithKey(`works_with:${a}|${b}`, a, b, attributes);
  }
  return projection;
}

function dedupeEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((item) => {
    const key = `${item.doc}:${item.start}:${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
