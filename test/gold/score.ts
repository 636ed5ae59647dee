/**
 * Gold scoring
 * ============
 *
 * Scores a built graph against the hand-made gold annotation of the sample corpus (`seeds.gold.json`): people
 * (precision, recall), parties, municipality affiliation, roles with their organisation, chairs, attendees, and the
 * merging of renamed organisations. Matching is by folded names (case, diacritics and hyphens ignored).
 */
import { readFileSync } from "node:fs";
import { nameKey, type KnowledgeGraph, type MeetingAttributes } from "@samverkan/core";

export interface GoldRole {
  role?: string;
  org?: string;
  municipality?: string;
  former?: boolean;
}
export interface GoldPerson {
  name: string;
  party?: string;
  municipality?: string;
  docs: string[];
  roles: GoldRole[];
}
export interface GoldMeeting {
  doc: string;
  title: string;
  date?: string;
  chairs: string[];
  attendees?: string[];
}
export interface Gold {
  persons: GoldPerson[];
  optional_persons: string[];
  not_persons: string[];
  organisations: { name: string; aliases?: string[] }[];
  meetings: GoldMeeting[];
  questions: { ask: string; expect?: string[]; expect_includes?: string[]; acceptable_inferred?: string[] }[];
}

export const loadGold = (): Gold => JSON.parse(readFileSync(new URL("./seeds.gold.json", import.meta.url), "utf8")) as Gold;

/** Names are compared as the library keys them (case, diacritics, hyphens and full stops ignored). */
export const key = nameKey;

const matches = (found: string, wanted: string) => {
  const a = key(found);
  const b = key(wanted);
  return a === b || a.includes(b) || b.includes(a);
};

export interface Score {
  persons: { precision: number; recall: number; missing: string[]; extra: string[] };
  parties: { found: number; total: number; missing: string[] };
  municipalities: { rate: number; missing: string[] };
  roles: { rate: number; missing: string[] };
  chairs: { missing: string[]; unexpected: string[] };
  attendees: { rate: number; missing: string[] };
  merged: { storsthlm: number; regionStockholm: number };
}

function personNodes(graph: KnowledgeGraph): Map<string, string> {
  const people = new Map<string, string>();
  graph.forEachNode((id, a) => {
    if (a.kind === "person") people.set(key(a.label), id);
  });
  return people;
}

function meetingFor(graph: KnowledgeGraph, gold: GoldMeeting): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  graph.forEachNode((id, a) => {
    if (a.kind !== "meeting") return;
    const m = a as MeetingAttributes;
    if (!m.doc.startsWith(gold.doc)) return;
    const want = new Set(
      key(gold.title)
        .split(/\W+/)
        .filter((w) => w.length > 2),
    );
    const have = new Set(
      key(m.title)
        .split(/\W+/)
        .filter((w) => w.length > 2),
    );
    const common = [...want].filter((w) => have.has(w)).length;
    const score = common / Math.max(1, Math.min(want.size, have.size));
    if (score > bestScore) {
      bestScore = score;
      best = id;
    }
  });
  return bestScore >= 0.5 ? best : undefined;
}

/** Scores a graph against the gold annotation. */
export function scoreGraph(graph: KnowledgeGraph, gold: Gold = loadGold()): Score {
  const people = personNodes(graph);
  const goldKeys = new Set(gold.persons.map((p) => key(p.name)));
  const optional = new Set(gold.optional_persons.map(key));
  const missing = gold.persons.filter((p) => !people.has(key(p.name))).map((p) => p.name);
  const extra = [...people.keys()].filter((k) => !goldKeys.has(k) && !optional.has(k));
  const tp = gold.persons.length - missing.length;

  const out = (id: string, kind: string) => graph.outEdges(id).filter((e) => graph.getEdgeAttribute(e, "kind") === kind);
  const label = (id: string) => graph.getNodeAttribute(id, "label");
  const names = (id: string) => [label(id), ...(graph.getNodeAttribute(id, "aliases") ?? [])];

  const partyMissing: string[] = [];
  let partyTotal = 0;
  const muniMissing: string[] = [];
  let muniTotal = 0;
  const roleMissing: string[] = [];
  let roleTotal = 0;
  for (const p of gold.persons) {
    const id = people.get(key(p.name));
    if (p.party) {
      partyTotal++;
      const ok =
        id && out(id, "member_of").some((e) => (graph.getNodeAttribute(graph.target(e), "abbreviation") ?? "").toUpperCase() === p.party!.toUpperCase());
      if (!ok) partyMissing.push(`${p.name} (${p.party})`);
    }
    const places = new Set<string>();
    if (id) {
      for (const e of [...out(id, "represents"), ...out(id, "holds_role")]) {
        const t = graph.target(e);
        if (graph.getNodeAttribute(t, "kind") === "municipality") places.add(key(label(t)));
        const partOf = graph.getNodeAttribute(t, "partOf") as string | undefined;
        if (partOf && graph.hasNode(partOf) && graph.getNodeAttribute(partOf, "kind") === "municipality") places.add(key(label(partOf)));
      }
    }
    if (p.municipality) {
      muniTotal++;
      if (!places.has(key(p.municipality))) muniMissing.push(`${p.name} (${p.municipality})`);
    }
    for (const r of p.roles) {
      roleTotal++;
      const where = r.org ?? r.municipality;
      const roleOk = (found?: string, written?: string) => !r.role || (!!found && matches(found, r.role)) || (!!written && matches(written, r.role));
      let ok = false;
      if (id) {
        ok = out(id, "holds_role").some((e) => {
          const a = graph.getEdgeAttributes(e);
          const t = graph.target(e);
          const placeOk = !where || names(t).some((n) => matches(n, where)) || (!!r.municipality && !r.org && places.has(key(r.municipality)));
          return placeOk && roleOk(a.roleNormalised, a.role);
        });
        if (!ok && !where) {
          const roles = (graph.getNodeAttribute(id, "roles") ?? []) as { role: string; roleNormalised: string }[];
          ok = roles.some((x) => roleOk(x.roleNormalised, x.role));
        }
      }
      if (!ok) roleMissing.push(`${p.name}: ${r.role ?? ""} @ ${where ?? ""}`);
    }
  }

  const chairMissing: string[] = [];
  const attendeeMissing: string[] = [];
  let attendeeTotal = 0;
  const goldChairs = new Map<string, Set<string>>();
  for (const m of gold.meetings) {
    const id = meetingFor(graph, m);
    if (id) goldChairs.set(id, new Set([...(goldChairs.get(id) ?? []), ...m.chairs.map(key)]));
    const chaired = new Set(
      id
        ? graph
            .inEdges(id)
            .filter((e) => graph.getEdgeAttribute(e, "kind") === "chaired" && !graph.getEdgeAttribute(e, "inferred"))
            .map((e) => key(label(graph.source(e))))
        : [],
    );
    for (const c of m.chairs) if (!chaired.has(key(c))) chairMissing.push(`${c} @ ${m.title}`);
    const attended = new Set(
      id
        ? graph
            .inEdges(id)
            .filter((e) => ["attended", "chaired"].includes(graph.getEdgeAttribute(e, "kind")))
            .map((e) => key(label(graph.source(e))))
        : [],
    );
    for (const a of m.attendees ?? []) {
      attendeeTotal++;
      if (!attended.has(key(a))) attendeeMissing.push(`${a} @ ${m.title}`);
    }
  }
  const unexpected: string[] = [];
  graph.forEachEdge((e, a, s, t) => {
    if (a.kind !== "chaired" || a.inferred) return;
    if (!goldChairs.get(t)?.has(key(label(s)))) unexpected.push(`${label(s)} @ ${label(t)}`);
  });

  const nodesNamed = (...forms: string[]) => {
    const ids = new Set<string>();
    graph.forEachNode((id, a) => {
      if (a.kind === "organisation" && [a.label, ...(a.aliases ?? [])].some((n) => forms.some((f) => key(n) === key(f)))) ids.add(id);
    });
    return ids.size;
  };

  return {
    persons: { precision: tp / Math.max(1, tp + extra.length), recall: tp / gold.persons.length, missing, extra },
    parties: { found: partyTotal - partyMissing.length, total: partyTotal, missing: partyMissing },
    municipalities: { rate: (muniTotal - muniMissing.length) / muniTotal, missing: muniMissing },
    roles: { rate: (roleTotal - roleMissing.length) / roleTotal, missing: roleMissing },
    chairs: { missing: chairMissing, unexpected },
    attendees: { rate: (attendeeTotal - attendeeMissing.length) / attendeeTotal, missing: attendeeMissing },
    merged: { storsthlm: nodesNamed("Storsthlm", "KSL"), regionStockholm: nodesNamed("Region Stockholm", "SLL", "Stockholms läns landsting", "landstinget") },
  };
}
