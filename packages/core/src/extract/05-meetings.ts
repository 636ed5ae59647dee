/**
 * Meetings
 * ========
 *
 * Step 5 of extraction: meetings and who chaired, attended and spoke at them. Each genre states meetings its own way:
 *
 * - minutes: the header is the meeting (`Tid`, `Plats`, attendance lists; `ordförande` after a listed name);
 * - e-mailed reports: the event reported on (`Storsthlm konferens 5 oktober`), the sender as attendee and the
 *   people who open a line of notes as speakers;
 * - newsletters: seminars and panels (`under ledning av moderator X`, `X ledde seminariet`, `Moderator X, ...`),
 *   board meetings (`styrelsemötet den 9 maj`), events with `Tid:` and `Plats:` lines, and a body's meeting told in
 *   a sentence (`styrgruppen X har haft sitt första möte och Y, ordförande, ...`);
 * - press texts, newsletters and e-mails that tell of an event in prose (`Nätverkets höstträff gick av stapeln den 9
 *   oktober i Haninge. Ordförande X öppnade träffen. Därefter talade Y …`).
 */
import { BULLETS_ONLY, CLOCK, escapeRegExp } from "../text/regexp";
import { firstAtOrAfter } from "../text/sorted";
import type { DocumentRecord } from "../types";
import type { GazetteerKind } from "../lexicon/lexicon";
import type { TalkUse, TalkVerbList } from "../lexicon/types";
import { DEFAULT_TALK_VERBS } from "../lexicon/default-lexicon";
import type { Apposition } from "./03-appositions";
import { bodyMeetingRef, bodyRef, evidenceOf, type ExtractionModel, INVITATION, meetingRef, titleSpan, topicFacts, writtenOn } from "./context";
import type { ListedPerson } from "./01-lists";
import { type Mention, roleBySuffix } from "./02-mentions";
import { type DateMention, findDates, firstDayOf, isBareDate, isoDate, relativeDay, yearlessDay } from "../read/dates";
import { nameKey } from "../text/fold";
import { EMAIL_FIELDS, headerFields, sharedPageEnd } from "../read/genre";
import { findCalendar } from "./calendar";
import {
  otherBodies,
  blanked,
  bodyIn,
  chosenInParagraphs,
  counterRoles,
  footBody,
  footSecretary,
  openedBody,
  headerParent,
  associationOrgan,
  untitledMeetingLine,
  seatless,
  certifiedDate,
  titledAssociation,
  termElections,
  headerRoles,
  holdsMeetingOffice,
  isRoster,
  metAsItself,
  openingChair,
  organField,
  stackedBody,
  ownedSubBody,
  PRESENT,
  rosterMunicipalities,
  staffTitleHeld,
  swappedAdjusters,
  timedFieldDate,
  topShortForm,
  TRAIL,
  trailOwner,
} from "./04-protocol";
import { BODY_ROLES, shortFormIn } from "./protocol-words";
import { sentenceAround } from "../text/sentences";
import type { Cues } from "../text/cues";
import type { Section } from "./sections";
import { type Token, tokenize } from "../text/tokenize";
import type { RuleId } from "./rules";
import type { EntityRef, Fact } from "./types";

/** A line of a title, its comma and a name, and nothing else (`Kassör, Tomas Berg`, `Vice ordförande, Eva Lind`). */
const TITLE_COMMA_NAME = /^[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Ll}+)?),[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3})[ \t]*$/gmu;

type MeetingType = "minutes" | "conference" | "seminar" | "board" | "calendar" | "event" | "body";

export interface MeetingInput {
  doc: DocumentRecord;
  tokens: Token[];
  gazetteer: Mention[];
  people: Mention[];
  listed: ListedPerson[];
  appositions: Map<Mention, Apposition>;
  /** A programme was read (`05-programme.ts`): its event stands for the document's seminars and `Tid:` events. */
  programme?: boolean;
  /** Where meetings told in prose were read (`05-reported.ts`): a `Tid:` event in their section is the same meeting. */
  reported?: number[];
  /** Which cue words the document holds (one scan, see `cuesOf`). */
  cues: Cues;
  /** The document's sections, cut on first call. */
  sections: () => Section[];
  model: ExtractionModel;
  ref: (p: Mention) => EntityRef;
}

// Substrings, so compounds count too (`Regionkonferens`, `styrelsemöte`).
const EVENT_WORD = /(konferens|seminari|möte|sammanträde|forum|mässa|kongress|workshop|conference|meeting|summit)/i;
const SEMINAR =
  /seminar|panel|under ledning av|moderator|moderera|moderated|ledde (?:seminariet|samtalet|panelen|diskussionen)|chaired by|led the (?:session|discussion)/i;
const SEMINAR_CUES = new RegExp(SEMINAR.source, "gi");
/** `På konferensen Mötesplats Roslagen den 12 maj 2022`: the conference's name (capitalised words) and its day. */
const PROSE_CONFERENCE =
  /(?<![\p{L}])(?:På|Under|Vid|At) (?:konferensen|the conference) ((?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*){0,4})(?: den (\d{1,2} \p{Ll}+(?: \d{4})?))?/gu;
/** The phrases of talking (`data/talk-verbs.json`) compiled once per list, one pattern for each way they are read. */
interface TalkPatterns {
  /**
   * In a sentence of a seminar's section or a label over a list, at a word's start: its people took the floor (`X
   * talade`, `i panelen satt X`, `I panelen medverkade:`), not a guest or a delegation the section names besides.
   */
  floor: RegExp;
  /** Right after the name and its appositions, ending where the verb ends (`X, rektor, talade`). */
  after: RegExp;
  /**
   * Right before the name, a lower-case title maybe between, maybe after its body's genitive (`Därefter talade X`,
   * `inleddes av landshövding X`, `inleddes av kommunstyrelsens ordförande X`).
   */
  before: RegExp;
  /** The end of a text that ends in a verb counted past the event's paragraph (`X talade inför publiken`). */
  far: RegExp;
  /** After a name that opens a line of notes, or its colon (`X redovisar`, `X:`). */
  notes: RegExp;
}
const talkPatterns = new WeakMap<TalkVerbList, TalkPatterns>();

/** `…` of a phrase: up to three lower-case words, the last maybe the start of a compound (`bjöd på ett halvdagsseminarium`). */
const TALK_GAP = String.raw`(?:\p{Ll}+\s+){0,3}\p{Ll}*`;

/** The phrases of a use as a pattern's alternatives, longest first; the words of a phrase apart by any space. */
function talkAlternatives(list: TalkVerbList, use: TalkUse): string {
  return list.phrases
    .filter((p) => p.uses.includes(use))
    .map((p) => p.phrase.split(" "))
    .sort((a, b) => b.join(" ").length - a.join(" ").length)
    .map((words) => words.map((word, i) => (i === 0 || words[i - 1] === "…" ? "" : String.raw`\s+`) + (word === "…" ? TALK_GAP : escapeRegExp(word))).join(""))
    .join("|");
}

function talkPatternsOf(list: TalkVerbList): TalkPatterns {
  let re = talkPatterns.get(list);
  if (!re) {
    const of = (use: TalkUse) => talkAlternatives(list, use);
    re = {
      floor: new RegExp(`(?<![\\p{L}])(?:${of("floor")})`, "iu"),
      after: new RegExp(`^\\s*(?:${of("after")})(?![\\p{L}])`, "u"),
      before: new RegExp(`(?<![\\p{L}])(?:${of("before")})\\s+(?:\\p{Ll}+s\\s+)?(?:\\p{Ll}+\\s+)?$`, "u"),
      far: new RegExp(`(?<![\\p{L}])(?:${of("far")})$`, "u"),
      notes: new RegExp(`^\\s*(?::|${of("notes")})`, "iu"),
    };
    talkPatterns.set(list, re);
  }
  return re;
}

/**
 * Whether a phrase of talking stands right before a name (`before`, its sentence up to the name `clause`): `följdes av
 * X` only after one who talked (`X öppnade träffen och följdes av Y`, `Hennes anförande följdes av Y`), not after what
 * was watched or a post (`Debatten följdes av X, som satt i publiken`, `avgick i våras och följdes av X`).
 */
function talkedBefore(talk: TalkPatterns, before: string, clause: string): boolean {
  const m = talk.before.exec(before);
  if (!m) return false;
  if (!/^följdes\s/u.test(m[0])) return true;
  const head = clause.slice(0, clause.length - (before.length - m.index));
  return talk.floor.test(head.slice(head.search(/[^.!?]*$/u)));
}

/**
 * Where the verb that says a person talked ends, when it is the person's own: right after the name, its party, its
 * appositions set off by commas and the names joined to it by `och` (`A, kommundirektör, och B, regiondirektör,
 * samtalade`); 0 for none (`A kritiserade det B presenterade`, `A, som berättade …`).
 */
function saidToTalk(text: string, p: Mention, people: ReadonlyMap<number, Mention>, talked: RegExp): number {
  let at = p.end;
  for (let steps = 0; steps < 8; steps++) {
    const rest = text.slice(at, at + 120);
    const skip = /^\s*\([^()\n]{1,12}\)/.exec(rest) ?? /^\s*,(?!\s*som\b)[^,.!?\n]{1,80},/.exec(rest);
    if (skip) {
      at += skip[0].length;
      continue;
    }
    const joined = /^\s*och\s+/.exec(rest);
    const next = joined && people.get(at + joined[0].length);
    if (next) {
      at = next.end;
      continue;
    }
    const verb = talked.exec(rest);
    return verb ? at + verb[0].length : 0;
  }
  return 0;
}

/** A verb in the past right after a name and its party (`B lyssnade`, `B (M) hade`): the name opens a clause of its own. */
const OWN_CLAUSE = /^\s*(?:\([^()\n]{1,12}\)\s*)?\p{Ll}+(?:ade|de|te)(?![\p{L}])/u;

/**
 * The people joined to `p` by commas and `och` in a run of names, each maybe with a party and appositions set off by
 * commas (`A (S), B, kommunalråd i Vallby, C och D`); none past a word that is neither (`A om bostäder och B`), nor one
 * that opens a clause of its own (`Därefter talade A, och B lyssnade`).
 */
function joinedAfter(text: string, p: Mention, people: ReadonlyMap<number, Mention>): Mention[] {
  const joined: Mention[] = [];
  let at = p.end;
  for (let steps = 0; steps < 24; steps++) {
    const rest = text.slice(at, at + 120);
    const joiner = /^\s*(?:,\s*(?:och\s+)?|och\s+)/.exec(rest);
    const next = joiner && people.get(at + joiner[0].length);
    if (next && OWN_CLAUSE.test(text.slice(next.end, next.end + 40))) break;
    // A party, or an apposition up to the comma before the next name (`, kommunalråd i Vallby`; not `, som …`).
    const skip = next ? undefined : (/^\s*\([^()\n]{1,12}\)/.exec(rest) ?? /^\s*,(?!\s*som\b)[^,.!?\n]{1,80}(?=,)/.exec(rest));
    if (next) {
      joined.push(next);
      at = next.end;
    } else if (skip) at += skip[0].length;
    else break;
  }
  return joined;
}

/**
 * A verb saying an event took place or was arranged (`gick av stapeln`, `hölls`, `arrangerade`): the cheap first test of a
 * sentence that may tell a meeting in prose.
 */
const TOOK_PLACE = /gick av stapeln|hölls|ägde rum|arrangerades|arrangerade|anordnades|anordnade|genomfördes|samlades|träffades/g;
/**
 * A letter beside such a verb makes it part of another word: checked per match, as a look-around in a Unicode pattern
 * made the scan of every text 2.4 times slower (0.2 CPU-s of the benchmark corpus's build).
 */
const LETTER = /\p{L}/u;
/**
 * The event such a sentence names, maybe in a compound (`höstträff`, `länskonferensen`, `Länskonferensen` opening the
 * sentence); a board's or body's meeting is read elsewhere.
 */
const EVENT_NOUN = /(?<![\p{L}])(\p{Lu}?\p{Ll}*(?:konferens|seminari(?=um|et)|träff|möte|workshop))(?:en|et|um|t|n)?(?![\p{L}])/u;
const EVENT_NOUNS = new RegExp(EVENT_NOUN.source, "gu");
/** The nouns alone (`mötet`, `träffen`), which refer back to the event told; a compound (`årsmötet`) names another. */
const EVENT_HEADS = new Set(["konferens", "seminari", "träff", "möte", "workshop"]);
const EVENT_NAME = /^\s*["“”]([^"“”\n]{3,80})["“”]/u;
/** `X, Storsthlm, var siste talare`. */
const LAST_SPEAKER = /^(?:\s*\([^()\n]{1,12}\))?(?:\s*,[^,.!?\n]{1,80},)?\s*var\s+(?:\p{Ll}+\s+)?(?:talare|föredragshållare|föreläsare)(?![\p{L}])/u;
/** `Mötet leddes av X`, `Mötet leddes av ordförande X`, `Moderator för dagen är X`: X chaired. */
const LED_BEFORE = /(?:mötet|träffen|konferensen|seminariet|workshopen|dagen) (?:leddes|modererades|öppnades) av\s+(?:\p{Ll}+\s+)?$/iu;
const MODERATOR_OF_DAY = /\bmoderator(?:\s+för\s+dagen)?(?:\s+var)?\s*[:,]?\s*$/i;
/** `X öppnade träffen`, `X (S) ledde mötet`, `X modererade.`: the verb right after the name (and its party), of the event. */
const OPENED =
  /^\s*(?:\([^()\n]{1,12}\)\s*)?(?:öppnade|ledde|modererade)(?:\s+(?:dagen|\p{Ll}*(?:mötet|träffen|konferensen|seminariet|workshopen|samtalet|panelen))(?![\p{L}])|\s*[.!])/u;
/**
 * `Från Botkyrka kom A och B`, `Vid mötet deltog A, B`, `Participants included A and B`: the people after it in its
 * sentence attended; in an e-mail, `Från Tyresö deltog jag och B` names its sender too.
 */
const CAME_FROM =
  /(?<![\p{L}])(?:Från (?!och med)[^.!?\n]{1,80}? (?:deltog|kom)(?=\s+(?:\p{Lu}|jag(?![\p{L}])))|(?:Vid|På|Under) (?:mötet|träffen|konferensen|seminariet|dagen) deltog(?: även| också)?|Participants (?:included|were)|Among the participants were)(?![\p{L}])/gu;
/** The writer right after such a cue (`deltog jag`). */
const I_CAME = /^\s+jag(?![\p{L}])/u;
/** How far a meeting told in prose reaches past its sentence within its section, in characters. */
const PROSE_REACH = 1500;

/** A label over the list of an event's speakers, at the end of its line. */
const SPEAKERS_LABEL = /^[ \t]*(?:Talare|Medverkande|Föreläsare|Inspiratörer)\b[^\n]{0,60}:[ \t]*$/m;
/** `High-level Panel of Urban Mobility`, `Intergovernmental Panel on Climate Change`: a body's name, no event. */
const PANEL_BODY = /^Panel (?:of|on|for) (?:the )?\p{Lu}/u;

/** Where a text first tells of a seminar or a panel (not in a panel's proper name), or -1. */
function seminarCue(text: string): number {
  for (const m of text.matchAll(SEMINAR_CUES)) if (!PANEL_BODY.test(text.slice(m.index, m.index + 24))) return m.index;
  return -1;
}
/**
 * `under ledning av X`, `chaired by X`, `Panelsamtalet leddes av X`: X led the seminar (its own noun and the compounds
 * that name one, not `Projektet leddes av X`, `Medarbetarsamtalet leddes av X`, `Expertpanelen leddes av X`).
 */
const LED_BY =
  /(?:under ledning av|chaired by|moderated by|led by|(?<![\p{L}])(?:(?:frukost|lunch|webb)?seminariet|(?:panel|rundabords)?samtalet|panelen|(?:panel)?debatten|(?:panel)?diskussionen|workshopen) (?:leddes|modererades) av)\s+(?:moderator\s+)?$/iu;
/** A group, team or project led by X (`en forskargrupp, under ledning av X`, common in interpellations): no event X chaired. */
const GROUP_LED = /(?:grupp(?:en)?|team(?:et)?|projekt(?:et)?|utredning(?:en)?|arbete(?:t)?)\s*,?\s*(?:under ledning av|led by)\s+$/i;
/** A seminar's label before its name (`Seminarium: X`). */
const SEMINAR_LABEL = /^(?:seminari(?:um|et)|seminar)\s*:\s*/i;
/** A name that says it is a seminar's by its first word, the noun itself (`Seminarium om X`, `Seminar on X`). */
const SEMINAR_NAMED = /^seminar(?:ium|iet)?(?![\p{L}])/iu;
/** A label over the people who open the lines under it (`Deltagare:`, `I panelen medverkade:`, `Talar gör också`). */
const LIST_LABEL = /deltagare|participants/i;
/** A label that opens its line, with its colon (`Deltagare: A, rektor, och B`): the people after it on the line. */
const LABEL_AT_LINE = /^[ \t]*([^:\n.!?]{1,40}):/;
/** A programme's item that a person opens after its time (`• 09:20 X, miljödirektör`). */
const TIMED_ITEM = new RegExp(String.raw`^[\s•·▪►*–-]*(?:kl\.?\s*)?${CLOCK}\s+$`);
/** `– Vi borde …, sa X`: a quote's speaker, named right after its verb, where the line opens with the quote's dash. */
const quoteSaidOf = (verbs: string) => new RegExp(String.raw`[,!?]\s*(?:${verbs})\s+(?:\p{Ll}+\s+)?$`, "u");
const QUOTE_SAID_PAST = quoteSaidOf("sa|sade|said");
const QUOTE_SAID = quoteSaidOf("sa|sade|said|säger|says");
/** A press release's top: its quotes in the present tense (`– …, säger X`) are said to the press, not at the event it tells of (only the past's, `QUOTE_SAID_PAST`, count). */
const PRESS_RELEASE_TOP = /(?:^|\n)[ \t]*(?:Pressmeddelande|Press release)(?![\p{L}])/iu;
const QUOTE_LINE = /^[ \t]*(?:--?|–|—)/;
/** Headings that caption a picture or date a release (`Fotografi: …`, `Pressmeddelande • Maj 2, 2023`, an interpellation's `Inkom den …`): no event's title. */
const NOT_A_TITLE =
  /^\s*(?:(?:Foto(?:grafi)?|Bild(?:text)?|Photo|Från vänster)\s*:|(?:Pressmeddelande|Press release)(?=\s*(?:[•|–-]|\d|$))|(?:Inkom den|Besvarad den)(?![\p{L}]))/iu;
const LEDDE =
  /^\s*(?:\S+\s+){0,8}?(?:ledde|led|chaired|moderated) (?:seminariet|samtalet|panelen|diskussionen|mötet|workshopen|the (?:seminar|panel|session|discussion|meeting|workshop))/i;
/** `Den 20 februari höll styrelsen … möte`, `Den 3 maj sammanträdde styrelsen`: the day a board met, as a sentence says. */
const HELD_ON = /^\s*Den\s+(\d{1,2}\s+\p{L}+(?:\s+\d{4})?)\s+(?:(?:höll|hade)\s+styrelsen\b[^.]{0,80}?\bmöte|sammanträdde\s+styrelsen)\b/u;
/** How far after a board meeting's heading the sentence saying when it met may start, in characters. */
const HELD_REACH = 400;
// The head of a numbered item of minutes' business, up to a word of its heading (`§79 Utvärdering av `).
const ITEM_HEAD = /^[ \t]*§[ \t]*\d+[^\n.!?]*$/u;
const BOARD = /\b(?:styrelsemötet|styrelsemöte|styrelsens möte)(?:,)?(?:\s+den)?\s+(\d{1,2}\s+\p{L}+(?:\s+\d{4})?)/giu;
// `Moderator var X`, `Moderator: X`, `moderator X`: X chaired.
const MODERATOR_BEFORE = /\bmoderator(?:\s+(?:var|är|blir|was|is))?\s*[:,]?\s*$/i;
// `X modererade.`, `X (S) modererade samtalet`: the verb right after the name (and its party), so that a sentence
// naming others first (`A talade och B modererade`) does not make A its chair.
const MODERERADE = /^\s*(?:\([^()\n]{1,12}\)\s*)?modererade\b/i;
// `X var moderator för paneldebatten`, `X guidade deltagarna genom dagen i rollen som moderator`: in X's own clause.
const AS_MODERATOR =
  /^(?:\s*\([^()\n]{1,12}\))?\s*(?:var|är|was|is)\s+(?!(?:inte|ej|aldrig|not|never)\s)(?:\p{Ll}+\s+)?moderator(?![\p{L}])|(?<![\p{L}])som moderator(?![\p{L}])/iu;

/** X's own statement that X moderated, in the rest of X's sentence: no other name before it (`X talade med Y som moderator`). */
function asModerator(rest: string): RegExpExecArray | null {
  const m = AS_MODERATOR.exec(rest);
  return m && !/\p{Lu}/u.test(rest.slice(0, m.index)) ? m : null;
}
// A body's meeting: first the verb phrase, then the body in the few words before it (a bounded look back, so the
// cost stays linear whatever the sentence).
const HELD_MEETING = /\s(?:har haft|hade|höll|har hållit)\s(?:sitt\s|ett\s)?(första\s)?(?:möte|sammanträde)/u;
const BODY_BEFORE = /((?:\p{Ll}{1,30}a\s)?\p{L}{0,40}(?:styrgrupp|nämnd|utskott|råd|grupp|styrelse)(?:en|et|n)?(?:\s\p{Lu}[\p{L}-]{0,40})?)$/u;
/** Kinds of organisation with no seats for those at a meeting they call (an agency's network, a university's seminar). */
const NOT_SEATING = new Set(["agency", "county_board", "court", "police", "media", "university"]);
const CHAIR_ROLES = new Set(["ordförande", "moderator", "mötesordförande", "förbundsordförande"]);

/**
 * A role written between two names of a field's run (`Anna Berg (S), ordförande Per Holm (M), vice ordförande Eva
 * Ek`) is the name's before it, as minutes list a chair with the role after the name; where the run opens with a role
 * before its first name (`ordförande Anna Berg, vice ordförande Per Holm`), each role is the name's after it.
 */
function rolesAfterCommas(text: string, listed: readonly ListedPerson[], gazetteer: readonly Mention[]): ListedPerson[] {
  const out = listed.map((e) => ({ ...e }));
  let g = 0;
  let roleFirst = false;
  for (let i = 0; i < out.length; i++) {
    const [a, b] = [out[i - 1], out[i]];
    if (!a || a.field !== b.field) {
      roleFirst = !!b.role && b.role.start < b.person.start;
      continue;
    }
    while (g < gazetteer.length && gazetteer[g].start < a.end) g++;
    const r = gazetteer[g];
    if (!r || r.kind !== "role" || r.end > b.start) continue;
    // After a comma, or right after the first name's party (`(S) ordförande`); nothing but a comma before the next name.
    const before = text.slice(a.end, r.start);
    if (!(/^\s*,\s*$/.test(before) || (/^\s*$/.test(before) && text[a.end - 1] === ")"))) continue;
    if (!/^\s*,?\s*$/.test(text.slice(r.end, b.person.start))) continue;
    const target = roleFirst ? b : a;
    if (!target.role) target.role = { normalised: r.id, written: text.slice(r.start, r.end).toLowerCase(), start: r.start, end: r.end };
  }
  return out;
}

/** What stands between a name and an organisation after its comma: a party in parentheses, the comma, a title. */
const AFTER_COMMA = /^[ \t]*(?:\([^()\n]{1,12}\))?[ \t]*,[^\n,]*$/;

/** A date's label left at a title's end when its date is taken out (`Protokoll, Datum:`). */
const DATE_LABEL_END = /[\s,]+(?:datum|sammanträdesdatum|mötesdatum|tid|date)[\s:]*$/i;

/** The protocol's word on its line before a body's name (`Protokoll `, `Protokoll från `). */
const PROTOCOL_BEFORE = /(?:^|\n)[ \t]*protokoll(?:[ \t]+(?:från|för|vid))?[ \t]+$/i;

/** A listed name's fields that say it was not at the meeting: absent, replaced, a mail's, or only elected there. */
const NOT_THERE: ReadonlySet<string> = new Set(["absent", "replaced", "sender", "recipient", "listed"]);

/** A word of election (`väljs`, `nyväljs`, `omvaldes`, `utses`). */
const ELECTED_WORD = /(?<![\p{L}])(?:ny|om)?(?:väljs|valdes|utses|utsågs)(?![\p{L}])/iu;

/**
 * Whether a listed name is one an election item's line elects (`Ordförande: Till ordförande för föreningen väljs X`,
 * `Ordinarie ledamöter: Väljs X och Y`): a seat the meeting gives, not its field (X did not chair the meeting for it,
 * nor attend for being elected).
 */
function electedOnLine(text: string, entry: ListedPerson): boolean {
  const from = Math.max(text.lastIndexOf("\n", entry.person.start - 1) + 1, entry.person.start - 80);
  const line = text.slice(from, entry.person.end);
  const at = line.search(ELECTED_WORD);
  return at >= 0 && !line.slice(at).includes(".");
}

/** The listed names with those an election item elects, and its field's names on the lines after them, only listed. */
function electionItems(text: string, listed: readonly ListedPerson[]): ListedPerson[] {
  const elected = new Set<string>();
  return listed.map((e) => {
    if (!elected.has(e.field) && !electedOnLine(text, e)) return e;
    // The field's list runs on below its election line (`Väljs X och Y på 2 år.` ¶ `Z och W har 1 år kvar`).
    elected.add(e.field);
    return { ...e, fieldRole: "listed" as const };
  });
}

/** The first organisation in the text's top 300 characters not right after a person's comma (findMeetings' `titleOrg`). */
function topOrganisation({ doc, gazetteer, people }: MeetingInput): Mention | undefined {
  const afterPerson = (g: Mention) => people.some((p) => p.end <= g.start && g.start - p.end <= 40 && AFTER_COMMA.test(doc.text.slice(p.end, g.start)));
  return gazetteer.find((g) => g.kind === "organisation" && g.end <= 300 && !afterPerson(g));
}

/** Meeting facts of one document. */
export function findMeetings(input: MeetingInput): Fact[] {
  const { doc, gazetteer, model, ref } = input;
  const talk = talkPatternsOf(model.lexicon.data.talkVerbs ?? DEFAULT_TALK_VERBS);
  const listed = doc.genre === "minutes" ? rolesAfterCommas(doc.text, electionItems(doc.text, input.listed), gazetteer) : input.listed;
  const facts: Fact[] = [];
  const ev = (start: number, end: number) => evidenceOf(doc, start, end);
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  const orgIn = (start: number, end: number) => gazetteer.find((g) => g.kind === "organisation" && g.start >= start && g.end <= end);
  const [titleStart, titleEnd] = titleSpan(doc);
  // An organisation near the top, not one right after a person's comma (`Olle Dahl, polisen`, a member of a group the
  // notes list), which is where that person comes from. Read on first need: few documents' meetings ask for it, and
  // where the title names none it costs two scans of the document's mentions.
  let titleOrgRead: Mention | undefined | null = null;
  const titleOrg = () => (titleOrgRead === null ? (titleOrgRead = orgIn(0, Math.min(doc.text.length, titleEnd + 1)) ?? topOrganisation(input)) : titleOrgRead);

  const meeting = (title: string, date: string | undefined, start: number, end: number, type: MeetingType, extra: Record<string, unknown> = {}): EntityRef => {
    const org = extra.organiser as Mention | undefined;
    const entity = (extra.entity as EntityRef | undefined) ?? meetingRef(title, date, { type, doc: doc.id, place: extra.place as string | undefined });
    if (type === "board" && org && date) entity.key = `styrelsemote-${org.id}-${date}`;
    facts.push({ type: "entity", entity, evidence: ev(start, end), rule: `meeting:${type}` });
    if (org)
      facts.push({
        type: "relation",
        kind: "organised_by",
        source: entity,
        target: { kind: "organisation", key: org.id, label: org.label },
        evidence: ev(org.start, org.end),
        rule: `meeting:${type}:organiser` as RuleId,
      });
    return entity;
  };
  const relate = (
    kind: "attended" | "chaired" | "spoke_at",
    p: Mention,
    m: EntityRef,
    start: number,
    end: number,
    rule: RuleId,
    attrs?: Record<string, unknown>,
  ) => facts.push({ type: "relation", kind, source: ref(p), target: m, evidence: ev(start, end), rule, attrs });
  const topics = (m: EntityRef, start: number, end: number) => facts.push(...topicFacts(doc, m, model.lexicon, start, end));
  const completeDate = (text: string): string | undefined => {
    const d = findDates(text)[0];
    if (!d) return undefined;
    const year = d.year ?? docYear;
    return year ? isoDate(year, d.month, d.day) : undefined;
  };

  // Minutes: the header is the meeting; a roster of a body (its members and substitutes under field lines, and no
  // field of a meeting) is none: its people hold their seats in the body and stand for the municipalities they are
  // listed under (see 04-protocol).
  // An association's general meeting whose minutes list no one (`Protokoll fört vid ordinarie årsmöte med X förening`, a
  // numbered agenda that chooses its officers in paragraphs) is a meeting all the same: its head is its first lines.
  const top = Math.min(doc.text.length, 600);
  const generalOnly = doc.genre === "minutes" && listed.length === 0 && associationOrgan(doc.text, top, model.lexicon, doc)?.general;
  if (doc.genre === "minutes" && (listed.length > 0 || generalOnly)) {
    const words = model.lexicon.data.protocol;
    const meetingField = (name: string) => words.minutesFields.includes(name) || name in words.peopleFields;
    const roster = isRoster(doc.text, [
      ...listed.map((entry) => entry.field),
      ...headerFields(doc.text)
        .map((f) => f.name)
        .filter(meetingField),
    ]);
    // The body the header names (`Tekniska nämnden`), which holds its members' roles, as in a protocol read inline;
    // not one a listed person comes from (`Anna Berg, Länsstyrelsen Dalarna`), nor is that the meeting's organiser.
    const first = listed.length ? listed[0].start : top;
    const others = otherBodies(
      doc.text,
      listed.map((e) => e.person),
    );
    const head = blanked(doc.text, others);
    // A stacked header's body before a body in lower case further on (`… tider för kulturrådet`).
    const topRead = (page: string, to: number) =>
      topShortForm(page, words) ?? stackedBody(page, words.bodies, model.lexicon, to) ?? bodyIn(page, words, 0, to) ?? shortFormIn(words, page, 0, to);
    // A document-sharing page's PDF text first, its title line only where that names no body (see protocolMeeting).
    const shared = sharedPageEnd(doc.text);
    const read =
      (shared ? topRead(blanked(doc.text, [[0, shared], ...others]), Math.min(doc.text.length, shared + 600)) : undefined) ??
      topRead(head, top) ??
      // An `Organ:` field only where the head names no body: an item's `Beslutsinstans: Kommunfullmäktige` or a notice
      // of another body's minutes names none that met.
      organField(doc.text, words) ??
      openedBody(doc.text, words, first);
    // A body noun in lower case right after the protocol's word (`Protokoll styrelsen`, `Protokoll från direktionen`)
    // names the body that met, as a capitalised one does, when the foot names none of that noun (`ordförande
    // Miljönämnden`) and the head names whose it is: a bare `Direktionen` of no förbund would be every förbund's.
    const titled = read && words.bodies.includes(read.name) && PROTOCOL_BEFORE.test(doc.text.slice(Math.max(0, read.start - 20), read.start));
    // The titled noun is in the head, where footBody leaves a bare noun be: it is read from the head on.
    const found = footBody(doc.text, words, read, titled ? 0 : first);
    const fromFoot = found !== read;
    let organ =
      fromFoot && found
        ? found
        : titled
          ? { ...read, name: read.name[0].toUpperCase() + read.name.slice(1) }
          : read && /^\p{Lu}/u.test(read.name)
            ? read
            : undefined;
    organ = ownedSubBody(doc.text, words.bodies, organ);
    // Its municipality, region or association: every municipality has a `Kommunstyrelsen`.
    let parent = headerParent(doc.text, gazetteer, model.lexicon, organ, first, roster, listed);
    if (titled && !fromFoot && !parent) {
      organ = undefined;
      parent = headerParent(doc.text, gazetteer, model.lexicon, organ, first, roster, listed);
    }
    // An association's minutes that name no body the usual way: its general meeting, its board or itself (above the
    // first listed person), whose parent is the association, never a place the head names.
    // Its general meeting, named above the first item (`Protokoll från Årsmötet den 14 mars 2022:`), before a body read
    // only in an item (`§ 6. Styrelsen beviljades ansvarsfrihet`), which the general meeting speaks of.
    const firstItem = doc.text.indexOf("§");
    const general =
      organ && !fromFoot && !roster && firstItem >= 0 && organ.start > firstItem
        ? associationOrgan(head, Math.min(firstItem, ...listed.map((e) => e.start)), model.lexicon, doc)
        : undefined;
    // A title naming its association's general or delegates' meeting in the genitive before the body read (see protocolMeeting).
    const firstListed = listed.reduce((m, e) => Math.min(m, e.start), top);
    const association = general?.general
      ? general
      : roster
        ? undefined
        : organ
          ? fromFoot
            ? undefined
            : titledAssociation(head, firstListed, organ.start, model.lexicon, doc)
          : associationOrgan(head, firstListed, model.lexicon, doc);
    if (association) [organ, parent] = [association.organ, association.parent];
    const body = organ ? bodyRef(organ.name, parent?.ref, association?.organ.within) : undefined;
    // A known association's general meeting is named with it (`Ekby hembygdsförening årsmöte`): a bare `Årsmötet` tells
    // no association's from another's.
    if (body && association?.general && parent) body.label = `${parent.ref.label} ${association.noun}`;
    if (roster) {
      if (organ && body) facts.push({ type: "entity", entity: body, evidence: ev(organ.start, organ.end), rule: "protocol:organ" });
      for (const entry of listed) facts.push(...headerRoles({ ...entry, capacity: entry.fieldRole }, ref(entry.person), body, model, ev, entry.field));
      // A municipality the roster's body is of is the one its members stand for (headerParent's own roster).
      facts.push(...rosterMunicipalities(doc.text, listed, model, ref, ev, parent?.ref));
    } else if (doc.title) {
      const placeMatch = /^[ \t]*(?:Plats|Plats och tid)[ \t]*[:\t][ \t]*(.+)$/im.exec(doc.text);
      // A label on the same line ends the place (`Plats: Bygdegården   Tid: 18.00 – 19.30`).
      const next = placeMatch && [...placeMatch[1].matchAll(/\s(\p{Lu}[\p{L} ]{0,30}?)[ \t]*:/gu)].find((l) => meetingField(l[1].toLowerCase()));
      const place = placeMatch?.[1].slice(0, next?.index).trim();
      const topOrg = titleOrg();
      const own = topOrg && others.some(([start, end]) => start <= topOrg.start && topOrg.end <= end);
      const organiser =
        orgIn(titleStart, titleEnd) ??
        (placeMatch ? orgIn(placeMatch.index, placeMatch.index + placeMatch[0].length) : undefined) ??
        (own ? undefined : topOrg);
      // The date the title gives the meeting (`Sammanträde 2006-12-19`) before the document's.
      const titled = findDates(doc.title).find((d) => d.day !== undefined && d.year !== undefined);
      // A document dated to its month only (a wiki page's) whose head names a day of that month (`10 december 2015`
      // under its heading) met that day, as the protocol's header reads it (04-protocol's meetingDate).
      const day = doc.date?.length === 7 ? findDates(doc.text.slice(0, top)).find((d) => d.day !== undefined && d.year !== undefined) : undefined;
      const dayIso = day && isoDate(day.year!, day.month, day.day);
      // A document dated to its year only (by its title, `Årsmöte 2016`) whose `Tid:` gives the day and month alone
      // (`Lördagen den 2 april, kl. 17.00`) met that day of that year.
      const lines = headerFields(doc.text);
      const when = doc.date?.length === 4 ? lines.find((f) => f.name === "tid" || f.name === "datum") : undefined;
      const dayOnly = when && yearlessDay(when.value, docYear!);
      // Not before the posting certificate's (`Datum för sammanträdet`): a sharing page's title dates its copy's adjustment.
      const certified = certifiedDate(doc.text);
      const date = certified
        ? certified.iso
        : titled
          ? isoDate(titled.year!, titled.month, titled.day)
          : (timedFieldDate(lines) ?? dayOnly?.iso ?? (dayIso?.startsWith(doc.date!) ? dayIso : doc.date));
      // Titled by the body, else by the document title (a web page's breadcrumb trail cut to its last place:
      // `AB Svenska Bostäder, Sammanträde`).
      // A body of a named municipality or region meets as the inline header's (`Kommunstyrelsen, Gävle, 2022-05-10`).
      const entity = organ && parent ? bodyMeetingRef(organ.name, parent.ref, date, doc, place) : undefined;
      const named = organ && !association?.untitled ? organ.name : minutesTitle(untitledMeetingLine(doc, association), words.bodies);
      const m = meeting(named, date, titleStart, titleEnd, "minutes", {
        organiser,
        place,
        entity,
      });
      if (organ) facts.push({ type: "entity", entity: m, evidence: ev(organ.start, organ.end), rule: "meeting:minutes" });
      if (organ && body) {
        facts.push({ type: "entity", entity: body, evidence: ev(organ.start, organ.end), rule: "protocol:organ" });
        facts.push({ type: "relation", kind: "organised_by", source: m, target: body, evidence: ev(organ.start, organ.end), rule: "protocol:organ" });
        if (parent) facts.push({ type: "entity", entity: parent.ref, evidence: ev(parent.start, parent.end), rule: "protocol:organ" });
      }
      // A company's board meeting as its web page lists it (`AB Svenska Bostäder > Sammanträde 2006-12-19`, no body
      // named): the people listed hold their fields' roles in the company (`Ordföranden`, `Vice ordföranden`, `Justeras`).
      // The company is the lexicon's organisation, else the place of the trail the meeting belongs to.
      const crumb = organ || organiser ? undefined : trailOwner(doc.title);
      const company: EntityRef | undefined = organ
        ? undefined
        : organiser
          ? { kind: "organisation", key: organiser.id, label: organiser.label }
          : crumb && { kind: "organisation", key: nameKey(crumb.label), label: crumb.label };
      if (crumb && company) {
        const evidence = ev(titleStart + crumb.start, titleStart + crumb.end);
        facts.push({ type: "entity", entity: company, evidence, rule: "meeting:minutes:organiser" });
        facts.push({ type: "relation", kind: "organised_by", source: m, target: company, evidence, rule: "meeting:minutes:organiser" });
      }
      // An authority that calls a network's meeting (`Minnesanteckningar … (MUCF)`) seats none of those present: they
      // come from organisations of their own; the offices of the meeting are held at it.
      const seats = company && !(organiser && NOT_SEATING.has(model.lexicon.organisation(organiser.id)?.type ?? "")) ? company : undefined;
      // An adjuster another adjusted for (`X ersätter Y som justerare`) holds no adjuster's office.
      const swapped = swappedAdjusters(
        doc.text,
        listed.filter((e) => e.fieldRole === "adjuster").map((e) => e.person.label),
        Math.max(...listed.map((e) => e.end)),
      );
      for (const entry of listed) {
        if (NOT_THERE.has(entry.fieldRole)) continue;
        if (entry.fieldRole === "chair") relate("chaired", entry.person, m, entry.start, entry.end, "minutes:field-chair");
        else relate("attended", entry.person, m, entry.start, entry.end, "minutes:field", { capacity: entry.fieldRole, replaces: entry.replaces?.label });
        if (entry.role && CHAIR_ROLES.has(entry.role.normalised) && model.lexicon.role(entry.role.normalised)?.category === "chair") {
          relate("chaired", entry.person, m, entry.start, entry.role.end, "minutes:listed-chair", entry.role.items ? { items: entry.role.items } : undefined);
        }
        // An official of the association or company that met as itself holds the title there, as read inline.
        const staffTitle = entry.role && !BODY_ROLES.has(model.lexicon.role(entry.role.normalised)?.category ?? "");
        const held =
          staffTitle && body && metAsItself(organ) ? staffTitleHeld(entry.role!, ref(entry.person), body, entry.start, gazetteer, doc.text, ev) : undefined;
        if (held) facts.push(held);
        if (entry.fieldRole === "staff" && organiser) {
          facts.push({
            type: "relation",
            kind: "holds_role",
            source: ref(entry.person),
            target: { kind: "organisation", key: organiser.id, label: organiser.label },
            evidence: ev(entry.start, entry.end),
            rule: "minutes:staff",
          });
        }
        // A field named by a role (`Vice ordföranden`, `Personalrepresentanten`) gives that role as written.
        const named = company ? fieldRole(entry.field, model) : undefined;
        facts.push(
          ...headerRoles(
            // A member present at a general meeting is the association's, with no seat in its meeting (`seatless`).
            {
              ...entry,
              capacity:
                (entry.fieldRole === "adjuster" && swapped.has(entry.person.label)) || (entry.fieldRole === "member" && seatless(association, entry.field))
                  ? "listed"
                  : entry.fieldRole,
            },
            ref(entry.person),
            // Minutes that name no body: their secretary and adjusters hold their office at the meeting itself.
            named ? undefined : (body ?? seats ?? (holdsMeetingOffice(entry.fieldRole, entry.role, model.lexicon) ? m : undefined)),
            model,
            ev,
            entry.field,
            parent?.ref,
          ),
        );
        if (named && company)
          facts.push({
            type: "relation",
            kind: "holds_role",
            source: ref(entry.person),
            target: company,
            evidence: ev(entry.start, entry.end),
            rule: "protocol:role",
            attrs: { role: entry.field.toLowerCase(), roleNormalised: named },
          });
      }
      // The officers the first paragraphs choose (`Till justeringsmän valdes X och Y`, `Till ordförande för årsmötet
      // valdes Z`), held in the body, else in the meeting itself.
      const holder = body ?? company ?? m;
      // After the fields, not the election item's lines (an årsmöte's functionaries are chosen before its board).
      const fields = listed.filter((e) => e.fieldRole !== "listed");
      const from = fields.length ? Math.max(...fields.map((e) => e.end)) : titleEnd;
      // Minutes that list no members (an årsmöte's: `Ordförande X hälsade välkomna`, no roll): the people the paragraphs
      // choose to keep or adjust the minutes were there, though no list names them.
      const roll = listed.some((e) => e.fieldRole === "member" || e.fieldRole === "substitute");
      const unlisted = roll ? [] : input.people.filter((p) => p.start >= from && !listed.some((e) => e.person.label === p.label));
      const chosen = chosenInParagraphs(
        doc.text,
        [...listed.map((e) => ({ person: e.person, capacity: e.fieldRole })), ...unlisted.map((person) => ({ person, capacity: "listed" as const }))],
        from,
        (e) => headerRoles(e, ref(e.person), holder, model, ev),
      );
      facts.push(...chosen.facts, ...counterRoles(chosen.counters, holder, ref, ev));
      // Minutes whose fields name no secretary: the one who signs under `Vid protokollet` at the foot kept them.
      const foot = listed.some((e) => e.fieldRole === "secretary") ? undefined : footSecretary(doc.text, [...listed.map((e) => e.person), ...input.people]);
      if (foot) {
        facts.push(...headerRoles({ person: foot.person, capacity: "secretary", start: foot.start, end: foot.end }, ref(foot.person), holder, model, ev));
        if (!listed.some((e) => e.person === foot.person && PRESENT.has(e.fieldRole)))
          relate("attended", foot.person, m, foot.start, foot.end, "protocol:attended", { capacity: "secretary" });
      }
      if (body && association?.general)
        facts.push(...termElections(doc.text, input.people, from, body, association.parent?.ref, doc.id, model.lexicon, ref, ev));
      // (A listed one attended as the field says, above; one an election item lists, for being chosen.)
      for (const c of chosen.attending)
        if (!fields.some((e) => e.person === c.person)) relate("attended", c.person, m, c.start, c.end, "protocol:attended", { capacity: c.capacity });
      // Where no listed person is marked chair, the one chosen to chair, else the one the minutes say opened the
      // meeting, chaired it.
      const headerChair = listed.some((e) => e.fieldRole === "chair" || (e.role && CHAIR_ROLES.has(e.role.normalised)));
      const [chosenChair] = chosen.chairs.length === 1 ? chosen.chairs : [];
      const present = listed.filter((e) => PRESENT.has(e.fieldRole));
      // Where no list names those present, the one who opened the meeting was there too (not who reports or performs).
      const opened = headerChair ? undefined : openingChair(doc.text, [...present.map((e) => e.person.label), ...unlisted.map((p) => p.label)]);
      const opener = opened && (present.find((e) => e.person.label === opened.name)?.person ?? unlisted.find((p) => p.label === opened.name));
      if (!headerChair && chosenChair) {
        relate("chaired", chosenChair.person, m, chosenChair.start, chosenChair.end, "protocol:opening-chair");
        // Chosen to chair it (`Till mötesordförande väljs X`) where no list names those present: X was there.
        if (unlisted.includes(chosenChair.person))
          relate("attended", chosenChair.person, m, chosenChair.start, chosenChair.end, "protocol:attended", { capacity: "chair" });
        // One who opened it and handed it to the chair chosen.
        if (opened && opener && opener !== chosenChair.person && unlisted.includes(opener) && !chosen.attending.some((c) => c.person === opener))
          relate("attended", opener, m, opened.start, opened.end, "protocol:attended");
      } else if (opened && opener) {
        relate("chaired", opener, m, opened.start, opened.end, "protocol:opening-chair");
        if (unlisted.includes(opener)) relate("attended", opener, m, opened.start, opened.end, "protocol:attended", { capacity: "chair" });
      }
      speakersAtLineStart(m, "minutes:presenter", new Set(listed.map((l) => l.person.from)), true);
      topics(m, 0, doc.text.length);
    }
  }

  // E-mailed reports: the event reported on.
  if (doc.genre === "email") {
    const headerEnd = Math.max(
      0,
      ...listed.map((l) => l.end),
      ...headerFields(doc.text)
        .filter((f) => EMAIL_FIELDS.has(f.name))
        .map((f) => f.end),
    );
    const body = doc.text.slice(headerEnd);
    const lineRe = /^[^\n]*\S[^\n]*$/gm;
    let eventLine: { text: string; start: number } | undefined;
    for (const line of body.matchAll(lineRe)) {
      if (/^\s*\*\*/.test(line[0])) continue;
      eventLine = { text: line[0].trim(), start: headerEnd + (line.index ?? 0) + (line[0].length - line[0].trimStart().length) };
      break;
    }
    if (eventLine && EVENT_WORD.test(eventLine.text)) {
      const date = completeDate(eventLine.text) ?? doc.date;
      const title = eventLine.text.replace(/\s*\d{1,2}\s+\p{L}+(\s+\d{4})?\.?\s*$/u, "").replace(/[.\s]+$/, "");
      const organiser = orgIn(eventLine.start, eventLine.start + eventLine.text.length) ?? titleOrg();
      const m = meeting(title, date, eventLine.start, eventLine.start + eventLine.text.length, "conference", { organiser });
      const sender = listed.find((l) => l.fieldRole === "sender");
      if (sender) relate("attended", sender.person, m, sender.start, sender.end, "email:sender-reports");
      speakersAtLineStart(m, "email:speaker", new Set(sender ? [sender.person.label] : []), false);
      topics(m, headerEnd, doc.text.length);
    }
  }

  // Seminars and panels in sections.
  const mayHaveSeminars = !input.programme && doc.genre !== "minutes" && doc.genre !== "email" && input.cues.seminar && seminarCue(doc.text) >= 0;
  // A picture's caption of people and their titles only (`Regionråd A och regionråd B`): no event's title.
  // (Its people and titles sorted once, each heading's looked up by halving: a newsletter of many seminars had
  // filtered them all for each heading.)
  let captionSpans: Mention[] | undefined;
  const namesOnly = (start: number, end: number) => {
    captionSpans ??= peopleAndTitles(input).sort((x, y) => x.start - y.start);
    const spans: Mention[] = [];
    for (let i = firstAtOrAfter(captionSpans, start, (m) => m.start); i < captionSpans.length && captionSpans[i].start < end; i++)
      if (captionSpans[i].end <= end) spans.push(captionSpans[i]);
    if (!spans.some((m) => m.kind === "person")) return false;
    let rest = doc.text.slice(start, end);
    for (const m of spans.sort((x, y) => y.start - x.start)) rest = rest.slice(0, m.start - start) + rest.slice(m.end - start);
    return CAPTION_REST.test(rest);
  };
  // (Tested only where seminars are read, its one use.)
  const quoteSaid = mayHaveSeminars && PRESS_RELEASE_TOP.test(doc.text.slice(0, 300)) ? QUOTE_SAID_PAST : QUOTE_SAID;
  // A document-sharing page's lines before the PDF's own text (`Download "…"`, `Transkript`) are the site's, no heading.
  const sharedEnd = mayHaveSeminars ? sharedPageEnd(doc.text) : 0;
  // The day a programme's heading gives the seminars under it (`Tisdag 14 mars` over `Seminarium om vatten` and the
  // next ones), until the next day's heading or a section that tells of no seminar.
  let day: DateMention | undefined;
  let above: Section | undefined;
  for (const section of mayHaveSeminars ? input.sections() : []) {
    const over = above;
    above = section;
    const text = doc.text.slice(section.start, section.end);
    const told = seminarCue(text);
    // (Only a day's line standing alone: under another heading it tells of something else, `Sista anmälningsdag`.)
    const heads = dayHeading(section.category) ?? (section.category === undefined ? dayHeading(section.title) : undefined);
    if (heads) day = heads;
    else if (told < 0) day = undefined;
    if (!section.title || told < 0 || doc.genre === "minutes" || doc.genre === "email") continue;
    const inSection = input.people.filter((p) => p.start >= section.start && p.end <= section.end);
    if (inSection.length === 0) continue;
    // A list of participants looks like a group of headings (short lines, no full stop): its last row, a person with
    // a party or title beside the name, is no seminar's title; the document's title names the event it tells of, as
    // it does under a sharing site's lines.
    const sectionStart = section.titleStart ?? section.start;
    const participantRow = inSection.some((p) => p.start === section.titleStart && input.appositions.has(p));
    const siteLine = sectionStart < sharedEnd;
    // A picture's caption is titled by the heading over it (`Seminarium om vatten` right over `Regionråd A och
    // regionråd B`, or the section's before it), not by the document's title, which would make one seminar of a
    // newsletter's many.
    const captioned =
      !participantRow && namesOnly(sectionStart, sectionStart + section.title.length)
        ? section.category !== undefined
          ? ([section.start, section.start + section.category.length, section.category] as const)
          : over?.title !== undefined && over.titleStart !== undefined
            ? ([over.titleStart, over.titleStart + over.title.length, over.title] as const)
            : undefined
        : undefined;
    // A heading that captions a picture or dates a release names no seminar; an event the section tells of in prose is
    // read below.
    if (NOT_A_TITLE.test(section.title)) continue;
    const [headingStart, headingEnd, heading] = captioned
      ? captioned
      : (participantRow || siteLine) && doc.title && titleEnd > titleStart
        ? [titleStart, titleEnd, doc.title]
        : [sectionStart, sectionStart + section.title.length, section.title];
    // A title that is only a date (`den 1 december`, an interpellation's answer date on its own line) names no
    // seminar; a title that states a day dates the seminar by it rather than by the document.
    const titled = findDates(heading).find((d) => d.day !== undefined && d.month !== undefined);
    if (titled && isBareDate(heading)) continue;
    const chairs = new Map<Mention, [number, number, RuleId]>();
    for (const p of inSection) {
      const before = doc.text.slice(Math.max(section.start, p.start - 40), p.start);
      const ledBy = LED_BY.exec(before);
      if (ledBy && !GROUP_LED.test(before)) chairs.set(p, [p.start - (before.length - ledBy.index), p.end, "seminar:under-ledning-av"]);
      const after = doc.text.slice(p.end, Math.min(section.end, p.end + 120)).split(/[.!?\n]/)[0];
      const led = LEDDE.exec(after);
      if (led) chairs.set(p, [p.start, p.end + led.index + led[0].length, "seminar:ledde"]);
      const moderator = MODERATOR_BEFORE.exec(before);
      if (moderator) chairs.set(p, [p.start - (before.length - moderator.index), p.end, "seminar:moderator"]);
      const as = asModerator(after);
      if (as) chairs.set(p, [p.start, p.end + as.index + as[0].length, "seminar:moderator"]);
      const moderated = MODERERADE.exec(after);
      if (moderated) chairs.set(p, [p.start, p.end + moderated[0].length, "seminar:ledde"]);
      const app = input.appositions.get(p);
      const modRole = app?.roles.find((r) => r.normalised === "moderator");
      if (modRole) chairs.set(p, [p.start, modRole.end, "seminar:moderator"]);
    }
    // A column's author: named over it before the seminar is told of (`X, direktör. Foto: …`) and signing under it, a
    // name alone on its line after everyone else; no speaker.
    // Not one a contact line names last (`kontakta:` over the name): a speaker may be told of first.
    const toldAt = section.start + told;
    const [first, last] = [inSection[0], inSection[inSection.length - 1]];
    const lineBefore = doc.text.slice(doc.text.lastIndexOf("\n", last.start - 2) + 1, last.start);
    const signs =
      (last.start === 0 || doc.text[last.start - 1] === "\n") &&
      /^[ \t]*(?:\n|$)/.test(doc.text.slice(last.end)) &&
      !/kontakt|information|frågor/i.test(lineBefore);
    const eol = doc.text.indexOf("\n", first.end);
    const author = signs && first.label === last.label && eol >= 0 && eol < toldAt ? last.label : undefined;
    // Speakers: the people of a sentence that says they took the floor, a quote's speaker, and the people who open the
    // lines under a label that says so (`I seminariet medverkar:`); a sentence is tested once.
    const floor = new Map<number, boolean>();
    const speakers = new Set<Mention>();
    // Where the last line listed under such a label starts.
    let listedLine = -1;
    for (const p of inSection) {
      if (chairs.has(p) || p.label === author) continue;
      const { start, end } = sentenceAround(doc.text, p.start, 400);
      let took = floor.get(start);
      if (took === undefined) floor.set(start, (took = talk.floor.test(doc.text.slice(Math.max(section.start, start), Math.min(section.end, end)))));
      // The line's start, looked for a bounded way back (a flattened text is one long line): only a short prefix can be a
      // bullet, a time or a quote's dash.
      const back = doc.text.slice(Math.max(section.start, p.start - 400), p.start);
      const lineStart = p.start - back.length + back.lastIndexOf("\n") + 1;
      // The line above, blank lines skipped (looked back a bounded way; a label may close the section before).
      const from = Math.max(0, lineStart - 400);
      const above = doc.text.slice(from, lineStart).trimEnd();
      const lineAbove = above.slice(above.lastIndexOf("\n") + 1);
      // A label ends in a colon, or is a short line with no full stop.
      const label = lineAbove.endsWith(":") || (lineAbove.length < 40 && !/[.!?]$/.test(lineAbove));
      const listed =
        BULLETS_ONLY.test(doc.text.slice(lineStart, p.start)) &&
        (from + above.lastIndexOf("\n") + 1 === listedLine || (label && (talk.floor.test(lineAbove) || LIST_LABEL.test(lineAbove))));
      if (listed) listedLine = lineStart;
      const labelled = LABEL_AT_LINE.exec(doc.text.slice(lineStart, p.start))?.[1];
      if (
        took ||
        listed ||
        (labelled !== undefined && (LIST_LABEL.test(labelled) || talk.floor.test(labelled))) ||
        TIMED_ITEM.test(doc.text.slice(lineStart, p.start)) ||
        (quoteSaid.test(doc.text.slice(Math.max(lineStart, p.start - 40), p.start)) && QUOTE_LINE.test(doc.text.slice(lineStart, p.start)))
      )
        speakers.add(p);
    }
    const attendees = cameTo(section.start, section.end, inSection, (p) => chairs.has(p) || speakers.has(p));
    // A section that says no one led, spoke at or came to its seminar tells of one in passing (an interpellation's
    // `SCB anordnade ett kort seminarium`): no meeting.
    if (chairs.size + speakers.size + attendees.length === 0) continue;
    // Named as a seminar once: a heading that says so already keeps its own word (`Seminarium: X`, `Seminarium om X`),
    // and a label that repeats it is left out (`Seminarium: Seminarium om X`).
    const named = heading.replace(/\s+/g, " ");
    const label = SEMINAR_LABEL.exec(named);
    const unlabelled = label ? named.slice(label[0].length) : named;
    const title = SEMINAR_NAMED.test(unlabelled) ? unlabelled : label ? named : `${doc.language === "en" ? "Seminar" : "Seminarium"}: ${named}`;
    const place = /\bi ((?:\p{Lu}[\p{L}-]+\s)?\p{Lu}?[\p{L}-]*(?:kommunhus|stadshus|rådhus|konserthus|aula))\b/u.exec(text)?.[1];
    // A span's first day (`Kommunmarknaden 13-14 september`).
    // The programme's day, unless the seminar's own text states one (`Seminariet hålls den 14 mars`).
    const bodyFrom = sectionStart + section.title.length;
    const own = () => findDates(doc.text.slice(bodyFrom, section.end)).some((d) => d.day !== undefined && d.month !== undefined);
    const when = titled ? { ...titled, day: firstDayOf(heading, titled) } : day && !own() ? day : undefined;
    const year = when?.year ?? docYear;
    const date = when && year ? isoDate(year, when.month, when.day) : doc.date;
    const m = meeting(title, date, headingStart, headingEnd, "seminar", { place });
    for (const [p, [start, end, rule]] of chairs) relate("chaired", p, m, start, end, rule);
    for (const p of speakers) relate("spoke_at", p, m, p.start, p.end, "seminar:participant");
    for (const [p, at, to] of attendees) relate("attended", p, m, at, to, "reported:meeting");
    topics(m, section.start, section.end);
  }

  // A conference told in prose, named and maybe dated where the sentence opens (`På konferensen Mötesplats Roslagen
  // den 12 maj 2022 samlades …`): the people of its paragraph said to talk there spoke at it.
  // Most texts (the benchmark's interpellations) tell of no conference: a part of its noun (`onferen` of `konferensen`,
  // `the conference`), which the cues' scan looks for, comes before the pattern and the verbs below, which cost more.
  const inProse = doc.genre === "text" || doc.genre === "newsletter";
  const conference = (inProse || doc.genre === "email") && input.cues.conference;
  const conferences = inProse && conference ? doc.text.matchAll(PROSE_CONFERENCE) : [];
  for (const c of conferences) {
    // The name stops before a person or a title (`At the conference Mayor X presented …` names no conference).
    const nameStart = c.index + c[0].indexOf(c[1]);
    let nameEnd = nameStart + c[1].length;
    for (const g of peopleAndTitles(input)) if (g.start >= nameStart && g.start < nameEnd) nameEnd = Math.min(nameEnd, g.start);
    const name = doc.text.slice(nameStart, nameEnd).trim();
    if (!name) continue;
    const paragraphEnd = doc.text.indexOf("\n\n", c.index);
    const end = paragraphEnd < 0 ? doc.text.length : paragraphEnd;
    const inParagraph = input.people.filter((p) => p.start >= nameEnd && p.end <= end);
    const byStart = new Map(inParagraph.map((p) => [p.start, p]));
    const speakers = inParagraph.flatMap((p) => {
      const to = saidToTalk(doc.text, p, byStart, talk.after);
      return to > 0 ? [{ p, end: to }] : [];
    });
    if (speakers.length === 0) continue;
    const m = meeting(name, c[2] ? completeDate(c[2]) : doc.date, nameStart, nameStart + name.length, "conference");
    for (const { p, end: to } of speakers) relate("spoke_at", p, m, p.start, to, "conference:speaker");
  }

  // A meeting told in prose (`Nätverkets höstträff gick av stapeln den 9–10 oktober 2023 i Haninge`): a sentence naming
  // an event with a verb saying it took place, dated by the sentence (a span's first day) or the document, placed in
  // the municipality after `i`, organised by the organisation that arranged it. Only the people its section then says
  // opened, led, talked at or took part in it are its chair, speakers and attendees; with none it makes no meeting,
  // so an event named in passing (`konferensen som hölls i Bryssel`) makes none.
  // Only a text naming an event can tell one (EVENT_NOUN): one with `möte` or `träff` (the meeting cue), `seminari`,
  // `konferens` (found as `conference` above) or `workshop`. The seminar cue is also set by a panel or a moderator, so
  // EVENT_NOUN's own word is looked for too.
  const mayTellEvent =
    (inProse || doc.genre === "email") && (conference || input.cues.meeting || (input.cues.seminar && doc.text.includes("seminari")) || input.cues.workshop);
  const told = mayTellEvent ? doc.text.matchAll(TOOK_PLACE) : [];
  let toldUntil = -1;
  // Where the meetings read so far are told, and the first person at or after an offset: looked up by halving, once
  // per verb, where a scan of every fact and person per verb made a text dense with such verbs slow. Made on the
  // first verb that passes the cheap tests (most texts have none).
  let readAt: number[] | undefined;
  // The people by where they start (listed people come first in `input.people`), with their place in it, made on
  // first need.
  let peopleInOrder: { p: Mention; n: number }[] | undefined;
  let personStarts: number[] = [];
  for (const verb of told) {
    if (verb.index < toldUntil) continue;
    const before = doc.text[verb.index - 1];
    const after = doc.text[verb.index + verb[0].length];
    if ((before && LETTER.test(before)) || (after && LETTER.test(after))) continue;
    const sentence = sentenceAround(doc.text, verb.index, 400);
    const said = doc.text.slice(sentence.start, sentence.end);
    const noun = EVENT_NOUN.exec(said);
    const ours = noun?.[1].toLowerCase() ?? "";
    if (!noun || /styrelse|sammanträd|fullmäktige|nämnd|utskott|direktion/.test(ours)) continue;
    // An event other than this one, as a compound names it (`Anna Berg öppnade årsmötet`).
    const another = (word: string) => {
      const w = word.toLowerCase();
      return w !== ours && !EVENT_HEADS.has(w);
    };
    // A date to the day or a municipality the event was in, else an event named in passing (`Detta möte hölls …`):
    // tested before the event's people are gathered, which costs more.
    const day = findDates(said).find((d) => d.day !== undefined);
    const place = gazetteer.find(
      (g) => g.kind === "municipality" && g.start >= sentence.start && g.end <= sentence.end && doc.text.slice(g.start - 2, g.start) === "i ",
    );
    if (!day && !place) continue;
    const section = input.sections().find((s) => verb.index >= s.start && verb.index < s.end);
    const from = section?.titleStart ?? section?.start ?? 0;
    // The next sentence telling an event ends this one's reach.
    let end = Math.min(section?.end ?? doc.text.length, sentence.end + PROSE_REACH);
    for (const next of doc.text.slice(sentence.end, end).matchAll(TOOK_PLACE)) {
      const other = sentenceAround(doc.text, sentence.end + next.index, 400);
      if (EVENT_NOUN.test(doc.text.slice(other.start, other.end))) {
        end = other.start;
        break;
      }
    }
    // So does a later line that names another event: its people are that event's.
    const ownLineEnd = doc.text.indexOf("\n", sentence.end - 1);
    for (let at = ownLineEnd < 0 ? end : ownLineEnd + 1; at < end;) {
      const eol = doc.text.indexOf("\n", at);
      const to = eol < 0 || eol > end ? end : eol;
      if ([...doc.text.slice(at, to).matchAll(EVENT_NOUNS)].some((n) => another(n[1]))) end = at;
      at = to + 1;
    }
    // A section whose seminar, event or body's meeting is read already tells that one.
    const readAlready = (at: number) => at >= from && at < end;
    readAt ??= facts.flatMap((f) => (f.type === "entity" && f.entity.kind === "meeting" ? [f.evidence.start] : [])).sort((a, b) => a - b);
    if ((readAt[firstAtOrAfter(readAt, from, (n) => n)] ?? Infinity) < end || input.reported?.some(readAlready)) continue;
    if (!peopleInOrder) {
      peopleInOrder = input.people.map((p, n) => ({ p, n })).sort((a, b) => a.p.start - b.p.start);
      personStarts = peopleInOrder.map(({ p }) => p.start);
    }
    const found: { p: Mention; n: number }[] = [];
    for (let i = firstAtOrAfter(personStarts, sentence.start, (n) => n); i < peopleInOrder.length && peopleInOrder[i].p.start < end; i++)
      if (peopleInOrder[i].p.end <= end) found.push(peopleInOrder[i]);
    const inSpan = found.sort((a, b) => a.n - b.n).map(({ p }) => p);
    // Any verb of talking (`X presenterade`) counts only in the sentence's own paragraph; past it only the cues said of
    // this event (`Därefter talade X`, `Mötet leddes av X`, `var siste talare`, `X talade`).
    const lineEnd = doc.text.indexOf("\n", sentence.end - 1);
    const paragraphEnd = lineEnd < 0 ? end : lineEnd;
    const byStart = new Map(inSpan.map((p) => [p.start, p]));
    const chairs = new Map<Mention, [number, number, RuleId]>();
    const speakers = new Map<Mention, number>();
    // The speakers a phrase right before the name says talked (`Därefter talade X`).
    const toldBefore: Mention[] = [];
    for (const p of inSpan) {
      const before = doc.text.slice(Math.max(sentence.start, p.start - 40), p.start);
      const after = doc.text.slice(p.end, Math.min(end, p.end + 120));
      const moderator = MODERATOR_OF_DAY.exec(before);
      const opened = OPENED.exec(after);
      const object = opened && EVENT_NOUN.exec(opened[0]);
      const as = asModerator(after.split(/[.!?\n]/)[0]);
      const led = LED_BEFORE.exec(before);
      if (moderator) chairs.set(p, [p.start - (before.length - moderator.index), p.end, "seminar:moderator"]);
      else if (led) chairs.set(p, [p.start - (before.length - led.index), p.end, "seminar:ledde"]);
      else if (opened && !(object && another(object[1]))) chairs.set(p, [p.start, p.end + opened[0].length, "seminar:ledde"]);
      else if (as) chairs.set(p, [p.start, p.end + as.index + as[0].length, "seminar:moderator"]);
      else if (talkedBefore(talk, before, doc.text.slice(sentence.start, p.start))) {
        speakers.set(p, p.end);
        toldBefore.push(p);
      } else {
        const last = LAST_SPEAKER.exec(after);
        const to = last ? p.end + last[0].length : saidToTalk(doc.text, p, byStart, talk.after);
        if (to > 0 && (last || p.end <= paragraphEnd || talk.far.test(doc.text.slice(p.end, to)))) speakers.set(p, to);
      }
    }
    // `Därefter samtalade A, B, C och D`: the phrase before the first name is said of the names joined to it.
    for (const p of toldBefore) for (const q of joinedAfter(doc.text, p, byStart)) if (!chairs.has(q) && !speakers.has(q)) speakers.set(q, q.end);
    const attendees = cameTo(sentence.start, end, inSpan, (p) => chairs.has(p) || speakers.has(p));
    if (chairs.size + speakers.size + attendees.length === 0) continue;
    toldUntil = end;
    const year = day?.year ?? docYear;
    // A span's first day (`den 9–10 oktober`); `Igår träffades …` in a text dated for sure, the day before it.
    const relative = day ? undefined : relativeDay(said, doc.date ?? "");
    const date = day && year ? isoDate(year, day.month, firstDayOf(said, day)) : relative && writtenOn(doc) ? relative.iso : doc.date;
    const nounEnd = sentence.start + noun.index + noun[0].length;
    const named = EVENT_NAME.exec(doc.text.slice(nounEnd, nounEnd + 90));
    const title = named ? named[1] : noun[1][0].toUpperCase() + noun[1].slice(1) + (noun[1].endsWith("seminari") ? "um" : "");
    const organiser = gazetteer.find(
      (g) =>
        g.kind === "organisation" &&
        g.start >= sentence.start &&
        g.end <= sentence.end &&
        (/^\s+(?:arrangerade|anordnade)(?![\p{L}])/u.test(doc.text.slice(g.end, g.end + 14)) ||
          /(?:arrangerad|anordnad)(?:e|es|s)? av\s+$/u.test(doc.text.slice(Math.max(0, g.start - 20), g.start))),
    );
    const m = meeting(title, date, sentence.start, sentence.end, "conference", { place: place?.label, organiser });
    for (const [p, [start, to, rule]] of chairs) relate("chaired", p, m, start, to, rule);
    for (const [p, to] of speakers) relate("spoke_at", p, m, p.start, to, "conference:speaker");
    for (const [p, at, to] of attendees) relate("attended", p, m, at, to, "reported:meeting");
  }

  // Board meetings: `styrelsemötet den 9 maj`.
  // (`yrelse` first, as the letter `t` is everywhere: most texts are scanned once, and to no `y`.)
  const mayTellBoardMeeting = input.cues.meeting && doc.text.includes("yrelse") && (doc.text.includes("tyrelsemöte") || doc.text.includes("tyrelsens möte"));
  for (const match of mayTellBoardMeeting ? doc.text.matchAll(BOARD) : []) {
    // The sentence right after a heading that says on which day the board met (`Sammanfattning från styrelsemötet 21
    // februari … Den 20 februari höll styrelsen sitt sista möte`) states the meeting; a heading's date is its label.
    const start = match.index ?? 0;
    // Minutes titled by their own meeting (`Protokoll från styrelsemötet 4 september`) are that meeting, read above.
    if (doc.genre === "minutes" && listed.length > 0 && start >= titleStart && start < titleEnd) continue;
    // Nor does an item of their business that names an earlier board meeting (`§79 Utvärdering av styrelsemötet 21
    // oktober`, `§76 Protokoll från styrelsemötet …`) report one: it is what the item is about.
    if (doc.genre === "minutes" && listed.length > 0 && ITEM_HEAD.test(doc.text.slice(doc.text.lastIndexOf("\n", start) + 1, start))) continue;
    const after = start + match[0].length;
    const held = HELD_ON.exec(doc.text.slice(after, after + HELD_REACH));
    const heldDate = held ? completeDate(held[1]) : undefined;
    const date = heldDate ?? completeDate(match[1]);
    if (!date) continue;
    const sentenceStart = Math.max(doc.text.lastIndexOf("\n", start), doc.text.lastIndexOf(". ", start)) + 1;
    const section = input.sections().find((s) => start >= s.start && start < s.end);
    const organiser =
      orgIn(sentenceStart, start + match[0].length + 80) ??
      (section?.titleStart !== undefined ? orgIn(section.titleStart, section.titleStart + (section.title?.length ?? 0)) : undefined) ??
      titleOrg();
    const m = meeting(`Styrelsemöte ${organiser?.label ?? ""}`.trim(), date, start, after, "board", { organiser });
    if (held && heldDate) facts.push({ type: "entity", entity: m, evidence: ev(after + held[0].search(/\S/), after + held[0].length), rule: "meeting:board" });
  }

  // Calendars: parallel lists of dates and titles. A board's date merges with the board meeting reported elsewhere.
  if (doc.genre === "newsletter") {
    for (const entry of findCalendar(doc.text)) {
      const year = entry.year ?? docYear;
      if (!year) continue;
      const date = isoDate(year, entry.month, entry.day);
      const board = /styrelse/i.test(entry.title) ? orgIn(entry.titleStart, entry.titleStart + entry.title.length) : undefined;
      const m = board
        ? meeting(`Styrelsemöte ${board.label}`, date, entry.titleStart, entry.titleStart + entry.title.length, "board", { organiser: board })
        : meeting(entry.title, date, entry.titleStart, entry.titleStart + entry.title.length, "calendar");
      facts.push({ type: "entity", entity: m, evidence: ev(entry.dateStart, entry.dateEnd), rule: "calendar:date" });
    }
  }

  // Events with `Tid:` and `Plats:` lines.
  const sections = !input.programme && input.cues.place ? input.sections() : [];
  for (const section of sections) {
    if (!section.title) continue;
    const text = doc.text.slice(section.start, section.end);
    const tid = /^[ \t]*Tid[ \t]*:[ \t]*(.+)$/m.exec(text);
    const plats = /^[ \t]*Plats[ \t]*:[ \t]*(.+)$/m.exec(text);
    if (!tid || !plats || doc.genre === "minutes" || input.reported?.some((at) => at >= section.start && at < section.end)) continue;
    // `Tid: 09.00-16.00` beside `Datum: måndag den 2 oktober 2023`: the day on a line of its own.
    const datum = /^[ \t]*Datum[ \t]*:[ \t]*(.+)$/m.exec(text);
    let date = completeDate(tid[1]) ?? (datum ? completeDate(datum[1]) : undefined);
    // Else the day its heading gives (`Regionfullmäktige 14 juni 2021` over `Tid: Klockan 09:30`), left out of the title
    // as a meeting's label gives its date apart.
    let title = section.title;
    const headed = date ? undefined : findDates(title).find((d) => d.day !== undefined && (d.year ?? docYear) !== undefined);
    if (headed) {
      date = isoDate((headed.year ?? docYear)!, headed.month, headed.day);
      title = `${title.slice(0, headed.start)} ${title.slice(headed.end)}`.trim();
    }
    const m = meeting(
      title.replace(/\s+/g, " ").replace(INVITATION, ""),
      date,
      section.titleStart ?? section.start,
      (section.titleStart ?? section.start) + section.title.length,
      "event",
      { place: plats[1].trim().replace(/,?\s*plan \d+.*$/i, "") },
    );
    // `Talare som medverkar är bland annat:` over a list, in the section or heading the next one: each name that opens
    // a line of the list spoke at the event.
    const label = SPEAKERS_LABEL.exec(text);
    const next = label ? undefined : sections.find((s) => s.start === section.end);
    const listStart = label
      ? section.start + label.index + label[0].length
      : next?.title && SPEAKERS_LABEL.test(`${next.title}:`)
        ? (next.titleStart ?? next.start) + next.title.length
        : -1;
    if (listStart < 0) continue;
    const listEnd = label ? section.end : next!.end;
    let at = listStart;
    for (const line of doc.text.slice(listStart, listEnd).split("\n")) {
      const first = input.people.find((p) => p.start >= at && p.start < at + line.length && BULLETS_ONLY.test(doc.text.slice(at, p.start)));
      if (first) relate("spoke_at", first, m, first.start, first.end, "event:speaker");
      else if (line.trim() && at > listStart + 1) break;
      at += line.length + 1;
    }
  }

  // A body's meeting told in a sentence, chaired by the person named its chair there.
  const sentenceRe = /[^.!?\n]+[.!?]?/g;
  // A sentence that tells it matches in the whole text too: one test spares splitting most texts into sentences.
  const mayTellBodyMeeting = input.cues.meeting && (doc.text.includes("möte") || doc.text.includes("sammanträde")) && HELD_MEETING.test(doc.text);
  for (const s of mayTellBodyMeeting ? doc.text.matchAll(sentenceRe) : []) {
    if (!s[0].includes("möte") && !s[0].includes("sammanträde")) continue;
    const held = HELD_MEETING.exec(s[0]);
    if (!held) continue;
    const before = BODY_BEFORE.exec(s[0].slice(Math.max(0, held.index - 90), held.index));
    if (!before) continue;
    const body = Object.assign([before[0] + held[0], before[1], held[1]], { index: held.index - before[0].length }) as unknown as RegExpExecArray;
    const start = s.index ?? 0;
    const end = start + s[0].length;
    const chair = input.people.find(
      (p) => p.start >= start && p.end <= end && input.appositions.get(p)?.roles.some((r) => r.normalised && CHAIR_ROLES.has(r.normalised) && !r.target),
    );
    if (!chair) continue;
    const bodyLabel = body[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const bodyStart = start + (body.index ?? 0);
    const date = docYear ? String(docYear) : undefined;
    const m = meeting(`${bodyLabel}${body[2] ? ", första möte" : ", möte"}`, date, bodyStart, bodyStart + body[0].length, "body");
    const role = input.appositions.get(chair)!.roles.find((r) => r.normalised && CHAIR_ROLES.has(r.normalised))!;
    relate("chaired", chair, m, chair.start, role.end, "body-meeting:chair");
    const bodyRef: EntityRef = { kind: "organisation", key: bodyLabel.toLowerCase(), label: body[1], attrs: { type: "body" } };
    facts.push({ type: "entity", entity: bodyRef, evidence: ev(bodyStart, bodyStart + body[1].length), rule: "body-meeting" });
    facts.push({
      type: "relation",
      kind: "holds_role",
      source: ref(chair),
      target: bodyRef,
      evidence: ev(bodyStart, role.end),
      rule: "body-meeting:chair-role",
      attrs: { role: role.role, roleNormalised: role.normalised },
    });
    facts.push({
      type: "relation",
      kind: "organised_by",
      source: m,
      target: bodyRef,
      evidence: ev(bodyStart, bodyStart + body[1].length),
      rule: "body-meeting",
    });
  }

  // Minutes that list people by title, a line each (`Kassör, Tomas Berg` / `Generalsekreterare, Anna Wik`, those who
  // sign for the association): each holds the title, where no organisation is named.
  if (doc.genre === "minutes" && doc.text.includes(",")) {
    const lines = [...doc.text.matchAll(TITLE_COMMA_NAME)];
    // Two such lines or more, one right under the other: a list, not a line of prose.
    const under = (a?: RegExpExecArray, b?: RegExpExecArray) => !!a && !!b && a.index + a[0].length + 1 === b.index;
    const block = (k: number) => under(lines[k - 1], lines[k]) || under(lines[k], lines[k + 1]);
    lines.forEach((line, k) => {
      const lower = line[1].toLowerCase();
      // Not a meeting's office (`Ordförande, X` of a signature block), which the header's readers give.
      if (!block(k) || Object.hasOwn(model.lexicon.data.protocol.peopleFields, lower)) return;
      const titleStart = line.index + line[0].indexOf(line[1]);
      const titleEnd = titleStart + line[1].length;
      const nameStart = line.index + line[0].lastIndexOf(line[2]);
      const person = input.people[firstAtOrAfter(input.people, nameStart, (p) => p.start)];
      if (person?.start !== nameStart || person.end !== nameStart + line[2].length) return;
      if (listed.some((e) => e.start <= person.start && person.end <= e.end)) return;
      const role = gazetteer.find((g) => g.kind === "role" && g.start === titleStart && g.end === titleEnd);
      const token = input.tokens[firstAtOrAfter(input.tokens, titleStart, (t) => t.start)];
      const normalised = role?.id ?? (token?.end === titleEnd ? roleBySuffix(token, model.roleSuffixes, true) : undefined);
      if (!normalised) return;
      const source = ref(person);
      facts.push({
        type: "entity",
        entity: { ...source, attrs: { role: { role: lower, roleNormalised: normalised } } },
        evidence: ev(titleStart, person.end),
        rule: "minutes:title-lines",
      });
    });
  }
  return facts;

  /**
   * Who a span says came (`Från Nacka deltog A och B`): the people after each cue in its sentence but those `taken`
   * otherwise, and an e-mail's sender where the cue names the writer (`Från Tyresö deltog jag och …`); each with where
   * its evidence starts and ends.
   */
  function cameTo(from: number, to: number, people: readonly Mention[], taken: (p: Mention) => boolean): [Mention, number, number][] {
    const came: [Mention, number, number][] = [];
    for (const cue of doc.text.slice(from, to).matchAll(CAME_FROM)) {
      const at = from + cue.index;
      const stop = sentenceAround(doc.text, at, 400).end;
      for (const p of people) if (p.start > at && p.end <= stop && !taken(p)) came.push([p, at, p.end]);
      const writer = doc.genre === "email" ? I_CAME.exec(doc.text.slice(at + cue[0].length, stop)) : null;
      const sender = writer && listed.find((l) => l.fieldRole === "sender");
      if (writer && sender) came.push([sender.person, at, at + cue[0].length + writer[0].length]);
    }
    return came;
  }

  /** People who open a line of notes (`Karin Berg: ...`, `Erik Sund, professor ...`) spoke at the meeting. */
  function speakersAtLineStart(m: EntityRef, rule: RuleId, exclude: Set<number | string>, needVerb: boolean) {
    for (const p of input.people) {
      if (exclude.has(p.from) || exclude.has(p.label)) continue;
      const first = input.tokens[p.from].nl || p.from === 0;
      const afterMunicipality =
        p.from > 0 && input.tokens[p.from - 1].nl && gazetteer.some((g) => g.to === p.from && g.kind === "municipality" && input.tokens[g.from].nl);
      if (!first && !afterMunicipality) continue;
      if (needVerb && !talk.notes.test(doc.text.slice(p.end, p.end + 20))) continue;
      const lineEnd = doc.text.indexOf("\n", p.end);
      relate("spoke_at", p, m, p.start, Math.min(lineEnd < 0 ? doc.text.length : lineEnd, p.end + 80), rule);
    }
  }
}

/** The role a field label names as a whole (`Vice ordföranden` → vice ordförande), if the lexicon has it. */
function fieldRole(label: string, model: ExtractionModel): string | undefined {
  const tokens = tokenize(label);
  const hit = model.lexicon.matchAt(tokens, 0, ROLE);
  return hit?.to === tokens.length ? hit.entry.id : undefined;
}
const ROLE: ReadonlySet<GazetteerKind> = new Set(["role"]);

/** The people and the titles the gazetteer found, which a caption is made of and a conference's name stops before. */
function peopleAndTitles(input: MeetingInput): Mention[] {
  return [...input.people, ...input.gazetteer.filter((g) => g.kind === "role")];
}

/** What a caption holds besides its people and their titles: `och`, commas and spaces. */
const CAPTION_REST = /^(?:[\s,&]|och|samt|and)*$/iu;

/** A weekday's date alone on a heading line (`Tisdag 14 mars`, `Onsdagen den 15 mars 2023`): a programme's day. */
function dayHeading(line: string | undefined): DateMention | undefined {
  if (!line || line.length > 40 || !WEEKDAY.test(line) || !isBareDate(line)) return undefined;
  const d = findDates(line).find((d) => d.day !== undefined && d.month !== undefined);
  return d && { ...d, day: firstDayOf(line, d) };
}
const WEEKDAY = /(?:mån|tis|ons|tors|fre|lör|sön)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;

/** The minutes of a body's meeting named by a compound of its noun (`Protokoll från styrelsemötet`, `Protokoll
 * nämndsammanträde`): the noun, without the linking `s` (`styrgruppsmötet`), and what follows the compound. */
const BODY_MEETING = /^(?:protokoll|minnesanteckningar|anteckningar)(?:\s+(?:från|vid))?\s+(\p{Ll}+?)s?(?:möte|sammanträde)t?(?![\p{L}])/iu;

/** The nouns of bodies that a compound's first part names (`styrelse-`, `nämnd-`, `styrgrupps-`, `utskotts-`). */
const BODY_NOUN = /(?:styrelse|nämnd|direktion|grupp|utskott|fullmäktige|presidie|beredning|kommitté|delegation)$/u;

/** A minutes' document title as its meeting's: a breadcrumb trail (`Hem > Stad > Bolaget > Sammanträde 2006-12-19`)
 * cut to its last place, and no date (the label adds it); the minutes of a body's meeting by its noun are the body's
 * (`Protokoll från styrelsemötet 4 september` is `Styrelsen`), as a title naming the body is. */
function minutesTitle(title: string, bodies: readonly string[]): string {
  const trail = title.split(TRAIL);
  // A PDF's capital title glued to a web page's title after its year (`… 1-2 december 2007PROTOKOLL`) is a word apart.
  let last = trail[trail.length - 1].replace(/(\d)(?=\p{Lu}{2})/gu, "$1 ");
  const owner = trailOwner(title);
  if (owner) last = `${owner.label}, ${last}`;
  const compound = BODY_MEETING.exec(last);
  const stem = compound?.[1].toLowerCase();
  // Only a body's noun (`styrelse`, `nämnd`, `styrgrupp`): not a kind of meeting (`samrådsmöte`, `informationsmöte`).
  const body = stem && BODY_NOUN.test(stem) && ["en", "n", "et", ""].map((end) => stem + end).find((name) => bodies.includes(name));
  if (compound && body) last = body[0].toUpperCase() + body.slice(1) + last.slice(compound[0].length);
  // With the word that introduced the date (`Minnesanteckningar från mötet den 12 april`) and a range's first day
  // (`Möte med styrelsen den 14-15 mars`).
  for (const d of findDates(last).reverse()) last = last.slice(0, d.start).replace(/\s(?:den|the|on)?\s*(?:\d{1,2}\s*[-–]\s*)?$/i, " ") + last.slice(d.end);
  // Without the label of the date taken out (`Protokoll, Datum: 2024-03-14`).
  return (
    last
      .replace(/\s+/g, " ")
      .replace(DATE_LABEL_END, "")
      // Nor the brackets of a day taken out (`Styrelsemöte (17 september)`).
      .replace(/\s*\(\s*\)/g, "")
      // Nor the genre words a meeting's title ends in once its day is taken out (`Möte med styrelsen Protokoll från
      // PROTOKOLL`): they name the document, not the meeting.
      .replace(/(?<=\S)\s+(?:protokoll|minnesanteckningar|anteckningar)(?:\s+(?:från|vid|protokoll|minnesanteckningar|anteckningar))*$/iu, "")
      .replace(/[\s,.:-]+$/, "")
      .trim() || title
  );
}
