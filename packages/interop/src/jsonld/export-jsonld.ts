/**
 * JSON-LD export
 * ==============
 *
 * Publishes the graph as linked data with schema.org types: Person; Organization, GovernmentOrganization or
 * Corporation by organisation type; municipalities as AdministrativeArea and GovernmentOrganization; meetings as
 * Event; topics as DefinedTerm; documents as DigitalDocument. Roles, memberships and meeting participation use
 * schema.org's Role pattern (roleName, startDate, endDate). Provenance is `citation`: a Quotation of the words, part
 * of the source document, whose `@id` ends in an RFC 5147 `#char=start,end` fragment giving the offsets.
 * The context is inline, so the document expands offline.
 *
 * [Reference] https://schema.org/Role, https://www.rfc-editor.org/rfc/rfc5147
 */
import {
  SamverkanError,
  type DocumentRecord,
  type EdgeAttributes,
  type EdgeKind,
  type Evidence,
  type KnowledgeGraph,
  type NodeAttributes,
} from "@samverkan/core";
import { evidenceOf, indexDocuments } from "../shared/attributes";
import { httpUrl } from "../shared/sources";
import type { BaseExportOptions } from "../types";

/** Options for `exportJsonLd`. */
export interface JsonLdExportOptions extends BaseExportOptions {
  /**
   * Prefix turning node ids into IRIs: `<baseIri><node id>`. Default `urn:samverkan:`. Set it to where the data is
   * published (`https://data.example.se/samverkan/`) to make the IRIs dereferenceable. An http(s) URL or a `urn:`.
   */
  baseIri?: string;
}

/** Default `baseIri`. */
export const DEFAULT_BASE_IRI = "urn:samverkan:";

/** The inline context of every exported document. */
export const JSONLD_CONTEXT = { "@vocab": "https://schema.org/" } as const;

/** A JSON-LD node object. */
export type JsonLdNode = { "@id": string; "@type": string | string[] } & Record<string, unknown>;

/** The exported JSON-LD document. */
export interface JsonLdDocument {
  "@context": typeof JSONLD_CONTEXT;
  "@graph": JsonLdNode[];
}

/** Organisation types (from the core lexicon) that are public bodies. */
const GOVERNMENT_TYPES: ReadonlySet<string> = new Set(["agency", "region", "body", "authority", "municipality", "county"]);

const MEMBERSHIP_ROLES: Partial<Record<EdgeKind, string>> = { member_of: "member", represents: "representative" };
const PARTICIPANT_ROLES: Partial<Record<EdgeKind, string>> = { chaired: "chair", attended: "attendee", spoke_at: "speaker" };

/** An inferred fact says so, with its chain, in the role's description (`inferred: X was elected …; …`). */
function inferred(attributes: EdgeAttributes): string[] {
  if (!attributes.inferred) return [];
  const chain = attributes.chain?.map((step) => step.statement) ?? [];
  return [chain.length ? `inferred: ${chain.join("; ")}` : "inferred"];
}

function schemaType(attributes: NodeAttributes): string | string[] {
  switch (attributes.kind) {
    case "person":
      return "Person";
    case "municipality":
      return ["AdministrativeArea", "GovernmentOrganization"];
    case "party":
      return "Organization";
    case "organisation":
      if (attributes.type && GOVERNMENT_TYPES.has(attributes.type)) return "GovernmentOrganization";
      return attributes.type === "company" ? "Corporation" : "Organization";
    case "meeting":
      return "Event";
    case "topic":
      return "DefinedTerm";
    case "document":
      return "DigitalDocument";
    default:
      return "Thing";
  }
}

/**
 * Exports the graph as a JSON-LD document (`@context` + `@graph`).
 * @example
 * const doc = exportJsonLd(graph, { documents, baseIri: "https://data.example.se/samverkan/" });
 * @throws SamverkanError `BAD_OPTION` for a base IRI that is neither http(s) nor a `urn:`.
 */
export function exportJsonLd(graph: KnowledgeGraph, options: JsonLdExportOptions = {}): JsonLdDocument {
  const base = options.baseIri ?? DEFAULT_BASE_IRI;
  if (!/^urn:[a-z0-9][a-z0-9-]*:/i.test(base) && !httpUrl(base)) {
    throw new SamverkanError("BAD_OPTION", `samverkan/exportJsonLd: the base IRI must be an http(s) URL or a urn:, not ${JSON.stringify(base)}`);
  }
  const documents = indexDocuments(options.documents);
  // Node ids are `kind:slug`; keep the colons readable and percent-encode anything an IRI cannot hold.
  const iri = (id: string): string => base + id.split(":").map(encodeURIComponent).join(":");
  const documentIri = (docId: string): string => iri(`document:${docId}`);
  const citedDocuments = new Set<string>();

  const citation = (evidence: readonly Evidence[]): Record<string, unknown>[] =>
    evidence.map((item) => {
      citedDocuments.add(item.doc);
      // The page of a paged source (PDF) as schema.org's `pagination`; words read by OCR say so in `description`.
      return {
        "@id": `${documentIri(item.doc)}#char=${item.start},${item.end}`,
        "@type": "Quotation",
        text: item.quote,
        isPartOf: { "@id": documentIri(item.doc) },
        ...(item.page ? { pagination: String(item.page) } : {}),
        ...(item.ocr ? { description: "read by OCR from a scanned page" } : {}),
      };
    });

  const nodes = new Map<string, JsonLdNode>();
  const push = (node: JsonLdNode, key: string, value: unknown): void => {
    const list = (node[key] ??= []) as unknown[];
    list.push(value);
  };

  graph.forEachNode((id, attributes) => {
    const node: JsonLdNode = { "@id": iri(id), "@type": schemaType(attributes), name: attributes.label, identifier: id };
    const alternate = (attributes.aliases ?? []).filter((alias) => alias !== attributes.label);
    const evidence = evidenceOf(attributes);
    if (evidence.length > 0) node.citation = citation(evidence);
    switch (attributes.kind) {
      case "organisation":
        for (const rename of attributes.renames ?? []) alternate.push(rename.from);
        if (attributes.partOf && graph.hasNode(attributes.partOf)) node.parentOrganization = { "@id": iri(attributes.partOf) };
        break;
      case "party":
        if (attributes.abbreviation) alternate.push(attributes.abbreviation);
        break;
      case "municipality":
        if (attributes.code) node.identifier = [id, { "@type": "PropertyValue", propertyID: "scb-kommunkod", value: attributes.code }];
        if (attributes.county) node.containedInPlace = { "@type": "AdministrativeArea", name: attributes.county };
        break;
      case "meeting":
        node.name = attributes.title || attributes.label;
        if (attributes.date) node.startDate = attributes.date;
        if (attributes.place) node.location = { "@type": "Place", name: attributes.place };
        if (attributes.type) node.additionalType = attributes.type;
        if (attributes.doc) {
          node.recordedIn = { "@id": documentIri(attributes.doc) };
          citedDocuments.add(attributes.doc);
        }
        break;
      case "document": {
        const docId = id.startsWith("document:") ? id.slice("document:".length) : id;
        node["@id"] = documentIri(docId);
        const record = documents.get(docId);
        if (attributes.date) node.datePublished = attributes.date;
        node.inLanguage = attributes.language;
        node.genre = attributes.genre;
        const url = httpUrl(record?.url);
        if (url) node.url = url;
        break;
      }
      default:
        break;
    }
    if (alternate.length > 0) node.alternateName = [...new Set(alternate)];
    nodes.set(id, node);
  });

  graph.forEachEdge((_edge, attributes, source, target) => {
    const from = nodes.get(source)!;
    const to = nodes.get(target)!;
    const sourceKind = graph.getNodeAttribute(source, "kind");
    const targetKind = graph.getNodeAttribute(target, "kind");
    const cited = evidenceOf(attributes).length > 0 ? { citation: citation(evidenceOf(attributes)) } : {};
    const personIsSource = sourceKind === "person";
    const [person, other, otherKind] = personIsSource ? [from, to, targetKind] : [to, from, sourceKind];
    const participant = PARTICIPANT_ROLES[attributes.kind];
    if (participant) {
      if (otherKind !== "meeting" || (!personIsSource && targetKind !== "person")) return;
      const role: Record<string, unknown> = { "@type": "Role", roleName: participant, attendee: { "@id": person["@id"] }, ...cited };
      const said = [attributes.capacity, ...inferred(attributes)].filter(Boolean);
      if (said.length) role.description = said.join("; ");
      push(other, "attendee", role);
      return;
    }
    if (attributes.kind === "holds_role" || MEMBERSHIP_ROLES[attributes.kind]) {
      // A Role's memberOf is an organisation: one held at a meeting (the secretary of minutes that name no body) is left
      // out, its holder staying among the event's attendees.
      if ((!personIsSource && targetKind !== "person") || otherKind === "meeting") return;
      const role: Record<string, unknown> = {
        "@type": "Role",
        roleName: attributes.kind === "holds_role" ? (attributes.roleNormalised ?? attributes.role ?? "member") : MEMBERSHIP_ROLES[attributes.kind],
        memberOf: { "@id": other["@id"] },
        ...cited,
      };
      if (attributes.role && attributes.role !== role.roleName) role.alternateName = attributes.role;
      if (attributes.start) role.startDate = attributes.start;
      if (attributes.end) role.endDate = attributes.end;
      const said = [attributes.former ? "former" : undefined, ...inferred(attributes)].filter(Boolean);
      if (said.length) role.description = said.join("; ");
      push(person, "memberOf", role);
      return;
    }
    if (attributes.kind === "organised_by") push(from, "organizer", { "@id": to["@id"] });
    else if (attributes.kind === "discussed") push(from, "about", { "@id": to["@id"] });
    else if (attributes.kind === "mentions" && sourceKind === "document") push(from, "mentions", { "@id": to["@id"] });
    else if (attributes.kind === "mentions" && targetKind === "document") push(to, "mentions", { "@id": from["@id"] });
  });

  // Every cited document gets a typed node, so a processor never sees a bare reference.
  const graphNodes = [...nodes.values()];
  for (const docId of citedDocuments) {
    if (graph.hasNode(`document:${docId}`)) continue;
    const record: DocumentRecord | undefined = documents.get(docId);
    const node: JsonLdNode = { "@id": documentIri(docId), "@type": "DigitalDocument", identifier: `document:${docId}` };
    if (record?.title) node.name = record.title;
    if (record?.date) node.datePublished = record.date;
    const url = httpUrl(record?.url);
    if (url) node.url = url;
    if (record) node.inLanguage = record.language;
    graphNodes.push(node);
  }
  return { "@context": JSONLD_CONTEXT, "@graph": graphNodes };
}
