/**
 * Popolo export
 * =============
 *
 * Maps the graph to Popolo JSON, the open standard for people, organizations, posts and memberships in government:
 * persons; municipalities, parties and organisations as organizations with a classification; `holds_role`,
 * `member_of` and `represents` edges as memberships (roles in an organisation also as posts); meetings as events.
 * Where Popolo has no place for something samverkan knows, the record gets an extension field, listed in
 * `popolo/types.ts` and in docs/interop/popolo.md: evidence offsets and quotes, event attendees with their role,
 * event topics, inferred and former flags. Topics, documents, `mentions` and `collaborates_with` have no Popolo class
 * and are left out.
 *
 * [Reference] https://www.popoloproject.com/specs/
 */
import type { DocumentRecord, EdgeAttributes, EdgeKind, Evidence, KnowledgeGraph, NodeAttributes } from "@samverkan/core";
import { evidenceOf, indexDocuments, stringAttribute } from "../shared/attributes";
import { documentUrl, evidenceDocuments } from "../shared/sources";
import type { BaseExportOptions } from "../types";
import type {
  PopoloClassification,
  PopoloEvent,
  PopoloEvidence,
  PopoloExport,
  PopoloMembership,
  PopoloOrganization,
  PopoloOtherName,
  PopoloParticipantRole,
  PopoloPerson,
  PopoloPost,
  PopoloSource,
} from "./types";

/** Options for `exportPopolo`. */
export type PopoloExportOptions = BaseExportOptions;

const ORGANIZATION_KINDS: ReadonlySet<string> = new Set<PopoloClassification>(["municipality", "party", "organisation"]);

/** Membership role for the edge kinds that are not `holds_role` (which carries its own). */
const MEMBERSHIP_ROLES: Partial<Record<EdgeKind, string>> = { member_of: "member", represents: "representative" };

const PARTICIPANT_ROLES: Partial<Record<EdgeKind, PopoloParticipantRole>> = {
  chaired: "chair",
  attended: "attendee",
  spoke_at: "speaker",
};

function toEvidence(evidence: readonly Evidence[], documents: Map<string, DocumentRecord>): PopoloEvidence[] {
  return evidence.map((item) => {
    const date = documents.get(item.doc)?.date;
    return date ? { ...item, date } : { ...item };
  });
}

function toSources(evidence: readonly Evidence[], documents: Map<string, DocumentRecord>): PopoloSource[] {
  return evidenceDocuments(evidence).map((doc) => {
    const title = documents.get(doc)?.title;
    return title ? { url: documentUrl(doc, documents), note: title } : { url: documentUrl(doc, documents) };
  });
}

function aliasNames(attributes: NodeAttributes, except: readonly string[] = []): PopoloOtherName[] {
  const skip = new Set([attributes.label, ...except]);
  return (attributes.aliases ?? []).filter((alias) => !skip.has(alias)).map((name) => ({ name }));
}

function toOrganization(id: string, attributes: NodeAttributes, graph: KnowledgeGraph, documents: Map<string, DocumentRecord>): PopoloOrganization {
  const evidence = evidenceOf(attributes);
  const organization: PopoloOrganization = {
    id,
    name: attributes.label,
    classification: attributes.kind as PopoloClassification,
    sources: toSources(evidence, documents),
    evidence: toEvidence(evidence, documents),
  };
  // A former name is listed once, with its end date, even when it is also an alias.
  const formerNames = attributes.kind === "organisation" ? (attributes.renames ?? []).map((rename) => rename.from) : [];
  const otherNames = aliasNames(attributes, formerNames);
  if (attributes.kind === "party" && attributes.abbreviation) {
    otherNames.push({ name: attributes.abbreviation, note: "abbreviation" });
  }
  if (attributes.kind === "organisation") {
    for (const rename of attributes.renames ?? []) {
      otherNames.push({ name: rename.from, end_date: rename.date, note: "former name" });
    }
    if (attributes.type) organization.type = attributes.type;
    if (attributes.partOf && graph.hasNode(attributes.partOf)) organization.parent_id = attributes.partOf;
  }
  if (attributes.kind === "municipality") {
    if (attributes.code) organization.identifiers = [{ scheme: "scb-kommunkod", identifier: attributes.code }];
    if (attributes.county) organization.county = attributes.county;
  }
  if (otherNames.length > 0) organization.other_names = otherNames;
  return organization;
}

/** The person end and the other end of an edge, when exactly one end is a person. */
function personEnds(graph: KnowledgeGraph, source: string, target: string): [string, string] | undefined {
  const sourceIsPerson = graph.getNodeAttribute(source, "kind") === "person";
  const targetIsPerson = graph.getNodeAttribute(target, "kind") === "person";
  if (sourceIsPerson === targetIsPerson) return undefined;
  return sourceIsPerson ? [source, target] : [target, source];
}

/** The inferred flag and the chain behind it, as statements. */
function inferredFrom(attributes: EdgeAttributes): { inferred: true; inferred_from?: string[] } {
  const chain = attributes.chain?.map((step) => step.statement);
  return chain?.length ? { inferred: true, inferred_from: chain } : { inferred: true };
}

function slug(text: string): string {
  return text.normalize("NFC").toLowerCase().trim().replace(/\s+/g, "-");
}

/**
 * Exports the graph as a Popolo document.
 * @example
 * const popolo = exportPopolo(graph, { documents });
 * JSON.stringify(popolo, null, 2);
 */
export function exportPopolo(graph: KnowledgeGraph, options: PopoloExportOptions = {}): PopoloExport {
  const documents = indexDocuments(options.documents);
  const persons: PopoloPerson[] = [];
  const organizations: PopoloOrganization[] = [];
  const events = new Map<string, PopoloEvent>();
  const posts = new Map<string, PopoloPost>();
  const memberships: PopoloMembership[] = [];
  const topicNames = new Map<string, string>();

  graph.forEachNode((id, attributes) => {
    const evidence = evidenceOf(attributes);
    if (attributes.kind === "person") {
      const person: PopoloPerson = {
        id,
        name: attributes.label,
        sources: toSources(evidence, documents),
        evidence: toEvidence(evidence, documents),
      };
      const otherNames = aliasNames(attributes);
      if (otherNames.length > 0) person.other_names = otherNames;
      persons.push(person);
    } else if (ORGANIZATION_KINDS.has(attributes.kind)) {
      organizations.push(toOrganization(id, attributes, graph, documents));
    } else if (attributes.kind === "meeting") {
      const event: PopoloEvent = {
        id,
        name: attributes.title || attributes.label,
        sources: toSources(evidence, documents),
        evidence: toEvidence(evidence, documents),
        attendees: [],
      };
      if (attributes.type) event.classification = attributes.type;
      if (attributes.date) event.start_date = attributes.date;
      if (attributes.place) event.location = attributes.place;
      events.set(id, event);
    } else if (attributes.kind === "topic") {
      topicNames.set(id, attributes.label);
    }
  });

  graph.forEachEdge((edge, attributes: EdgeAttributes, source, target) => {
    const evidence = evidenceOf(attributes);
    if (attributes.kind === "organised_by" && events.has(source) && ORGANIZATION_KINDS.has(graph.getNodeAttribute(target, "kind"))) {
      events.get(source)!.organization_id ??= target;
      return;
    }
    if (attributes.kind === "discussed" && events.has(source) && topicNames.has(target)) {
      const event = events.get(source)!;
      (event.topics ??= []).push({ id: target, name: topicNames.get(target)! });
      return;
    }
    const participantRole = PARTICIPANT_ROLES[attributes.kind];
    if (participantRole) {
      const ends = personEnds(graph, source, target);
      const event = ends && events.get(ends[1]);
      if (!ends || !event) return;
      event.attendees.push({
        person_id: ends[0],
        role: participantRole,
        ...(attributes.capacity ? { capacity: attributes.capacity } : {}),
        ...(attributes.items ? { items: attributes.items } : {}),
        ...(attributes.inferred ? inferredFrom(attributes) : {}),
        evidence: toEvidence(evidence, documents),
      });
      return;
    }
    if (attributes.kind !== "holds_role" && !MEMBERSHIP_ROLES[attributes.kind]) return;
    const ends = personEnds(graph, source, target);
    if (!ends || !ORGANIZATION_KINDS.has(graph.getNodeAttribute(ends[1], "kind"))) return;
    const [personId, organizationId] = ends;
    const written = stringAttribute(attributes, "role");
    const role = attributes.kind === "holds_role" ? (attributes.roleNormalised ?? written ?? "member") : MEMBERSHIP_ROLES[attributes.kind]!;
    const membership: PopoloMembership = {
      id: edge,
      person_id: personId,
      organization_id: organizationId,
      role,
      sources: toSources(evidence, documents),
      evidence: toEvidence(evidence, documents),
    };
    if (written && written !== role) membership.label = written;
    if (attributes.kind === "holds_role") {
      const postId = `post:${organizationId}:${slug(role)}`;
      if (!posts.has(postId)) posts.set(postId, { id: postId, label: role, role, organization_id: organizationId });
      membership.post_id = postId;
    }
    if (attributes.start) membership.start_date = attributes.start;
    if (attributes.end) membership.end_date = attributes.end;
    else if (attributes.former) {
      // The text calls the role former (`fd KSO`) without its end: it had ended by the latest document that says so.
      const said = evidence
        .map((e) => documents.get(e.doc)?.date)
        .filter((d): d is string => !!d)
        .sort();
      if (said.length) membership.end_date = said[said.length - 1];
    }
    if (attributes.former) membership.former = true;
    if (attributes.inferred) Object.assign(membership, inferredFrom(attributes));
    memberships.push(membership);
  });

  return { persons, organizations, posts: [...posts.values()], memberships, events: [...events.values()] };
}
