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
  type?: string;
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

/** Everything the extraction knows about the domain. */
export interface LexiconData {
  municipalities: MunicipalityEntry[];
  organisations: OrganisationEntry[];
  parties: PartyEntry[];
  roles: RoleEntry[];
  topics: TopicEntry[];
  givenNames: NameList;
  surnames: NameList;
}
