/**
 * Describe entity
 * ===============
 *
 * What the side panel says about a node, as plain data: the roles as a timeline, party and municipality, meetings
 * with their dates and whether the person chaired them, collaborators, and every other link — each with the quotes
 * that state it and the document they come from. Inferred facts carry their chain; a quote is shown once, and a quote
 * that is only a name (it says who, not what) is not offered as evidence of a relation. `describeEdge` does the same
 * for one link. The DOM panel only lays this out, so tests can read it without a browser.
 */
import { fold } from "@samverkan/core";
import type { DocumentRecord, EdgeAttributes, Evidence, InferenceStep, KnowledgeGraph, MeetingAttributes, NodeAttributes } from "@samverkan/core";

/** A quote shown under a fact, with the document it comes from. */
export interface EvidenceView {
  quote: string;
  doc: string;
  /** Offsets of the quote in the document's text, for the document view. */
  start: number;
  end: number;
  /** Document title (or source) when the document is known. */
  docTitle?: string;
  docDate?: string;
  /** Document URL, only when it is `http:` or `https:`. */
  docUrl?: string;
  /** Page of a paged source (PDF). */
  page?: number;
  /** Read by OCR from a scanned page. */
  ocr?: boolean;
  /** The quote is only the entity's name: the panel shows where it is named, not the name again. */
  nameOnly?: boolean;
}

/** One line of a panel section. */
export interface PanelItem {
  /** Main text, e.g. the role or the meeting title. */
  label: string;
  /** Node the line is about; the panel makes it a button that focuses it. */
  target?: string;
  /** Date or date range, as ISO text. */
  date?: string;
  /** Short tags: `chaired`, `spoke`, `former`, `inferred`, a weight. */
  badges: string[];
  /** Extra text, e.g. the reasons two people work together. */
  notes: string[];
  /** `works_with` weight, for collaborators. */
  weight?: number;
  evidence: EvidenceView[];
  /** Set when the fact is inferred: the steps it follows from, each with its own quotes. */
  chain?: ChainStepView[];
  /** Edge the line is about (the first, where several are merged), so the map can select it. */
  edge?: string;
}

/** One step of the chain behind an inferred fact. */
export interface ChainStepView {
  statement: string;
  evidence: EvidenceView[];
}

/** A titled list in the panel. */
export interface PanelSection {
  id: "roles" | "party" | "municipality" | "organisations" | "meetings" | "participants" | "collaborators" | "links" | "mentions";
  title: string;
  items: PanelItem[];
}

/** Everything the panel shows for one node. */
export interface PanelModel {
  id: string;
  kind: NodeAttributes["kind"];
  label: string;
  /** Kind-specific facts about the node itself: meeting date and place, organisation type, … */
  facts: { name: string; value: string }[];
  aliases: string[];
  /** Where the entity itself is named. */
  evidence: EvidenceView[];
  sections: PanelSection[];
}

/** What `describeEntity` needs besides the graph. */
export interface DescribeOptions {
  documents?: readonly DocumentRecord[];
  /** The works-with projection, for the collaborators of a person. */
  projection?: KnowledgeGraph;
  /** Quotes shown per fact (default 3). */
  maxEvidence?: number;
}

const ROLE_KINDS = new Set(["holds_role"]);

/** Text compared without case, diacritics, spaces and punctuation, to tell a bare name from a statement. */
const bare = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, "");
const MEETING_KINDS = new Set(["attended", "chaired", "spoke_at"]);

/** Only web links: a document URL such as `javascript:…` must never become a link. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Describes a node for the side panel; `undefined` when the id is not in the graph. */
export function describeEntity(graph: KnowledgeGraph, id: string, options: DescribeOptions = {}): PanelModel | undefined {
  if (!graph.hasNode(id)) return undefined;
  const attributes = graph.getNodeAttributes(id);
  const documents = new Map((options.documents ?? []).map((doc) => [doc.id, doc]));
  const maxEvidence = options.maxEvidence ?? 3;
  const namesOf = (node: string): string[] => {
    const { label, aliases } = graph.getNodeAttributes(node);
    return [label, ...(aliases ?? [])].filter(Boolean).map(bare);
  };
  const toViews = makeEvidenceViews(documents, maxEvidence);
  /**
   * Evidence of a relation: a quote that is only the name of one of its ends says nothing about the relation, so it
   * is left out when the relation has other quotes, and otherwise kept as "named in" (where, not what).
   */
  const relationViews = (evidence: readonly Evidence[] | undefined, ends: readonly string[]) => {
    const names = new Set(ends.flatMap(namesOf));
    return statedFirst(evidence ?? [], names, toViews);
  };
  const chainOf = (edge: EdgeAttributes) => (edge.inferred && edge.chain ? chainViews(edge.chain, toViews) : undefined);
  const labelOf = (node: string) => graph.getNodeAttribute(node, "label") || node;
  const kindOf = (node: string) => graph.getNodeAttribute(node, "kind");
  const dateRange = (edge: EdgeAttributes) => (edge.start || edge.end ? `${edge.start ?? "…"}–${edge.end ?? ""}` : undefined);
  const edgeBadges = (edge: EdgeAttributes): string[] => [...(edge.former ? ["former"] : []), ...(edge.inferred ? ["inferred"] : [])];

  const roles: PanelItem[] = [];
  const party: PanelItem[] = [];
  const municipality: PanelItem[] = [];
  const organisations: PanelItem[] = [];
  const meetings = new Map<string, PanelItem>();
  const participants = new Map<string, PanelItem>();
  const links: PanelItem[] = [];
  const mentions: PanelItem[] = [];

  graph.forEachEdge(id, (_edge, edge, source, target) => {
    const outgoing = source === id;
    const other = outgoing ? target : source;
    const otherKind = kindOf(other);
    const evidence = relationViews(edge.evidence, [id, other]);
    const chain = chainOf(edge);
    const line = (label: string, badges: string[]): PanelItem => ({
      label,
      target: other,
      date: dateRange(edge),
      badges,
      notes: [],
      evidence,
      chain,
      edge: _edge,
    });

    if (outgoing && ROLE_KINDS.has(edge.kind)) {
      roles.push(line(`${edge.roleNormalised ?? edge.role ?? "role"}, ${labelOf(other)}`, edgeBadges(edge)));
      return;
    }
    if (outgoing && MEETING_KINDS.has(edge.kind) && otherKind === "meeting") {
      const meeting = graph.getNodeAttributes(other) as MeetingAttributes;
      let item = meetings.get(other);
      if (!item) {
        item = { label: meeting.title || meeting.label, target: other, date: meeting.date, badges: [], notes: [], evidence: [], edge: _edge };
        meetings.set(other, item);
      }
      mergeMeetingLink(item, edge, evidence, chain);
      return;
    }
    if (!outgoing && MEETING_KINDS.has(edge.kind) && attributes.kind === "meeting") {
      let item = participants.get(other);
      if (!item) participants.set(other, (item = { label: labelOf(other), target: other, badges: [], notes: [], evidence: [], edge: _edge }));
      mergeMeetingLink(item, edge, evidence, chain);
      return;
    }
    if (outgoing && (edge.kind === "member_of" || edge.kind === "represents")) {
      const item = line(labelOf(other), [edge.kind.replace("_", " "), ...edgeBadges(edge)]);
      if (otherKind === "party") party.push(item);
      else if (otherKind === "municipality") municipality.push(item);
      else organisations.push(item);
      return;
    }
    const item = line(`${outgoing ? "" : "← "}${edge.kind.replace(/_/g, " ")}${edge.role ? ` (${edge.role})` : ""} ${labelOf(other)}`, edgeBadges(edge));
    if (edge.kind === "mentions" && !outgoing) mentions.push(item);
    else links.push(item);
  });

  const collaborators: PanelItem[] = [];
  if (attributes.kind === "person" && options.projection?.hasNode(id)) {
    const projection = options.projection;
    projection.forEachEdge(id, (_edge, edge, source, target) => {
      if (edge.kind !== "works_with") return;
      const other = source === id ? target : source;
      collaborators.push({
        label: projection.getNodeAttribute(other, "label") || other,
        target: other,
        badges: [weightInWords(edge.reasons ?? [])],
        weight: edge.weight ?? 1,
        notes: edge.reasons ?? [],
        evidence: relationViews(edge.evidence, [id, other]),
        edge: _edge,
      });
    });
    collaborators.sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.label.localeCompare(b.label, "sv"));
  }

  const byDate = (a: PanelItem, b: PanelItem) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.label.localeCompare(b.label, "sv");
  const sections: PanelSection[] = [
    { id: "roles", title: "Roles", items: roles.sort(byDate) },
    { id: "party", title: "Party", items: party },
    { id: "municipality", title: "Municipality", items: municipality },
    { id: "organisations", title: "Organisations", items: organisations },
    { id: "meetings", title: "Meetings", items: [...meetings.values()].sort(byDate) },
    { id: "participants", title: "Participants", items: [...participants.values()].sort(byChairFirst) },
    { id: "collaborators", title: "Works with", items: collaborators },
    { id: "links", title: "Other links", items: links.sort(byDate) },
    { id: "mentions", title: "Mentioned in", items: mentions },
  ];
  return {
    id,
    kind: attributes.kind,
    label: attributes.label || id,
    facts: factsOf(attributes),
    aliases: (attributes.aliases ?? []).filter((alias) => alias !== attributes.label),
    // Where the entity is named: a quote that is only its name adds nothing to the document it is in.
    evidence: toViews(attributes.evidence).map((view) => (namesOf(id).includes(bare(view.quote)) ? { ...view, nameOnly: true } : view)),
    sections: sections.filter((section) => section.items.length > 0),
  };
}

function mergeMeetingLink(item: PanelItem, edge: EdgeAttributes, evidence: EvidenceView[], chain: ChainStepView[] | undefined): void {
  const badge = edge.kind === "chaired" ? "chaired" : edge.kind === "spoke_at" ? "spoke" : (edge.capacity ?? "attended");
  if (!item.badges.includes(badge)) item.badges.push(badge);
  if (edge.inferred && !item.badges.includes("inferred")) item.badges.push("inferred");
  if (chain) item.chain = [...(item.chain ?? []), ...chain];
  if (edge.kind === "chaired" && edge.items) item.notes.push(`Chaired ${edge.items}`);
  // The chairing quote first: it is the one a reader looks for; a quote two links share is shown once.
  const fresh = evidence.filter((view) => !item.evidence.some((seen) => sameQuote(seen, view)));
  if (edge.kind === "chaired") item.evidence.unshift(...fresh);
  else item.evidence.push(...fresh);
}

/** The same statement: the same words at the same place, or the same words twice on one page of one document. */
const sameQuote = (a: EvidenceView, b: EvidenceView) =>
  a.doc === b.doc && ((a.start === b.start && a.end === b.end) || (a.quote === b.quote && a.page === b.page));

/** Turns evidence into views: known documents' titles, dates and safe links; each quote once; at most `max`. */
export function makeEvidenceViews(documents: ReadonlyMap<string, DocumentRecord>, max: number) {
  return (evidence: readonly Evidence[] | undefined): EvidenceView[] => {
    const views: EvidenceView[] = [];
    for (const item of evidence ?? []) {
      const doc = documents.get(item.doc);
      const view: EvidenceView = {
        quote: item.quote,
        doc: item.doc,
        start: item.start,
        end: item.end,
        docTitle: doc?.title ?? doc?.source,
        docDate: doc?.date,
        docUrl: safeUrl(doc?.url),
        page: item.page,
        ocr: item.ocr,
      };
      if (views.some((seen) => sameQuote(seen, view))) continue;
      views.push(view);
      if (views.length >= max) break;
    }
    return views;
  };
}

export function chainViews(chain: readonly InferenceStep[], toViews: (evidence: readonly Evidence[]) => EvidenceView[]): ChainStepView[] {
  return chain.map((step) => ({ statement: step.statement, evidence: toViews(step.evidence) }));
}

/** Quotes that state something; only when there are none, the bare-name ones, flagged `nameOnly`. */
function statedFirst(evidence: readonly Evidence[], names: ReadonlySet<string>, toViews: (evidence: readonly Evidence[]) => EvidenceView[]): EvidenceView[] {
  const stated = evidence.filter((item) => !names.has(bare(item.quote)));
  if (stated.length > 0) return toViews(stated);
  return toViews(evidence).map((view) => ({ ...view, nameOnly: true }));
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * A works-with weight in words, from the projection's reasons: "3 meetings together, 1 shared role". The weight
 * itself (small groups count more) stays in the data for sizing lines.
 */
export function weightInWords(reasons: readonly string[]): string {
  let meetings = 0;
  let panels = 0;
  let roles = 0;
  let stated = 0;
  for (const reason of reasons) {
    if (reason.startsWith("same meeting")) meetings++;
    else if (reason.startsWith("same panel")) panels++;
    else if (reason.startsWith("same board") || reason.startsWith("same secretariat")) roles++;
    else if (reason === "stated collaboration") stated++;
  }
  const parts = [
    meetings ? `${plural(meetings, "meeting", "meetings")} together` : "",
    panels ? `${plural(panels, "panel", "panels")} together` : "",
    roles ? plural(roles, "shared organisation", "shared organisations") : "",
    stated ? "said to work together" : "",
  ].filter(Boolean);
  return parts.join(", ") || plural(reasons.length, "reason", "reasons");
}

/** What the panel says about one link: its kind, ends, dates, quotes and, when inferred, the chain. */
export interface EdgeModel {
  id: string;
  kind: EdgeAttributes["kind"];
  source: { id: string; label: string };
  target: { id: string; label: string };
  /** The relation in words: "chaired", "holds role (ordförande)", "3 meetings together". */
  label: string;
  date?: string;
  inferred: boolean;
  evidence: EvidenceView[];
  chain?: ChainStepView[];
  /** `works_with`: the reasons. */
  notes: string[];
}

/** Describes one edge of `graph` (the knowledge graph or the works-with projection); `undefined` when it is not there. */
export function describeEdge(graph: KnowledgeGraph, edge: string, options: DescribeOptions = {}): EdgeModel | undefined {
  if (!graph.hasEdge(edge)) return undefined;
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const documents = new Map((options.documents ?? []).map((doc) => [doc.id, doc]));
  const toViews = makeEvidenceViews(documents, options.maxEvidence ?? 3);
  const end = (node: string) => ({ id: node, label: graph.getNodeAttribute(node, "label") || node });
  const names = new Set(
    [source, target].flatMap((node) => [graph.getNodeAttribute(node, "label"), ...(graph.getNodeAttribute(node, "aliases") ?? [])].filter(Boolean).map(bare)),
  );
  const label =
    attributes.kind === "works_with"
      ? weightInWords(attributes.reasons ?? [])
      : `${attributes.kind.replace(/_/g, " ")}${attributes.role ? ` (${attributes.role})` : ""}`;
  return {
    id: edge,
    kind: attributes.kind,
    source: end(source),
    target: end(target),
    label,
    date: attributes.start || attributes.end ? `${attributes.start ?? "…"}–${attributes.end ?? ""}` : undefined,
    // The works-with projection is derived as a whole; its chain is the list of shared meetings and roles.
    inferred: attributes.inferred === true,
    evidence: statedFirst(attributes.evidence, names, toViews),
    chain: attributes.inferred && attributes.chain ? chainViews(attributes.chain, toViews) : undefined,
    notes: attributes.reasons ?? [],
  };
}

function byChairFirst(a: PanelItem, b: PanelItem): number {
  return Number(b.badges.includes("chaired")) - Number(a.badges.includes("chaired")) || a.label.localeCompare(b.label, "sv");
}

function factsOf(attributes: NodeAttributes): { name: string; value: string }[] {
  const facts: { name: string; value: string }[] = [];
  const add = (name: string, value: string | undefined) => {
    if (value) facts.push({ name, value });
  };
  switch (attributes.kind) {
    case "meeting":
      add("Date", attributes.date);
      add("Place", attributes.place);
      add("Type", attributes.type);
      break;
    case "organisation":
      add("Type", attributes.type);
      break;
    case "municipality":
      add("County", attributes.county);
      add("Code", attributes.code);
      break;
    case "party":
      add("Abbreviation", attributes.abbreviation);
      break;
    case "document":
      add("Title", attributes.title);
      add("Date", attributes.date);
      add("Genre", attributes.genre);
      add("Source", attributes.source);
      break;
    default:
      break;
  }
  return facts;
}
