/**
 * Works with
 * ==========
 *
 * Who works with whom, derived from stated facts: two people worked together when they took part in the same
 * meeting (a panel or seminar counts more than a large meeting), or hold roles in, or work for, the same
 * organisation (same board, same secretariat), or when the text says they work together (`collaborates_with`
 * between two people). The result is a person-to-person projection with one `works_with` edge per pair (from the
 * smaller id to the larger: undirected in meaning) carrying a weight, the reasons and the evidence of both sides.
 * It is derived, so it is marked inferred.
 */
import { createKnowledgeGraph } from "../graph/serialize";
import { SEAT_CATEGORIES } from "../lexicon/lexicon";
import type { EdgeAttributes, Evidence, InferenceStep, KnowledgeGraph, MeetingAttributes } from "../types";
import { personId } from "./queries";
import type { Answer } from "./types";

const PARTICIPATION = new Set(["attended", "chaired", "spoke_at"]);
/** Meetings or organisations with more people than this are not paired (a conference of 2,000 says little). */
const MAX_GROUP = 200;

interface Tie {
  weight: number;
  reasons: string[];
  chain: InferenceStep[];
}

type Groups = Map<string, { reason: string; weight: number; members: Map<string, EdgeAttributes> }>;

/** The group an edge puts its person in: a meeting, or an organisation's board or secretariat. */
function groupKey(graph: KnowledgeGraph, a: EdgeAttributes, target: string, source?: string): string | undefined {
  if (PARTICIPATION.has(a.kind)) return target;
  // A stated collaboration of two people is a group of its own, of those two.
  if (a.kind === "collaborates_with" && source && graph.getNodeAttribute(target, "kind") === "person") return `${[source, target].sort().join("|")}#stated`;
  // Elected members sit on the same board; staff and officials work in the same secretariat.
  if (a.kind === "holds_role" && graph.getNodeAttribute(target, "kind") === "organisation")
    return `${target}#${SEAT_CATEGORIES.has(a.roleCategory ?? "") ? "board" : "secretariat"}`;
  return undefined;
}

function addMember(graph: KnowledgeGraph, groups: Groups, key: string, person: string, a: EdgeAttributes) {
  let group = groups.get(key);
  if (!group) {
    const [nodeId, part] = key.split("#");
    let reason: string;
    if (part === "stated") reason = "stated collaboration";
    else {
      const node = graph.getNodeAttributes(nodeId);
      const label = node.label;
      reason =
        node.kind === "meeting"
          ? (node as MeetingAttributes).type === "seminar"
            ? `same panel: ${label}`
            : `same meeting: ${label}`
          : `same ${part}: ${label}`;
    }
    group = { reason, weight: 0, members: new Map() };
    groups.set(key, group);
  }
  if (!group.members.has(person)) group.members.set(person, a);
}

/** Small groups say more about working together than large ones. */
function weigh(groups: Groups) {
  for (const group of groups.values()) {
    const strength = group.reason.startsWith("same panel") || group.reason === "stated collaboration" ? 2 : 1;
    group.weight = Math.round((strength / Math.log2(group.members.size + 1)) * 1000) / 1000;
  }
}

function groupsOf(graph: KnowledgeGraph): Groups {
  const groups: Groups = new Map();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.inferred || graph.getNodeAttribute(source, "kind") !== "person") return;
    const key = groupKey(graph, a, target, source);
    if (!key) return;
    addMember(graph, groups, key, source, a);
    if (key.endsWith("#stated")) addMember(graph, groups, key, target, a);
  });
  weigh(groups);
  return groups;
}

function addTie(ties: Map<string, Tie>, other: string, reason: string, weight: number, steps: InferenceStep[]) {
  let tie = ties.get(other);
  if (!tie) ties.set(other, (tie = { weight: 0, reasons: [], chain: [] }));
  tie.weight = Math.round((tie.weight + weight) * 1000) / 1000;
  tie.reasons.push(reason);
  tie.chain.push(...steps);
}

function step(graph: KnowledgeGraph, person: string, group: string, attrs: EdgeAttributes): InferenceStep {
  const [node, part] = group.split("#");
  const what = part === "stated" ? "is said to work with the other" : `${attrs.kind.replace("_", " ")} ${graph.getNodeAttribute(node, "label")}`;
  return {
    statement: `${graph.getNodeAttribute(person, "label")} ${what}${attrs.role ? ` (${attrs.role})` : ""}`,
    evidence: attrs.evidence.slice(0, 1),
  };
}

/** The groups one person belongs to (meetings, boards, secretariats), read from that person's own edges. */
function groupsOfPerson(graph: KnowledgeGraph, person: string): Groups {
  const keys = new Set<string>();
  const groups: Groups = new Map();
  graph.forEachOutEdge(person, (_e, a, _s, target) => {
    if (a.inferred) return;
    if (PARTICIPATION.has(a.kind)) keys.add(target);
    else if (a.kind === "holds_role" && graph.getNodeAttribute(target, "kind") === "organisation") keys.add(target);
  });
  graph.forEachEdge(person, (_e, a, source, target) => {
    if (a.kind !== "collaborates_with" || a.inferred) return;
    const key = groupKey(graph, a, target, source);
    if (key?.endsWith("#stated")) {
      addMember(graph, groups, key, source, a);
      addMember(graph, groups, key, target, a);
    }
  });
  for (const target of keys) {
    graph.forEachInEdge(target, (_e, a, source) => {
      if (a.inferred || graph.getNodeAttribute(source, "kind") !== "person") return;
      const key = groupKey(graph, a, target);
      if (key) addMember(graph, groups, key, source, a);
    });
  }
  weigh(groups);
  return groups;
}

/** Collaborators of a person, ranked by weight, each with reasons and the evidence of both sides. */
export function whoWorksWith(graph: KnowledgeGraph, person: string): Answer[] {
  const id = personId(graph, person, "whoWorksWith");
  const ties = new Map<string, Tie>();
  for (const [key, group] of groupsOfPerson(graph, id)) {
    const mine = group.members.get(id);
    if (!mine || group.members.size > MAX_GROUP) continue;
    for (const [other, theirs] of group.members) {
      if (other !== id) addTie(ties, other, group.reason, group.weight, [step(graph, id, key, mine), step(graph, other, key, theirs)]);
    }
  }
  return [...ties.entries()]
    .map(([other, tie]): Answer => ({
      id: other,
      label: graph.getNodeAttribute(other, "label"),
      kind: "person",
      inferred: true,
      weight: tie.weight,
      reasons: tie.reasons,
      chain: tie.chain,
      evidence: tie.chain.flatMap((s) => s.evidence),
      detail: tie.reasons.join("; "),
    }))
    .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.label.localeCompare(b.label));
}

/** The person-to-person graph of who works with whom: `works_with` edges with weight, reasons and evidence. */
export function worksWithProjection(graph: KnowledgeGraph): KnowledgeGraph {
  const projection = createKnowledgeGraph();
  const sorted = [...groupsOf(graph).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [key, group] of sorted) {
    if (group.members.size > MAX_GROUP) continue;
    const members = [...group.members.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [p] of members) if (!projection.hasNode(p)) projection.addNode(p, { ...graph.getNodeAttributes(p) });
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, ea] = members[i];
        const [b, eb] = members[j];
        const edge = `works_with:${a}--${b}`;
        const evidence: Evidence[] = [...ea.evidence.slice(0, 1), ...eb.evidence.slice(0, 1)];
        const chain = [step(graph, a, key, ea), step(graph, b, key, eb)];
        if (!projection.hasEdge(edge)) {
          projection.addDirectedEdgeWithKey(edge, a, b, { kind: "works_with", weight: group.weight, reasons: [group.reason], evidence, inferred: true, chain });
        } else {
          projection.updateEdgeAttributes(edge, (attrs) => ({
            ...attrs,
            weight: Math.round(((attrs.weight ?? 0) + group.weight) * 1000) / 1000,
            reasons: [...(attrs.reasons ?? []), group.reason],
            evidence: [...attrs.evidence, ...evidence],
            chain: [...(attrs.chain ?? []), ...chain],
          }));
        }
      }
    }
  }
  return projection;
}
