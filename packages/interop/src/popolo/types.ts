/**
 * Popolo types
 * ============
 *
 * The subset of Popolo this package writes, plus its documented extensions (marked "extension"): evidence with
 * offsets and quotes, event attendees with roles, event topics, and flags for inferred and former facts.
 *
 * [Reference] https://www.popoloproject.com/specs/
 */
import type { Evidence } from "@samverkan/core";

/** Popolo `source`: where a record's information comes from. */
export interface PopoloSource {
  /** The document's URL, or `urn:samverkan:document:<id>` when it has none. */
  url: string;
  /** Title of the source document. */
  note?: string;
}

/** Extension: one statement of the record in a document, with character offsets into its text and the words. */
export interface PopoloEvidence extends Evidence {
  /** Extension: date of the document, when known. */
  date?: string;
}

/** Popolo `other_name`. */
export interface PopoloOtherName {
  name: string;
  note?: string;
  end_date?: string;
}

/** Popolo `identifier`. */
export interface PopoloIdentifier {
  scheme: string;
  identifier: string;
}

/** Fields every exported record has. */
export interface PopoloRecordBase {
  id: string;
  sources: PopoloSource[];
  /** Extension: every statement of the record, with offsets and the quote. */
  evidence: PopoloEvidence[];
}

/** Popolo `Person`. */
export interface PopoloPerson extends PopoloRecordBase {
  name: string;
  other_names?: PopoloOtherName[];
}

/** Classification of an exported organization: the node kind it came from. */
export type PopoloClassification = "municipality" | "party" | "organisation";

/** Popolo `Organization`. */
export interface PopoloOrganization extends PopoloRecordBase {
  name: string;
  classification: PopoloClassification;
  other_names?: PopoloOtherName[];
  identifiers?: PopoloIdentifier[];
  parent_id?: string;
  /** Extension: organisation type from the lexicon (`association`, `agency`, `region`, …). */
  type?: string;
  /** Extension: county of a municipality. */
  county?: string;
}

/** Popolo `Post`: a position in an organization, such as chair of its board. */
export interface PopoloPost {
  id: string;
  label: string;
  role: string;
  organization_id: string;
}

/** Popolo `Membership`. */
export interface PopoloMembership extends PopoloRecordBase {
  person_id: string;
  organization_id: string;
  /** Normalised role (`ordförande`, `member`, `representative`). */
  role: string;
  /** Role as written in the text. */
  label?: string;
  post_id?: string;
  start_date?: string;
  end_date?: string;
  /** Extension: the text calls the role a former one (`fd`, `tidigare`) without giving an end date. */
  former?: boolean;
  /** Extension: derived from other facts rather than stated. */
  inferred?: boolean;
  /** Extension: the chain of an inferred membership, as statements. */
  inferred_from?: string[];
}

/** Role of a person at an event. */
export type PopoloParticipantRole = "chair" | "attendee" | "speaker";

/** An event's attendee, one entry per role (a chair who also attends has two); all but `person_id` are extensions. */
export interface PopoloParticipant {
  person_id: string;
  role: PopoloParticipantRole;
  /** `member`, `substitute`, `staff`, `absent`, when the minutes say so. */
  capacity?: string;
  /** Agenda items chaired, when only some. */
  items?: string;
  /** Derived from other facts rather than stated (a board's chair inferred from the term), with the chain. */
  inferred?: boolean;
  inferred_from?: string[];
  evidence: PopoloEvidence[];
}

/** Popolo `Event`: a meeting. */
export interface PopoloEvent extends PopoloRecordBase {
  name: string;
  /** Meeting type: `minutes`, `seminar`, `board`, `conference`, `event`. */
  classification?: string;
  start_date?: string;
  location?: string;
  organization_id?: string;
  /** Who attended, chaired or spoke, each with the evidence (roles, capacity, items and evidence are extensions). */
  attendees: PopoloParticipant[];
  /** Extension: topics discussed. */
  topics?: { id: string; name: string }[];
}

/** The exported Popolo document. */
export interface PopoloExport {
  persons: PopoloPerson[];
  organizations: PopoloOrganization[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
  events: PopoloEvent[];
}
