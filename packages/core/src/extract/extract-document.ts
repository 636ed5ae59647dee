/**
 * Extract document
 * ================
 *
 * Runs the extraction steps over one document and returns its facts: entity mentions and relations, each with the
 * words that state it and the rule that read it.
 *
 *   1. header lists (minutes, e-mails)     01-lists.ts, 01-protocol.ts (inline protocol headers)
 *   2. gazetteer and people                02-mentions.ts, 02-english.ts
 *   3. appositions after names             03-appositions.ts
 *   4. the meeting of a protocol header    04-protocol.ts
 *   5. other meetings, chairs, speakers    05-programme.ts, 05-reported.ts, 05-meetings.ts
 *   6. collaborations                      (here)
 *
 * Every rule id a fact carries is registered in `rules.ts`.
 */
import { escapeRegExp } from "../text/regexp";
import { sentenceAround } from "../text/sentences";
import type { DocumentRecord, Evidence } from "../types";
import {
  type Apposition,
  type AppositionContext,
  assemblyNamed,
  BODY,
  COPULA,
  countyOfOffice,
  headedMunicipalities,
  isCompany,
  isMinister,
  formerBefore,
  insidePersonName,
  NEW_ADJECTIVE,
  isSeat,
  labelRole,
  NOT_WHAT,
  joinedStart,
  OF_A_BODY,
  placeInTitle,
  readApposition,
  readBody,
  type RoleClaim,
  runTitle,
  type Target,
  timeRunBefore,
  titlesAboveNames,
  seatOfPlural,
} from "./03-appositions";
import { bodyMeetingRef, bodyOfRole, bodyRef, evidenceOf, type ExtractionModel, genitiveBodyName, placeHead, targetRef } from "./context";
import { endsInDefiniteBody, readProtocolHeader, type ProtocolHeader } from "./01-protocol";
import { ATTENDANCE_KINDS } from "../read/genre";
import { RELATED_DOCUMENTS } from "../read/read-document";
import { fieldGroupSeats, headerParent, protocolMeeting, sittingHeader } from "./04-protocol";
import { findMeetings } from "./05-meetings";
import { readProgramme } from "./05-programme";
import { AGENDA_HEADING, DECIDED_AT, readReportedMeetings } from "./05-reported";
import { type ListContext, type ListedPerson, peopleFieldSpans, readPeopleList, readRoll } from "./01-lists";
import { type Mention, gazetteerMentions, newMention, partyOfWord, personMentions, photoCreditBefore } from "./02-mentions";
import { withoutForeignLocalForms } from "./local-forms";
import { type Cues, cuesOf } from "../text/cues";
import { englishPersonMentions, mergeMentions } from "./02-english";
import { splitSections, type Section } from "./sections";
import { nameKey, slugify } from "../text/fold";
import { nodeId } from "../graph/node-id";
import { foldHash } from "../text/hash";
import { firstAtOrAfter } from "../text/sorted";
import { type Token, TokenScratch, tokenize } from "../text/tokenize";
import type { RuleId } from "./rules";
import type { EntityFact, EntityRef, Fact } from "./types";
import { genitive, SEAT_CATEGORIES, type Lexicon } from "../lexicon/lexicon";
import type { Capacity } from "../lexicon/types";

/** Everything read from one document, before resolution across documents. */
export interface DocumentExtraction {
  doc: DocumentRecord;
  facts: Fact[];
}

const COLLAB =
  /\b(?:i samarbete med|tillsammans med|i samverkan med|har tecknat (?:ett )?avtal med|samarbetar med|in cooperation with|together with|in partnership with)\b/i;

// A document's tokens are done with when its extraction returns (facts hold offsets and strings, never tokens), so
// the next document reuses their objects.
const scratch = new TokenScratch();

/** After an elected name, the seat it is elected to (`X (M) till sekreterare`): the seat before the verb is another's. */
const ELECTED_TO_AFTER = /^\s*(?:\([^()\n]{1,8}\)\s*)?,?\s*till\s/;

/** Role categories held in a unit or in one's own right rather than in the organisation a page is about. */
const STAFF: ReadonlySet<string> = new Set(["official", "expert", "academic", "media", "other"]);

/** Kinds of organisation with no elected chair or seats (see `electedIn`). */
const NO_ELECTED_SEATS: ReadonlySet<string> = new Set(["county_board", "court", "police", "media"]);
/** A heading that names a seat in the plural (group 1) and its body (group 2): `Ledamöter i kommunstyrelsen:`. */
const SEAT_IN_BODY =
  /^((?:(?:övriga|ordinarie|nya|nyvalda)\s+)?(?:ledamöter(?:na)?|ersättar(?:e|na)|suppleanter(?:na)?)) (?:i|för) (\p{L}+(?: \p{L}+){0,3}):?$/iu;
/** A line over a list of the people an election gave a seat (`Följande personer valdes som ordinarie:`). */
const ELECTED_SEATS =
  /^(?:följande(?: \p{L}+)? )?(?:valdes|har valts|väljs|utsågs) (som|till) (ordinarie(?: ledamöter)?|(?:nya )?ledamöter|ersättare|suppleanter)(?: \p{L}+){0,2}:?$/iu;
/**
 * `I tekniska nämnden blev `, `I kommunstyrelsen valdes `, `I kultur- och fritidsnämnden fortsätter ` before a name: the
 * body (its adjective, or the first parts joined to it by `- och`, with it) and its noun.
 */
const FRONTED_BODY = /^\s*I ((?:\p{Ll}+-(?:, \p{Ll}+-)* och )?(?:\p{Ll}+a )?(\p{Ll}{4,}))(?: [a-zåäö]+)? (?:blev|valdes|utsågs|är|tar|fortsätter)\s+$/u;
/**
 * Between the name and its seat after a fronted body: its party, and `tar X över som ny`, `fortsätter X som`
 * (`… tar X (S) över som ny `).
 */
const FRONTED_GAP = /^\s+(?:\([^()\n]{1,8}\)\s+)?(?:(?:över\s+)?som\s+(?:ny\s+)?)?$/u;
/** A body's name in lower case, maybe joined to others' first parts (`barn-, skol- och fritidsnämnden`). */
const LOWER_BODY = String.raw`(?:\p{Ll}+-(?:, \p{Ll}+-)* och )?\p{Ll}+(?:nämnden|styrelsen|fullmäktige)`;
/**
 * A clause's last bodies after `i`, then its `där` right before the names (`i kulturnämnden och skolnämnden till L, där
 * `), or the next sentence opened by `Där` (`… sin plats i kulturnämnden. Där föreslog valberedningen `).
 */
const WHERE = new RegExp(
  String.raw`^[\s\S]*(?<!\p{L})i (${LOWER_BODY}(?:(?:, | och )${LOWER_BODY})*)[^.;:!?\n]*?(?:,\s+där\s+|[.!?][ \t]+Där\s[^.;:!?\n]*)$`,
  "du",
);
/** `ordförandeposten i äldrenämnden till `, right before a name: the body's post is handed to that name. */
const POST_HANDED_TO = new RegExp(String.raw`(?<!\p{L})((?:vice )?ordförande)(?:posten|skapet) i (${LOWER_BODY}) till $`, "du");
/** A seat given to the name before it with `till`, past its party (`X (S) till `): an appointment. */
const SEAT_GIVEN_TILL = /^\s*(?:\([^()\n]{1,30}\)\s*)?till\s+$/;
/** `… och samma gäller ` before a name: the seat of the name before is this one's too. */
const SAME_GOES = /(?:^|[\s,])samma\s+gäller\s+(?:för\s+)?$/i;
/** After a name given a seat by `samma gäller`: its party and the body it holds it in (`(S) i fritidsnämnden`, `, tekniska nämnden`). */
const SAME_BODY = new RegExp(String.raw`^\s*(?:\([^()\n]{1,12}\)\s*)?(?:,\s*|\s+i\s+)((?:\p{Ll}+a )?(?:${LOWER_BODY}|nämnden))(?![\p{L}-])`, "u");
/** Between a name and its seat pointed back to a body with `dess` (`B (S) dess vice ordförande`). */
const ITS_SEAT = /^\s*(?:\([^()\n]{1,12}\)\s*)?dess\s+$/;
/** A word in the genitive (`Kommunstyrelsens`). */
const GENITIVE_WORD = /(?<![\p{L}-])\p{L}{4,}s(?!\p{L})/gu;
/** Between a name and its seat in a clause coordinated after an election: its party, then `blir` or no verb. */
const SEAT_CLAUSE_AFTER = /^\s*\([^()\n]{1,12}\)\s*(?:blir\s+)?$/;
/**
 * Before a seat of a caption or lead-in of a body's presidium (`Regionstyrelsens nya presidium med ordförande A (M) och
 * vice ordförande B`, `… fullmäktiges presidium: A (C), ordförande, B (S), `, `Fullmäktiges nya presidie med A (M),
 * 2:e vice ordförande, B (L), vice ordförande`): the body's genitive, up to the seat, within its sentence (an
 * ordinal's colon, `2:e`, ends none).
 */
const PRESIDIUM_WITH = /(\p{L}+s)\s+(?:\p{Ll}+\s+)?presidi(?:um|et|e)(?:\s+med|:)\s+(?:(?:[^.;:!?\n]|\d:e)*?(?:,|\soch)\s+)?$/u;
/**
 * Before a seat on a list line under a heading of a body's presidium (`Val av kommunfullmäktiges presidium` over
 * `A (M) ordförande` and `B ( C) 1:e vice ordförande`): the heading's genitive, every line up to the seat's a name's
 * with its party.
 */
const PRESIDIUM_HEADING =
  /(?<![^\n])[ \t]*(?:[Vv]al av[ \t]+)?(\p{L}+s)[ \t]+(?:\p{Ll}+[ \t]+)?presidi(?:um|et|e)[ \t]*\n(?:[ \t]*\n|[ \t]*\p{Lu}[^\n()]{1,60}\([^()\n]{1,12}\)[^\n]*\n)*[ \t]*\p{Lu}[^\n()]{1,60}\([^()\n]{1,12}\)[ \t,]*$/u;
/** Between a name and a seat it holds besides the one its list is elected to: `X (M) tillika ordförande`. */
const SEAT_ALSO = /^\s*(?:\([^()\n]{1,30}\)\s*)?tillika\s+$/;
/** A copula right after a name, past its party (`X (S) är`). */
const COPULA_AFTER_NAME = /^\s*(?:\([^()\n]{1,12}\)\s*)?(?:är|var|blir|blev)\s+$/;
/** A line that ends in a year (`Regionfullmäktige 12 juni 2019`). */
const DATED_LINE = /[ \t](?:19|20)\d\d[ \t]*$/m;
/** Whether word `a` is `b` with one letter left out or put in (`Bondeson`, `Bondesson`). */
function oneLetterMore(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1);
}

/**
 * Whether two full names are one person's, spelled otherwise by one letter in one word: a surname (of five letters or
 * more) with one left out or put in, or a given name with one left out, put in or changed, not where the lexicon
 * knows both (`Betram`, `Bertram`; not `Karin`, `Katrin`).
 */
function misspells(a: string, b: string, lexicon: Lexicon): boolean {
  const [x, y] = [a.split(" "), b.split(" ")];
  if (x.length !== y.length) return false;
  const differ = x.flatMap((w, k) => (w === y[k] ? [] : [k]));
  if (differ.length !== 1) return false;
  const [k] = differ;
  const [v, w] = [x[k], y[k]];
  if (k > 0) return Math.min(v.length, w.length) >= 5 && oneLetterMore(v, w);
  const changed = v.length === w.length && [...v].filter((c, n) => c !== w[n]).length === 1;
  return Math.min(v.length, w.length) >= 4 && (changed || oneLetterMore(v, w)) && !(lexicon.isGivenName(v) && lexicon.isGivenName(w));
}

/**
 * A noun that describes a politician, no office of the lexicon (`veteranpolitiker`, `profilen`, `ledare`), between a
 * party's genitive and the name.
 */
const POLITICIAN_NOUN = /^\p{Ll}*(?:politiker|veteran|profil|ledare)(?:n|en)?$/u;

/**
 * Extracts the facts of one document. A list of other documents after its text (`Relevanta dokument`: other
 * minutes' snippets, which would otherwise be read as one meeting of this one) gives only the people it names and
 * their parties (`snippetPeople`).
 */
export function extractDocument(input: DocumentRecord, model: ExtractionModel): DocumentExtraction {
  const related = cuesOf(input).related ? input.text.search(RELATED_DOCUMENTS) : -1;
  if (related < 0) return extractText(input, model);
  // A text cut at its end keeps every offset before the cut.
  const own = extractText({ ...input, text: input.text.slice(0, related) }, model);
  return { doc: input, facts: [...own.facts, ...snippetPeople(input, related, model)] };
}

/**
 * The people a list of other documents (from `related` on) names, and their parties: it is read as a text of its own
 * whose part before the list is blanked (so offsets stay the document's), and of its facts only those are kept. A
 * snippet's meeting, chair or seats are another document's, cut short.
 */
function snippetPeople(input: DocumentRecord, related: number, model: ExtractionModel): Fact[] {
  const heading = input.text.indexOf("\n", related);
  if (heading < 0) return [];
  const text = input.text.slice(0, heading).replace(/[^\n]/g, " ") + input.text.slice(heading);
  const { facts } = extractText({ ...input, text, genre: "text" }, model);
  return facts.filter((fact) =>
    fact.type === "entity" ? fact.entity.kind === "person" : fact.kind === "member_of" && fact.source.kind === "person" && fact.target.kind === "party",
  );
}

/** The facts of a document's text (see `extractDocument`). */
function extractText(doc: DocumentRecord, model: ExtractionModel): DocumentExtraction {
  // 1. Header lists, 2. people.
  const c = new TextReading(doc, model);
  mentionEntities(c);
  const cues = cuesOf(doc);

  // 3. Appositions and left-context roles.
  const { people, appositions, text } = c;
  for (const p of people) appositions.set(p, readApposition(p, c.actx));
  headedMunicipalities(people, appositions, c.gazetteer, text, c.lexicon);
  people.forEach((p, k) => coordinate(c, p, k));
  shareElectedBody(people, appositions, text);
  readSameSeats(c);
  for (const p of people) appositionFacts(c, p);
  pronounSeats(c, cues);
  indexEndings(c);
  for (const p of people) leftRoleFacts(c, p);
  bodyConsists(c, cues);
  for (const p of people) partyBefore(c, p);
  listEntryFacts(c);

  // 4. The meeting of a protocol header; 5. other meetings.
  meetingFacts(c, cues);

  // 6. Collaborations between organisations named in one sentence with a cue.
  const { facts, gazetteer } = c;
  if (cues.collaboration) collaborations(text, gazetteer, c.ev, facts);
  // Offices first: the seat one names in a body of no place (`Kommunstyrelsens ordförande X`) is keyed with the bodies.
  placePageOffices(facts, c.electedOffices, doc, gazetteer, c.allPeople, c.lexicon);
  placeBodies(facts, doc, gazetteer, c.lexicon);
  return { doc, facts };
}

/**
 * One document's text as the phases of `extractText` share it: its tokens and mentions, the people it names and their
 * appositions, the facts read so far, and what a rule leaves for a later one. Each phase and rule is a function of its
 * own over it, which V8 compiles alone and small: as closures of one function, the reader was compiled whole (about
 * 180 ms a time) and a deopt in any rare rule threw it all away. Every field is set here, in one order, so that every
 * document's reading has one hidden class.
 */
class TextReading {
  readonly doc: DocumentRecord;
  readonly model: ExtractionModel;
  readonly text: string;
  readonly lexicon: Lexicon;
  readonly tokens: Token[];
  readonly facts: Fact[] = [];
  readonly gazetteer: Mention[];
  readonly gazetteerAt = new Map<number, Mention>();
  /** The people a header lists (see `readHeader`). */
  readonly listed: ListedPerson[];
  readonly protocol: ProtocolHeader | undefined;
  /** Field lines of minutes that list no one: its people may be named in its items (`sittingHeader`). */
  readonly fields: ProtocolHeader | undefined;
  /** The people the text names outside a header, whose appositions are read. */
  readonly people: Mention[];
  /** The header's people and the text's, by start. */
  readonly allPeople: Mention[];
  readonly personAt = new Map<number, Mention>();
  /** The one fuller name of the document a name is written short or misspelled for (see `fullerNames`). */
  readonly fuller: Map<string, string>;
  /** Rules ask for a person's reference several times; the key is folded once per name. */
  readonly keys = new Map<string, string>();
  readonly english: boolean;
  readonly actx: AppositionContext;
  readonly appositions = new Map<Mention, Apposition>();
  /** Sections are cut only when a rule needs them (most documents never ask). */
  cut: Section[] | undefined;
  /** The starts of the lines that open with a name (see `rosterLines`), found when a rule first asks. */
  rosterStarts: Set<number> | undefined;
  /** The roster each heading line heads, read once for all the lines under it (see `rosterOf`). */
  readonly headings = new Map<number, Roster | null>();
  /** The seat each heading line gives, read once for all the lines under it (see `seatHeadingOf`). */
  readonly seatHeadings = new Map<number, RoleClaim | null>();
  /** Where each title of the lexicon starts, and ends: a line that is one title only (see `signedFor`). */
  titleStarts: Map<number, number> | undefined;
  /** The municipality or region the header of minutes names (see `minutesParent`); null: none. */
  parent: EntityRef | null | undefined;
  /** The body a page is about (see `bodyOfPage`); null: none. */
  pageBody: string | null | undefined;
  /** Claims of the last of coordinated people handed on to the others, and what each is handed (see `coordinate`). */
  readonly handedOn = new Set<RoleClaim>();
  readonly fromCoordinated = new Map<Mention, RoleClaim[]>();
  /** The seat each name after `samma gäller` holds, and its body (see `readSameSeats`). */
  readonly sameSeats = new Map<Mention, { claim: RoleClaim; body: string }>();
  /**
   * Each election read after its name with its body (`X valdes till ordförande i kulturnämnden`), in the text's order;
   * the last one gives its body to the seats the same sentence gives with `som` after it (`X valdes som ordförande i
   * nämnden`), and to the seat coordinated right after its body with `till` (`utse X till ordförande för kulturnämnden
   * och Y till vice ordförande`), before the body that elects them.
   */
  readonly electionsRead: { target: EntityRef; start: number; end: number }[] = [];
  /** The last body a sentence opened with, where a seat after a name was held (see `frontedBody`). */
  lastFronted: { target: EntityRef; start: number; end: number } | undefined;
  /** Offices an election gives with no body, which `placePageOffices` holds in the body their title names. */
  readonly electedOffices = new Set<Fact>();
  /**
   * A seat written `tillika <seat>` after a name, read with no body: the election whose list the name is in holds it
   * in its body (`leftRoleFacts`), in this fact's place.
   */
  readonly alsoSeat = new Map<Mention, { claim: RoleClaim; fact: Fact }>();
  /** Roles, places and counties' genitives by the token after them (see `indexEndings`). */
  readonly roleEndingAt = new Map<number, Mention>();
  readonly placeEndingAt = new Map<number, Mention>();
  readonly countyEndingAt = new Map<number, Mention>();
  /** People by their last token. */
  readonly personEndingAt = new Map<number, Mention>();
  /**
   * The last election read: a clause that elects no body of its own (`Som förste vice ordförande valdes X`, `och som
   * andre vice ordförande Y`) right after it, in its paragraph, elects to its body.
   */
  lastElection: { target?: EntityRef; start: number; end: number } | undefined;
  /** The election each person elected was read in (see `electedTo`). */
  readonly electedBy = new Map<Mention, Election>();
  /** The body of the office each name after a copula holds (`Fullmäktiges ordförande är A`), by the token after the name. */
  readonly bodyOfCopula = new Map<number, string>();
  /** Roles by their start (see `inlineLabel`). */
  rolesByStart: Map<number, Mention> | undefined;

  readonly ev = (start: number, end: number): Evidence => evidenceOf(this.doc, start, end);

  /** A person's reference, by the fuller name the document gives. */
  readonly ref = (p: Mention): EntityRef => {
    const label = this.fuller.get(p.label) ?? p.label;
    let key = this.keys.get(label);
    if (key === undefined) this.keys.set(label, (key = nameKey(label)));
    return { kind: "person", key, label };
  };

  constructor(doc: DocumentRecord, model: ExtractionModel) {
    const { text } = doc;
    const { lexicon } = model;
    this.doc = doc;
    this.model = model;
    this.text = text;
    this.lexicon = lexicon;
    const tokens = (this.tokens = titlesGluedToNames(scratch.tokenize(text), text, lexicon));
    const gazetteer = (this.gazetteer = withoutForeignLocalForms(gazetteerMentions(tokens, lexicon), text, lexicon));
    const { gazetteerAt } = this;
    for (const m of gazetteer) gazetteerAt.set(m.from, m);

    // 1. Header lists.
    const { listed, takenRanges, protocol, fields } = readHeader(doc, tokens, gazetteerAt, model);
    this.listed = listed;
    this.protocol = protocol;
    this.fields = fields;
    const taken = (i: number) => {
      for (const [a, b] of takenRanges) if (tokens[i].start >= a && tokens[i].end <= b) return true;
      return false;
    };

    // 2. People.
    const english = (this.english = doc.language === "en");
    const ownPeople = personMentions({
      tokens,
      gazetteerAt,
      lexicon,
      roleSuffixes: model.roleSuffixes,
      taken,
      partyByAbbreviation: model.partyByAbbreviation,
      english,
    });
    const people = (this.people = english ? mergeMentions(ownPeople, englishPersonMentions(text, tokens, lexicon, taken)) : ownPeople);
    // Pushed into a literal, whose allocation site makes every document's list one elements kind: a spread of mapped
    // parts gave an empty list another map, which deoptimised every loop over the people.
    const allPeople: Mention[] = (this.allPeople = []);
    for (const l of listed) allPeople.push(l.person);
    if (protocol) for (const e of protocol.entries) allPeople.push(e.person);
    for (const p of people) allPeople.push(p);
    // Each part is in order and most documents have one: sorted (a stable sort, an allocation of its own) only if out of order.
    if (allPeople.some((p, k) => k > 0 && p.from < allPeople[k - 1].from)) allPeople.sort((a, b) => a.from - b.from);
    const { personAt } = this;
    for (const p of allPeople) personAt.set(p.from, p);
    this.fuller = fullerNames(allPeople, listed, protocol, text, lexicon);
    this.actx = {
      tokens,
      text,
      gazetteerAt,
      personAt,
      lexicon,
      roleSuffixes: model.roleSuffixes,
      partyByAbbreviation: model.partyByAbbreviation,
      english,
    };
  }
}

/** The one fuller name of the document each name written short or misspelled is. */
function fullerNames(
  allPeople: readonly Mention[],
  listed: readonly ListedPerson[],
  protocol: ProtocolHeader | undefined,
  text: string,
  lexicon: Lexicon,
): Map<string, string> {
  // `Ann Christin informerade` after `Ann Christin Berglöf`: given names alone, the first words of one fuller name the
  // document gives, are that person; so is one given name a list names alone (`Närvarande: Sten, Maj och Olle` over the
  // signature `Sten Fjäll`).
  const fuller = new Map<string, string>();
  const listedAlone = new Set(listed.filter((l) => !l.person.label.includes(" ")).map((l) => l.person.label));
  const opening = openingRuns(allPeople, listedAlone.size > 0 ? 1 : 2);
  // Only a name that is such a run is looked up word by word in the lexicon: most documents have none.
  if (opening.size > 0)
    for (const p of allPeople) {
      const name = opening.get(p.label);
      if (name && (p.label.includes(" ") || listedAlone.has(p.label)) && p.label.split(" ").every((w) => lexicon.isGivenName(w))) fuller.set(p.label, name);
    }
  // `Tjänstgör för A Wildt-Persson` or `S-O Carlsson` beside `Anders Wildt-Persson` and `Sven-Olof Carlsson`: a
  // name's initials and surname are the one fuller name of the document they abbreviate. Not a name that has a seat
  // of its own in a list (`Ersättare S-O Lind (M)` beside `Ledamöter Stig Olof Lind (M)`: two people; a member replaced
  // or absent has none), nor one whose party, written after each, is another.
  let seated: Set<string> | undefined;
  const hasSeat = (capacity: Capacity) => capacity !== "replaced" && capacity !== "absent";
  // Made only for a document that writes a name by its initials.
  const seatedNames = () =>
    (seated ??= new Set([
      ...listed.filter((l) => hasSeat(l.fieldRole)).map((l) => l.person.label),
      ...(protocol?.entries.filter((e) => hasSeat(e.capacity)).map((e) => e.person.label) ?? []),
    ]));
  for (const p of allPeople) {
    const space = p.label.indexOf(" ");
    // Initials are a word of at most seven code units (`S.-O.`, a capital outside the BMP two) whose first letter is
    // alone or followed by `.` or `-`: most names skip the copy and the regex.
    const initials = space > 0 && space <= 7 && mayOpenWithInitial(p.label, space) ? INITIALS.exec(p.label.slice(0, space)) : null;
    if (!initials || fuller.has(p.label) || seatedNames().has(p.label)) continue;
    const only = abbreviatedName(p, space, initials, allPeople, text, lexicon);
    if (only) fuller.set(p.label, only);
  }
  // `Anna Berg` in the signatures beside `Anna H Berg, ordförande` in the list: a name is the one name of the document
  // that only adds a middle initial to it (the signature is the list's chair, who has a seat in both), or a middle
  // name or first surname (`Anna Maria Berg`, `Anna Holm Berg` beside `Anna Berg`).
  const initialled = new Map<string, string | null>();
  for (const q of allPeople) {
    // Most names have two words: they are told by a second space before the split.
    if (q.label.indexOf(" ", q.label.indexOf(" ") + 1) < 0) continue;
    const words = q.label.split(" ");
    if (!/^\p{Lu}/u.test(words[1])) continue;
    const short = [words[0], ...words.slice(2)].join(" ");
    const known = initialled.get(short);
    initialled.set(short, known === undefined || known === q.label ? q.label : null);
  }
  // Skipped, not run over an empty literal: a loop that met both the people and `[]` was deoptimised on the map.
  if (initialled.size > 0) shortForLonger(initialled, allPeople, fuller, text);
  // A document with no list has no listed name to misspell.
  if (listed.length > 0 || protocol) misspelledNames(allPeople, listed, protocol, fuller, lexicon);
  return fuller;
}

// `fullerNames`' rarer rules are functions of their own: most documents never run them, and V8 optimises the rules
// every document runs without them (fullerNames whole was one of the build's costliest compiles).

/**
 * The fuller names each run of first words (of `shortest` to three words) opens, by that run (null when more than
 * one).
 */
function openingRuns(allPeople: readonly Mention[], shortest: 1 | 2): Map<string, string | null> {
  const opening = new Map<string, string | null>();
  for (const q of allPeople) {
    // A name of `shortest` words or fewer opens no shorter run (most names have two): told by its spaces before a split.
    const space = q.label.indexOf(" ");
    if (space < 0 || (shortest === 2 && q.label.indexOf(" ", space + 1) < 0)) continue;
    const words = q.label.split(" ");
    for (let n = shortest; n < words.length && n <= 3; n++) {
      const run = words.slice(0, n).join(" ");
      const known = opening.get(run);
      if (known === undefined) opening.set(run, q.label);
      else if (known !== q.label) opening.set(run, null);
    }
  }
  return opening;
}

/** Whether a name's first word, `space` long, may be initials: one letter, or one before `.` or `-` (see INITIALS). */
function mayOpenWithInitial(label: string, space: number): boolean {
  const next = label.charCodeAt(1);
  return space === 1 || next === 0x2e || next === 0x2d || (label.charCodeAt(0) & 0xfc00) === 0xd800;
}

/** The party written after a name (`Anna Berg (S)`), in lower case. */
function partyAfter(text: string, m: Mention): string | undefined {
  return PARTY_IN_PARENTHESES.exec(text.slice(m.end, m.end + 12))?.[1].toLowerCase();
}

/**
 * The one fuller name of the document a name written with initials abbreviates (`S-O Carlsson` for `Sven-Olof
 * Carlsson`), of no other party.
 */
function abbreviatedName(
  p: Mention,
  space: number,
  initials: RegExpExecArray,
  allPeople: readonly Mention[],
  text: string,
  lexicon: Lexicon,
): string | undefined {
  const surname = p.label.slice(space);
  const letters = initials.slice(1).filter(Boolean);
  let only: Mention | null | undefined;
  for (const q of allPeople) {
    if (q.label === only?.label || q.label === p.label || !q.label.endsWith(surname)) continue;
    const names = q.label.slice(0, -surname.length).split(/[ -]/);
    if (names.length >= letters.length && letters.every((letter, k) => names[k].startsWith(letter) && lexicon.isGivenName(names[k])))
      only = only === undefined ? q : null;
  }
  if (!only) return undefined;
  const [party, its] = [partyAfter(text, p), partyAfter(text, only)];
  return !party || !its || party === its ? only.label : undefined;
}

/**
 * Each name written short for the one longer name `initialled` gives it by its short form; not two members each
 * written with a party, and another (`Anna Berg (S)`, `Anna H Berg (M)`).
 */
function shortForLonger(initialled: ReadonlyMap<string, string | null>, allPeople: readonly Mention[], fuller: Map<string, string>, text: string): void {
  const partyOf = new Map<string, string>();
  for (const q of allPeople) {
    const party = partyAfter(text, q);
    if (party && !partyOf.has(q.label)) partyOf.set(q.label, party);
  }
  for (const p of allPeople) {
    const only = initialled.get(p.label);
    const [party, its] = [partyOf.get(p.label), only && partyOf.get(only)];
    if (only && !fuller.has(p.label) && (!party || !its || party === its)) fuller.set(p.label, only);
  }
}

/**
 * `Ordförande Nils Bondesson öppnade` beside `Nils Bondeson, ordförande` in the list, `Bertram X` beside `Betram X`: a
 * name written otherwise by one letter is the one listed name it misspells (the graph labels the person with the
 * form written most). The key is the given name the lexicon knows, where only one is known; else the list's. Names
 * are compared only with listed ones that share their first letters.
 */
function misspelledNames(
  allPeople: readonly Mention[],
  listed: readonly ListedPerson[],
  protocol: ProtocolHeader | undefined,
  fuller: Map<string, string>,
  lexicon: Lexicon,
): void {
  const listedNames = new Set<string>();
  for (const l of listed) listedNames.add(l.person.label);
  if (protocol) for (const e of protocol.entries) listedNames.add(e.person.label);
  const spellingKey = (label: string) => `${label[0]}${label.slice(label.lastIndexOf(" ") + 1, label.lastIndexOf(" ") + 2)}${label.split(" ").length}`;
  const listedByKey = new Map<string, string[]>();
  for (const name of listedNames) {
    if (!name.includes(" ")) continue;
    const key = spellingKey(name);
    const same = listedByKey.get(key);
    if (same) same.push(name);
    else listedByKey.set(key, [name]);
  }
  // Skipped, not run over an empty literal: a loop that met both the people and `[]` was deoptimised on the map.
  if (listedByKey.size > 0)
    for (const label of new Set(allPeople.map((p) => p.label))) {
      if (listedNames.has(label) || fuller.has(label)) continue;
      const alike = listedByKey.get(spellingKey(label))?.filter((name) => !fuller.has(name) && misspells(label, name, lexicon));
      if (alike?.length !== 1) continue;
      const [name] = alike;
      if (lexicon.isGivenName(label.slice(0, label.indexOf(" "))) && !lexicon.isGivenName(name.slice(0, name.indexOf(" ")))) fuller.set(name, label);
      else fuller.set(label, name);
    }
}

/** Every municipality, organisation and party the gazetteer reads, and every person: the document mentions them. */
function mentionEntities(c: TextReading): void {
  const { gazetteer, allPeople, ref } = c;
  // A municipality word inside a person's name (`Ingrid Falkenberg`) names the person, not the place.
  const inPerson = new Set<number>();
  for (const p of allPeople) for (let k = p.from; k < p.to; k++) inPerson.add(k);
  for (const g of gazetteer) {
    if (inPerson.has(g.from)) continue;
    if (g.kind === "municipality" || g.kind === "organisation" || g.kind === "party") {
      mention(c, { kind: g.kind, key: g.id, label: g.label }, g.start, g.end, g.genitive ? "gazetteer:genitive" : g.rule);
    }
  }
  for (const p of allPeople) mention(c, ref(p), p.start, p.end, p.rule);
}

/**
 * `A (S) fortsätter som 2:e vice ordförande och samma gäller B (S) i fritidsnämnden och C (S), tekniska nämnden`: each
 * name after `samma gäller` holds the seat of the name before it, each in the body written after it (quoted from the
 * seat on); its body resolved with the minutes' parent below.
 */
function readSameSeats(c: TextReading): void {
  const { text, people, appositions, sameSeats } = c;
  people.forEach((p, k) => {
    const source = people[k - 1];
    if (!source || !SAME_GOES.test(text.slice(Math.max(source.end, p.start - 30), p.start))) return;
    const seat = appositions
      .get(source)!
      .roles.filter((r) => r.role && isSeat(r) && r.end <= p.start)
      .pop();
    if (!seat || /[.!?\n]/.test(text.slice(seat.end, p.start))) return;
    for (let n = k, at = p.start; n < people.length; n++) {
      const q = people[n];
      const body = SAME_BODY.exec(text.slice(q.end, q.end + 80));
      if (!body || q.start !== at || appositions.get(q)!.roles.some((r) => r.role)) return;
      const end = q.end + body[0].length;
      sameSeats.set(q, { claim: { ...seat, target: undefined, elected: false, start: seat.start, end }, body: body[1] });
      at = people[n + 1] && /^\s*(?:,|och)\s+$/.test(text.slice(end, people[n + 1].start)) ? people[n + 1].start : -1;
    }
  });
}

/**
 * `… säger Anna Berg.` ¶ `Hon är i dag förste vice ordförande i fullmäktige`: a seat said of a pronoun opening a
 * sentence is the one person named before it in that paragraph and the one before (several: whose is unsaid).
 */
function pronounSeats(c: TextReading, cues: Cues): void {
  const { doc, text, tokens, facts, ev, gazetteerAt, people, ref, actx } = c;
  if (doc.genre === "minutes" || !cues.pronoun) return;
  for (const m of text.matchAll(PRONOUN_SEAT)) {
    const k = firstAtOrAfter(tokens, m.index + m[0].length, (t) => t.start);
    const role = gazetteerAt.get(k);
    if (role?.kind !== "role" || !isSeat({ normalised: role.id })) continue;
    const at = firstAtOrAfter(people, m.index, (q) => q.start);
    const p = people[at - 1];
    const from = p && text.lastIndexOf("\n\n", text.lastIndexOf("\n\n", m.index) - 1);
    if (!p || p.start < from) continue;
    // People are sorted by start: only those after the paragraph's start may be another.
    const key = ref(p).key;
    let other = false;
    for (let i = at - 2; i >= 0 && people[i].start > from && !other; i--) other = ref(people[i]).key !== key;
    if (other) continue;
    // Its body as after a name's copula: none for a bare noun (`i fullmäktige`).
    const body = tokens[role.to]?.text === "i" && !tokens[role.to + 1]?.nl ? readBody(role.to + 1, actx)?.target : undefined;
    const attrs = { role: text.slice(role.start, role.end).toLowerCase(), roleNormalised: role.id };
    const evidence = ev(m.index, body?.end ?? role.end);
    if (!body) {
      facts.push({ type: "entity", entity: withRole(ref(p), attrs), evidence, rule: "apposition:role" });
      continue;
    }
    const target = bodyRef(body.label, minutesParent(c));
    facts.push({ type: "entity", entity: target, evidence: ev(body.start, body.end), rule: "apposition:role" });
    facts.push({ type: "relation", kind: "holds_role", source: ref(p), target, evidence, rule: "apposition:role", attrs });
  }
}

/**
 * Where roles, places and counties' genitives end, and people, for the roles written before a name (`moderator X`,
 * `Civilminister X`, `Förste vice ordförande blev X`, `Foto: X`).
 */
function indexEndings(c: TextReading): void {
  const { gazetteer, allPeople, roleEndingAt, placeEndingAt, countyEndingAt, personEndingAt } = c;
  for (const g of gazetteer) {
    if (g.kind === "role") roleEndingAt.set(g.to, g);
    else if (g.kind === "municipality" || g.kind === "organisation") placeEndingAt.set(g.to, g);
    else if (g.kind === "county" && g.genitive) countyEndingAt.set(g.to, g);
  }
  for (const g of gazetteer) if (g.kind === "role" && g.id === "landshövding") countyBeforeGovernor(c, g);
  for (const p of allPeople) personEndingAt.set(p.to - 1, p);
}

/**
 * `Västra Götalands landshövding X`: a county named by its genitive without `län`, right before its governor's title.
 * Apart from `indexEndings`, whose optimised code met this rare branch unprepared.
 */
function countyBeforeGovernor(c: TextReading, g: Mention): void {
  const { text, lexicon, tokens, placeEndingAt, countyEndingAt } = c;
  if (countyEndingAt.has(g.from) || placeEndingAt.has(g.from)) return;
  for (let from = g.from - 1; from >= Math.max(0, g.from - 3) && tokens[from].cap && !tokens[from + 1].nl; from--) {
    const county = countyByGenitive(lexicon).get(text.slice(tokens[from].start, tokens[g.from - 1].end));
    if (county) {
      countyEndingAt.set(
        g.from,
        newMention("county", slugify(county), county, from, g.from, tokens[from].start, tokens[g.from - 1].end, "gazetteer:genitive", true),
      );
      break;
    }
  }
}

/**
 * `Kommunstyrelsen i Hjo består av A (M) ordförande, B (L) vice ordförande, C (S) och D (C).`: in a page's prose (in
 * minutes `groupSeats` reads the cue), each name the body's sentence sets out sits in it, in the seat written after the
 * name or as a member; the body is placed as any the page names (`placeBodies`), so its politicians' place follows.
 */
function bodyConsists(c: TextReading, cues: Cues): void {
  const { doc, text, facts, ev, people, ref, appositions } = c;
  if (doc.genre === "minutes" || !cues.consists) return;
  for (const m of text.matchAll(BODY_CONSISTS)) {
    const end = text.slice(m.index, m.index + 1000).search(/\.(?:\s|$)|\n\s*\n/);
    const to = end < 0 ? m.index + 1000 : m.index + end;
    const body = bodyRef(m[1]!);
    for (let i = firstAtOrAfter(people, m.index + m[0].length, (q) => q.start); i < people.length && people[i].start < to; i++) {
      const p = people[i];
      const seat = appositions.get(p)?.roles.find((r) => r.role && !r.target && isSeat(r));
      const attrs = seat ? { role: seat.role!, roleNormalised: seat.normalised! } : { role: "ledamot", roleNormalised: "ledamot" };
      // The seat read as the name's apposition, placeless, is this one: the body's edge takes its place.
      const key = ref(p).key;
      const bare = seat
        ? facts.findIndex(
            (f) =>
              f.type === "entity" &&
              f.entity.key === key &&
              f.evidence.end === seat.end &&
              (f.entity.attrs?.role as { roleNormalised?: string } | undefined)?.roleNormalised === seat.normalised,
          )
        : -1;
      if (bare >= 0) facts.splice(bare, 1);
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target: body,
        evidence: ev(m.index, seat?.end ?? p.end),
        rule: "apposition:role",
        attrs,
      });
    }
  }
}

/** A header list's entries: the party and municipality of each. */
function listEntryFacts(c: TextReading): void {
  const { model, facts, ev, listed, ref } = c;
  for (const entry of listed) {
    const source = ref(entry.person);
    if (entry.party)
      facts.push({
        type: "relation",
        kind: "member_of",
        source,
        target: partyRef(entry.party.id, model),
        evidence: ev(entry.start, entry.end),
        rule: "list:party",
      });
    if (entry.municipality) {
      facts.push({
        type: "relation",
        kind: "represents",
        source,
        target: { kind: "municipality", key: entry.municipality.id, label: entry.municipality.label },
        evidence: ev(entry.start, entry.municipality.end),
        rule: "list:municipality",
      });
    }
  }
}

/** The meeting of a protocol header, an event's programme, and other meetings. */
function meetingFacts(c: TextReading, cues: Cues): void {
  const { doc, model, text, tokens, facts, ev, gazetteer, listed, protocol, fields, people, allPeople, ref, appositions } = c;
  const sitting = protocol ?? (fields && sittingHeader(fields, people, gazetteer, text));
  if (sitting) facts.push(...protocolMeeting({ doc, header: sitting, gazetteer, people, model, ref }));

  // 5. An event's programme, then other meetings (seminars and events by section only where no programme was read).
  // A picture's photographer (`Foto: X`, `Bildkälla: X`) takes no part in what the text tells.
  const credited = people.filter((p) => photoCreditBefore(tokens, p.from) >= 0);
  const takingPart = credited.length ? allPeople.filter((p) => !credited.includes(p)) : allPeople;
  const programme =
    (cues.programme || cues.seminar) && doc.genre !== "minutes" && doc.genre !== "email" ? readProgramme({ doc, people: takingPart, model, ref }) : [];
  facts.push(...programme);
  // A meeting word, or a heading line dated to the year at the top (`Regionfullmäktige 12 juni 2019`), which may head a
  // report of that day's meeting with no meeting word in it, or a first line of a body's short form and the day, which
  // heads a meeting's index page (`KF 2018-10-01`).
  const mayReport =
    (doc.genre === "text" || doc.genre === "newsletter") &&
    ((cues.meeting && (text.includes("möte") || text.includes("sammanträd") || text.includes("träff"))) ||
      (cues.assembly && DECIDED_AT.test(text)) ||
      DATED_LINE.test(text.slice(0, 600)) ||
      AGENDA_HEADING.test(text));
  const reported = mayReport ? readReportedMeetings({ doc, people: takingPart, gazetteer, model, ref }) : [];
  facts.push(...reported);
  const told = reported.filter((f) => f.type === "entity").map((f) => f.evidence.start);
  facts.push(
    ...findMeetings({
      doc,
      tokens,
      gazetteer,
      people: takingPart,
      listed,
      appositions,
      sections: () => sections(c),
      cues,
      model,
      ref,
      programme: programme.length > 0,
      reported: told,
    }),
  );

  // The groups minutes read by field lines set out, as an inline header's minutes' (4.).
  if (!protocol && doc.genre === "minutes" && listed.length)
    facts.push(...fieldGroupSeats(facts, text, people, Math.max(...listed.map((l) => l.end)), doc.id, ref, ev));
}

/** The graph adds the document's `mentions` edge for every entity named (see factResolver). */
function mention(c: TextReading, entity: EntityRef, start: number, end: number, rule: RuleId) {
  const { facts, ev } = c;
  facts.push({ type: "entity", entity, evidence: ev(start, end), rule });
}

/** The text's sections, cut on first call. */
function sections(c: TextReading): Section[] {
  return (c.cut ??= splitSections(c.text));
}

/** The starts of the lines that open with a name. */
function rosterLines(c: TextReading): Set<number> {
  return (c.rosterStarts ??= new Set(c.people.filter((q) => opensLine(c, q)).map((q) => lineStart(c, q.start))));
}

/** The section an offset is in. */
function sectionOf(c: TextReading, offset: number): Section {
  return sections(c).find((s) => offset >= s.start && offset < s.end) ?? sections(c)[sections(c).length - 1];
}

/** Orgs named in a section title or the document title give elected roles their organisation. */
function titleOrg(c: TextReading, offset: number): Mention | undefined {
  const { text, gazetteer } = c;
  const s = sectionOf(c, offset);
  const inSpan = (a: number, b: number) => gazetteer.find((g) => g.kind === "organisation" && g.start >= a && g.end <= b);
  return (s.titleStart !== undefined ? inSpan(s.titleStart, s.titleStart + (s.title?.length ?? 0)) : undefined) ?? inSpan(0, Math.min(text.length, 300));
}

/** A seat of a body's: its chair, a vice chair, a member or a substitute, by its normalised role. */
function bodySeat(c: TextReading, role: string | undefined) {
  const { lexicon } = c;
  return isSeat({ normalised: role }) || /^(?:chair|vice_chair)$/.test(lexicon.role(role ?? "")?.category ?? "");
}

/**
 * The organisation an election names no body of is held in: the one the section's title or the text's top names.
 * Not the government, which one is elected to no chair in (`X valdes till president för landet`), only appointed
 * minister; nor a county board, court, police or newspaper, whose chairs and seats no one is elected to (a
 * foundation's `Ordförande är X` under a page naming its supervising Länsstyrelsen).
 */
function electedIn(c: TextReading, offset: number, role: string): Mention | undefined {
  const { lexicon } = c;
  const org = titleOrg(c, offset);
  if (!org || (org.id === "regeringen" && !isMinister(role, lexicon))) return undefined;
  return bodySeat(c, role) && NO_ELECTED_SEATS.has(lexicon.organisation(org.id)?.type ?? "") ? undefined : org;
}

function termOf(c: TextReading, offset: number): { start?: string; end?: string } {
  const { text } = c;
  const s = sectionOf(c, offset);
  const m = TERM.exec(text.slice(s.start, s.end));
  return m ? { start: m[1], end: m[2] } : {};
}

/** Where the line an offset is on starts. */
function lineStart(c: TextReading, offset: number): number {
  const { text } = c;
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Whether a name opens its line; a bullet (`•`, `–`) or a number (`1.`, `12)`) may stand before it. */
function opensLine(c: TextReading, p: Mention) {
  const { tokens } = c;
  if (p.from === 0 || tokens[p.from].nl) return true;
  const mark = tokens[p.from - 1];
  if (/^[•*–-]$/.test(mark.text)) return p.from === 1 || mark.nl;
  const n = p.from - 2;
  return !mark.nl && (mark.text === "." || mark.text === ")") && n >= 0 && /^\d{1,3}$/.test(tokens[n].text) && (n === 0 || tokens[n].nl);
}

/**
 * A roster under a heading that names a body (`Styrgrupp för Gymnasieregion`, then a line `X (M), Huddinge kommun,
 * ordförande` for each member): outside minutes, whose own rosters 01-lists reads, the people whose lines open with
 * their names sit in that body. The heading is the nearest line above the roster that is no roster line, no intro
 * ending in a colon (`Region Stockholm har utsett följande representanter:`), no seat in the plural (`Kommunstyrelsen`
 * over `Ledamöter` and `Ersättare`, each over its names, gives those seats in it) and no paragraph. A generic heading
 * (`Styrelse`) is the body of the organisation the text opens with.
 */
function rosterOf(c: TextReading, p: Mention): Roster | undefined {
  const { doc, text, headings } = c;
  if (doc.genre === "minutes" || !opensLine(c, p)) return undefined;
  const own = lineStart(c, p.start);
  const next = text.indexOf("\n", p.end);
  // A roster has more than one line (the line before or after this one opens with a name too), or follows its intro.
  const before = lineStart(c, Math.max(0, own - 1));
  if (!rosterLines(c).has(before) && !text.slice(before, own).trimEnd().endsWith(":") && !(next >= 0 && rosterLines(c).has(next + 1))) return undefined;
  const seen: number[] = [];
  let found: Roster | null | undefined;
  let seatInBody: RegExpExecArray | null;
  for (let at = own; at > 0 && found === undefined;) {
    at = lineStart(c, at - 1);
    const eol = text.indexOf("\n", at);
    const raw = text.slice(at, eol < 0 ? text.length : eol);
    const line = raw.trim();
    if (headings.has(at)) found = headings.get(at);
    else if (!line || rosterLines(c).has(at)) seen.push(at);
    else if ((seatInBody = SEAT_IN_BODY.exec(line))) {
      // `Ledamöter i kommunstyrelsen:`: the seat and the body in one heading; the body heads the roster.
      const body = seatInBody[2];
      found = readRoster(c, body[0].toUpperCase() + body.slice(1), at + raw.lastIndexOf(body)) ?? null;
    } else if ((line.endsWith(":") && line.split(/\s+/).length <= 15) || seatOfPlural(line)) seen.push(at);
    else found = readRoster(c, line, at + raw.length - raw.trimStart().length) ?? null;
  }
  for (const at of seen) headings.set(at, found ?? null);
  return found ?? undefined;
}

/**
 * The seat a heading line gives the people listed under it, each line opening with a name: a role of the lexicon,
 * or members in the plural (`Övriga ledamöter`, `Ersättare`). Not a title under a name alone on its line (`X` over
 * `Förbundsordförande`), which the apposition has read as that person's.
 */
function seatHeadingOf(c: TextReading, p: Mention): RoleClaim | undefined {
  const { doc, text, actx, seatHeadings } = c;
  if (doc.genre === "minutes" || !opensLine(c, p)) return undefined;
  // A list's line, not a paragraph opening with the name under the text's title (`Kommunstyrelsens ordförande`).
  const eol = text.indexOf("\n", p.end);
  if ((eol < 0 ? text.length : eol) - p.start > 80) return undefined;
  let overNames = false;
  for (let at = lineStart(c, p.start), n = 0; at > 0 && n < 30; n++) {
    at = lineStart(c, at - 1);
    const eol = text.indexOf("\n", at);
    const line = text.slice(at, eol < 0 ? text.length : eol);
    if (!line.trim()) continue;
    if (rosterLines(c).has(at)) {
      overNames = true;
      continue;
    }
    // A staff page's title line is the name's right under it only (see `readSeatHeading`): read apart, and not
    // over other names.
    const ownLine = titlesAboveNames(p.from, actx);
    if (ownLine && overNames) return undefined;
    const key = ownLine ? -at - 1 : at;
    let seat = seatHeadings.get(key);
    if (seat === undefined) seatHeadings.set(key, (seat = readSeatHeading(c, at, line, ownLine) ?? null));
    return seat ?? undefined;
  }
  return undefined;
}

/** The seat a heading line names; `ownLine`: it is the name's under it, in a run whose titles stand above names. */
function readSeatHeading(c: TextReading, at: number, line: string, ownLine: boolean): RoleClaim | undefined {
  const { text, lexicon, people, appositions } = c;
  const start = at + line.length - line.trimStart().length;
  const end = at + line.trimEnd().length;
  // `Ersättare:`, `Ledamöter i kommunstyrelsen:` (its body read by `rosterOf`).
  const written = SEAT_IN_BODY.exec(line.trim())?.[1] ?? line.trim().replace(/:$/, "");
  const seat = seatOfPlural(written);
  if (seat) return { role: written.toLowerCase(), normalised: seat, former: false, elected: false, start, end };
  // `Följande personer valdes som ersättare:` over a list: the seat each listed name was elected to.
  const elected = ELECTED_SEATS.exec(line.trim());
  const seatElected = elected && (elected[2].toLowerCase() === "ordinarie" ? "ledamot" : seatOfPlural(elected[2]));
  if (seatElected)
    return {
      role: elected[2].toLowerCase(),
      normalised: seatElected,
      former: false,
      elected: true,
      start: start + elected.index + elected[0].indexOf(elected[2]),
      end,
    };
  // `Foto` over a name is a picture's label: the name is who is pictured, no photographer's.
  if (/^(?:foto|bild)$/i.test(line.trim())) return undefined;
  // The whole line a role; on a staff page's own line, a role and what it heads (`Chef för avdelningen för miljö`).
  const found = lexicon.matchAt(tokenize(text, start, end), 0, ROLE_KIND);
  const whole = found && /^[\s:]*$/.test(text.slice(found.end, end));
  if (!found || (!whole && !ownLine)) return undefined;
  // Claimed by the name before it, or under a name alone on its line (a signature: whose title it is, is unclear,
  // unless the run says).
  let above = at;
  while (above > 0 && /\s/.test(text[above - 1])) above--;
  const claimed = people.some((q) => (!ownLine && q.end === above && opensLine(c, q)) || (q.end < start && appositions.get(q)!.end >= start));
  const to = whole ? found.end : end;
  return claimed ? undefined : { role: text.slice(start, to).toLowerCase(), normalised: found.entry.id, former: false, elected: false, start, end: to };
}

/**
 * The body a letter's signatures are given for (`För kommunstyrelsen` above `X` over `Ordförande`), when the name
 * opens its line and its title is a seat; or the administration a staff title is held in (`Socialförvaltningen` above
 * `X` over `Förvaltningschef`). Only the signatures' lines (names, titles alone) may stand between them.
 */
function signedFor(c: TextReading, p: Mention, claim: RoleClaim): { body: string; unit?: true } | undefined {
  const { text, lexicon, gazetteer } = c;
  const seat = isSeat(claim);
  if (!opensLine(c, p) || !claim.normalised || (!seat && SEAT_CATEGORIES.has(lexicon.role(claim.normalised)?.category ?? ""))) return undefined;
  for (let at = lineStart(c, p.start), n = 0; at > 0 && n < 12; n++) {
    at = lineStart(c, at - 1);
    const eol = text.indexOf("\n", at);
    const raw = text.slice(at, eol < 0 ? text.length : eol);
    const line = raw.trim();
    const signed = SIGNED_FOR.exec(line);
    // A body noun alone (`För styrelsen` of an association's letter) names no one's body: it would be every board's.
    const body = signed?.[1].toLowerCase();
    if (body !== undefined) return seat && BODY.test(body) && !lexicon.data.protocol.bodies.includes(body) ? { body } : undefined;
    // A staff title's administration, as the paper's heading or signature writes it (`SOCIALFÖRVALTNINGEN`).
    if (!seat && ADMINISTRATION.test(line)) return { body: line === line.toUpperCase() ? line[0] + line.slice(1).toLowerCase() : line, unit: true };
    // Only the signatures above: lines that open with a name, and titles alone on their lines.
    if (!line) continue;
    c.titleStarts ??= new Map(gazetteer.filter((g) => g.kind === "role").map((g) => [g.start, g.end]));
    const from = at + raw.length - raw.trimStart().length;
    if (!rosterLines(c).has(at) && c.titleStarts.get(from) !== from + line.length) return undefined;
  }
  return undefined;
}

function readRoster(c: TextReading, line: string, start: number): Roster | undefined {
  const title = line.replace(/\s*\([^()]*\)$/, "");
  const words = title.split(/\s+/);
  if (words.length > 12 || /[.;,!?]$/.test(title) || !/^\p{Lu}/u.test(title)) return undefined;
  const head = [words[0], words[words.length - 1]].map((w) => w.toLowerCase()).find((w) => BODY.test(w));
  // `Borgarråd`, `Oppositionsborgarråd`, `Kommunalråd`: politicians' titles, in the plural too, head no body's roster.
  if (!head || POLITICIANS_RÅD.test(head)) return undefined;
  // Members sit in a board, a committee or a group; a staff unit's (`Kansliet`) list gives titles, not seats.
  const seats = !/(?:förvaltning|kansli|sekretariat|enhet|avdelning)(?:en|et)?$/.test(head);
  const generic = words.length === 1 && BODY.exec(head)?.[0] === head;
  const owner = generic ? titleOrg(c, 0) : undefined;
  if (generic && !owner) return undefined;
  const parent = owner ? ({ kind: "organisation", key: owner.id, label: owner.label } as EntityRef) : minutesParent(c);
  // A heading in capitals (`SOCIALNÄMNDEN`) names the body as prose writes it.
  const name = title === title.toUpperCase() ? title[0] + title.slice(1).toLowerCase() : title;
  return { body: bodyRef(name, parent), heading: [start, start + title.length], seats };
}

/**
 * `X och Y är ordförande respektive vice ordförande`: the roles after the last of coordinated people go to each in
 * turn; `X (S) och Y (M) till ledamöter i valnämnden`: a role written in the plural is each one's.
 */
function coordinate(c: TextReading, last: Mention, k: number) {
  // Most names are coordinated with none before them: told before a list is made, in a function V8 compiles small.
  if (k > 0 && c.appositions.get(c.people[k - 1])!.coordinatedWith === last) coordinateChain(c, last, k);
}

/** The chain of people coordinated up to `last`, the `k`th person, who is coordinated with the one before it. */
function coordinateChain(c: TextReading, last: Mention, k: number) {
  const { text, lexicon, people, actx, appositions, handedOn, fromCoordinated } = c;
  const chain = [last];
  // `A, B och C`: the comma joins the list only once `och` has closed it.
  const joins = (before: Mention) =>
    appositions.get(before)!.coordinatedWith === chain[0] || (chain.length > 1 && LIST_COMMA.test(text.slice(before.end, chain[0].start)));
  while (k - chain.length >= 0 && joins(people[k - chain.length])) chain.unshift(people[k - chain.length]);
  const roles = appositions.get(last)!.roles.filter((r) => r.role);
  if (roles.length === 0) return;
  // `A (M), och B (KD), ordförande i styrgrupperna för Infrastruktur, respektive Digitalisering`: a body each, in turn.
  const bodies = appositions.get(last)!.respectively;
  if (bodies?.length === chain.length && roles.length === 1) {
    for (const [n, person] of chain.slice(0, -1).entries()) fromCoordinated.set(person, [{ ...roles[0], target: bodies[n] }]);
    return;
  }
  // `X och Y tar plats som ordförande och vice ordförande`: seats of one body, which no two people share, are given
  // in turn by `och` too.
  const seats = roles.every((r) => bodySeat(c, r.normalised)) && new Set(roles.map((r) => r.normalised)).size === roles.length;
  const joined = (a: RoleClaim, b: RoleClaim, last: boolean) => (last ? (seats ? IN_TURN : RESPECTIVELY) : /^\s*,\s*$/).test(text.slice(a.end, b.start));
  if (roles.length === chain.length && roles.every((r, n) => n === 0 || joined(roles[n - 1], r, n === roles.length - 1))) {
    // `ordförande respektive vice ordförande i kommunstyrelsen`: the body written once after the last seat is each
    // one's, as a target or as the office the lexicon reads the last seat with it (`kommunstyrelsens vice ordförande`).
    const last = roles[roles.length - 1];
    const [owner, ...seat] = (last.normalised ?? "").split(" ");
    const office = !last.target && seat.length > 0 && last.role!.toLowerCase().startsWith(seat.join(" ")) ? owner : undefined;
    const withBody = (claim: RoleClaim): RoleClaim => {
      if (claim.target) return claim;
      if (last.target) return { ...claim, target: last.target };
      const normalised = office && `${office} ${claim.normalised}`;
      return normalised && lexicon.role(normalised) ? { ...claim, normalised } : claim;
    };
    for (const [n, claim] of roles.slice(0, -1).entries()) {
      handedOn.add(claim);
      fromCoordinated.set(chain[n], [withBody(claim)]);
    }
    return;
  }
  // `till ledamöter`, and a seat alike in both numbers after a plural's word (`till nya ersättare`, `båda ledamot`).
  // Swedish plurals only: an English title may end like one (`Director`).
  // `A (M) och B (S) blir kommunalråd`: one role spelled alike in both numbers after the copula of the names joined.
  // Not from the object of a seat before (`A (S) är ersättare för B (S) och C (C) är ersättare för D`): B is no subject.
  const copula =
    !actx.english &&
    roles.length === 1 &&
    BOTH_NUMBERS.test(roles[0].role!) &&
    COPULA_AFTER.test(text.slice(last.end, roles[0].start)) &&
    !SEAT_OBJECT_BEFORE.test(text.slice(Math.max(0, chain[0].start - 8), chain[0].start));
  const plural = roles.filter(
    (r) =>
      r.normalised &&
      (copula || (!actx.english && r.role !== r.normalised && PLURAL.test(r.role!)) || PLURAL_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start))),
  );
  for (const other of chain.slice(0, -1)) if (plural.length) fromCoordinated.set(other, plural);
}

/**
 * In minutes a body elected to, or a page is headed by, is the municipality's or region's the header names, as the body
 * that met is.
 */
function minutesParent(c: TextReading): EntityRef | undefined {
  const { doc, text, lexicon, gazetteer, protocol } = c;
  return (
    (c.parent ??=
      doc.genre === "minutes" ? (headerParent(text, gazetteer, lexicon, undefined, protocol?.end ?? Math.min(text.length, 600))?.ref ?? null) : null) ??
    undefined
  );
}

/** The body a page is about; looked for only when a claim could be an officer's, not in every document. */
function bodyOfPage(c: TextReading): string | undefined {
  const { doc, text, lexicon, english } = c;
  return (
    (c.pageBody ??= (english ? englishPageBody(text) : doc.genre !== "email" ? swedishPageBody(text, lexicon.data.protocol.bodies) : undefined) ?? null) ??
    undefined
  );
}

/**
 * A page about a body (`The Regional Council`; a page headed `Direktionen`) lists its officers: their titles with no
 * organisation of their own are held there (a Swedish page's, its seats: `X är ordförande`).
 */
function officerOfPage(c: TextReading, claim: RoleClaim): EntityRef | undefined {
  const { lexicon, english } = c;
  if (!claim.role || claim.elected || !(english ? PAGE_OFFICERS.has(lexicon.role(claim.normalised ?? "")?.category ?? "") : isSeat(claim))) return undefined;
  const body = bodyOfPage(c);
  return body ? bodyRef(body, english ? undefined : minutesParent(c)) : undefined;
}

function electionOfSentence(c: TextReading, p: Mention, claim: RoleClaim): { target: EntityRef; start: number } | undefined {
  const { text, electionsRead } = c;
  const sentenceElection = electionsRead[electionsRead.length - 1];
  if (!sentenceElection || sentenceElection.end > p.start || /[.!?\n]/.test(text.slice(sentenceElection.end, p.start))) return undefined;
  const gap = text.slice(p.end, claim.start);
  const between = text.slice(sentenceElection.end, p.start);
  const coordinated = /^\s+och\s+$/.test(between) && SEAT_GIVEN_TILL.test(gap);
  // `A (C) blir kommunstyrelsens ordförande, B (S) blir vice ordförande och C (C) andre vice ordförande`: a seat of a
  // clause coordinated after the election's, its copula written or left out, is in the same body.
  const alike = /(?:,|\soch)\s+$/.test(between) && SEAT_CLAUSE_AFTER.test(gap);
  return coordinated || alike || /^\s*(?:\([^()\n]{1,30}\)\s*)?som\s+$/.test(gap) ? sentenceElection : undefined;
}

/**
 * `Kommunstyrelsens ordförande blir A (M) och B (S) dess 2:e vice ordförande`: `dess` points back to the body the
 * sentence last names in the genitive.
 */
function itsBody(c: TextReading, p: Mention, claim: RoleClaim): { target: EntityRef; start: number } | undefined {
  const { text, lexicon } = c;
  if (!ITS_SEAT.test(text.slice(p.end, claim.start))) return undefined;
  const from = Math.max(text.lastIndexOf(".", p.start), text.lastIndexOf("\n", p.start)) + 1;
  const owner = [...text.slice(from, p.start).matchAll(GENITIVE_WORD)].filter((m) => genitiveBodyName(m[0], lexicon.data.protocol.bodies)).pop();
  return owner && { target: bodyRef(genitiveBodyName(owner[0], lexicon.data.protocol.bodies)!, minutesParent(c)), start: from + owner.index };
}

/**
 * `Regionstyrelsens presidium med ordförande A (M) och …`, `Till fullmäktiges presidium: A (C), ordförande, B (S),
 * vice ordförande`: a seat written in a body's presidium's sentence, before or after its name, is that body's; so is
 * each seat of the lines under a heading `Val av kommunfullmäktiges presidium` (`A (M) ordförande`).
 */
function presidiumAround(c: TextReading, at: number): { target: EntityRef; start: number } | undefined {
  const { text, lexicon, actx } = c;
  // The caption's or heading's noun is near: most seats have none before them.
  const near = Math.max(0, at - 600);
  const found = text.slice(near, at + 7).lastIndexOf("presidi");
  if (found < 0) return undefined;
  const noun = near + found;
  const from = Math.max(0, noun - 60);
  const before = text.slice(from, at);
  const caption = PRESIDIUM_WITH.exec(before) ?? PRESIDIUM_HEADING.exec(before);
  const name = caption && genitiveBodyName(caption[1], lexicon.data.protocol.bodies);
  if (!name) return undefined;
  const start = from + caption.index;
  // `Fullmäktiges nya presidie` after the text named `kommunfullmäktige`: that assembly, the one kind it named before.
  const body = (/^fullmäktige$/i.test(name) && assemblyNamed(actx, start)) || name;
  return { target: bodyRef(body, minutesParent(c)), start };
}

/**
 * `… ordförandeskapet i kulturnämnden och skolnämnden till L, där A och B blir nya ordföranden`: a seat after a name
 * of the relative clause is in the body its `där` points back to, the nearest named after `i` before it (not one
 * named after it); of several, each in turn as the names are listed.
 */
function whereBody(c: TextReading, p: Mention): { target: EntityRef; start: number } | undefined {
  const { text, people } = c;
  // Whether the names at `k - 1` and `k` are listed together (`A, B och C`).
  const listed = (k: number) =>
    LIST_AND.test(text.slice(people[k - 1].end, people[k].start)) || LIST_COMMA.test(text.slice(people[k - 1].end, people[k].start));
  const at = firstAtOrAfter(people, p.start, (q) => q.start);
  let first = at;
  while (first > 0 && listed(first)) first--;
  const from = Math.max(0, people[first].start - 300);
  const where = WHERE.exec(text.slice(from, people[first].start));
  if (!where) return undefined;
  let last = at;
  while (last + 1 < people.length && listed(last + 1)) last++;
  const bodies = where[1].split(/(?<!-)(?:, | och )/);
  const body = bodies.length === 1 ? bodies[0] : bodies.length === last - first + 1 ? bodies[at - first] : undefined;
  if (!body) return undefined;
  return { target: bodyRef(body, minutesParent(c)), start: from + where.indices![1][0] };
}

/**
 * `I fritidsnämnden blev X (S) ordförande`, `I skolnämnden tar X över som ny ordförande`: a seat after the name, in
 * the body the sentence opens with.
 */
function frontedBody(c: TextReading, p: Mention, claim: RoleClaim): { target: EntityRef; start: number } | undefined {
  const { text } = c;
  if (!FRONTED_GAP.test(text.slice(p.end, claim.start))) return undefined;
  let from = p.start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1])) from--;
  const m = FRONTED_BODY.exec(text.slice(from, p.start));
  if (!m || !BODY.test(m[2])) return undefined;
  c.lastFronted = { target: bodyRef(m[1], minutesParent(c)), start: from + m.index, end: claim.end };
  return c.lastFronted;
}

/**
 * `I fritidsnämnden blev X ordförande. Y blev vice ordförande`: the fronted election is told too, in its paragraph,
 * and is nearer than one told before it, or in its own sentence (whose `blev` tells it with the body cut short).
 */
function toldOrFronted(c: TextReading, offset: number): { target: EntityRef; start: number } | undefined {
  const { text } = c;
  const told = toldElection(c, offset);
  const near = c.lastFronted && c.lastFronted.end <= offset && !/\n\s*\n/.test(text.slice(c.lastFronted.end, offset));
  return near && (!told || told.start < c.lastFronted!.end) ? c.lastFronted : told;
}

/**
 * `Förbundsdirektionen har beslutat att välja X (M), Vallby kommun som ordförande och Y som vice ordförande`,
 * `Regionstyrelsen fick följande sammansättning:` over `X (S), ordförande, Y, vice ordförande`: a seat after the name,
 * in the body that opens the sentence (or the line leading into the list) and elects them or is made up of them.
 */
function electingBody(c: TextReading, p: Mention): { target: EntityRef; start: number } | undefined {
  const { text, lexicon } = c;
  let from = p.start;
  for (; from > 0 && p.start - from < ELECTING_REACH && !/[.!?]/.test(text[from - 1]); from--) {
    // A line break ends the sentence unless a colon leads into the list over it.
    if (text[from - 1] !== "\n") continue;
    let k = from - 2;
    while (k >= 0 && (text[k] === " " || text[k] === "\t")) k--;
    if (text[k] !== ":") break;
  }
  const m = ELECTING_BODY.exec(text.slice(from, p.start));
  const body = m?.[1].toLowerCase();
  if (!m || !endsInDefiniteBody(body!, lexicon.data.protocol.bodies)) return undefined;
  return { target: bodyRef(m[1], minutesParent(c)), start: from + m.index + m[0].indexOf(m[1]) };
}

/**
 * `Vid sammanträdet valde kommunfullmäktige sitt presidium.` ¶ `Till ordförande valdes X`: an election that names no
 * body is held in the one a sentence shortly before it says elected (the nearest that tells of an election and names
 * one body: `kommunfullmäktige`, and `fullmäktiges presidium` is the same), quoted from that body.
 */
function toldElection(c: TextReading, offset: number, seat?: string): { target: EntityRef; start: number } | undefined {
  const { text, lexicon } = c;
  const end = sentenceAround(text, offset, 300).start;
  for (let to = end, from: number; to > 0 && end - to < TOLD_REACH; to = from) {
    from = sentenceAround(text, to - 1, 300).start;
    const sentence = text.slice(from, to);
    if (!TOLD_ELECTION.test(sentence) || (seat && !sentence.toLowerCase().includes(seat))) continue;
    let body: { name: string; start: number } | undefined;
    for (const m of sentence.matchAll(BODY_WORD)) {
      const name = genitiveBodyName(m[0], lexicon.data.protocol.bodies) ?? m[0];
      const [it, seen] = [name.toLowerCase(), body?.name.toLowerCase() ?? ""];
      // Two bodies (`kommunfullmäktige … socialnämnden`): none is told.
      if (body && !it.endsWith(seen) && !seen.endsWith(it)) return undefined;
      if (it.length > seen.length) body = { name, start: from + m.index };
    }
    if (body) return { target: bodyRef(body.name, minutesParent(c)), start: body.start };
  }
  return undefined;
}

function appositionFacts(c: TextReading, p: Mention) {
  const { model, text, facts, ev, ref, appositions, handedOn, fromCoordinated, sameSeats } = c;
  const app = appositions.get(p)!;
  const source = ref(p);
  if (app.party) {
    facts.push({
      type: "relation",
      kind: "member_of",
      source,
      target: partyRef(app.party.id, model),
      evidence: ev(p.start, app.party.end + 1 > text.length ? app.party.end : Math.max(app.party.end, app.end)),
      rule: "apposition:party",
    });
  }
  if (app.represents) {
    facts.push({
      type: "relation",
      kind: "represents",
      source,
      target: targetRef(app.represents, model),
      evidence: ev(p.start, Math.max(app.represents.end, p.end)),
      rule: "apposition:represents",
    });
  }
  if (app.heading) {
    facts.push({
      type: "relation",
      kind: "represents",
      source,
      target: targetRef(app.heading, model),
      evidence: ev(app.heading.start, p.end),
      rule: "apposition:municipality-heading",
    });
  }
  // `X och Y, Haninge kommun`: X shares Y's organisation when X has none of its own.
  const shared = app.coordinatedWith && app.roles.length === 0 && !app.party ? appositions.get(app.coordinatedWith) : undefined;
  const claims: RoleClaim[] = [];
  for (const r of app.roles) if (!handedOn.has(r)) claims.push(r);
  if (shared) for (const r of shared.roles) if (!r.role && r.target) claims.push(r);
  const coordinated = fromCoordinated.get(p);
  if (coordinated) for (const r of coordinated) claims.push(r);
  const same = sameSeats.get(p);
  if (same) claims.push(same.claim);
  // A function per claim and one for a name with no role, each compiled on its own: one function for all of them
  // was the largest compile of the file, and rules most names never reach were compiled into it.
  for (const claim of claims) claimFacts(c, p, source, claim, claim === same?.claim ? same.body : undefined);
  if (!claims.some((claim) => claim.role)) unseatedFacts(c, p, app, source);
}

/** The facts of one role claim of a name's apposition; `sameBody`: the body of a seat given by `samma gäller`. */
function claimFacts(c: TextReading, p: Mention, source: EntityRef, claim: RoleClaim, sameBody: string | undefined) {
  const { model, text, lexicon, facts, ev, electionsRead } = c;
  // `valdes till kommunstyrelsens ordförande vid ett extrainsatt fullmäktige`: the body after `vid` is where the vote
  // was held; the seat is in the body its title names in the genitive.
  const seatBody =
    claim.elected && claim.target && /^\s+vid\s/.test(text.slice(claim.end, claim.target.start))
      ? bodyOfRole(claim.normalised, lexicon.data.protocol.bodies)
      : undefined;
  let target =
    sameBody !== undefined
      ? bodyRef(sameBody, minutesParent(c))
      : seatBody
        ? bodyRef(seatBody, minutesParent(c))
        : claim.target
          ? targetRef(claim.target, model)
          : undefined;
  let term: { start?: string; end?: string } = {};
  let rule: RuleId = "apposition:role";
  if (!target && (target = officerOfPage(c, claim))) rule = "apposition:page-body";
  // `För kommunstyrelsen` over the signature `X` / `Ordförande`: the body's own office where the lexicon names one
  // (`kommunstyrelsens ordförande`, which a page's municipality places), else the seat in the body.
  // A staff title under an administration's name (`Barn- och utbildningsförvaltningen` over `X` / `Förvaltningschef`)
  // is held there.
  const signed = !target && !claim.elected ? signedFor(c, p, claim) : undefined;
  if (signed) {
    const office = `${signed.body.toLowerCase()}s ${claim.normalised}`;
    if (!signed.unit && lexicon.role(office)) claim = { ...claim, normalised: office };
    else {
      target = bodyRef(signed.body, signed.unit ? undefined : minutesParent(c));
      rule = "apposition:page-body";
    }
  }
  let roster = !target && claim.role ? rosterOf(c, p) : undefined;
  // An official's title under an elected body's heading (`SOCIALNÄMNDEN` over `X / Socialchef`) is not held in it.
  if (roster && !isSeat(claim) && !SEAT_CATEGORIES.has(lexicon.role(claim.normalised ?? "")?.category ?? "") && ELECTED_BODY.test(roster.body.label))
    roster = undefined;
  if (roster) {
    target = roster.body;
    rule = "roster:heading";
    facts.push({ type: "entity", entity: target, evidence: ev(...roster.heading), rule });
  }
  let told: { target: EntityRef; start: number } | undefined;
  let electedOrg: EntityRef | undefined;
  if (!target && claim.role && claim.elected) {
    told = isSeat(claim) ? (whereBody(c, p) ?? toldOrFronted(c, p.start)) : undefined;
    const org = told ? undefined : electedIn(c, p.start, claim.normalised ?? "");
    if (org) target = electedOrg = { kind: "organisation", key: org.id, label: org.label };
    term = termOf(c, p.start);
    rule = "apposition:election";
  } else if (claim.elected) {
    term = termOf(c, p.start);
    rule = "apposition:election";
  }
  // `X (M) valdes som ordförande i kulturnämnden, med Y (C) som förste vice ordförande och Z (S) som andre …`: a
  // seat given with `som` in the sentence of an election is in the body that election names.
  // A seat after `där` is in the body it points back to, elected or not (`Där är fortsatt X ordförande`).
  const carried =
    told ??
    (!target && claim.role && isSeat(claim)
      ? (frontedBody(c, p, claim) ?? electionOfSentence(c, p, claim) ?? whereBody(c, p) ?? presidiumAround(c, claim.start) ?? itsBody(c, p, claim))
      : undefined);
  const electing = carried || target || !claim.role || !isSeat(claim) ? undefined : electingBody(c, p);
  if (carried) {
    target = carried.target;
    rule = "apposition:election";
  } else if (electing) {
    target = electing.target;
    rule = "apposition:electing-body";
  }
  // A seat given by `samma gäller` is quoted from where it is written.
  const from = carried ?? electing ?? (sameBody !== undefined ? claim : undefined);
  const end = Math.max(claim.end, claim.target?.end ?? 0, p.end);
  // `A valdes till ordförande i kulturnämnden, B till vice ordförande`: B's seat is quoted from the body on.
  const before = claim.target && claim.target.start < p.start;
  const evidence = before && claim.elected ? ev(claim.target!.start, Math.max(p.end, claim.end)) : ev(p.start, before ? p.end : end);
  if (target) {
    if (claim.target?.isNew && claim.target.partOf)
      mention(c, targetRef(claim.target.partOf, model), claim.target.partOf.start, claim.target.partOf.end, "apposition:part-of");
    facts.push({
      type: "entity",
      entity: target,
      evidence: seatBody ? ev(claim.start, claim.end) : ev(from?.start ?? claim.target?.start ?? claim.start, claim.target?.end ?? claim.end),
      rule,
    });
    if (claim.target && (rule === "apposition:election" || (isSeat(claim) && SEAT_GIVEN_TILL.test(text.slice(p.end, claim.start)))))
      electionsRead.push({ target, start: p.start, end: claim.target.end });
    facts.push({
      type: "relation",
      kind: "holds_role",
      source,
      target,
      evidence: from ? ev(from.start, end) : evidence,
      rule,
      attrs: { role: claim.role, roleNormalised: claim.normalised, former: claim.former || undefined, ...term },
    });
    // `regionstyrelsens ordförande Region Skåne`: the role names its body in the genitive, a body of the place it
    // is held in, where the person holds the seat the rest of the role names; so too of the organisation an
    // election is held in (`X utsågs till regionstyrelsens ordförande` under a headline naming the region).
    const [owner, ...seat] = (claim.normalised ?? "").split(" ");
    const body =
      ((claim.target && !claim.target.isNew && !seatBody) || electedOrg) && seat.length ? genitiveBodyName(owner, lexicon.data.protocol.bodies) : undefined;
    if (body) {
      const attrs = { role: seat.join(" "), roleNormalised: seat.join(" "), former: claim.former || undefined, ...term };
      facts.push({ type: "relation", kind: "holds_role", source, target: bodyRef(body, target), evidence, rule, attrs });
    }
  } else if (claim.role) roleOnlyFacts(c, p, source, claim, claim.role, evidence);
}

/** A role `role` claimed with no body it is held in. */
function roleOnlyFacts(c: TextReading, p: Mention, source: EntityRef, claim: RoleClaim, role: string, evidence: Evidence) {
  const { text, lexicon, tokens, facts, electionsRead, electedOffices, alsoSeat } = c;
  const fact: Fact = {
    type: "entity",
    entity: withRole(source, { role, roleNormalised: claim.normalised ?? role, former: claim.former || undefined }),
    evidence,
    rule: "apposition:role-only",
  };
  facts.push(fact);
  if (SEAT_ALSO.test(text.slice(p.end, claim.start))) alsoSeat.set(p, { claim, fact });
  // `utsågs X (M) till kommunstyrelsens ordförande`: the verb before the name elects to the role after it too.
  if (claim.elected || (p.from > 0 && ELECT.test(tokens[p.from - 1].text) && ELECTED_TO_AFTER.test(text.slice(p.end, claim.start + 1))))
    electedOffices.add(fact);
  // `A (C) blir kommunstyrelsens ordförande, B (S) blir vice ordförande`: an office elected to names the body the
  // seats of the clauses after it are in.
  const office = claim.elected ? bodyOfRole(claim.normalised, lexicon.data.protocol.bodies) : undefined;
  if (office) electionsRead.push({ target: bodyRef(office, minutesParent(c)), start: p.start, end: claim.end });
}

/** The seat of a name whose apposition claims no role: a post handed to it, a roster's heading, a seat's heading. */
function unseatedFacts(c: TextReading, p: Mention, app: Apposition, source: EntityRef) {
  const { text, facts, ev } = c;
  // `… och ordförandeposten i äldrenämnden till X, KD`: the post of a body handed to the name is X's seat there.
  const from = Math.max(0, p.start - 80);
  // Checked first: the pattern ends in ` till ` right before the name, which most names lack.
  const handed = text.startsWith(" till ", p.start - 6);
  const post = handed ? POST_HANDED_TO.exec(text.slice(from, p.start)) : null;
  if (post) {
    const target = bodyRef(post[2], minutesParent(c));
    const [start, end] = post.indices![2];
    facts.push({ type: "entity", entity: target, evidence: ev(from + start, from + end), rule: "apposition:election" });
    const attrs = { role: post[1], roleNormalised: post[1] };
    facts.push({ type: "relation", kind: "holds_role", source, target, evidence: ev(from + post.index, p.end), rule: "apposition:election", attrs });
  }
  // Listed under a board's or a group's heading with no seat written: a member of it.
  const roster = rosterOf(c, p);
  // Listed under a seat's heading (`Ordförande`, `Vice ordförande`, `Övriga ledamöter` over `X (S), Region Y`).
  const seat = roster ? undefined : seatHeadingOf(c, p);
  if (seat) {
    const page = officerOfPage(c, seat);
    const attrs = { role: seat.role!, roleNormalised: seat.normalised! };
    const evidence = ev(seat.start, p.end);
    if (page) facts.push({ type: "relation", kind: "holds_role", source, target: page, evidence, rule: "apposition:page-body", attrs });
    else facts.push({ type: "entity", entity: withRole(source, attrs), evidence, rule: "left-role:label" });
  }
  if (roster?.seats) {
    // The seat a heading between the body and the name writes (`Ersättare`), else a member's.
    const written = seatHeadingOf(c, p);
    const held = written && isSeat(written) ? written : undefined;
    facts.push({ type: "entity", entity: roster.body, evidence: ev(...roster.heading), rule: "roster:heading" });
    facts.push({
      type: "relation",
      kind: "holds_role",
      source,
      target: roster.body,
      evidence: ev(p.start, Math.max(p.end, app.end)),
      rule: "roster:heading",
      attrs: held ? { role: held.role!, roleNormalised: held.normalised! } : { role: "ledamot", roleNormalised: "ledamot" },
    });
  }
}

/**
 * `kommunstyrelsens ordförande i Huddinge, X`: a role, a preposition and a place, then a comma before the name. Not
 * in a run of speakers (`A (S), kommunstyrelsens ordförande i Huddinge, B, forskare`), where the role is A's.
 */
function roleThenPlace(c: TextReading, p: Mention): { role: Mention; place: Mention } | undefined {
  const { tokens, english, roleEndingAt, placeEndingAt } = c;
  const place = tokens[p.from - 1]?.text === "," ? placeEndingAt.get(p.from - 1) : undefined;
  const role = place && !place.genitive ? roleEndingAt.get(place.from - 1) : undefined;
  // Not after a body's genitive (`polisstyrelsens ordförande i Stockholm, X`): the role is that body's. In English
  // the place follows `of` (`the Mayor of Stockholm, X`).
  const preposition = tokens[role?.to ?? 0]?.text ?? "";
  if (!role || !(/^(i|på|för|vid|hos)$/.test(preposition) || (english && preposition === "of")) || OF_A_BODY.test(tokens[role.from - 1]?.text ?? ""))
    return undefined;
  if (/^[,)]$/.test(tokens[role.from - 1]?.text ?? "") && !tokens[role.from].nl) return undefined;
  return { role, place: place! };
}

/** The role before a copula (token `copula`), right before it or with a preposition and what it is held in between. */
function copulaRole(c: TextReading, copula: number): { role: Mention; target?: EntityRef; start?: number } | undefined {
  const { model, tokens, actx, roleEndingAt, placeEndingAt } = c;
  // `Ekerös nya kommundirektör från och med i höst blir X`: words of a time before the copula, a place's genitive
  // (and `nya`) before the role.
  const end = timeRunBefore(tokens, copula);
  // An abbreviated role keeps its full stop (`2:e vice ordf. valdes X`).
  const role = roleEndingAt.get(end) ?? roleEndingAt.get(copula) ?? (tokens[copula - 1]?.text === "." ? roleEndingAt.get(copula - 1) : undefined);
  if (role) {
    const at = ELECTION_ADJECTIVE.test(tokens[role.from - 1]?.text ?? "") ? role.from - 1 : role.from;
    const owner = placeEndingAt.get(at)?.genitive && !tokens[role.from].nl ? placeEndingAt.get(at) : undefined;
    return {
      role,
      start: owner?.start,
      target:
        owner &&
        targetRef({ kind: owner.kind as "municipality" | "organisation", id: owner.id, label: owner.label, start: owner.start, end: owner.end }, model),
    };
  }
  for (let j = copula - 2; j >= 0 && copula - j <= 5 && !tokens[j + 1].nl; j--) {
    const found = /^(?:i|för|på|vid)$/.test(tokens[j].text) ? roleEndingAt.get(j) : undefined;
    if (!found) continue;
    // `Ny ordförande för 2023 är X`, `för perioden`: when the role is held, no body it is held in.
    if (NOT_WHAT.test(tokens[j + 1].text)) return { role: found };
    const place = placeEndingAt.get(copula);
    if (place && place.from === j + 1 && !place.genitive)
      return {
        role: found,
        target: targetRef({ kind: place.kind as "municipality" | "organisation", id: place.id, label: place.label, start: place.start, end: place.end }, model),
      };
    const body = readBody(j + 1, actx);
    return { role: found, target: body && body.to === copula ? runTarget(c, body.target) : undefined };
  }
  return undefined;
}

/**
 * `Kommunstyrelsens ordförande, X (S), säger`, `förbundets ordförande, X,`, `Det förra kommunalrådet, X (C),`: a
 * role owned in the genitive or no longer held, then the name set off by commas. Not in a run (`A,
 * kommunstyrelsens ordförande, B`), where the title is A's.
 */
function roleThenComma(c: TextReading, p: Mention): Mention | undefined {
  const { text, lexicon, tokens, english, roleEndingAt, placeEndingAt, countyEndingAt } = c;
  if (tokens[p.from - 1]?.text !== "," || tokens[p.from].nl || tokens[p.from - 1].nl) return undefined;
  const role = roleEndingAt.get(p.from - 1);
  if (!role || !/^\s*(?:\([^()\n]{1,6}\)\s*)?,/.test(text.slice(p.end, p.end + 12))) return undefined;
  const bodies = lexicon.data.protocol.bodies;
  // `Kommunstyrelsens ordförande`, and in English a title that names its place (`the mayor of Stockholm, X,`).
  const inRole = role.to - role.from > 1 && (!!genitiveBodyName(tokens[role.from].text, bodies) || (english && / of /i.test(text.slice(role.start, role.end))));
  // A role that opens a line is a label (`Ordförande, X`) unless it names its body: then it opens a sentence.
  if (tokens[role.from].nl && !inRole) return undefined;
  const owner = inRole ? -1 : role.from - 1;
  const was = formerBefore(tokens, role.from);
  // `the town's long-serving Mayor, X,`, `the Mayor, X,`: an English title with its article or owner before it.
  const articled =
    english &&
    !tokens[role.from].nl &&
    THE_OR_OWNER.test(text.slice(Math.max(0, role.start - 40), role.start)) &&
    !NAME_OR_TITLE_AFTER.test(text.slice(p.end, p.end + 60));
  const owned =
    inRole ||
    articled ||
    (owner >= 0 &&
      !tokens[role.from].nl &&
      (!!genitiveBodyName(tokens[owner].text, bodies) ||
        !!placeEndingAt.get(role.from)?.genitive ||
        !!countyEndingAt.get(role.from) ||
        OF_AN_ORGANISATION.test(tokens[owner].text) ||
        was >= 0));
  const first = inRole ? role.from : (placeEndingAt.get(role.from)?.from ?? countyEndingAt.get(role.from)?.from ?? (was >= 0 ? was : owner));
  return owned && (tokens[first].nl || !/^[,)]$/.test(tokens[first - 1]?.text ?? "")) ? role : undefined;
}

/** A numbered item on its own line (`§ 12. Till …`, `12. Till …`) opens a paragraph of its own. */
function sameParagraph(c: TextReading, from: number, to: number) {
  const { text } = c;
  return to - from < 400 && !NEW_PARAGRAPH.test(text.slice(from, to));
}

/**
 * `Till ordförande i socialnämnden för perioden 2023–2026 väljs X (S)`, `Som förste vice ordförande valdes X`,
 * `beslutar att till ledamöter i styrelsen välja X (S) och Y (M)`: the role a clause elects its people to, and the
 * body it names. The clause runs back from the verb before its list of people to `Till`/`Som` and the role.
 */
function electedTo(c: TextReading, p: Mention): Election | undefined {
  const { tokens, gazetteerAt, appositions, roleEndingAt, personEndingAt, electedBy } = c;
  // The rarer clauses are read by functions of their own, so that V8 compiles this one, which every name runs, small.
  const role = roleEndingAt.get(p.from);
  const joined = role && electionJoinedBefore(c, role);
  if (joined) return joined;
  // `Till ordförande valdes X (M), Y (V) valdes till vice ordförande`: Y's own clause elects Y.
  if (appositions.get(p)?.roles.some((r) => r.elected && r.role)) return undefined;
  const setOff = tokens[p.from - 1]?.text === "," && !tokens[p.from].nl ? electionSetOff(c, p) : undefined;
  if (setOff) return setOff;
  let k = p.from - 1;
  // Back over the people elected before this one: `X (S), Y (M) och`; the list's last elected one's clause is this
  // one's, however long the list.
  while (k >= 0 && p.from - k < 60) {
    const t = tokens[k];
    const earlier = personEndingAt.get(k);
    const theirs = earlier && electedBy.get(earlier);
    if (theirs) return theirs;
    if (earlier) k = earlier.from - 1;
    // `X (M) tillika ordförande, Y (C)`: past the seat an earlier one holds besides.
    else if (tokens[(roleEndingAt.get(k + 1)?.from ?? 0) - 1]?.text === "tillika") k = roleEndingAt.get(k + 1)!.from - 2;
    // `Till kommunalråd valdes` over `• X (M)`, `• Y (C)`: a bullet opening the line of each name listed.
    else if (t.nl && /^[•·▪*–-]$/.test(t.text)) k--;
    else if (/^(?:,|och|samt|\(|\)|nyval|omval)$/i.test(t.text) || (tokens[k + 1]?.text === ")" && tokens[k - 1]?.text === "(")) k--;
    else break;
  }
  // `Till övriga ledamöter valdes: X (S), Y (M)`: the list may follow the verb after a colon.
  if (tokens[k]?.text === ":" && !tokens[k + 1]?.nl) k--;
  // `valdes Centerpartiets kandidat X (C)`: the party that put the name forward stands between the verb and the name.
  if (NOMINEE.test(tokens[k]?.text ?? "") && gazetteerAt.get(k - 1)?.kind === "party" && gazetteerAt.get(k - 1)!.to === k) k -= 2;
  return ELECT.test(tokens[k]?.text ?? "") ? electionBefore(c, k) : undefined;
}

/**
 * The election of a name whose role, right before it, is joined to the election before: `… valdes X (S) och som andre
 * vice ordförande Y (C)`, where the verb before elects this one too.
 */
function electionJoinedBefore(c: TextReading, role: Mention): Election | undefined {
  const { text, tokens, personEndingAt, electedBy } = c;
  let opener = role.from - 1;
  while (opener > 0 && ELECTION_ADJECTIVE.test(tokens[opener].text)) opener--;
  // Also after the note closing the entry before (`valdes X, s, (omval) till 1:e vice ordförande Y`).
  if (/^(?:som|till)$/.test(tokens[opener]?.text ?? "") && /^(?:och|samt|,|\))$/.test(tokens[opener - 1]?.text ?? "")) {
    const from = tokens[opener].start;
    if (c.lastElection && sameParagraph(c, c.lastElection.end, from) && !/[.;:!?]/.test(text.slice(c.lastElection.end, from)))
      return { role, body: undefined, start: from, clause: text.slice(from, role.end) };
  }
  // `Till fullmäktiges ordförande valdes X (C), vice ordförande Y (M) och andre vice ordförande Z (S)`: a role and a
  // name joined to an elected one's list are elected by the same verb, each to the role written before the name.
  if (/^(?:och|samt|,)$/.test(tokens[opener]?.text ?? "")) {
    let k = opener - 1;
    if (tokens[k]?.text === ")" && tokens[k - 2]?.text === "(") k -= 3;
    const earlier = personEndingAt.get(k);
    const theirs = earlier && electedBy.get(earlier);
    if (theirs) return { role, body: undefined, start: tokens[opener + 1].start, clause: text.slice(tokens[opener + 1].start, role.end) };
  }
  return undefined;
}

/**
 * `valdes ny ordförande för kommunfullmäktige, X (M), till vice ordförande …`: the verb and its role before a name
 * that a comma sets off.
 */
function electionSetOff(c: TextReading, p: Mention): Election | undefined {
  const { text, tokens, gazetteerAt } = c;
  const k = p.from - 1;
  let v = k - 1;
  while (v > 0 && k - v < 8 && !ELECT.test(tokens[v].text) && !/^[.;:!?,]$/.test(tokens[v].text)) v--;
  let r = v + 1;
  while (ELECTION_ADJECTIVE.test(tokens[r]?.text ?? "")) r++;
  const role = ELECT.test(tokens[v]?.text ?? "") ? gazetteerAt.get(r) : undefined;
  return role?.kind === "role" && role.to < k
    ? { role, ...bodyOfElection(c, role, k), start: tokens[v].start, clause: text.slice(tokens[v].start, tokens[k].start) }
    : undefined;
}

/**
 * The election whose verb is token `k`, by the clause before it that opens with its role (`Till ordförande i
 * socialnämnden väljs`). Apart from `electedTo`, whose optimised code every person runs: few names follow such a verb.
 */
function electionBefore(c: TextReading, k: number): Election | undefined {
  const { text, tokens, gazetteerAt, personEndingAt } = c;
  for (let j = k - 1; j >= 0 && k - j <= 30; j--) {
    // A stop ends the clause; not one inside a word (`1:e vice ordförande`, `1.a`) or a title's abbreviation (`2:e vice ordf.`).
    const abbreviation = tokens[j].text === "." && tokens[j - 1]?.end === tokens[j].start && TITLE_ABBREVIATION.test(tokens[j - 1].text);
    if (/^[.;:!?]$/.test(tokens[j].text) && !abbreviation && !(tokens[j - 1]?.end === tokens[j].start && tokens[j + 1].start === tokens[j].end))
      return undefined;
    // Another person in the clause is whom its role is (`När X återkom som statsminister utsågs Y`), unless the
    // one elected replaces them (`Till ersättare efter X (S) väljs Y`).
    const other = personEndingAt.get(j);
    if (other && tokens[other.from - 1]?.text !== "efter") return undefined;
    if (!opensElection(c, j)) continue;
    // `Till ny ordförande`, `Till övriga ledamöter`: words that qualify the role. `Till regionstyrelsens ersättare`:
    // the body it is held in, in the genitive; kept in the role, as `kommunstyrelsens ordförande` is.
    let r = j + 1;
    while (ELECTION_ADJECTIVE.test(tokens[r]?.text ?? "")) r++;
    const owner = OF_A_BODY.test(tokens[r]?.text ?? "") && gazetteerAt.get(r + 1)?.kind === "role" ? r++ : -1;
    const found = gazetteerAt.get(r);
    if (found?.kind !== "role") continue;
    const role = owner < 0 ? found : { ...found, from: owner, start: tokens[owner].start };
    return { role, ...bodyOfElection(c, role, k), start: tokens[j].start, clause: text.slice(tokens[j].start, tokens[k].start) };
  }
  return undefined;
}

/** The body an election's role at `role` is held in, said before token `k`, and whether it is the meeting's office. */
function bodyOfElection(c: TextReading, role: Mention, k: number): { body?: Target; meeting?: true } {
  const { lexicon, tokens, actx } = c;
  const prep = tokens[role.to]?.text;
  // `i socialnämndens arbetsutskott`: the body is the noun its owner's genitive goes with (readBody takes the owner in).
  const at = OF_A_BODY.test(tokens[role.to + 1]?.text ?? "") && tokens[role.to + 2]?.word && !tokens[role.to + 2].cap ? role.to + 2 : role.to + 1;
  // `Till sekreterare för mötet`, `Till ordförande för perioden 2023–2026`: the meeting or a term, no body; an
  // office of the meeting is no body's either, so none is carried to it.
  const scope = (prep === "i" || prep === "för") && at < k ? NOT_A_BODY.exec(tokens[at].text) : null;
  // Held in the body said after the role, or in the one a role of the lexicon names (`Till ordförande i
  // kommunstyrelsen valdes A`, `Till kommunstyrelsens ordförande valdes A`), which the next clause's role is too
  // (`, till 1:e vice ordförande B`).
  // Not after an article (`Till kommunalråd i det nya styret`: the ruling coalition, no body's name).
  const said = (prep === "i" || prep === "för") && at < k && !scope && !/^(?:den|det|de|en|ett)$/.test(tokens[at].text) ? readBody(at, actx) : undefined;
  const named = said ? undefined : bodyOfRole(role.id, lexicon.data.protocol.bodies);
  const body: Target | undefined = said
    ? said.to <= k
      ? said.target
      : undefined
    : named
      ? { kind: "organisation", id: named, label: named, start: role.start, end: role.end, isNew: true }
      : undefined;
  return { body, meeting: scope?.[1] ? true : undefined };
}

/**
 * Whether token `j` opens an election's clause with its role: `Till …`, `Som …`, `att till …`, `, till …` (a clause
 * joined to one before it: `Till ordförande valdes X, till vice ordförande valdes Y`), `Ny som …`; not `som` or
 * `till` inside a sentence.
 */
function opensElection(c: TextReading, j: number) {
  const { tokens } = c;
  const word = tokens[j].text;
  const before = tokens[j - 1]?.text ?? "";
  if (word === "Till" || word === "Som") return true;
  if (word === "till") return before === "att" || before === "," || before === "och" || before === "samt";
  return word === "som" && /^Nya?$|^Nytt$/.test(before) && (j < 2 || /^[.!?:]$/.test(tokens[j - 2].text) || tokens[j - 1].nl);
}

/**
 * A unit a run's title is held in: in minutes a body of the header's municipality or region, as the body that met is.
 */
function runTarget(c: TextReading, target: Target): EntityRef {
  const { model } = c;
  return target.isNew && !target.partOf ? bodyRef(target.label, minutesParent(c)) : targetRef(target, model);
}

function runTitleFacts(c: TextReading, p: Mention, title: RoleClaim) {
  const { facts, ev, ref } = c;
  const attrs = { role: title.role!, roleNormalised: title.normalised ?? title.role!, former: title.former || undefined };
  const evidence = ev(title.start, p.end);
  if (!title.target) {
    facts.push({ type: "entity", entity: withRole(ref(p), attrs), evidence, rule: "left-role:run" });
    return;
  }
  const target = runTarget(c, title.target);
  facts.push({ type: "entity", entity: target, evidence: ev(title.target.start, title.target.end), rule: "left-role:run" });
  facts.push({ type: "relation", kind: "holds_role", source: ref(p), target, evidence, rule: "left-role:run", attrs });
}

/**
 * `X (M) valdes till ordförande för Kommunfullmäktige. Till 1:e vice ordförande valdes Y`: the election of a body
 * written after the name, earlier in the paragraph, is the one the clause at `offset` goes on; quoted from it.
 */
function electedAfterName(c: TextReading, offset: number): { target: EntityRef; start: number } | undefined {
  const { model, text, people, appositions } = c;
  let found: { target: EntityRef; start: number } | undefined;
  for (const q of people) {
    if (q.end > offset) break;
    const claim = appositions.get(q)?.roles.find((r) => r.role && r.target && r.start >= q.end && /\btill\s+(?:ny\s+)?$/.test(text.slice(q.end, r.start)));
    if (claim && sameParagraph(c, q.end, offset)) found = { target: targetRef(claim.target!, model), start: q.start };
  }
  return found;
}

/**
 * `X (M) valdes till kommunstyrelsens ordförande.` … `Till vice ordförande valdes Y`: a seat whose clause names no
 * body, paragraphs on in the same section, is in the body the election read before it named; in a news item, else
 * in the one body its headline elects to (`X vald till ordförande i kommunstyrelsen`).
 */
function earlierElection(c: TextReading, offset: number): { target: EntityRef; start: number } | undefined {
  const { doc, lexicon, electionsRead } = c;
  let k = electionsRead.length - 1;
  while (k >= 0 && electionsRead[k].end > offset) k--;
  if (k >= 0 && sectionOf(c, electionsRead[k].start) === sectionOf(c, offset)) return electionsRead[k];
  const headline = doc.genre === "minutes" ? undefined : sections(c).find((x) => x.title !== undefined);
  if (!headline?.title || headline.titleStart! > offset || !ELECTED_HEADLINE.test(headline.title)) return undefined;
  const bodies = [...headline.title.matchAll(BODY_WORD)];
  const names = new Set(bodies.map((m) => (genitiveBodyName(m[0], lexicon.data.protocol.bodies) ?? m[0]).toLowerCase()));
  if (names.size !== 1) return undefined;
  const name = genitiveBodyName(bodies[0][0], lexicon.data.protocol.bodies) ?? bodies[0][0];
  return { target: bodyRef(name, minutesParent(c)), start: headline.titleStart! + bodies[0].index };
}

function ownerTarget(owner: Mention): Target {
  return {
    kind: owner.kind as "municipality" | "organisation",
    id: owner.id,
    label: owner.label,
    start: owner.start,
    end: owner.end,
  };
}

/**
 * The names listed after `p` (`A (S), B (V) och C (C)`), when `och` closes the list and none has a role of its own.
 */
function listedAfter(c: TextReading, p: Mention): Mention[] {
  const { text, people, appositions } = c;
  const listed: Mention[] = [];
  for (let k = people.indexOf(p) + 1, prev = p; k < people.length; prev = people[k++]) {
    const between = text.slice(prev.end, people[k].start);
    if (appositions.get(people[k])!.roles.some((r) => r.role)) return [];
    if (LIST_COMMA.test(between)) listed.push(people[k]);
    else return LIST_AND.test(between) ? [...listed, people[k]] : [];
  }
  return [];
}

/** The body of the office of the name whose clause ends right before the seat at `role`, joined by `,` or `och` (past its party). */
function joinedOfficeBody(c: TextReading, role: Mention): string | undefined {
  const { tokens, bodyOfCopula } = c;
  let k = role.from - 1;
  if (!/^(?:,|och)$/.test(tokens[k]?.text ?? "") || tokens[role.from].nl) return undefined;
  k--;
  if (tokens[k]?.text === ")" && tokens[k - 2]?.text === "(") k -= 3;
  return bodyOfCopula.get(k + 1);
}

/** The label of the list inside a sentence the name is an item of, and the body its lead-in names (`i <body>:`). */
function inlineLabel(c: TextReading, p: Mention): { role: Mention; body?: string } | undefined {
  const { text, gazetteer } = c;
  // The window's own line only, looked for inside the window: a search back through a long line for every name cost
  // time quadratic in the line.
  const reach = Math.max(0, p.start - INLINE_REACH);
  const windowText = text.slice(reach, p.start);
  const line = windowText.lastIndexOf("\n") + 1;
  // Checked first: a lead-in ends in a colon, which most lines before a name lack, and the pattern costs.
  if (windowText.indexOf(":", line) < 0) return undefined;
  const lead = INLINE_LEAD.exec(windowText.slice(line));
  if (!lead) return undefined;
  const from = reach + line + lead.index + lead[0].length;
  const run = INLINE_RUN.exec(text.slice(from, p.start));
  if (!run) return undefined;
  if (!c.rolesByStart) {
    c.rolesByStart = new Map();
    for (const g of gazetteer) if (g.kind === "role" && !c.rolesByStart.has(g.start)) c.rolesByStart.set(g.start, g);
  }
  const role = c.rolesByStart.get(from + run.indices![1][0]);
  return role && { role, body: BODY.test(lead[1]) ? lead[1] : undefined };
}

function leftRoleFacts(c: TextReading, p: Mention) {
  const {
    model,
    text,
    lexicon,
    tokens,
    facts,
    ev,
    gazetteerAt,
    personAt,
    ref,
    actx,
    appositions,
    electedOffices,
    alsoSeat,
    roleEndingAt,
    placeEndingAt,
    countyEndingAt,
    electedBy,
    bodyOfCopula,
  } = c;
  const chosen = electedTo(c, p);
  if (chosen) {
    electedBy.set(p, chosen);
    const { role, body } = chosen;
    const attrs = { role: text.slice(role.start, role.end).toLowerCase(), roleNormalised: role.id };
    const term = TERM.exec(chosen.clause);
    // No body of its own: the one the election before it in the paragraph named, quoted with it.
    const carried =
      body || chosen.meeting
        ? undefined
        : c.lastElection?.target && sameParagraph(c, c.lastElection.end, chosen.start)
          ? c.lastElection
          : (electedAfterName(c, chosen.start) ??
            (isSeat({ normalised: role.id }) ? (toldElection(c, chosen.start) ?? earlierElection(c, chosen.start)) : undefined));
    const org = body || carried || chosen.meeting ? undefined : titleOrg(c, p.start);
    const target = body
      ? bodyRef(body.label, minutesParent(c))
      : (carried?.target ?? (org && ({ kind: "organisation", key: org.id, label: org.label } as EntityRef)));
    const evidence = ev(carried?.start ?? chosen.start, p.end);
    c.lastElection = { target, start: carried?.start ?? chosen.start, end: p.end };
    if (target)
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target,
        evidence,
        rule: "left-role:elected",
        attrs: { ...attrs, ...(term ? { start: term[1], end: term[2] } : {}) },
      });
    else facts.push({ type: "entity", entity: withRole(ref(p), attrs), evidence, rule: "left-role:elected" });
    // `Till kommunstyrelsens ordförande, tillika kommunalråd, valdes X`, `till ledamot i nämnden, och tillika
    // ordförande, valdes Y`: the office set off in the clause is X's too, a seat in the election's body, another
    // office as its own title (a municipality's, which the page places).
    const verb = chosen.start + chosen.clause.length;
    let tillika = role.to;
    while (tillika < p.from && tokens[tillika].start < verb && tokens[tillika].text !== "tillika") tillika++;
    const setOff = tokens[tillika - 1]?.text === "," || (tokens[tillika - 1]?.text === "och" && tokens[tillika - 2]?.text === ",");
    const office = setOff && tokens[tillika].text === "tillika" ? gazetteerAt.get(tillika + 1) : undefined;
    if (office?.kind === "role" && tokens[office.to]?.text === "," && tokens[office.to].start < verb) {
      const besides = { role: text.slice(office.start, office.end).toLowerCase(), roleNormalised: office.id };
      if (target && isSeat({ normalised: office.id }))
        facts.push({ type: "relation", kind: "holds_role", source: ref(p), target, evidence, rule: "left-role:elected", attrs: besides });
      else {
        const fact: Fact = { type: "entity", entity: withRole(ref(p), besides), evidence, rule: "left-role:elected" };
        facts.push(fact);
        electedOffices.add(fact);
      }
    }
    // `Till ledamöter i utskottet valdes: X (M) tillika ordförande, …`: that seat too, in the list's body.
    const also = target && alsoSeat.get(p);
    if (also) {
      const { claim, fact } = also;
      facts.splice(facts.indexOf(fact), 1, {
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target,
        evidence: ev(evidence.start, claim.end),
        rule: "left-role:elected",
        attrs: { role: claim.role!, roleNormalised: claim.normalised ?? claim.role! },
      });
    }
    return;
  }
  // `… ledamöter och ersättare i regionfullmäktige: Ledamöter: A (S) Ekby, B (M). Ersättare: C (C)`: every name
  // of a label's list inside the sentence holds its seat, in the body the lead-in names.
  const inline = inlineLabel(c, p);
  if (inline) {
    const attrs = { role: inline.role.label.toLowerCase(), roleNormalised: inline.role.id };
    const evidence = ev(inline.role.start, p.end);
    if (inline.body)
      facts.push({
        type: "relation",
        kind: "holds_role",
        source: ref(p),
        target: bodyRef(inline.body, minutesParent(c)),
        evidence,
        rule: "left-role:label",
        attrs,
      });
    else facts.push({ type: "entity", entity: withRole(ref(p), attrs), evidence, rule: "left-role:label" });
    return;
  }
  // `Redaktör: X`, `Kontaktperson:` on the line above the name.
  const label = labelRole(p, actx);
  if (label?.target) {
    const attrs = { role: label.role!, roleNormalised: label.normalised! };
    const evidence = ev(label.start, p.end);
    facts.push({ type: "relation", kind: "holds_role", source: ref(p), target: runTarget(c, label.target), evidence, rule: "left-role:label", attrs });
    return;
  }
  const page = label && officerOfPage(c, label);
  if (label && page) {
    const attrs = { role: label.role!, roleNormalised: label.normalised! };
    const evidence = ev(label.start, p.end);
    facts.push({ type: "relation", kind: "holds_role", source: ref(p), target: page, evidence, rule: "apposition:page-body", attrs });
    return;
  }
  if (label) {
    const role = { role: label.role!, roleNormalised: label.normalised! };
    facts.push({ type: "entity", entity: withRole(ref(p), role), evidence: ev(label.start, p.end), rule: "left-role:label" });
    return;
  }
  const before = tokens[p.from - 1];
  // `1:e vice ordförandeKarl Ek`: captions run together, the title glued to the name is the caption's before it.
  if (!before || tokens[p.from].nl || /\p{L}/u.test(text[p.start - 1] ?? "")) return;
  const source = ref(p);
  // The title written before the name in a run is its own (`kommundirektör X`, `enhetschef X`, `Socialförvaltningen,
  // enhetschef X`) unless the run puts titles after names (`A, kommundirektör X, ekonom`): then it is A's.
  let title = runTitle(p, actx);
  // `vd X, Y Turism AB`, `kommundirektör X på Länsstyrelsen Y`: a title that names no place of its own is held where
  // the name's apposition places the person right after it, or that of the titled name it is coordinated with
  // (`regionråd A och regionråd B från Region Y`); not in what prose names after it (`minister X i SVT`).
  // Not a minister's (`minister X på Aftonbladets debattsida`), nor an owner in the genitive.
  const workplace = (q: Mention) =>
    appositions
      .get(q)
      ?.roles.find((r) => !r.role && r.target && (isCompany(r.target) || (AT_WORK.test(text.slice(q.end, r.target.start)) && !ownsNext(r.target))))?.target;
  const ownsNext = (target: Target) => text[target.end - 1] === "s" && !target.label.endsWith("s");
  const app = appositions.get(p);
  const employer =
    title && !title.target && !isMinister(title.normalised, lexicon)
      ? (workplace(p) ?? (app?.coordinatedWith && app.roles.length === 0 ? workplace(app.coordinatedWith) : undefined))
      : undefined;
  // `Ålderspresident X (S) är kommunfullmäktiges ordförande`: or in the body the title after the copula names in the
  // genitive (the lexicon's `kommunfullmäktiges ordförande`).
  const copula = title && !title.target && !employer ? app?.roles.find((r) => r.role && COPULA_AFTER_NAME.test(text.slice(p.end, r.start))) : undefined;
  const copulaBody = copula && genitiveBodyName(copula.role!.split(" ")[0], lexicon.data.protocol.bodies);
  if (employer) title = { ...title!, target: employer };
  else if (copulaBody)
    title = { ...title!, target: { kind: "organisation", id: copulaBody, label: copulaBody, start: copula!.start, end: copula!.end, isNew: true } };
  // `De ordinarie ledamöterna är X, Y och Z`: the plural seat before the copula is each listed name's, in the
  // singular (`runTitle`), the first's too.
  if (title && COPULA.has(before.text) && seatOfPlural(text.slice(title.start, title.end))) {
    runTitleFacts(c, p, title);
    return;
  }
  let roleMention = title ? roleEndingAt.get(p.from) : undefined;
  // Whose the role is: a genitive right before it (`Nackas kommunstyrelseordförande X`), or a place after it; past a
  // word that says when (`Nackas nya kommundirektör X`, `Mälardalsrådets nuvarande ordförande X`).
  // The bound tested, not read past: a read of `tokens[-1]` deoptimised this.
  const ownerEnd = (role: Mention) => (role.from > 0 && NEW_ADJECTIVE.test(tokens[role.from - 1].text) ? role.from - 1 : role.from);
  let owner = roleMention && placeEndingAt.get(ownerEnd(roleMention));
  if (!owner?.genitive || insidePersonName(owner.from, personAt)) owner = undefined;
  // `Jönköpings läns nya landshövding X`: a county's genitive, as a place's, says where the role is held.
  const countyOf = (role: Mention) => (!tokens[role.from].nl ? countyEndingAt.get(ownerEnd(role)) : undefined);
  let county = roleMention && !owner ? countyOf(roleMention) : undefined;
  const withPlace = roleMention ? undefined : roleThenPlace(c, p);
  if (withPlace) ({ role: roleMention, place: owner } = withPlace);
  else if (!roleMention && (roleMention = roleThenComma(c, p))) {
    owner = placeEndingAt.get(roleMention.from)?.genitive ? placeEndingAt.get(roleMention.from) : undefined;
    // `Jönköpings läns landshövding, X`: the county's genitive before the title and its comma, as without the comma.
    if (!owner) county = countyOf(roleMention);
  }
  // `Bildningsutskottets ordförande X` in minutes: a body of the header's municipality or region (elsewhere the body
  // would be one node for every place that has one, so the role stays the person's). The lexicon's
  // `kommunstyrelsens ordförande` holds the body's word in the role.
  const bodies = lexicon.data.protocol.bodies;
  const bodyWord =
    owner || !roleMention
      ? undefined
      : roleMention.to - roleMention.from > 1 && genitiveBodyName(tokens[roleMention.from].text, bodies)
        ? tokens[roleMention.from]
        : tokens[roleMention.from].nl
          ? undefined
          : tokens[roleMention.from - 1];
  const bodyName = bodyWord && genitiveBodyName(bodyWord.text, bodies);
  const ofBody = bodyName ? minutesParent(c) : undefined;
  let elected = false;
  let heldIn: EntityRef | undefined;
  let heldFrom: number | undefined;
  // After a verb of election the seat is the name's unless the name is elected to another (`utsågs X till Y`).
  const electedAfter = ELECT.test(before.text) && !ELECTED_TO_AFTER.test(text.slice(p.end, p.end + 24));
  if (!roleMention && (/^(blev|blir|är|var|heter)$/i.test(before.text) || electedAfter)) {
    // `Ordförande i styrelsen är X`, `Ordförande i Region Y är X`, `Vice ordförande valdes X`: what the role is held in,
    // between it and the copula or the verb of the election.
    const copula = copulaRole(c, p.from - 1);
    roleMention = copula?.role;
    heldIn = copula?.target;
    heldFrom = copula?.start;
    elected = roleMention !== undefined;
    // `Fullmäktiges ordförande är A (M), vice ordförande är B (L) och …`: a seat joined to an office of a body
    // the clause before names is in that body, and so on along the sentence.
    const joined = roleMention && !heldIn && isSeat({ normalised: roleMention.id }) ? joinedOfficeBody(c, roleMention) : undefined;
    if (joined) heldIn = bodyRef(joined);
    const officeBody = roleMention && (joined ?? bodyOfRole(roleMention.id, lexicon.data.protocol.bodies));
    if (officeBody) bodyOfCopula.set(p.to, officeBody);
    // `Styrelsen beslutade att utse en ny ordförande. Ny ordförande för 2024 är X`: a seat in the body told to fill
    // it (a copula says who holds a seat, an election of it only after one: not after `Styrelsen valde företrädare`).
    const seat = roleMention?.id.split(" ").pop();
    const told = elected && !heldIn && isSeat({ normalised: roleMention!.id }) ? toldElection(c, p.start, seat) : undefined;
    if (told) [heldIn, heldFrom] = [told.target, told.start];
  }
  // `Regionstyrelsens presidium med ordförande A (M) och vice ordförande B (S)`: each seat in the presidium's body.
  const presidium = roleMention && !heldIn && !owner && !ofBody && isSeat({ normalised: roleMention.id }) ? presidiumAround(c, roleMention.start) : undefined;
  if (presidium) [heldIn, heldFrom] = [presidium.target, presidium.start];
  const credit = photoCreditBefore(tokens, p.from);
  if (credit >= 0) {
    facts.push({
      type: "entity",
      entity: withRole(source, { role: "fotograf", roleNormalised: "fotograf" }),
      evidence: ev(tokens[credit].start, p.end),
      rule: "photo-credit",
    });
    return;
  }
  if (!roleMention) {
    // A title the lexicon lacks (`enhetschef X`) or held where it says (`förvaltningschef för Intern Service X`).
    if (title && !withPlace) runTitleFacts(c, p, title);
    return;
  }
  // `social- och skolchef X`: a first part joined to the title by `- och` is written with it.
  const written = text
    .slice(tokens[tokens[roleMention.from].nl ? roleMention.from : joinedStart(tokens, roleMention.from)].start, roleMention.end)
    .toLowerCase();
  // `Den tidigare kommundirektören X`, `f.d. regionrådet X`: a role the person held once.
  const formerFrom = formerBefore(tokens, roleMention.from);
  const former = formerFrom >= 0 || undefined;
  const evidence = ev(
    Math.min(
      former ? tokens[formerFrom].start : roleMention.start,
      owner?.start ?? county?.start ?? heldFrom ?? (ofBody ? bodyWord!.start : roleMention.start),
    ),
    p.end,
  );
  // `Ordförande är X` on a page about a body: the seat is the body's; a unit's staff title (`Enhetschef är X`) is not.
  const org = elected && !heldIn && !STAFF.has(lexicon.role(roleMention.id)?.category ?? "") ? electedIn(c, p.start, roleMention.id) : undefined;
  // `the Mayor of Stockholm X`: a title of the lexicon that names its municipality.
  const named = placeInTitle(roleMention, { tokens, lexicon });
  // Held where its owner says, or in the organisation the section's title names when elected to it.
  const held = ofBody
    ? {
        target: bodyRef(bodyName!, ofBody),
        rule: "left-role:of" as const,
        term: {},
      }
    : owner
      ? {
          target: targetRef(countyOfOffice(roleMention.id, ownerTarget(owner), lexicon) ?? ownerTarget(owner), model),
          rule: "left-role:of" as const,
          term: {},
        }
      : county
        ? { target: bodyRef(county.label), rule: "left-role:of" as const, term: {} }
        : heldIn
          ? { target: heldIn, rule: "left-role:election" as const, term: termOf(c, p.start) }
          : org
            ? { target: { kind: "organisation" as const, key: org.id, label: org.label }, rule: "left-role:election" as const, term: termOf(c, p.start) }
            : title?.target
              ? { target: runTarget(c, title.target), rule: "left-role:run" as const, term: {} }
              : named && { target: targetRef(named, model), rule: "left-role:of" as const, term: {} };
  if (held) {
    const { target, rule } = held;
    facts.push({
      type: "relation",
      kind: "holds_role",
      source,
      target,
      evidence: rule === "left-role:run" ? ev(title!.start, p.end) : evidence,
      rule,
      attrs: { role: written, roleNormalised: roleMention.id, former, ...held.term },
    });
    if (owner?.kind === "municipality" && !former && SEAT_CATEGORIES.has(lexicon.role(roleMention.id)?.category ?? ""))
      facts.push({ type: "relation", kind: "represents", source, target, evidence, rule });
    // `Övriga ledamöter i kommunstyrelsen blir A (S), B (V) och C (C)`: a seat elected in the plural is each listed one's.
    if (rule === "left-role:election" && written !== roleMention.id && PLURAL.test(written))
      for (const q of listedAfter(c, p))
        facts.push({
          type: "relation",
          kind: "holds_role",
          source: ref(q),
          target,
          evidence: ev(evidence.start, q.end),
          rule,
          attrs: { role: written, roleNormalised: roleMention.id, ...held.term },
        });
  } else {
    // On a page headed by a body, a seat written before the name (`vice ordförande är X`, `, 3:e vice ordförande Y`) is in it.
    const claim = { role: written, normalised: roleMention.id, former: false, elected: false, start: roleMention.start, end: roleMention.end };
    const page = former ? undefined : officerOfPage(c, claim);
    const attrs = { role: written, roleNormalised: roleMention.id, former };
    if (page) facts.push({ type: "relation", kind: "holds_role", source, target: page, evidence, rule: "apposition:page-body", attrs });
    else {
      const fact: Fact = { type: "entity", entity: withRole(source, attrs), evidence, rule: "left-role" };
      facts.push(fact);
      // `Kommunstyrelsens ordförande blir X (M)`: an office before the copula is taken, as one elected to after it.
      if (elected) electedOffices.add(fact);
    }
  }
}

/**
 * `vänsterpartiets X`, `moderaten X`, `Moderaternas gruppledare X`, `regionens moderate ordförande X`: a party's
 * genitive, member noun or adjective right before the name, or before its title, is the person's party.
 */
function partyBefore(c: TextReading, p: Mention) {
  const { model, lexicon, tokens, facts, ev, gazetteerAt, ref, appositions, roleEndingAt } = c;
  if (appositions.get(p)!.party || p.from === 0 || tokens[p.from].nl) return;
  let k = (roleEndingAt.get(p.from)?.from ?? p.from) - 1;
  if (k < 0 || tokens[k + 1].nl) return;
  // `Centerpartiets veteranpolitiker X`: past a noun that describes the politician, the party's genitive before it.
  if (k > 0 && !tokens[k].cap && !tokens[k].nl && !gazetteerAt.has(k) && POLITICIAN_NOUN.test(tokens[k].text)) k--;
  // `Moderaternas tidigare gruppledare X`, `… f.d. ordförande X`: past the words saying the title was held before.
  const was = formerBefore(tokens, k + 1);
  if (was > 0) k = was - 1;
  // `KD:s X`, `MP:s gruppledare X`: an abbreviation's genitive, written with a colon.
  let colonGenitive = false;
  if (k >= 2 && tokens[k].text === "s" && tokens[k - 1].text === ":" && tokens[k].start === tokens[k - 1].end && tokens[k - 1].start === tokens[k - 2].end) {
    const abbreviation = gazetteerAt.get(k - 2);
    if (abbreviation?.kind !== "party" || abbreviation.to !== k - 1) return;
    k -= 2;
    colonGenitive = true;
  }
  const g = gazetteerAt.get(k);
  const party = g
    ? g.kind === "party" && (g.genitive || colonGenitive) && g.to === k + 1
      ? g.id
      : undefined
    : tokens[k].word
      ? partyOfWord(tokens[k].text, lexicon)
      : undefined;
  if (party)
    facts.push({
      type: "relation",
      kind: "member_of",
      source: ref(p),
      target: partyRef(party, model),
      evidence: ev(tokens[k].start, p.end),
      rule: "apposition:party",
    });
}

/**
 * The people a document's header lists (field lines of minutes and e-mails, or an inline protocol header of minutes),
 * and the text they take, which the other readers of people leave alone.
 */
function readHeader(
  doc: DocumentRecord,
  tokens: Token[],
  gazetteerAt: Map<number, Mention>,
  model: ExtractionModel,
): { listed: ListedPerson[]; takenRanges: [number, number][]; protocol: ProtocolHeader | undefined; fields?: ProtocolHeader } {
  const { text } = doc;
  const { lexicon } = model;
  const listed: ListedPerson[] = [];
  const takenRanges: [number, number][] = [];
  if (doc.genre === "minutes" || doc.genre === "email") {
    // One context for all the fields: a field of given names alone lets the later ones name people so.
    const ctx: ListContext = { tokens, text, gazetteerAt, lexicon, partyByAbbreviation: model.partyByAbbreviation, roleSuffixes: model.roleSuffixes };
    for (const span of peopleFieldSpans(text, lexicon.data.protocol, lexicon.isGivenName)) {
      listed.push(...readPeopleList(span.name, span.start, span.end, ctx));
      takenRanges.push([span.start, span.end]);
    }
  }
  // A federation's roll of delegates in its minutes' prose: the meeting's people, as a header's are.
  const roll = doc.genre === "minutes" ? readRoll(tokens, text) : [];
  for (const entry of roll) {
    listed.push(entry);
    takenRanges.push([entry.start, entry.end]);
  }
  // Minutes whose fields stand inline (flattened from PDF, tables turned into runs) are read as a protocol header.
  let protocol: ProtocolHeader | undefined;
  if (doc.genre === "minutes") {
    protocol = readProtocolHeader({ tokens, text, gazetteerAt, lexicon, roleSuffixes: model.roleSuffixes, partyByAbbreviation: model.partyByAbbreviation });
    // A meeting's web page or an annual meeting's report has no header: with one label that lists no one (`Datum:`, a
    // chair opening the meeting) and no item that ends it, the reader runs to the page's end and takes its prose for a
    // header's names.
    const labels = new Set(protocol.labels.map((l) => l.label));
    const [only] = labels;
    const headless = protocol.end >= text.length && labels.size === 1 && !ATTENDANCE_KINDS.has(lexicon.data.protocol.peopleFields[only] ?? "");
    // Field lines that list people read the header; the inline reader only where they find few (a web copy with a
    // field a line but its names elsewhere finds twice as many inline).
    if (headless) protocol = undefined;
    // Fields that list no one (a sitting's web page): its people may be named in its items (`sittingHeader`).
    else if (protocol.entries.length === 0 && listed.length === 0) return { listed, takenRanges, protocol: undefined, fields: protocol };
    else if (listed.length < 3 ? protocol.entries.length > listed.length : protocol.entries.length >= 2 * listed.length) {
      listed.length = 0;
      takenRanges.length = 0;
      takenRanges.push([0, protocol.end]);
    } else protocol = undefined;
  }
  return { listed, takenRanges, protocol };
}

/** Collaborations between organisations named in one sentence with a cue (`i samarbete med`, `together with`). */
function collaborations(text: string, gazetteer: readonly Mention[], ev: (start: number, end: number) => Evidence, facts: Fact[]): void {
  // Checked first: most texts with a cue name fewer than two organisations, and the cue's scan and the sentences cost.
  const first = gazetteer.find((g) => g.kind === "organisation");
  if (!first || !gazetteer.some((g) => g.kind === "organisation" && g.id !== first.id)) return;
  if (!COLLAB.test(text)) return;
  for (const sentence of sentences(text)) {
    if (!COLLAB.test(sentence.text)) continue;
    const orgs = gazetteer.filter((g) => g.kind === "organisation" && g.start >= sentence.start && g.end <= sentence.end);
    const unique = [...new Map(orgs.map((o) => [o.id, o])).values()];
    for (let a = 0; a < unique.length; a++) {
      for (let b = a + 1; b < unique.length; b++) {
        const [x, y] = [unique[a], unique[b]].sort((m, n) => (m.id < n.id ? -1 : 1));
        facts.push({
          type: "relation",
          kind: "collaborates_with",
          source: { kind: "organisation", key: x.id, label: x.label },
          target: { kind: "organisation", key: y.id, label: y.label },
          evidence: ev(sentence.start, sentence.end),
          rule: "collaboration-cue",
        });
      }
    }
  }
}

/** How far into a page its head goes: the site's name and the title. */
const PAGE_HEAD = 300;
/** A municipality named as one, with its noun (`Tjörns kommun`, `Nacka kommuns`, `Borås Stad`). */
const AS_MUNICIPALITY = /^s?\s+(?:kommun|stad)s?(?!\p{L})/iu;
/** A municipality's official name (`Tjörns kommun`), which the gazetteer reads whole. */
const OFFICIAL = /\s(?:kommun|stad)s?$/i;
/** A municipality's committee (`Bildningsnämnden`, `Arbetsutskottet`), whose seats are its elected politicians'. */
const COMMITTEE = /(?:nämnd|nämnden|utskott|utskottet|kommunstyrelsen|fullmäktige)$/i;
/** A body only a municipality has (`Kulturnämnden`, `Kommunstyrelsen`, `Kommunfullmäktige`), not a riksdag committee. */
const MUNICIPAL_BODY = /(?:nämnd|nämnden|kommunstyrelsen|^fullmäktige|kommunfullmäktige)$/i;
/** A region's or county council's body, which no municipality holds. */
const REGION_BODY = /^(?:region|landstings|läns)/i;

/**
 * The municipality a page (not minutes, whose header gives their place, nor an e-mail) is about: the one its head
 * names as such (`Tjörns kommun`, the site's name), when it names no other there.
 */
function pageMunicipality(doc: DocumentRecord, gazetteer: readonly Mention[]): Mention | undefined {
  if (doc.genre === "minutes" || doc.genre === "email") return undefined;
  return sole(gazetteer.filter((g) => g.start < PAGE_HEAD && namedAsMunicipality(doc.text, g)));
}

/** The first of mentions that all name one place, where there are `min` or more; else none. */
function sole(mentions: readonly Mention[], min = 1): Mention | undefined {
  return mentions.length >= min && mentions.every((g) => g.id === mentions[0].id) ? mentions[0] : undefined;
}

/** A municipality's mention with its noun (`Tjörns kommun`, `Borås Stad`). */
function namedAsMunicipality(text: string, g: Mention): boolean {
  return g.kind === "municipality" && (AS_MUNICIPALITY.test(text.slice(g.end, g.end + 12)) || OFFICIAL.test(text.slice(g.start, g.end)));
}

/**
 * The municipality of minutes whose header names none (a copy that lost its head and date): the one their items name
 * as such more than once (`Parkprogram för Ekby kommun`), where they name no other as such.
 */
function minutesMunicipality(doc: DocumentRecord, gazetteer: readonly Mention[]): Mention | undefined {
  const named = gazetteer.filter((g) => namedAsMunicipality(doc.text, g));
  return sole(named, 2);
}

/**
 * The municipality a page that names it in its head, though not as such (`Flera får nya poster i Ekbys nämnder`),
 * is about: where it names it again further down and names no other anywhere, so a body it names without an owner
 * (`kulturnämnden`) is that municipality's.
 */
function onlyMunicipality(doc: DocumentRecord, gazetteer: readonly Mention[]): Mention | undefined {
  if (doc.genre === "minutes" || doc.genre === "email") return undefined;
  const named = gazetteer.filter((g) => g.kind === "municipality");
  const only = sole(named, 2);
  return only && only.start < PAGE_HEAD ? only : undefined;
}

/**
 * The region a page is about: the one its head names, where it names no other anywhere (the lexicon knows no old
 * county council's every name, `Västmanlands landsting`, so one named only further down may not be the only one).
 */
function pageRegion(gazetteer: readonly Mention[], lexicon: Lexicon, anywhere = false): Mention | undefined {
  const regions = gazetteer.filter((g) => g.kind === "organisation" && lexicon.organisation(g.id)?.type === "region");
  const region = sole(regions);
  return region && (region.start < PAGE_HEAD || (anywhere && regions.length > 1)) ? region : undefined;
}

/**
 * A municipality's offices, as the lexicon normalises them (`kommundirektör`, `kommunstyrelsens ordförande`,
 * `oppositionsråd`); a city's `borgarråd` and its compounds (`finansborgarråd`) are its kommunalråd.
 */
const MUNICIPAL_OFFICE = /^(?:vice )?(?:kommun\p{L}*|oppositionsråd|\p{L}*borgarråd|stadsdirektör)(?: |$)/u;
/** How far before a name the lead-in of a list inside a sentence may be. */
const INLINE_REACH = 600;
/** A lead-in that names the body and opens a label's list (`… i regionfullmäktige: Ledamöter:`). */
const INLINE_LEAD = /\s(?:i|till)\s+(\p{Ll}+):\s+(?=\p{Lu}\p{Ll}+:\s)/u;
/** An item of such a list: a name, its party and maybe its place (`Eva Ek (S) Ekby`). */
const INLINE_ITEM = String.raw`\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)+ \(\p{L}{1,5}\)(?: \p{Lu}[\p{L}-]+)*`;
/** The labels' lists from the lead-in up to a name, the label it is listed under captured (`Ledamöter: A, B. Ersättare: C, `). */
const INLINE_RUN = new RegExp(
  String.raw`^(?:\p{Lu}\p{Ll}+:\s+${INLINE_ITEM}(?:(?:,\s+|\s+och\s+)${INLINE_ITEM})*\.\s+)*(\p{Lu}\p{Ll}+):\s+(?:${INLINE_ITEM}(?:,\s+|\s+och\s+))*$`,
  "du",
);
/** A chair's seat as the lexicon normalises it (`ordförande`, `förste vice ordförande`). */
const PRESIDIUM_SEAT = /^(?:(?:förste|andre|tredje) )?(?:vice )?ordförande$/u;
/** Chairs named by their seat in the definite form (`den nya ordföranden`, `de två vice ordförandena`). */
const CHAIRS_INTRODUCED = /(?<!\p{L})ordförande(?:n|na)(?!\p{L})/iu;
/** A blank line between paragraphs, and how far either side of an office its paragraph is looked for. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;
const PARAGRAPH_REACH = 1500;
/** A region's offices (`regionråd`, `regionstyrelsens ordförande`, `regiondirektör`, `landstingsråd`). */
const REGIONAL_OFFICE = /^(?:vice )?(?:(?:region|landstings)\p{L}+|\p{L}+(?:landstings|region)råd)(?: |$)/u;

/**
 * An office of a municipality or a region written with no place (`kommunstyrelsens ordförande X`, `X, kommundirektör`,
 * `X (S), regionråd med ansvar för …`) on a page about one municipality (`pageMunicipality`, or one it names as such
 * anywhere: `Älvdalens kommun`, or, for an office naming no body, `onlyMunicipality`) or one region (named in its head, or more than once) that names no other anywhere is held
 * there. Inferred: the chain is the title as written and where the page names the place. An office that names its
 * body in the genitive (`kommunstyrelsens ordförande`) on a page that tells of that body outside any title
 * (`Kommunstyrelsen beslutade …`), or that elects to it, is also the seat the rest of it names in that body, of the
 * place; where the text names no place for it (a municipality's own page, whose name is in the site's chrome), in the
 * body alone, as its title states (`placeBodies` keys it within the document).
 */
function placePageOffices(
  facts: Fact[],
  elected: ReadonlySet<Fact>,
  doc: DocumentRecord,
  gazetteer: readonly Mention[],
  people: readonly Mention[],
  lexicon: Lexicon,
): void {
  const offices: { fact: EntityFact; regional: boolean }[] = [];
  const chairs: EntityFact[] = [];
  for (const f of facts) {
    const role = f.type === "entity" && f.entity.kind === "person" ? (f.entity.attrs?.role as { roleNormalised?: string } | undefined) : undefined;
    if (!role?.roleNormalised) continue;
    const regional = REGIONAL_OFFICE.test(role.roleNormalised);
    // No minister's (`kommunminister`), whose office is the government's.
    if (isMinister(role.roleNormalised, lexicon)) continue;
    if (regional || MUNICIPAL_OFFICE.test(role.roleNormalised)) offices.push({ fact: f as EntityFact, regional });
    else if (PRESIDIUM_SEAT.test(role.roleNormalised)) chairs.push(f as EntityFact);
  }
  if (offices.length > 0 || chairs.length > 0) placeOffices(offices, chairs, facts, elected, doc, gazetteer, people, lexicon);
}

/**
 * The places of the offices and chairs `placePageOffices` found: apart from its scan of the facts, which every document
 * runs, so that V8 optimises that scan alone (whole, it was one of the build's costliest compiles; most documents hold
 * no such office).
 */
function placeOffices(
  offices: { fact: EntityFact; regional: boolean }[],
  chairs: readonly EntityFact[],
  facts: Fact[],
  elected: ReadonlySet<Fact>,
  doc: DocumentRecord,
  gazetteer: readonly Mention[],
  people: readonly Mention[],
  lexicon: Lexicon,
): void {
  // A place word in a name (`Thomas Berg`) names no municipality. The names are in order of start; the furthest end of
  // those up to each tells in log time whether one holds a place (a roll of thousands of names is as many places).
  const reach: number[] = [];
  for (const p of people) reach.push(Math.max(p.end, reach[reach.length - 1] ?? 0));
  const inName = (g: Mention): boolean => {
    const k = firstAtOrAfter(people, g.start + 1, (p) => p.start) - 1;
    return k >= 0 && reach[k] >= g.end;
  };
  const named = gazetteer.filter((g) => g.kind === "municipality" && !inName(g));
  // The page's municipality, or one the text names as such (`på Älvdalens kommun`) further down.
  const head = pageMunicipality(doc, gazetteer);
  const municipality = head ?? named.find((g) => OFFICIAL.test(doc.text.slice(g.start, g.end)));
  const places = {
    municipal: municipality && !named.some((g) => g.id !== municipality.id) ? municipality : undefined,
    // A region's office is held in the only region the page names, in its head or more than once anywhere (`X valdes
    // till trafiklandstingsråd` in a story of `Stockholms läns landsting`; not one named once in passing).
    regional: pageRegion(gazetteer, lexicon, true),
  };
  // A chair's seat written with no body (`X Ordförande (M):`) on a page that introduces its chairs as the
  // municipality's (`frågar den nya ordföranden och de två vice ordförandena i Ekby kommun`) is held there.
  const introduced =
    places.municipal &&
    named.some(
      (g) =>
        IN_PLACE.test(doc.text.slice(Math.max(0, g.start - 3), g.start)) &&
        namedAsMunicipality(doc.text, g) &&
        CHAIRS_INTRODUCED.test(doc.text.slice(sentenceAround(doc.text, g.start, 300).start, g.start)),
    );
  if (introduced) for (const fact of chairs) offices.push({ fact, regional: false });
  if (offices.length === 0) return;
  // On a page naming several municipalities, an office is held in the one its sentence names as where it is said or
  // done (`I Ljungby säger X, kommundirektör`), where it names no other and the page names it as a municipality
  // (`Ljungby kommun`): not one the office met, worked with or came from (`besökte Ljungby kommun`, `samarbeta med
  // Ljungby kommun, säger X`), nor one its paragraph names elsewhere.
  const several = !places.municipal && doc.genre !== "minutes" && doc.genre !== "email" && named.length > 1;
  const asSuch = new Set(several ? named.filter((g) => namedAsMunicipality(doc.text, g)).map((g) => g.id) : []);
  const ofSentence = (start: number, end: number): Mention | undefined => {
    if (asSuch.size === 0) return undefined;
    const found = onlyIn(sentenceAround(doc.text, start, 300).start, sentenceAround(doc.text, end, 300).end) || undefined;
    return found && IN_PLACE.test(doc.text.slice(Math.max(0, found.start - 3), found.start)) ? found : undefined;
  };
  /** The one municipality named in `[from, to)`; false where it names none, null where it names several or one not as such. */
  const onlyIn = (from: number, to: number): Mention | false | null => {
    let found: Mention | false = false;
    // From the first named at or after `from` (`named` is in the text's order).
    for (let i = firstAtOrAfter(named, from, (m) => m.start); i < named.length && named[i].start < to; i++) {
      // Not where another title is held (`för att börja som teknisk chef i Svedala kommun`).
      if (ANOTHER_TITLE.test(doc.text.slice(Math.max(0, named[i].start - 40), named[i].start))) continue;
      if (found && found.id !== named[i].id) return null;
      found = named[i];
    }
    return found && !asSuch.has(found.id) ? null : found;
  };
  // Else an office whose sentence names no municipality is held in the one its paragraph names, there as such, where it
  // names no other (`I mars träffade utredarna Ekby stad. Här deltog X, stadsdirektör`): a story of several towns, a
  // paragraph each (not a town only written bare there, `Bygget startar i Ekby`).
  const ofParagraph = (start: number, end: number): Mention | undefined => {
    if (asSuch.size === 0 || onlyIn(sentenceAround(doc.text, start, 300).start, sentenceAround(doc.text, end, 300).end) !== false) return undefined;
    const before = doc.text.slice(Math.max(0, start - PARAGRAPH_REACH), start);
    const opened = [...before.matchAll(PARAGRAPH_BREAK)].pop();
    const after = doc.text.slice(end, end + PARAGRAPH_REACH).search(PARAGRAPH_BREAK);
    const from = start - before.length + (opened ? opened.index + opened[0].length : 0);
    const to = after < 0 ? end + PARAGRAPH_REACH : end + after;
    const found = onlyIn(from, to) || undefined;
    if (!found) return undefined;
    for (let i = firstAtOrAfter(named, from, (m) => m.start); i < named.length && named[i].start < to; i++)
      if (named[i].id === found.id && namedAsMunicipality(doc.text, named[i])) return found;
    return undefined;
  };
  // Else on a page whose head names its municipality (the site's name), an office whose sentence names no other is
  // held there, though the page names others elsewhere (`Hon kommer från ett uppdrag som kommunchef i Ystad`).
  const ofHead = (start: number, end: number): Mention | undefined => {
    if (!head) return undefined;
    const found = onlyIn(sentenceAround(doc.text, start, 300).start, sentenceAround(doc.text, end, 300).end);
    return found === false || found?.id === head.id ? head : undefined;
  };
  // Else an office whose title names no body (`oppositionsråd`) is held in the only municipality the page names, in
  // its head and again below (`Moderaterna i Ekby`, `utveckla Ekby`), as `placeBodies` places a body; one that names
  // its body (`kommunfullmäktiges ordförande`) is placed there with that body.
  const only = places.municipal ? undefined : onlyMunicipality(doc, gazetteer);
  const anywhere = places.municipal || places.regional || asSuch.size > 0 || only;
  // Whether the text tells of a body (`Kommunstyrelsen beslutade`, `i kommunstyrelsen`) where no title of the lexicon
  // names it, in a line of words (not a signature's `För kommunstyrelsen`, nor a heading); asked once per body, as a
  // page may name one office many times.
  const roles = gazetteer.filter((g) => g.kind === "role");
  const inWords = (body: string) =>
    [...doc.text.matchAll(new RegExp(`(?<!\\p{L})${escapeRegExp(body)}s?(?!\\p{L})`, "giu"))].some((m) => {
      if (roles.some((g) => g.start <= m.index && m.index < g.end)) return false;
      const end = doc.text.indexOf("\n", m.index);
      return (
        doc.text
          .slice(doc.text.lastIndexOf("\n", m.index) + 1, end < 0 ? undefined : end)
          .trim()
          .split(/\s+/).length >= 4
      );
    });
  const toldOf = new Map<string, boolean>();
  const tellsOf = (body: string) => {
    if (!toldOf.has(body)) toldOf.set(body, inWords(body));
    return toldOf.get(body)!;
  };
  // An office the text ties to a place already is not placed again.
  const placed = new Set<string>();
  for (const f of facts) if (f.type === "relation" && f.kind === "holds_role") placed.add(`${f.source.key}|${f.attrs?.roleNormalised ?? ""}`);
  for (const { fact: f, regional } of offices) {
    const sentence = anywhere && !regional && !places.municipal ? ofSentence(f.evidence.start, f.evidence.end) : undefined;
    const paragraph = anywhere && !regional && !places.municipal && !sentence ? ofParagraph(f.evidence.start, f.evidence.end) : undefined;
    const byHead = anywhere && !regional && !places.municipal && !sentence && !paragraph ? ofHead(f.evidence.start, f.evidence.end) : undefined;
    const role = f.entity.attrs!.role as { role: string; roleNormalised: string; former?: boolean };
    const body = bodyOfRole(role.roleNormalised, lexicon.data.protocol.bodies);
    const place = !anywhere ? undefined : regional ? places.regional : (places.municipal ?? sentence ?? paragraph ?? byHead ?? (body ? undefined : only));
    // An election to it tells of the body as well (`utsågs X till kommunstyrelsens ordförande`).
    const told = body !== undefined && (elected.has(f) || tellsOf(body));
    if ((!place && !told) || placed.has(`${f.entity.key}|${role.roleNormalised}`)) continue;
    const source: EntityRef = { kind: "person", key: f.entity.key, label: f.entity.label };
    const seat = { role: role.roleNormalised.slice(role.roleNormalised.indexOf(" ") + 1), former: role.former || undefined };
    // Each statement of the office is the edge's, as a title read with its place is: the name stays a mention.
    f.entity = source;
    if (!place) {
      // `Kommunstyrelsens ordförande X`, `X (C), kommunstyrelsens ordförande`: the title names the body.
      const rule = f.rule === "left-role" ? "left-role:of" : "apposition:role";
      facts.push({
        type: "relation",
        kind: "holds_role",
        source,
        target: bodyRef(body!),
        evidence: f.evidence,
        rule,
        attrs: { ...seat, roleNormalised: seat.role },
      });
      continue;
    }
    const target: EntityRef = { kind: regional ? "organisation" : "municipality", key: place.id, label: place.label };
    const chain = [
      { statement: `${f.entity.label} is ${role.role}, written without a place`, evidence: [f.evidence] },
      {
        statement: sentence
          ? `the sentence of the office says it is in ${place.label}, and names no other municipality`
          : byHead
            ? `the page's head names ${place.label}, and the sentence of the office no other municipality`
            : `the page names ${place.label} and no other ${regional ? "region" : "municipality"}`,
        evidence: [evidenceOf(doc, place.start, place.end)],
      },
    ];
    const attrs = { role: role.role, roleNormalised: role.roleNormalised, former: role.former || undefined, inferred: true, chain };
    facts.push({ type: "relation", kind: "holds_role", source, target, evidence: f.evidence, rule: "apposition:page-office", attrs });
    if (told) {
      const inBody = { ...attrs, ...seat, roleNormalised: seat.role };
      facts.push({
        type: "relation",
        kind: "holds_role",
        source,
        target: bodyRef(body, target),
        evidence: f.evidence,
        rule: "apposition:page-office",
        attrs: inBody,
      });
    }
  }
}

/**
 * Places the bodies a document names without their place (`kommunstyrelsen`, `Socialnämnden`), and the meetings it
 * tells of them: such a body is the one the document names with its place elsewhere (`Socialnämnden, Ekerö kommun`),
 * when it names it with one place only; else, on a page (not minutes, whose header gives their place, nor an e-mail)
 * whose head names one municipality as such (`Tjörns kommun`, the site's name), or names one in its head and again
 * below and no other anywhere (`onlyMunicipality`), that municipality's, unless a region holds it (`regionstyrelsen`:
 * the region's a page's head names, `pageRegion`); in minutes whose header names none, the one their items name as such
 * (`minutesMunicipality`). A body left without its place is
 * known by the first person the document ties to its meeting (its chair first), else only within its document, and
 * so is its meeting: two municipalities' `Kommunstyrelsen` (or two associations' `Styrelsen`) are not one body, and
 * nothing in the text says that two documents' are (copies of minutes often lost the head that named the
 * municipality). Same label, a key of its scope (`scoped`); bodies of such a body follow it.
 */
function placeBodies(facts: Fact[], doc: DocumentRecord, gazetteer: readonly Mention[], lexicon: Lexicon): void {
  const placeless = (r: EntityRef) => r.kind === "organisation" && r.attrs?.type === "body" && !r.attrs.partOf;
  // A body's meeting, titled by the body alone (`bodyMeetingRef` without a parent): its title.
  const bodyTitle = (r: EntityRef) => {
    const title = r.kind === "meeting" && r.attrs?.type === "minutes" && r.attrs.doc === doc.id ? (r.attrs.title as string) : undefined;
    return title && !title.includes(", ") ? title : undefined;
  };
  const unplaced = (r: EntityRef) => placeless(r) || bodyTitle(r) !== undefined;
  // Every document's facts pass here: the test allocates nothing.
  if (!facts.some((f) => (f.type === "entity" ? unplaced(f.entity) : unplaced(f.source) || unplaced(f.target)))) return;
  const refsOf = (f: Fact) => (f.type === "entity" ? [f.entity] : [f.source, f.target]);
  const labels = new Map(gazetteer.map((g) => [`${g.kind}:${g.id}`, g.label]));
  // The places each body is named with here, by the body's own key.
  const placed = new Map<string, Set<string>>();
  const note = (r: EntityRef) => {
    const partOf = r.kind === "organisation" && r.attrs?.type === "body" ? (r.attrs.partOf as string | undefined) : undefined;
    if (!partOf) return;
    const own = nameKey(r.label);
    let places = placed.get(own);
    if (!places) placed.set(own, (places = new Set()));
    places.add(partOf);
  };
  for (const f of facts) refsOf(f).forEach(note);
  const named = pageMunicipality(doc, gazetteer);
  // Of a municipality named not as such, or named only in minutes' items, only a body of a municipality's own kind
  // (not `Finansdepartementet` or a riksdag committee, `Trafikutskottet`, told of in a local paper).
  const only = named ? undefined : doc.genre === "minutes" ? minutesMunicipality(doc, gazetteer) : onlyMunicipality(doc, gazetteer);
  const head = named ?? only;
  const page = head && `municipality:${head.id}`;
  // A region's body (`regionstyrelsen`) on a page about one region is that region's.
  const region = doc.genre !== "minutes" && doc.genre !== "email" ? pageRegion(gazetteer, lexicon) : undefined;
  const regionPage = region && `organisation:${region.id}`;
  const parentOf = (key: string, label: string) => {
    const places = placed.get(key);
    const partOf =
      places?.size === 1 ? [...places][0] : places ? undefined : REGION_BODY.test(label) ? regionPage : !only || MUNICIPAL_BODY.test(label) ? page : undefined;
    if (!partOf) return undefined;
    const colon = partOf.indexOf(":");
    return { kind: partOf.slice(0, colon), key: partOf.slice(colon + 1), label: labels.get(partOf) ?? partOf.slice(colon + 1) } as EntityRef;
  };
  // Only a body named as any municipality or association names one of its own (`Barn- och utbildningsnämnden`,
  // `Styrelsen`, `Politiska styrgruppen`) is scoped: a name of its own (`Räddningstjänst Syd`), or a federation's
  // (`Norrlandsförbundet`, a body noun of `associationHeads`), is one body.
  const { bodies: bodyNouns, associationHeads } = lexicon.data.protocol;
  const generic = (name: string) => {
    if (ENGLISH_GENERIC_BODY.test(name)) return true;
    const words = name.split(" ");
    const last = words[words.length - 1]!.toLowerCase();
    return (
      words.every((w, i) => (i === 0 || !/^\p{Lu}/u.test(w)) && /^[\p{L}-]+$/u.test(w)) &&
      bodyNouns.some((b) => last.endsWith(b)) &&
      !associationHeads.some((h) => last.endsWith(h))
    );
  };
  // The scope: the first person the document ties to the body's meeting as its chair, else the first tied to it at
  // all (the head's first listed), else the document. Copies of one minutes, and a body's minutes under one chair,
  // name the same person first; two municipalities' do not.
  const first = new Map<string, { key: string; label: string; start: number; chair: boolean }>();
  for (const f of facts) {
    if (f.type !== "relation" || f.source.kind !== "person") continue;
    const title = bodyTitle(f.target);
    if (!title) continue;
    const chair = f.kind === "chaired";
    const seen = first.get(nameKey(title));
    if (!seen || (chair && !seen.chair) || (chair === seen.chair && f.evidence.start < seen.start))
      first.set(nameKey(title), { key: f.source.key, label: f.source.label, start: f.evidence.start, chair });
  }
  // A document's scope is a digest of its id: an id is cut in a slug past 80 characters, and `nacka` is a place's key.
  const scopeOf = (label: string) => {
    const person = first.get(nameKey(label));
    if (!person) return { key: `doc ${foldHash(doc.id).toString(36)}`, said: doc.id };
    return person.chair ? { key: `ordf ${person.key}`, said: `ordf. ${person.label}` } : { key: `med ${person.key}`, said: person.label };
  };
  // Keyed within that scope (`bodyRef` keys a placed body by its parent's key, never by a person or a document), and
  // told apart by it where labels are alike (`scope`, see `labelWithPlace`).
  const scoped = (r: EntityRef, label: string): EntityRef => {
    const { key, said } = scopeOf(label);
    return { ...r, key: r.kind === "meeting" ? `${r.key}-${slugify(key)}` : `${r.key} @${key}`, attrs: { ...r.attrs, scope: said } };
  };
  const bodies = new Map<string, EntityRef>();
  const meetings = new Map<string, EntityRef>();
  for (const f of facts)
    for (const r of refsOf(f)) {
      if (placeless(r) && !bodies.has(r.key)) {
        const parent = parentOf(r.key, r.label);
        bodies.set(r.key, parent ? bodyRef(r.label, parent) : generic(r.label) ? scoped(r, r.label) : r);
      }
      const title = bodyTitle(r);
      if (title && !meetings.has(r.key)) {
        const parent = parentOf(nameKey(title), title);
        const date = r.attrs!.date as string | undefined;
        const place = r.attrs!.place as string | undefined;
        // An undated meeting is keyed by its document already; with no place of its body either, its title is told
        // apart from other undated meetings of a body so named by where it met (`Kommunfullmäktige (Granlidskyrkan)`).
        meetings.set(
          r.key,
          parent ? bodyMeetingRef(title, parent, date, doc, place) : date ? (generic(title) ? scoped(r, title) : r) : placedMeeting(r, title, place),
        );
      }
    }
  // A body of a body placed or scoped here (`Arbetsgruppen` of the board that met) follows it, and so on down.
  const moved = new Map<string, EntityRef>();
  for (const [key, to] of bodies) if (to.key !== key) moved.set(nodeId({ kind: "organisation", key }), to);
  for (let grown = moved.size > 0; grown;) {
    grown = false;
    for (const f of facts)
      for (const r of refsOf(f)) {
        const parent = r.kind === "organisation" && r.attrs?.type === "body" ? moved.get(r.attrs.partOf as string) : undefined;
        if (!parent || bodies.has(r.key)) continue;
        const to = bodyRef(r.label, parent, r.attrs?.within as string | undefined);
        bodies.set(r.key, to);
        moved.set(nodeId(r), to);
        grown = true;
      }
  }
  // Every reference to such a body or meeting, with its attributes or without (`{ kind, key, label }`).
  const place = (r: EntityRef): EntityRef => (r.kind === "organisation" ? bodies.get(r.key) : r.kind === "meeting" ? meetings.get(r.key) : undefined) ?? r;
  for (const f of facts) {
    if (f.type === "entity") f.entity = place(f.entity);
    else {
      f.source = place(f.source);
      f.target = place(f.target);
    }
  }
  // A politician's seat (`bildningsnämndens ordförande X (L)`) in a committee of the page's municipality represents it,
  // as a seat written with its place does (not one in a network or a federation's board the page places there).
  // Inferred: the seat, and where the page's head names the municipality (not minutes' items: a header's seats
  // represent none either).
  if (!head || doc.genre === "minutes") return;
  const represented = new Set<string>();
  for (const f of [...facts]) {
    if (f.type !== "relation" || f.kind !== "holds_role" || f.source.kind !== "person" || f.target.attrs?.partOf !== page) continue;
    // An office placed by its own sentence (`I Mora säger kommunstyrelsens ordförande X`) represents where that says.
    if (!COMMITTEE.test(f.target.label) || f.rule === "apposition:page-office") continue;
    if (f.attrs?.former || !SEAT_CATEGORIES.has(lexicon.role(f.attrs?.roleNormalised ?? "")?.category ?? "") || represented.has(f.source.key)) continue;
    represented.add(f.source.key);
    facts.push({
      type: "relation",
      kind: "represents",
      source: f.source,
      target: { kind: "municipality", key: head.id, label: head.label },
      evidence: f.evidence,
      rule: "apposition:page-office",
      attrs: {
        inferred: true,
        chain: [
          { statement: `${f.source.label} is ${f.attrs!.role ?? f.attrs!.roleNormalised} of ${f.target.label}`, evidence: [f.evidence] },
          { statement: `the page's head names ${head.label}, whose body ${f.target.label} is`, evidence: [evidenceOf(doc, head.start, head.end)] },
        ],
      },
    });
  }
}

/** A body's sentence that sets out who sits in it (`Kommunstyrelsen i Hjo består av `, `Nämnden utgörs av `). */
const BODY_CONSISTS =
  /(?<!\p{L})(\p{Lu}\p{Ll}*(?:styrelsen|nämnden|fullmäktige|utskottet))(?:[ \t]+i[ \t]+\p{Lu}[\p{L}-]*)?[ \t]+(?:består|utgörs)[ \t]+av[ \t]+/gu;

/** An English body named as any association names its own (`The Board`), with no `of …` to say whose. */
const ENGLISH_GENERIC_BODY = /^The (?:(?:Executive |Steering |Advisory )?(?:Board|Committee|Council)|Assembly|General Assembly)$/;
/** A given name's initial, or a double given name's two (`A`, `A.`, `S-O`, `S.-O.`). */
const INITIALS = /^(\p{Lu})\.?(?:-(\p{Lu})\.?)?$/u;
/** A party's letters in parentheses right after a name (`Eva Berg (M)`). */
const PARTY_IN_PARENTHESES = /^\s?\(([\p{L}-]{1,6})\)/u;
/** Titles' abbreviations whose full stop ends no clause (`2:e vice ordf. valdes X`). */
const TITLE_ABBREVIATION = /^(?:ordf|sekr|bitr|tf|ers|ledam)$/;
/** The verb of an election before the people elected (`väljs`, `valdes`, `utses`, `beslutar att … välja`). */
const ELECT = /^(?:väljs|väljes|valdes|omväljs|omvaldes|nyväljs|nyvaldes|utses|utsågs|välja|utse)$/i;
/** Role categories of a body's officers, held in the body an English page is about. */
const PAGE_OFFICERS: ReadonlySet<string> = new Set(["chair", "vice_chair", "director", "secretary"]);
/** A body an English page names (`The Regional Council`, `The Council for the Stockholm Mälar Region`). */
const ENGLISH_BODY = /\b(The (?:[A-Z][a-z]+ ){0,3}?(?:Council|Committee|Board|Assembly|Association|Federation))(?: (?:for|of) the(?: [A-ZÅÄÖ][\p{L}]+)+)?/u;

/** The body an English page is about: the first it names, when it names its head (`The Council`) twice or more. */
function englishPageBody(text: string): string | undefined {
  const m = ENGLISH_BODY.exec(text);
  if (!m) return undefined;
  const head = m[1];
  return namedTwice(text, head) ? m[0] : undefined;
}

/** The body a Swedish page is headed by (`Direktionen`, `Kommunstyrelsen`): its first line, named again below. */
function swedishPageBody(text: string, bodies: readonly string[]): string | undefined {
  const first = /^\s*([^\n]{1,60})/.exec(text)?.[1].trim() ?? "";
  const last = first.split(" ").pop()!.toLowerCase();
  if (!/^\p{Lu}\S*(?: \S+){0,2}$/u.test(first) || !bodies.some((b) => last.endsWith(b))) return undefined;
  return namedTwice(text, first) ? first : undefined;
}

/** Whether `text` holds `phrase` twice or more (without splitting the whole text). */
const namedTwice = (text: string, phrase: string) => {
  const at = text.indexOf(phrase);
  return at >= 0 && text.indexOf(phrase, at + phrase.length) >= 0;
};

/** What joins the last of roles given in turn to coordinated people (`ordförande respektive vice ordförande`). */
const RESPECTIVELY = /^\s*,?\s*(?:respektive|resp\.?)\s*$/;
const ROLE_KIND: ReadonlySet<"role"> = new Set(["role"]);
/** A word in lower case glued to a capitalised one (`ordförandeJan`). */
const TITLE_GLUED_TO_NAME = /^(\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u;

/**
 * A title glued to the given name after it (`Eva Ek (S), ordförandeJan Åke Berg (M)`, a flattened table's cells run
 * together) is read as two words: a word of the lexicon's titles, then a given name it knows.
 */
function titlesGluedToNames(tokens: Token[], text: string, lexicon: Lexicon): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Its text is cut only for a word the scanner saw an upper-case letter inside: most tokens' never is.
    const split = t.word && !t.cap && t.capInside ? titleGluedToName(tokens, i, text, lexicon) : undefined;
    if (split) (out ??= tokens.slice(0, i)).push(...split);
    else out?.push(t);
  }
  return out ?? tokens;
}

/**
 * Token `i` read as a title and the given name glued to it, or undefined. A function of its own: its rare cut
 * deoptimised the loop over every token when first met.
 */
function titleGluedToName(tokens: Token[], i: number, text: string, lexicon: Lexicon): Token[] | undefined {
  const t = tokens[i];
  const glued = TITLE_GLUED_TO_NAME.exec(t.text);
  // From the token before, so the title keeps the line break before it. (The bound tested, not `tokens[-1]` read: a
  // text opening with such a token deoptimised the loop over every token, into which this is inlined.)
  const title = glued && lexicon.isGivenName(glued[2]) ? tokenize(text, i > 0 ? tokens[i - 1].end : 0, t.start + glued[1].length) : undefined;
  return title && lexicon.matchAt(title, 0, ROLE_KIND)?.to === title.length ? [...title, ...tokenize(text, title[0].end, t.end)] : undefined;
}

/** What joins the last of distinct seats given in turn (`ordförande och vice ordförande`). */
const IN_TURN = /^\s*,?\s*(?:respektive|resp\.?|och|samt)\s*$/;
/** The `och` that closes a list of names, after a party (`A (S) och B`). */
const LIST_AND = /^\s*(?:\([^()\n]{1,4}\))?\s*och\s*$/;
/** A comma between two names of a list, after a party (`A (S), B`). */
const LIST_COMMA = /^\s*(?:\([^()\n]{1,4}\))?\s*,\s*$/;
/** A body of elected members (`Socialnämnden`, `Kommunstyrelsen`, `Kommunfullmäktige`), where no official holds a title. */
const ELECTED_BODY = /(?:nämnden|styrelsen|fullmäktige|utskottet)$/i;
/** An administration's name alone on its line (`Socialförvaltningen`, `Barn- och utbildningsförvaltningen`, `KOMMUNLEDNINGSKONTORET`). */
const ADMINISTRATION = /^\p{Lu}[\p{L}-]*(?:,? [\p{L}-]+){0,5}(?:förvaltningen|kontoret|kansliet)$/iu;
/** The line a letter's signatures are given under, for a body (`För kommunstyrelsen`, `FÖR BARN- OCH UTBILDNINGSNÄMNDEN`). */
/** `the`, or an owner's `'s`, then at most two words (adjectives), right before an English title. */
const THE_OR_OWNER = /(?:(?:^|[^\p{L}])the|\p{L}['’]s)(?:\s+[\p{L}-]+){0,2}?\s+$/iu;
/** After a name's comma, another name or the name's own title (`the Mayor, X, Y and Z`, `to the Mayor, X, head of planning`). */
const NAME_OR_TITLE_AFTER = /^\s*(?:\([^()\n]{1,6}\)\s*)?,\s*(?:\p{Lu}\p{Ll}+\s+\p{Lu}|(?:the\s+)?(?:[\p{Ll}-]+\s+){1,3}(?:of|at|for|in)\s)/u;
/** `i` or `I` right before a place: where something is said or done. */
const IN_PLACE = /(?:^|[^\p{L}])[iI]\s+$/u;
/** `som teknisk chef i `, `uppdrag som kommunchef i `: the place after it is where that title is held. */
const ANOTHER_TITLE = /(?:^|[^\p{L}])som(?:\s+\p{Ll}+){1,3}\s+i\s+$/u;
const SIGNED_FOR = /^för\s+((?:\p{L}+-\s+och\s+)?\p{L}+)$/iu;
/** A roster's body (see `rosterOf`), where its heading is, and whether its people hold seats in it. */
interface Roster {
  body: EntityRef;
  heading: [number, number];
  seats: boolean;
}

/** An undated meeting with no body's place as titled by where it met (see `placeBodies`); as it is without a place. */
function placedMeeting(r: EntityRef, title: string, place: string | undefined): EntityRef {
  const head = place && !title.endsWith(")") ? placeHead(place) : undefined;
  if (!head) return r;
  const titled = `${title} (${head})`;
  return { ...r, label: titled, attrs: { ...r.attrs, title: titled } };
}

/** An election's clause (see `electedTo`): its role, the body it names, where it starts and its words up to the verb. */
interface Election {
  role: Mention;
  body?: Target;
  start: number;
  clause: string;
  /** The clause elects to an office of the meeting itself (`Till sekreterare för mötet`): no body's. */
  meeting?: true;
}

/** Words between an election's `Till`/`Som` and its role (`Till ny ordförande`, `Till övriga ledamöter`). */
/** What stands between an elected person and the next one's name, and between that name and its `till`. */
const ELECTION_LIST_JOIN = /^\s*(?:,|och|samt|,\s*och)\s*$/;
const ELECTED_NEXT = /^(?:\s*\([^()\n]{1,8}\))?\s+till\s+(?:\p{Ll}+\s+)?$/u;

/**
 * `A (M) valdes till ny ordförande, B (S) till första vice ordförande och C (SD) till andra vice ordförande i
 * kommunfullmäktige`: the people an election lists with their roles are elected to the body the last one names, else
 * the one the first names (`A valdes till ordförande i kommunfullmäktige, B till vice ordförande`), else to the body
 * the election of the first is found in. The claims take that body (and the election) where they name none of their
 * own.
 */
function shareElectedBody(people: readonly Mention[], appositions: Map<Mention, Apposition>, text: string): void {
  for (let i = 0; i < people.length; i++) {
    const first = appositions.get(people[i])?.roles.find((r) => r.role && r.elected);
    if (!first) continue;
    const run = [first];
    for (let j = i + 1; j < people.length && (run.length === 1 || !run[run.length - 1].target); j++) {
      const claim = appositions.get(people[j])?.roles[0];
      const previous = run[run.length - 1];
      const after = Math.max(previous.end, previous.target?.end ?? 0);
      if (!claim?.role || claim.start < people[j].end || after > people[j].start || !ELECTION_LIST_JOIN.test(text.slice(after, people[j].start))) break;
      if (!ELECTED_NEXT.test(text.slice(people[j].end, claim.start))) break;
      run.push(claim);
    }
    if (run.length < 2) continue;
    const body = run[run.length - 1].target ?? first.target;
    for (const claim of run) {
      claim.target ??= body;
      claim.elected = true;
    }
    i += run.length - 1;
  }
}

const countiesByGenitive = new WeakMap<Lexicon, Map<string, string>>();
/** The lexicon's counties by their name in the genitive without `län` (`Västra Götalands`, `Skånes`). */
function countyByGenitive(lexicon: Lexicon): Map<string, string> {
  let found = countiesByGenitive.get(lexicon);
  if (!found) {
    found = new Map(lexicon.data.municipalities.map((m) => [genitive(m.county.replace(/ län$/, "")), m.county]));
    countiesByGenitive.set(lexicon, found);
  }
  return found;
}

/** Titles of politicians ending in `råd` (`borgarråd`, `oppositionsråd`, `regionråden`), no council's name. */
const POLITICIANS_RÅD = /(?:borgar|kommunal|region|landstings|oppositions)råd(?:en|et)?$/;
/** Between a name and its workplace: `på`, `vid`, `hos`, `från`. */
const AT_WORK = /^\s*(?:på|vid|hos|från)\s+$/;
const ELECTION_ADJECTIVE = /^(?:ny|nya|nytt|nye|nyvald|nyvalda|övriga|ordinarie)$/i;
/** How far before an election's sentence the sentence that tells which body elected may begin. */
const TOLD_REACH = 500;
/** How far before a name the sentence that elects it may open. */
const ELECTING_REACH = 400;
/** A body opening a sentence that elects people or lists its members (`Direktionen har beslutat att välja`, `fick följande sammansättning`). */
const ELECTING_BODY = /^\s*(\p{Lu}\p{Ll}+)\s[^.!?]*?(?<!\p{L})(?:välja|väljer|valde|valt|utse|utsåg|utsett|sammansättning)(?!\p{L})/u;
/**
 * A sentence telling of an election (`valde … sitt presidium`, `Fullmäktiges nya presidium valdes`, `beslutade att utse`),
 * or of who takes a seat in it (`X blir kommunfullmäktiges nya ordförande`: the next `Som vice ordförande valdes Y` too).
 */
const TOLD_ELECTION = /(?<!\p{L})(?:fortsätter som|valde|valdes|väljer|väljs|val(?:et)? av|utse|utsåg|utsågs|blir|blev)(?!\p{L})/iu;
/** A headline's election (`X vald till ordförande i nämnden`, `Ny ordförande utsedd`). */
const ELECTED_HEADLINE = /(?<!\p{L})(?:(?:om|ny|åter)?valda?|(?:om|åter)?valdes|väljs|utsedda?|utsågs)(?!\p{L})/iu;
/**
 * A body that elects its officers, maybe in the genitive (`kommunfullmäktige`, `socialnämndens`): not a bare
 * `fullmäktige` or `nämnden`, which names no particular one, but a bare `styrelsen`, the board of the text's own.
 */
const BODY_WORD = /(?<!\p{L})(?:\p{L}+(?:nämnden|fullmäktige|utskottet)|\p{L}*styrelsen)s?(?!\p{L})/giu;
/** A role written in the plural (`ledamöter`, `ersättarna`): held by each of the people it follows. */
const PLURAL = /(?:er|ar|or|erna|arna|orna)$/;
/** Who a party put forward in an election (`Centerpartiets kandidat X`). */
const NOMINEE = /^(?:kandidat|nominering|nominerade|förslag)$/;
/** A role whose plural is written as its singular (`kommunalråd`, `ombud`, `ordförande`, `ersättare`). */
const BOTH_NUMBERS = /(?:råd|ombud|ande|ende|are)$/;
/** A sentence opened by a pronoun and a copula, up to the seat (`Hon är i dag förste vice ordförande`). */
const PRONOUN_SEAT = /(?<=^|[.!?]\s+|\n\s*)(?:Hon|Han) är (?:i dag |idag |nu |just nu )?/g;
/** A preposition right before a name, which makes it an object (`ersättare för X`). */
const SEAT_OBJECT_BEFORE = /\s(?:för|åt)\s+$/;
/** The copula between the last of names joined and their role, past its party (`(S) blir `, `är `). */
const COPULA_AFTER = /^\s*(?:\([^()\n]{1,8}\)\s*)?(?:blir|är|blev|var)\s+$/;
/** Words of the plural right before a role (`nya ersättare`, `två ledamöter`). */
const PLURAL_BEFORE = /(?:^|[^\p{L}])(?:nya|båda|två|tre|fyra|fem|övriga|samtliga)\s+$/iu;
/** What an election's `för`/`i` may name that is no body: the meeting itself (group 1), or a term of office. */
const NOT_A_BODY =
  /^(?:(mötet|sammanträdet|årsmötet|stämman|årsstämman|föreningsstämman)|perioden|mandatperioden|året|tiden|verksamhetsåret|verksamhetsår|räkenskapsåret)$/i;
/** A blank line, or a line opened by a numbered item (`§ 12.`, `12.`): a new paragraph for an election's carry. */
const NEW_PARAGRAPH = /\n\s*\n|\n[ \t]*(?:§[ \t]*\d+[.:]?|\d+[.)])[ \t]/;
/** A term of office written in years (`för perioden 2023–2026`). */
const TERM = /\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/;

/** An organisation named by its kind in the genitive (`förbundets ordförande`, `kommunens kommunikationschef`). */
const OF_AN_ORGANISATION = /^(?:förbundets|föreningens|regionens|kommunens|landstingets|bolagets|stiftelsens|partiets|nätverkets|organisationens)$/i;

/** A person's reference carrying a role stated without its organisation. */
function withRole(person: EntityRef, role: { role: string; roleNormalised: string; former?: boolean }): EntityRef {
  return { kind: person.kind, key: person.key, label: person.label, attrs: { role } };
}

function partyRef(id: string, model: ExtractionModel): EntityRef {
  const party = model.lexicon.party(id);
  return { kind: "party", key: id, label: party?.name ?? id.toUpperCase() };
}

/** Sentences with offsets: split at `.`, `!`, `?` before a space and at line breaks. */
export function sentences(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[^\n.!?]+(?:[.!?](?=\S)[^\n.!?]*)*[.!?]?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: (m.index ?? 0) + lead, end: (m.index ?? 0) + lead + trimmed.length });
  }
  return out;
}
