/**
 * Describe entity
 * ===============
 *
 * What the side panel says about a node, as plain data: the roles as a timeline, party and municipality, meetings
 * with their dates and whether the person chaired them, collaborators, and every other link — each with the quotes
 * that state it and the document they come from. The DOM panel only lays this out, so tests can read it without a
 * browser.
 */
import type { DocumentRecord, EdgeAttributes, Evidence, KnowledgeGraph, MeetingAttributes, NodeAttributes } from "@samverkan/core";

/** A quote shown under a fact, with the document it comes from. */
export interface EvidenceView {
  quote: string;
  doc: string;
  /** Document title (or source) when the document is known. */
  docTitle?: string;
  docDate?: string;
  /** Document URL, only when it is `http:` or `https:`. */
  docUrl?: string;
  /** Page of a paged source (PDF). */
  page?: number;
  /** Read by OCR from a scanned page. */
  ocr?: boolean;
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
  const toViews = (evidence: readonly Evidence[] | undefined): EvidenceView[] =>
    (evidence ?? []).slice(0, maxEvidence).map((item) => {
      const doc = documents.get(item.doc);
      return {
        quote: item.quote,
        doc: item.doc,
        docTitle: doc?.title ?? doc?.source,
        docDate: doc?.date,
        docUrl: safeUrl(doc?.url),
        page: item.page,
        ocr: item.ocr,
      };
    });
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
    const evidence = toViews(edge.evidence);

    if (outgoing && ROLE_KINDS.has(edge.kind)) {
      const role = edge.roleNormalised ?? edge.role ?? "role";
      roles.push({ label: `${role}, ${labelOf(other)}`, target: other, date: dateRange(edge), badges: edgeBadges(edge), notes: [], evidence });
      return;
    }
    if (outgoing && MEETING_KINDS.has(edge.kind) && otherKind === "meeting") {
      const meeting = graph.getNodeAttributes(other) as MeetingAttributes;
      let item = meetings.get(other);
      if (!item) {
        item = { label: meeting.title || meeting.label, target: other, date: meeting.date, badges: [], notes: [], evidence: [] };
        meetings.set(other, item);
      }
      mergeMeetingLink(item, edge, evidence);
      return;
    }
    if (!outgoing && MEETING_KINDS.has(edge.kind) && attributes.kind === "meeting") {
      let item = participants.get(other);
      if (!item) participants.set(other, (item = { label: labelOf(other), target: other, badges: [], notes: [], evidence: [] }));
      mergeMeetingLink(item, edge, evidence);
      return;
    }
    if (outgoing && (edge.kind === "member_of" || edge.kind === "represents")) {
      const item: PanelItem = {
        label: labelOf(other),
        target: other,
        date: dateRange(edge),
        badges: [edge.kind.replace("_", " "), ...edgeBadges(edge)],
        notes: [],
        evidence,
      };
      if (otherKind === "party") party.push(item);
      else if (otherKind === "municipality") municipality.push(item);
      else organisations.push(item);
      return;
    }
    const item: PanelItem = {
      label: `${outgoing ? "" : "← "}${edge.kind.replace(/_/g, " ")}${edge.role ? ` (${edge.role})` : ""} ${labelOf(other)}`,
      target: other,
      date: dateRange(edge),
      badges: edgeBadges(edge),
      notes: [],
      evidence,
    };
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
        badges: [`weight ${edge.weight ?? 1}`],
        weight: edge.weight ?? 1,
        notes: edge.reasons ?? [],
        evidence: toViews(edge.evidence),
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
    evidence: toViews(attributes.evidence),
    sections: sections.filter((section) => section.items.length > 0),
  };
}

function mergeMeetingLink(item: PanelItem, edge: EdgeAttributes, evidence: EvidenceView[]): void {
  const badge = edge.kind === "chaired" ? "chaired" : edge.kind === "spoke_at" ? "spoke" : (edge.capacity ?? "attended");
  if (!item.badges.includes(badge)) item.badges.push(badge);
  if (edge.kind === "chaired" && edge.items) item.notes.push(`Chaired ${edge.items}`);
  // The chairing quote first: it is the one a reader looks for.
  if (edge.kind === "chaired") item.evidence.unshift(...evidence);
  else item.evidence.push(...evidence);
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
