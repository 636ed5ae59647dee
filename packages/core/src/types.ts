/**
 * Types
 * =====
 *
 * The public data model of samverkan: documents, evidence, and the node and edge attributes of the knowledge graph.
 * Every other package (search, viewer, interop, cli) reads the graph through these types.
 */
import type { MultiDirectedGraph } from "graphology";
import type { SerializedGraph as GraphologySerializedGraph } from "graphology-types";

/** Kinds of node in the graph. */
export type NodeKind = "person" | "organisation" | "municipality" | "party" | "meeting" | "topic" | "document";

/** Kinds of edge in the graph. `works_with` only appears in the person projection (see `whoWorksWith`). */
export type EdgeKind =
  | "holds_role"
  | "member_of"
  | "represents"
  | "attended"
  | "chaired"
  | "spoke_at"
  | "organised_by"
  | "discussed"
  | "mentions"
  | "collaborates_with"
  | "works_with";

/** Document genres recognised by rules over the text (never by file name). */
export type Genre = "minutes" | "newsletter" | "email" | "text";

/** The words in a document that state a fact: character offsets into the decoded (NFC) text, end exclusive. */
export interface Evidence {
  /** Document id (`DocumentRecord.id`). */
  doc: string;
  start: number;
  end: number;
  /** `text.slice(start, end)` of that document. */
  quote: string;
  /** Page of the source the words stand on (1-based), where the source has pages (PDF). */
  page?: number;
  /** The words were read by OCR from a scanned page, and may be misread. */
  ocr?: true;
}

/** A document after reading: decoded, normalised text plus metadata. */
export interface DocumentRecord {
  /** Stable id derived from the file name (or given by the caller). */
  id: string;
  /** Path or name the document was read from, as given. */
  source: string;
  title?: string;
  /** ISO 8601, as precise as known: `2016-10-11`, `2019-04`, `2019`. */
  date?: string;
  url?: string;
  genre: Genre;
  /** ISO 639-1 code: `sv` or `en`. */
  language: "sv" | "en";
  /** Input format that was read. */
  format: "text" | "markdown" | "html" | "pdf" | "docx" | "odt";
  /** Encoding the bytes were decoded from. */
  encoding: "utf-8" | "windows-1252";
  /**
   * In a UTF-8 file, the bytes that were not valid UTF-8: each was read as its Windows-1252 character (U+FFFD for the
   * five that code page leaves undefined). Absent when there were none.
   */
  replacedBytes?: number;
  /** The decoded, NFC-normalised text that all evidence offsets point into. */
  text: string;
  /** Where the source has pages (PDF): `pages[i]` is the offset in `text` where page `i + 1` starts. */
  pages?: number[];
  /** Pages (1-based) whose text was read by OCR. */
  ocrPages?: number[];
}

/** Attributes shared by every node. */
export interface BaseNodeAttributes {
  kind: NodeKind;
  label: string;
  /** Other names this entity was found under (forms, abbreviations, former names). */
  aliases?: string[];
  /** Where the entity is named. */
  evidence?: Evidence[];
  /** Why other forms were merged into this node: `{form, reason}`. */
  merges?: { form: string; reason: string }[];
  /** Layout, precomputed at build time for the viewer. */
  x?: number;
  y?: number;
}

export interface PersonAttributes extends BaseNodeAttributes {
  kind: "person";
  /** Roles stated without an organisation or municipality (`nationell samordnare`, `fotograf`). */
  roles?: { role: string; roleNormalised: string; former?: boolean; evidence: Evidence[] }[];
}
export interface OrganisationAttributes extends BaseNodeAttributes {
  kind: "organisation";
  /** Organisation type from the lexicon: `association`, `agency`, `region`, `company`, `body`, … */
  type?: string;
  /** Id of the organisation this one is part of. */
  partOf?: string;
  /**
   * For a body no text places, what it is known by instead: the person who chaired its meetings (`ordf. Eva Ek`), the
   * first listed at them, or the document naming it.
   */
  scope?: string;
  /** For a group named by its generic noun alone (`Arbetsgruppen`), the document and item that set it out. */
  within?: string;
  /** Former names with the date of the change. */
  renames?: { from: string; to: string; date: string }[];
}
export interface MunicipalityAttributes extends BaseNodeAttributes {
  kind: "municipality";
  county?: string;
  /** Official municipality code (SCB), when in the lexicon. */
  code?: string;
}
export interface PartyAttributes extends BaseNodeAttributes {
  kind: "party";
  /** Short form, upper case: `S`, `M`, `KD`. */
  abbreviation?: string;
}
export interface MeetingAttributes extends BaseNodeAttributes {
  kind: "meeting";
  title: string;
  /** ISO 8601, as precise as the text allows. */
  date?: string;
  place?: string;
  /** `minutes`, `seminar`, `board`, `conference`, `event`. */
  type?: string;
  /** Document the meeting is described in. */
  doc: string;
  /** For the meeting of a body no text places, that body's `scope`. */
  scope?: string;
}
export interface TopicAttributes extends BaseNodeAttributes {
  kind: "topic";
}
export interface DocumentNodeAttributes extends BaseNodeAttributes {
  kind: "document";
  title?: string;
  date?: string;
  genre: Genre;
  language: "sv" | "en";
  source: string;
}

export type NodeAttributes =
  PersonAttributes | OrganisationAttributes | MunicipalityAttributes | PartyAttributes | MeetingAttributes | TopicAttributes | DocumentNodeAttributes;

/** One step of the chain behind an inferred fact. */
export interface InferenceStep {
  /** What this step establishes, in words. */
  statement: string;
  /** Id of the edge or node that states it, where there is one. */
  ref?: string;
  evidence: Evidence[];
}

export interface EdgeAttributes {
  kind: EdgeKind;
  /** Every statement of this fact in the corpus. Never empty for stated facts. */
  evidence: Evidence[];
  /** True when derived rather than stated; `chain` then says how. */
  inferred?: boolean;
  chain?: InferenceStep[];
  /** Id of the extraction rule that produced the fact (first one that did). */
  rule?: string;
  /** `holds_role`: role as written (lower case), and normalised from the role lexicon. */
  role?: string;
  roleNormalised?: string;
  /** `holds_role`: category of the role in the lexicon (`chair`, `vice_chair`, `politician`, `director`, ...). */
  roleCategory?: string;
  /** `holds_role`: set when the text says the role is a former one (`fd`, `tidigare`). */
  former?: boolean;
  /** ISO 8601 start/end of a role or term, where known. */
  start?: string;
  end?: string;
  /** `chaired`: the agenda items chaired, when only some (`§§ 5–9`). */
  items?: string;
  /** `attended`: the list the person was in (`member`, `substitute`, `staff`, `other`, ...). Absentees get no edge. */
  capacity?: string;
  /** `works_with`: weight and reasons. */
  weight?: number;
  reasons?: string[];
}

/** The knowledge graph: a graphology multi directed graph with typed attributes. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Graph-level attributes (none yet; the serialized format carries its own version). */
export type GraphAttributes = Record<string, never>;

/**
 * The search index written with a graph: the SHA-256 (hex) of its file's bytes and, when it is not `index.json`, the
 * name of that file beside the graph (`index.json.gz` after `--gzip`); `null` when the graph was written without one.
 */
export type GraphIndexLink = { sha256: string; file?: string } | null;

/** The file beside a graph that holds its documents' texts (`documents.jsonl`, one `{id, text}` a line) and its SHA-256. */
export interface GraphTextsLink {
  /** Name of the file in the graph's folder. */
  file: string;
  /** SHA-256 (hex) of the file's bytes, as stored (gzip-compressed ones when it is). */
  sha256: string;
}

/**
 * A document as `graph.json` stores it: the record, with its text inside it or, when the graph names a texts file,
 * without it and with the text's SHA-256 (of its UTF-8 bytes) and length (in the UTF-16 units offsets count).
 */
export type SerializedDocument = Omit<DocumentRecord, "text"> & { text?: string; sha256?: string; length?: number };

/**
 * `graph.json`: the format tag and version, the search index and texts file written with it, the documents the
 * evidence points into, and graphology's `Graph.export()`.
 */
export interface SerializedKnowledgeGraph {
  format: "samverkan-graph";
  version: number;
  /** The search index written with the graph, `null` when none was; absent when the writer did not say. */
  index?: GraphIndexLink;
  /** The file holding the documents' texts; absent when each document holds its own. */
  texts?: GraphTextsLink;
  documents: SerializedDocument[];
  graph: GraphologySerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
}
