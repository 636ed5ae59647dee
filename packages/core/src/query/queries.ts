/**
 * Queries
 * =======
 *
 * Typed questions over the knowledge graph. Each takes a name (or id) and returns answers with the evidence that
 * proves them; stated answers come first, inferred ones after, marked and with their chain. A name that matches
 * several nodes throws AMBIGUOUS_ENTITY with the candidates; an unknown one throws UNKNOWN_ENTITY.
 */
import { SamverkanError } from "../errors";
import { SEAT_CATEGORIES } from "../lexicon/lexicon";
import type { EdgeAttributes, InferenceStep, KnowledgeGraph, MeetingAttributes, NodeKind, PersonAttributes } from "../types";
import { nameIndex } from "./name-index";
import { nameKey } from "../text/fold";
import { namesBoard, resolveEntity, resolveMeeting } from "./resolve";
import type { Answer, Resolution } from "./types";

function must(resolution: Resolution, what: string, fn: string): string {
  if (resolution.status === "found") return resolution.id;
  if (resolution.status === "ambiguous") {
    throw new SamverkanError(
      "AMBIGUOUS_ENTITY",
      `samverkan/${fn}: "${resolution.candidates.length > 0 ? resolution.candidates.map((c) => c.label).join('", "') : ""}" all match; say which ${what}`,
      { candidates: resolution.candidates },
    );
  }
  throw new SamverkanError("UNKNOWN_ENTITY", `samverkan/${fn}: no ${what} called "${resolution.query}" in the graph`);
}

/** Resolves a person by name (forgiving; see `resolveEntity`). */
export const personId = (graph: KnowledgeGraph, person: string, fn = "query") => must(resolveEntity(graph, person, ["person"]), "person", fn);
/** Resolves a meeting by id, date or title words. */
export const meetingId = (graph: KnowledgeGraph, meeting: string, fn = "query") => must(resolveMeeting(graph, meeting), "meeting", fn);

const byStatedThenDate = (a: Answer, b: Answer) =>
  Number(a.inferred) - Number(b.inferred) || (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.label.localeCompare(b.label);

function answerFor(graph: KnowledgeGraph, id: string, edge: EdgeAttributes, detail?: string): Answer {
  const a = graph.getNodeAttributes(id);
  return {
    id,
    label: a.label,
    kind: a.kind,
    date: (a as MeetingAttributes).date,
    inferred: edge.inferred === true,
    evidence: edge.evidence,
    ...(edge.chain ? { chain: edge.chain } : {}),
    ...(detail ? { detail } : {}),
  };
}

/** Whether a tie's written or normalised role contains `role`, folded (`ordförande` also finds `förste vice ordförande`). */
const saysRole = (a: EdgeAttributes, role: string) =>
  (!!a.role && nameKey(a.role).includes(nameKey(role))) || (!!a.roleNormalised && nameKey(a.roleNormalised).includes(nameKey(role)));

/**
 * Whether a tie's role says `role` as whole words (`vice ordförande` says `ordförande`): a meeting's office, where a
 * compound title only contains it (`kommunsekreterare`, the title of an official present who need not keep the minutes).
 */
const saysOffice = (a: EdgeAttributes, role: string) => {
  const asked = ` ${nameKey(role)} `;
  return (!!a.role && ` ${nameKey(a.role)} `.includes(asked)) || (!!a.roleNormalised && ` ${nameKey(a.roleNormalised)} `.includes(asked));
};

function edgesOf(graph: KnowledgeGraph, node: string, direction: "out" | "in", kinds: string[]) {
  const list = direction === "out" ? graph.outEdges(node) : graph.inEdges(node);
  return list.filter((e) => kinds.includes(graph.getEdgeAttribute(e, "kind")));
}

/** Meetings a person chaired: stated first (by date), then inferred ones with their chain. */
export function meetingsChairedBy(graph: KnowledgeGraph, person: string): Answer[] {
  const id = personId(graph, person, "meetingsChairedBy");
  return edgesOf(graph, id, "out", ["chaired"])
    .map((e) => answerFor(graph, graph.target(e), graph.getEdgeAttributes(e)))
    .sort(byStatedThenDate);
}

/** Meetings a person attended, chaired or spoke at; `detail` says which. */
export function meetingsAttendedBy(graph: KnowledgeGraph, person: string): Answer[] {
  const id = personId(graph, person, "meetingsAttendedBy");
  const best = new Map<string, Answer>();
  for (const e of edgesOf(graph, id, "out", ["attended", "chaired", "spoke_at"])) {
    const attrs = graph.getEdgeAttributes(e);
    const answer = answerFor(graph, graph.target(e), attrs, attrs.kind);
    const seen = best.get(answer.id);
    if (!seen) best.set(answer.id, answer);
    else if (!attrs.inferred) {
      seen.detail = [seen.detail, attrs.kind].filter(Boolean).join(", ");
      seen.evidence = [...seen.evidence, ...attrs.evidence];
      seen.inferred = false;
    }
  }
  return [...best.values()].sort(byStatedThenDate);
}

/** Who chaired a meeting (by id, date or title words). */
export function chairOf(graph: KnowledgeGraph, meeting: string): Answer[] {
  const id = meetingId(graph, meeting, "chairOf");
  return edgesOf(graph, id, "in", ["chaired"])
    .map((e) => answerFor(graph, graph.source(e), graph.getEdgeAttributes(e)))
    .sort(byStatedThenDate);
}

export interface AttendeesOfOptions {
  /**
   * Only those who held this role at the meeting (`justerare`, `sekreterare`): a role of theirs stated in the
   * meeting's own documents that says it as whole words (`förste vice ordförande`, not `kommunsekreterare`), or that
   * very role given there with no body; the answer's evidence is then that statement.
   */
  role?: string;
  /** Or who attended in this capacity (`secretary`, `adjuster`), as the minutes' field said. */
  capacity?: string;
}

/** Who attended a meeting, chairs and speakers included; `detail` gives the capacity. */
export function attendeesOf(graph: KnowledgeGraph, meeting: string, options: AttendeesOfOptions = {}): Answer[] {
  const id = meetingId(graph, meeting, "attendeesOf");
  const seen = new Map<string, Answer>();
  for (const e of edgesOf(graph, id, "in", ["attended", "chaired", "spoke_at"])) {
    const attrs = graph.getEdgeAttributes(e);
    if (attrs.inferred) continue;
    const answer = answerFor(graph, graph.source(e), attrs, attrs.capacity ?? attrs.kind);
    if (!seen.has(answer.id)) seen.set(answer.id, answer);
  }
  const all = [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
  if (options.role === undefined && options.capacity === undefined) return all;
  // The meeting's documents: where its attendance is written.
  const docs = new Set(all.flatMap((a) => a.evidence.map((ev) => ev.doc)));
  const held: Answer[] = [];
  for (const answer of all) {
    // A role held in a body, or one stated with no body (`Anna Berg` / `Justeringsperson` in minutes that name none):
    // that one only as the very role asked, since the names of titles (`politisk sekreterare`) hold it too.
    const stated =
      options.role === undefined
        ? []
        : [
            ...edgesOf(graph, answer.id, "out", ["holds_role"])
              .map((e) => graph.getEdgeAttributes(e))
              .filter((a) => saysOffice(a, options.role!)),
            ...((graph.getNodeAttributes(answer.id) as PersonAttributes).roles ?? []).filter((r) => nameKey(r.roleNormalised) === nameKey(options.role!)),
          ].flatMap((a) => a.evidence.filter((ev) => docs.has(ev.doc)));
    if (stated.length) held.push({ ...answer, detail: options.role, evidence: stated });
    else if (options.capacity !== undefined && answer.detail === options.capacity) held.push(answer);
  }
  return held;
}

/**
 * The municipalities represented at a meeting: those its attendees (chairs and speakers included) stand for, hold
 * a role in, or belong to through a body of theirs (`Kommunstyrelsen` of Nacka). Derived from two stated facts per
 * attendee, so each answer is inferred and its chain names, for each of its people, the attendance and the tie, with
 * their quotes (the tie stated in the meeting's own documents first); `detail` names the people.
 */
export function municipalitiesAt(graph: KnowledgeGraph, meeting: string): Answer[] {
  const id = meetingId(graph, meeting, "municipalitiesAt");
  const meetingLabel = graph.getNodeAttribute(id, "label");
  const attendance = new Map<string, EdgeAttributes>();
  for (const e of edgesOf(graph, id, "in", ["attended", "chaired", "spoke_at"])) {
    const a = graph.getEdgeAttributes(e);
    if (!a.inferred && !attendance.has(graph.source(e))) attendance.set(graph.source(e), a);
  }
  const docs = new Set([...attendance.values()].flatMap((a) => a.evidence.map((ev) => ev.doc)));
  // The municipality a node is, or is part of (a body of a municipality, a committee of that body).
  const municipalityOf = (node: string): string | undefined => {
    for (let at: string | undefined = node, depth = 0; at && graph.hasNode(at) && depth < 4; depth++) {
      const a = graph.getNodeAttributes(at);
      if (a.kind === "municipality") return at;
      at = (a as { partOf?: string }).partOf;
    }
    return undefined;
  };
  const found = new Map<string, { people: string[]; chain: InferenceStep[]; evidence: Answer["evidence"] }>();
  for (const [person, attended] of attendance) {
    const name = graph.getNodeAttribute(person, "label");
    const ties = new Map<string, { at: string; tie: EdgeAttributes }>();
    for (const e of edgesOf(graph, person, "out", ["represents", "holds_role", "member_of"])) {
      const municipality = municipalityOf(graph.target(e));
      const a = graph.getEdgeAttributes(e);
      if (!municipality) continue;
      const known = ties.get(municipality)?.tie;
      // A tie stated where the meeting is written beats one stated elsewhere.
      if (!known || (!known.evidence.some((ev) => docs.has(ev.doc)) && a.evidence.some((ev) => docs.has(ev.doc))))
        ties.set(municipality, { at: graph.target(e), tie: a });
    }
    for (const [municipality, { at, tie }] of ties) {
      const place = graph.getNodeAttribute(municipality, "label");
      const where = at === municipality ? place : `${graph.getNodeAttribute(at, "label")} (${place})`;
      const entry = found.get(municipality) ?? { people: [], chain: [], evidence: [] };
      const tieEvidence = [...tie.evidence].sort((a, b) => Number(docs.has(b.doc)) - Number(docs.has(a.doc)));
      const did = attended.kind === "chaired" ? "chaired" : attended.kind === "spoke_at" ? "spoke at" : "attended";
      const role = tie.role ?? tie.roleNormalised;
      const is = tie.kind === "represents" ? "represents" : tie.kind === "member_of" ? "is a member of" : role ? `is ${role} of` : "is affiliated with";
      entry.people.push(name);
      entry.chain.push(
        { statement: `${name} ${did} ${meetingLabel}`, ref: id, evidence: attended.evidence },
        { statement: `${name} ${is} ${where}`, ref: at, evidence: tieEvidence },
      );
      entry.evidence.push(attended.evidence[0], tieEvidence[0]);
      found.set(municipality, entry);
    }
  }
  return [...found]
    .map(([municipality, { people, chain, evidence }]) => ({
      id: municipality,
      label: graph.getNodeAttribute(municipality, "label"),
      kind: "municipality" as const,
      inferred: true,
      evidence,
      chain,
      detail: people.sort((a, b) => a.localeCompare(b)).join(", "),
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** Topics a meeting discussed, with the words that name them. */
export function topicsOf(graph: KnowledgeGraph, meeting: string): Answer[] {
  const id = meetingId(graph, meeting, "topicsOf");
  return edgesOf(graph, id, "out", ["discussed"])
    .map((e) => answerFor(graph, graph.target(e), graph.getEdgeAttributes(e)))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** One role in a person's timeline. */
export interface RoleAnswer extends Answer {
  role?: string;
  roleNormalised?: string;
  /** Organisation or municipality the role belongs to. */
  organisation?: { id: string; label: string };
  start?: string;
  end?: string;
  former?: boolean;
}

/**
 * Every role a person held, with organisation or municipality, party and the term where known, as a timeline:
 * roles with a start date first in date order, then the others as first written.
 */
export function rolesOf(graph: KnowledgeGraph, person: string): RoleAnswer[] {
  const id = personId(graph, person, "rolesOf");
  const out: RoleAnswer[] = [];
  for (const e of edgesOf(graph, id, "out", ["holds_role", "member_of", "represents"])) {
    const a = graph.getEdgeAttributes(e);
    const target = graph.target(e);
    const label = graph.getNodeAttribute(target, "label");
    const role = a.kind === "member_of" ? "partimedlem" : a.kind === "represents" ? "företrädare" : a.role;
    out.push({
      id: target,
      kind: graph.getNodeAttribute(target, "kind"),
      label: role ? `${role} (${label})` : label,
      inferred: a.inferred === true,
      evidence: a.evidence,
      role,
      roleNormalised: a.kind === "holds_role" ? a.roleNormalised : role,
      organisation: { id: target, label },
      start: a.start,
      end: a.end,
      former: a.former,
      date: a.start,
      detail: roleDetail(a.former, a.start ? `${a.start}–${a.end ?? ""}` : undefined),
    });
  }
  for (const r of (graph.getNodeAttributes(id) as PersonAttributes).roles ?? []) {
    // A role also stated with its organisation (`1. v ordf` in a list, `1 v ordf i Storsthlm` in the text) is one
    // role: the organisation's answer takes these quotes too.
    const placed = out.find((x) => x.id !== id && x.roleNormalised === r.roleNormalised && !!x.former === !!r.former);
    if (placed) {
      placed.evidence = [...placed.evidence, ...r.evidence];
      continue;
    }
    out.push({
      id,
      kind: "person",
      label: r.role,
      inferred: false,
      evidence: r.evidence,
      role: r.role,
      roleNormalised: r.roleNormalised,
      former: r.former,
      detail: roleDetail(r.former),
    });
  }
  // A tie with no role named (`X, Solna`) says nothing the other ties to the same place do not.
  const named = out.filter((x) => x.role || !out.some((y) => y !== x && y.id === x.id));
  const firstSeen = (x: RoleAnswer) => `${x.evidence[0]?.doc ?? ""}:${String(x.evidence[0]?.start ?? 0).padStart(9, "0")}`;
  return named.sort((a, b) => (a.start ?? "9999").localeCompare(b.start ?? "9999") || firstSeen(a).localeCompare(firstSeen(b)));
}

/** A role's detail as `ask` prints it: `former` where the text says so (`fd KSO`, `tidigare vd`), and its term. */
function roleDetail(former: boolean | undefined, term?: string): string | undefined {
  return [former ? "former" : undefined, term].filter(Boolean).join(", ") || undefined;
}

export interface PeopleOfOptions {
  /** Only people with this role (forgiving match: `ordförande` also finds `förste vice ordförande`). */
  role?: string;
  /** Only people whose tie is dated in, or stated in a document from, this year or ISO date. */
  at?: string;
}

/** People tied to an organisation or municipality: representatives, role holders, staff; and its bodies' people. */
export function peopleOf(graph: KnowledgeGraph, entity: string, options: PeopleOfOptions = {}): Answer[] {
  // A party named where an organisation is expected (`vilka politiker från S`) gives its members.
  const kinds: NodeKind[] = ["organisation", "municipality", "party"];
  const id = must(resolveEntity(graph, entity, kinds), "organisation, municipality or party", "peopleOf");
  const targets = new Set([id, ...(nameIndex(graph).parts.get(id) ?? [])]);
  // An organisation asked for as its board (`Storsthlms styrelse`) gives its board's seats only, not its staff.
  const boardOnly = namesBoard(entity) && !nameKey(graph.getNodeAttribute(id, "label")).includes("styrelse");
  const docDate = (doc: string) => (graph.hasNode(`document:${doc}`) ? (graph.getNodeAttributes(`document:${doc}`) as { date?: string }).date : undefined);
  const seen = new Map<string, Answer>();
  for (const target of targets) {
    for (const e of edgesOf(graph, target, "in", ["represents", "holds_role", "member_of"])) {
      const a = graph.getEdgeAttributes(e);
      if (options.role && !saysRole(a, options.role)) continue;
      if (boardOnly && !(a.kind === "holds_role" && SEAT_CATEGORIES.has(a.roleCategory ?? ""))) continue;
      if (options.at) {
        const at = options.at;
        const dated = a.start
          ? a.start.slice(0, at.length) <= at && (a.end ?? "9999").slice(0, at.length) >= at.slice(0, (a.end ?? "9999").length)
          : a.evidence.some((ev) => docDate(ev.doc)?.startsWith(at.slice(0, 4)));
        if (!dated) continue;
      }
      const source = graph.source(e);
      const tie = a.kind === "represents" ? "represents" : a.kind === "member_of" ? "member" : (a.role ?? "affiliated");
      const detail = [tie, target !== id ? graph.getNodeAttribute(target, "label") : undefined].filter(Boolean).join(", ");
      const prev = seen.get(source);
      if (prev) {
        prev.detail = [...new Set([...(prev.detail ?? "").split("; "), detail])].join("; ");
        // A statement may be the evidence of two ties (`X (M), Stockholms stad`: represents and affiliated): once.
        const have = new Set(prev.evidence.map((ev) => `${ev.doc}:${ev.start}:${ev.end}`));
        prev.evidence = [...prev.evidence, ...a.evidence.filter((ev) => !have.has(`${ev.doc}:${ev.start}:${ev.end}`))];
      } else seen.set(source, answerFor(graph, source, a, detail));
    }
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}

export interface MeetingsOptions {
  /** ISO date or prefix, inclusive. */
  from?: string;
  to?: string;
  /** Organisation name or id; or a municipality, for the meetings of its bodies (and its own). */
  organiser?: string;
  /** Topic name, id or a word of it. */
  topic?: string;
}

/** Meetings in a period, by an organiser, or on a topic, by date. */
export function meetings(graph: KnowledgeGraph, options: MeetingsOptions = {}): Answer[] {
  const organiser = options.organiser ? must(resolveEntity(graph, options.organiser, ["organisation", "municipality"]), "organisation", "meetings") : undefined;
  // Candidates come from the narrowest side first: the topic's or the organiser's edges, else every meeting.
  let candidates: Map<string, Answer["evidence"]> | undefined;
  if (options.topic) {
    candidates = new Map();
    for (const topic of topicNodes(graph, options.topic)) {
      for (const e of edgesOf(graph, topic, "in", ["discussed"])) {
        if (!candidates.has(graph.source(e))) candidates.set(graph.source(e), graph.getEdgeAttribute(e, "evidence"));
      }
    }
  }
  if (organiser) {
    const byOrganiser = new Map<string, Answer["evidence"]>();
    // A municipality's meetings are those of the bodies it holds (`Kommunfullmäktige (Mora)`) and its own.
    const organisers = [organiser, ...(graph.getNodeAttribute(organiser, "kind") === "municipality" ? (nameIndex(graph).parts.get(organiser) ?? []) : [])];
    for (const one of organisers)
      for (const e of edgesOf(graph, one, "in", ["organised_by"])) {
        if (!candidates || candidates.has(graph.source(e)))
          byOrganiser.set(graph.source(e), candidates?.get(graph.source(e)) ?? graph.getEdgeAttribute(e, "evidence"));
      }
    candidates = byOrganiser;
  }
  const out: Answer[] = [];
  const consider = (id: string, evidence?: Answer["evidence"]) => {
    const m = graph.getNodeAttributes(id) as MeetingAttributes;
    if (m.kind !== "meeting") return;
    if (options.from && (!m.date || m.date < options.from.slice(0, m.date.length))) return;
    if (options.to && (!m.date || m.date.slice(0, options.to.length) > options.to)) return;
    out.push({ id, label: m.label, kind: "meeting", date: m.date, inferred: false, evidence: evidence ?? m.evidence ?? [] });
  };
  if (candidates) for (const [id, evidence] of candidates) consider(id, evidence);
  else graph.forEachNode((id, a) => a.kind === "meeting" && consider(id));
  return out.sort(byStatedThenDate);
}

/** Topic nodes a user's word names: by label or alias, or by the words the documents used for them (`nyanlända`). */
function topicNodes(graph: KnowledgeGraph, topic: string): string[] {
  const key = nameKey(topic);
  const stem = key.slice(0, Math.max(4, key.length - 2));
  const topics: string[] = [];
  graph.forEachNode((id, a) => void (a.kind === "topic" && topics.push(id)));
  const byName = topics.filter(
    (id) =>
      id === `topic:${key}` || [graph.getNodeAttribute(id, "label"), ...(graph.getNodeAttribute(id, "aliases") ?? [])].some((n) => nameKey(n).includes(stem)),
  );
  if (byName.length) return byName;
  // Else the words a topic was found under: the quotes of its `discussed` edges.
  return topics.filter((id) => graph.inEdges(id).some((e) => graph.getEdgeAttribute(e, "evidence").some((ev) => nameKey(ev.quote).startsWith(stem))));
}
