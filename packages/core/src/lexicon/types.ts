/**
 * Lexicon types
 * =============
 *
 * The shapes of the data files in `packages/core/data/` (see its README). Users may pass their own lists to
 * `createLexicon` to extend or replace them.
 */

export interface MunicipalityEntry {
  name: string;
  code?: string;
  county: string;
  /** Official form: `Nacka kommun`, `Stockholms stad`. */
  official?: string;
}

export interface OrganisationEntry {
  id: string;
  name: string;
  aliases?: string[];
  /** Forms that name it only in a text about its county (`landstinget`, `Länsstyrelsen`): every county has one. */
  localAliases?: string[];
  type?: string;
  /** The county it belongs to (a region, a county board). */
  county?: string;
  partOf?: string;
  renames?: { from: string; to: string; date: string }[];
}

export interface PartyEntry {
  id: string;
  name: string;
  abbreviation: string;
  aliases?: string[];
  active?: boolean;
  /** Forms too ambiguous to look for in running text (`s`, `m`); still read inside parentheses after a name. */
  ambiguous?: string[];
  renamedTo?: string;
  renamedIn?: string;
}

export interface RoleEntry {
  /** Normalised Swedish form, lower case. */
  role: string;
  category: string;
  aliases?: string[];
  en?: string[];
}

export interface TopicEntry {
  id: string;
  label: string;
  terms: string[];
}

export interface NameList {
  source?: string;
  names: string[];
  ambiguous?: string[];
  suffixes?: string[];
}

/** Localities, city districts and islands (`data/places.json`), by the municipality they lie in (its `name`). */
export interface PlaceList {
  about?: string;
  /** A municipality's seat where its name is not the municipality's (`Gotland`: `Visby`). */
  seats?: Record<string, string>;
  places: Record<string, string[]>;
}

/**
 * What a header field or signature label says of the people under it: members, serving substitutes (`substitute`),
 * substitutes present without a vote (`nonserving`), members replaced by a substitute, staff, other participants,
 * absentees, the chair, the secretary, the adjusters, and an e-mail's sender and recipients.
 */
export type Capacity =
  | "member"
  | "substitute"
  | "nonserving"
  | "replaced"
  | "staff"
  | "other"
  | "absent"
  | "chair"
  | "secretary"
  | "adjuster"
  | "sender"
  | "recipient"
  | "speaker"
  /** Named in a protocol header under no people field (a register's table): a person, not an attendee. */
  | "listed";

/** The words of protocol and e-mail headers (`data/protocol.json`); labels lower case unless said otherwise. */
export interface ProtocolWords {
  source?: string;
  /** Header fields that list people, with the capacity of the people listed. */
  peopleFields: Record<string, Capacity>;
  /** Labels of a signature block (`Sekreterare`, `Ordförande`, `Justerande`), aligned with the names after them. */
  signatureLabels: string[];
  /** Words that open a signature block (`Underskrifter`). */
  signatureOpeners: string[];
  /** Field names as a PDF's text layer clips them (`ande` for `Beslutande`): matched in lower case too. */
  fragments: string[];
  /** Words after which the names of a field are those absent (`med undantag för`). */
  absentMarkers: string[];
  /** Endings of capitalised words that name departments, never people (`Gatuavdelningen`). */
  notNameEndings: string[];
  /** Header fields that hold no people: a list ends where one starts. */
  stopLabels: string[];
  /** Fields that mark a protocol header for the genre test, beside the people fields. */
  minutesFields: string[];
  /** Words between a substitute and the member replaced (`ersätter`, `tjänstgör för`). */
  replaces: string[];
  /** Capitalised header words that are never part of a name (as written). */
  notNames: string[];
  /** Short words in parentheses after a name that look like a local party's letters and are not (`tjg`, `ers`). */
  notParties: string[];
  /** Endings of the names of bodies that meet (`nämnden`, `styrelsen`, `fullmäktige`): a protocol's organ. */
  bodies: string[];
  /**
   * Short forms of bodies as minutes' headers write them (`KSAU`, `KS au`, `BUN`), as written, with the body's full
   * name; read only where a header names the body that met, never in a case number (`Dnr KS 2019/123`).
   */
  bodyShortForms?: Record<string, string>;
  /**
   * Endings of association names (`Kommunförbundet Skåne`, `Sjuhärads kommunalförbund`): a definite head takes the
   * proper name after it, an indefinite one the genitive before it.
   */
  associationHeads: string[];
  /** Labels of an event programme's people (`Medverkande`, `Moderator:`, `Paneldeltagare`), with their capacity. */
  programmeFields: Record<string, Capacity>;
  /** Single words that tell a protocol when three different ones stand in its first 2,000 characters (lower case). */
  cues: string[];
}

/** Where a reader of meetings takes a phrase of talking (`data/talk-verbs.json`, whose `about` says how each matches). */
export type TalkUse = "floor" | "after" | "before" | "far" | "notes";

/** Phrases that say someone spoke or took the floor (`talade`, `inleddes av`, `höll i … seminari`), with their readers. */
export interface TalkVerbList {
  about?: string;
  phrases: { phrase: string; uses: TalkUse[] }[];
}

/** Everything the extraction knows about the domain. */
export interface LexiconData {
  municipalities: MunicipalityEntry[];
  organisations: OrganisationEntry[];
  parties: PartyEntry[];
  roles: RoleEntry[];
  topics: TopicEntry[];
  givenNames: NameList;
  surnames: NameList;
  protocol: ProtocolWords;
  /**
   * Phrases of talking: who spoke at a seminar, a conference or a meeting told in prose or notes; without them, the
   * shipped list (a lexicon written before the list was data has none).
   */
  talkVerbs?: TalkVerbList;
  /** Places below the municipalities; without them a place after a name may be read as part of it. */
  places?: PlaceList;
}
