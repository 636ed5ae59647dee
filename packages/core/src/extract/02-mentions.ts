/**
 * Mentions
 * ========
 *
 * Step 2 and 3 of extraction: the gazetteer pass (municipalities, organisations, parties, counties, roles from the
 * lexicon) and the person pass. A person is a run of capitalised words on one line that either starts with a known
 * given name (`Karin Berg`, also `Anna-Lena`), or, for names outside the lexicon (`Zoran Qarabi`), stands in a
 * person's context: a role before it (`moderator X`, `Civilminister X`, `Foto: X`), or a role, party or speaker colon
 * after it (`X, solcellsexpert`, `X (S)`, `X:` at the start of a line). Runs of several names without separators
 * (`Karin Berg Lena Holm-Ek`) are split where a new given name starts.
 */
import type { GazetteerKind, GazetteerMatch, Lexicon } from "../lexicon/lexicon";
import { monthNumber } from "../read/dates";
import { nameKey, slugify } from "../text/fold";
import { foldCode, foldHash, HASH_MASK, HASH_PRIME, HASH_START, hashBitmap, inHashBitmap } from "../text/hash";
import type { Token } from "../text/tokenize";
import { compileProtocolWords } from "./protocol-words";
import type { RuleId } from "./rules";

export type MentionKind = GazetteerKind | "person";

/** An entity or role named at tokens `[from, to)`. */
export interface Mention {
  kind: MentionKind;
  /** Lexicon id (or normalised role); for people, the name as written. */
  id: string;
  label: string;
  from: number;
  to: number;
  start: number;
  end: number;
  rule: RuleId;
  /** Named in the genitive (`Nackas`, `SKR:s`). */
  genitive: boolean;
}

/**
 * A mention, its fields always in this order: every mention is made here, so that all have one object shape. A spread
 * copy or a literal in another order is another shape to V8, and the extractor's readers, optimised for the shape they
 * met, were thrown back and compiled again each time a rare one came (`extractText` eight times in a build of the
 * benchmark corpus).
 */
export function newMention(
  kind: MentionKind,
  id: string,
  label: string,
  from: number,
  to: number,
  start: number,
  end: number,
  rule: RuleId,
  genitive = false,
): Mention {
  return { kind, id, label, from, to, start, end, rule, genitive };
}

/** Lower-case words inside a name (`von`, `van den`, `af`), never at its end. */
export const PARTICLES: ReadonlySet<string> = new Set([
  "von",
  "van",
  "af",
  "de",
  "der",
  "den",
  "la",
  "le",
  "di",
  "da",
  "del",
  "el",
  "al",
  "bin",
  "ibn",
  "du",
  "zu",
  "te",
  "ter",
  "Van",
  "Von",
  "De",
  "Af",
]);
/** Capitalised particles after another (`Van Den Berg`, `De La Cruz`), where `Den` is no pronoun. */
const INNER_PARTICLES: ReadonlySet<string> = new Set(["Den", "Der", "La", "Le", "Del", "Da", "Di", "Ter", "Ten"]);
// Short lower-case words are everywhere; their hashes turn nearly all of them away before a string lookup.
const PARTICLE_BITS = hashBitmap([...PARTICLES].map(foldHash), 12);
const isParticle = (t: Token | undefined) => !!t && inHashBitmap(PARTICLE_BITS, t.h) && PARTICLES.has(t.text);
// Capitalised words, with hyphenated or inner-capital parts (`Hjelm-Wahlberg`, `LiseLotte`, `McDonald`), a double
// surname joined by an en dash (`Berg–Lind`), and a double given name's initials (`K-G`).
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’]+(?:[-–]?\p{Lu}\p{Ll}+|-\p{Ll}+)*|\p{Lu}-\p{Lu})$/u;
/** Endings of a party's member noun and adjective: `moderaten`, `moderate`, `moderata`, `centerpartistiske`. */
const PARTY_WORD_ENDINGS = ["", "en", "e", "a", "isk", "iske", "iska"];
const partyWords = new WeakMap<Lexicon, Map<string, string>>();

/**
 * The party a lower-case word names as its member or adjective (`moderaten`, `socialdemokraten`, `moderate`,
 * `vänsterpartistiska`): the lexicon's one-word aliases, those too ambiguous to match alone included, as the caller
 * asks only next to a name or a title.
 */
export function partyOfWord(word: string, lexicon: Lexicon): string | undefined {
  let words = partyWords.get(lexicon);
  if (!words) {
    words = new Map();
    for (const p of lexicon.data.parties) for (const alias of p.aliases ?? []) if (alias.length > 4 && /^\p{Ll}+$/u.test(alias)) words.set(alias, p.id);
    partyWords.set(lexicon, words);
  }
  if (word.length < 6) return undefined;
  const lower = word.toLowerCase();
  for (const ending of PARTY_WORD_ENDINGS) {
    const id = lower.endsWith(ending) ? words.get(lower.slice(0, lower.length - ending.length)) : undefined;
    if (id) return id;
  }
  return undefined;
}

/** Weekdays abbreviated as a blog's or a mail's date writes them (`Tue, June 06, 2017`, `Tis, 6 juni`). */
const WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mån", "Tis", "Ons", "Tor", "Fre", "Lör", "Sön"]);

/** Compass words that open a place's name (`Västra Dalen`, `Norra Xby`), never a person's. */
const COMPASS_WORDS = ["Östra", "Västra", "Norra", "Södra", "Mellersta"];
/** A foundation or fund named after a person, after the name's genitive (`stiftelsen Elsa Ekmans Minne`). */
const MEMORIAL_WORDS = ["Minne", "Minnesfond", "Minnesstiftelse"];
const MEMORIAL: ReadonlySet<string> = new Set(MEMORIAL_WORDS);

/** Capitalised words that open sentences or label things and are never part of a name. */
const NOT_NAME = new Set([
  "Foto",
  "Bild",
  // A picture's text before the name it shows (`Personalbild Anna Berg`).
  "Personalbild",
  "Profilbild",
  "Porträttbild",
  "Pressbild",
  // A foundation named after the genitive before it (`Elsa Eks Minne`: namesPlace).
  ...MEMORIAL_WORDS,
  "Moderator",
  "Intervju",
  "Region",
  "Kommun",
  "Stad",
  "Län",
  "Play",
  "Läs",
  "Se",
  "Tid",
  "Plats",
  "Även",
  "Och",
  "Men",
  "Med",
  "Från",
  "Till",
  "Den",
  "Det",
  "De",
  "Vi",
  "Jag",
  "Du",
  "Han",
  "Hon",
  "Ja",
  "Nej",
  "Enligt",
  "Dessutom",
  "Bland",
  "Under",
  "Efter",
  "Inför",
  "Om",
  "När",
  "Hur",
  "Vad",
  "Vem",
  "Som",
  "Att",
  "Så",
  "Nu",
  "Här",
  "Där",
  "Sedan",
  "Samtidigt",
  "Alla",
  "Samtliga",
  "Stort",
  "Grattis",
  "Trevlig",
  "Hej",
  "Tack",
  "Mvh",
  "Måndag",
  "Tisdag",
  "Onsdag",
  "Torsdag",
  "Fredag",
  "Lördag",
  "Söndag",
  // English words that open an organisation's name (`Business Region X`) run into a list's name before it.
  "Business",
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "The",

  // Prepositions, conjunctions and verbs that open a sentence before a name (`För Anna Berg`, `Innan Per Holm`).
  "För",
  "Före",
  "Innan",
  "Inom",
  "Genom",
  "Mellan",
  "Mot",
  "Vid",
  "Av",
  "På",
  "Hos",
  "Utan",
  "Trots",
  "Eftersom",
  "Då",
  "Också",
  "Ett",
  "En",
  "Avser",
  "Angående",
  "Avd",
  // A minutes' heading run into the name before it (`ordförande X Ärenden enligt föredragningslistan`).
  "Ärende",
  "Ärenden",
  // A roster's column heads, substitution verbs and party short forms as a table row writes them (`Namn Parti
  // Närvaro`, `Anna Berg (S) Ersätter Per Holm (S)`, `Anna Berg X Fp`): never part of a name.
  "Namn",
  "Parti",
  "Närvaro",
  "Frånvaro",
  "Ersätter",
  "Ersätts",
  "Anmält",
  "Anmälde",
  "Tjänstgör",
  "Suppleant",
  "Suppleanter",
  "Fp",
  "Kd",
  "Mp",
  "Sd",
  // Genitives of the public bodies that open an organisation's name after a listed person (`Anna Berg Statens
  // vegvesen`, `Per Holm Landstingets revisorer`).
  "Statens",
  "Kommunens",
  "Regionens",
  "Landstingets",
  // The fields of an office paper's heading, flattened after its case officer's name (`Handläggare: Anna Berg
  // Avdelning: …`, `Anna Berg, jurist Kansliavdelningen Datum Diarienummer`): never part of a name.
  "Handläggare",
  "Avdelning",
  "Datum",
  "Diarienummer",
  "Diarienr",
  "Dnr",
  "Mottagare",
  "Rubrik",
  "Telefon",
  // A field's label or a sentence's subject after a name (`Kl` before a time, `Paragrafen justeras`).
  "Paragrafen",
  "Kl",
  // A family or a couple named by its surname (`Familjen Lindqvist`, `Paret Holm`): no person of that name.
  "Familjen",
  "Makarna",
  "Paret",
  "Syskonen",
  "Bröderna",
  "Systrarna",
  // Directions after a place name (`Xby Öster`, `Norra Xby`): parts of districts, never of names.
  "Öster",
  "Väster",
  ...COMPASS_WORDS,
]);
const NOT_NAME_BITS = hashBitmap([...NOT_NAME].map(foldHash), 12);
/**
 * English words that open a sentence before a name or a place (`In Xby, Mayor Anna Berg`): they open no name, but may
 * stand inside one (`Isak From`, a broken `And-` `reasson`).
 */
const OPENS_NO_NAME = new Set(["In", "At", "On", "From", "With", "By", "During", "Since", "When", "While", "This", "These", "Our", "Their", "Both", "Dear"]);
// Rooms, and schools, streets and foundations named after a person (`Elsa Xs skola`), after the name's genitive.
const ROOM =
  /^(rum|rummet|sal|salen|salong|salongen|konferensrum|mötesrum|hörna|hörnan|skola|skolan|gymnasium|gymnasiet|gata|gatan|väg|vägen|torg|torget|park|parken|sjukhus|sjukhuset|stiftelse|stiftelsen|fond|fonden)$/;
/** A preschool's word before its name (`förskolan Elsa Berg`). */
const PRESCHOOL = /^(?:förskolan|förskola)$/;
/** Function words that follow a name in the nominative, never a genitive's noun (`X Ymans om`). */
const NOT_AFTER_GENITIVE = new Set([
  "om",
  "och",
  "att",
  "i",
  "på",
  "till",
  "för",
  "med",
  "som",
  "av",
  "vid",
  "från",
  "efter",
  "under",
  "inte",
  "är",
  "var",
  "har",
  "hade",
  "ska",
  "skulle",
  "kan",
  "kunde",
  "vill",
  "sa",
  "sade",
  "säger",
  "menar",
  "anser",
  "skriver",
  "tycker",
]);
/**
 * A word that follows a name in the nominative: a function word, or a verb by its ending (`X Elmsons (M) valdes`,
 * `X Ys anser`; not a noun in -ande, `yrkande`).
 */
function isVerbAfterName(word: string): boolean {
  return NOT_AFTER_GENITIVE.has(word) || (VERB_ENDING.test(word) && !PRESENT_PARTICIPLE.test(word));
}
// Module constants, as are the other patterns here: a literal in a function is a new object each time it is met.
const VERB_ENDING = /(?:de|te|des|tes|ar|er|ir|år|ör)$/;
const PRESENT_PARTICIPLE = /(?:ande|ende)$/;
/** A name's word in capitals (`LUNDSTRÖM`, `ANNA-KARIN`). */
const CAPITALS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;

/** `LUNDSTRÖM` → `Lundström`, `ANNA-KARIN` → `Anna-Karin`. */
const titleCase = (word: string): string => word.toLowerCase().replace(/(^|-)(\p{Ll})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());

/** A title glued to the name before it where a line break was lost (`Anna XSecond Vice President`). */
const GLUED_TITLE = /^(\p{Lu}\p{Ll}{2,})(?:Second|First|Third|Vice|President|Chair|Chairman|Chairperson|Mayor|Minister|Secretary|Director|Ordförande)$/u;
/** A picture's credit glued to the name its caption gives where the line break was lost (`Eva EkFoto: …`). */
const GLUED_CREDIT = /^(\p{Lu}\p{Ll}+)(?:Foto|Fotograf|Bild|Bildkälla|Pressbild|Pressfoto|Photo)$/u;
/** Words that credit a picture to the name after them (`Foto: X`, `Bildkälla: X/Regeringskansliet`). */
const PHOTO_CREDIT = new Set(
  ["Foto", "Fotograf", "Bild", "Bildkälla", "Bildkällor", "Illustration", "Photo", "Photographer", "Photos"].flatMap((w) => [
    w,
    w.toLowerCase(),
    w.toUpperCase(),
  ]),
);

/**
 * The token that credits a picture to the name starting at token `k` on its line (`Foto: X`, `Bild X`,
 * `Bildkälla: X`), or -1: such a name is the photographer's, who takes no part in what the text tells.
 */
export function photoCreditBefore(tokens: readonly Token[], k: number): number {
  if (k === 0 || tokens[k].nl) return -1;
  const at = tokens[k - 1].text === ":" && k > 1 && !tokens[k - 1].nl ? k - 2 : k - 1;
  return PHOTO_CREDIT.has(tokens[at].text) ? at : -1;
}

// Upper- and lower-case letters of the Latin-1 range, by the same Unicode properties as NAME_WORD.
const LATIN1_UPPER = Array.from({ length: 256 }, (_, c) => /\p{Lu}/u.test(String.fromCharCode(c)));
const LATIN1_LOWER = Array.from({ length: 256 }, (_, c) => /\p{Ll}/u.test(String.fromCharCode(c)));

/**
 * NAME_WORD's test, read off a table for Latin-1 words (nearly all names); a word with other characters goes to the
 * regular expression.
 */
function hasNameShape(text: string): boolean {
  const n = text.length;
  let c = text.charCodeAt(0);
  if (n < 2) return false;
  if (c > 255) return NAME_WORD.test(text);
  if (!LATIN1_UPPER[c]) return false;
  // The first part: lower-case letters and apostrophes.
  let i = 1;
  for (; i < n; i++) {
    c = text.charCodeAt(i);
    if (c === 0x2019 || c === 39 || (c < 256 && LATIN1_LOWER[c])) continue;
    if (c > 255) return NAME_WORD.test(text);
    break;
  }
  if (i === 1) {
    // `K-G`, `P-O`: a double given name by its initials.
    if (n < 3 || c !== 45) return false;
    c = text.charCodeAt(2);
    return c > 255 ? NAME_WORD.test(text) : n === 3 && LATIN1_UPPER[c];
  }
  // Further parts: `-lindqvist`, `-Wahlberg`, `Lotte` (an inner capital).
  while (i < n) {
    c = text.charCodeAt(i);
    if (c === 45) {
      if (++i >= n) return false;
      c = text.charCodeAt(i);
      if (c > 255) return NAME_WORD.test(text);
      if (LATIN1_LOWER[c]) {
        for (; i < n && (c = text.charCodeAt(i)) < 256 && LATIN1_LOWER[c]; i++);
        if (i < n && c > 255) return NAME_WORD.test(text);
        continue;
      }
    }
    if (c > 255) return NAME_WORD.test(text);
    if (!LATIN1_UPPER[c]) return false;
    const from = ++i;
    for (; i < n && (c = text.charCodeAt(i)) < 256 && LATIN1_LOWER[c]; i++);
    if (i < n && c > 255) return NAME_WORD.test(text);
    if (i === from) return false;
  }
  return true;
}

/**
 * A street's name's endings (`Storgatan`, `Kvarnvägen`, `Lilla Gränd`): no name of a person ends so (`Besöksadress: Tage
 * Xgatan 8`). Tested by `endsWith`, as every name word of every text passes here.
 */
const STREET_ENDINGS = ["gatan", "vägen", "gränd", "torget"];

/** A loop, not `some` with an arrow: an arrow made for each name word, called as a function of its own. */
function endsLikeStreet(word: string): boolean {
  for (const end of STREET_ENDINGS) if (word.endsWith(end)) return true;
  return false;
}

/**
 * The token at `k`, or `undefined` outside the array: the hot readers of tokens around a word read so, as a read past
 * an array's end throws V8's optimised code of the reader away.
 */
const tokenAt = (tokens: readonly Token[], k: number): Token | undefined => (k >= 0 && k < tokens.length ? tokens[k] : undefined);

/** Is a token a capitalised word that can be part of a name? */
export function isNameWord(token: Token | undefined): boolean {
  return (
    !!token &&
    token.word &&
    token.cap &&
    hasNameShape(token.text) &&
    !(inHashBitmap(NOT_NAME_BITS, token.h) && NOT_NAME.has(token.text)) &&
    !endsLikeStreet(token.text)
  );
}

/**
 * Is the word at `k`, before a known given name and another name word of the run `[k, end)`, no part of the name? It
 * is a heading, a title, an affiliation or a word that opens the sentence (`Lokalfrågan Anna Berg`, `Biståndsminister
 * Anna Berg`, `Ambassadör Jan Berg`, `Anna Ek, Civos Per Holm`). A given name (`Anna Karin Berg`) or a surname is part
 * of the name, and so is a word before a given name alone (`Zorab Xi (MP)`), before a given name that is also a surname
 * (`Morgan`), or before one that is also a word (`Per`, `Jan`) with no surname after it.
 */
export function opensNoName(tokens: readonly Token[], k: number, end: number, lexicon: Lexicon): boolean {
  if (k + 2 >= end) return false;
  const first = tokens[k].text;
  const second = tokens[k + 1].text;
  if (!lexicon.isGivenName(second) || lexicon.isSurname(second) || lexicon.isGivenName(first) || lexicon.isSurname(first)) return false;
  const third = tokens[k + 2].text;
  return !lexicon.isAmbiguousGivenName(second) || lexicon.isSurname(third) || lexicon.hasSurnameShape(third);
}

/**
 * Where the second of two names glued into one word starts, a line break lost in a flattened PDF (`Klas
 * KarlssonSonny Berg`): at an inner capital after a part that ends like a surname (a known one or a surname's ending,
 * no given name) when the part from it is a known given name; 0 where there is none (`LiseLotte`, `McDonald`).
 */
export function gluedNameCut(word: string, lexicon: Lexicon): number {
  return gluedCut(word, lexicon, false);
}

/**
 * Where a known given name glued to the part before it starts in a word: after a surname (`gluedNameCut`) or, with
 * `afterPlace`, after a place, a table's cells run together (`DanderydKarin`), or after a word of no name at all, a web
 * page's label run into the name (`KontaktDaniel`); 0 where there is none. In a row already cut after its place
 * (`inRow`), a given name after any word of five letters or more that is no given name is the next cell's
 * (`Maria LundbergaVeronica Ek`: a surname the lexicon lacks).
 */
function gluedCut(word: string, lexicon: Lexicon, afterPlace: boolean, inRow = false): number {
  if (word.length < 7) return 0;
  for (let i = afterPlace ? 3 : 4; i < word.length - 2; i++) {
    const c = word.charCodeAt(i);
    if (c === 45 || !LATIN1_UPPER[c] || !LATIN1_LOWER[word.charCodeAt(i - 1)] || !lexicon.isGivenName(word.slice(i))) continue;
    const head = word.slice(0, i);
    if (inRow && i >= 5 && !lexicon.isGivenName(head)) return i;
    const surnameLike = lexicon.isSurname(head) || lexicon.hasSurnameShape(head);
    if (afterPlace ? isPlaceName(head, lexicon) || (i >= 4 && !surnameLike && !lexicon.isGivenName(head)) : !lexicon.isGivenName(head) && surnameLike) return i;
  }
  return 0;
}

/**
 * Where a name glued to the place before it starts (`DanderydKarin`, `HåboBirgita`): a known given name, or a name
 * the lexicon lacks after a municipality or a locality (a table's row, its place's cell run into the name's); 0 where
 * there is none.
 */
export function gluedLeadCut(word: string, lexicon: Lexicon): number {
  const cut = gluedCut(word, lexicon, true);
  if (cut || word.length < 7) return cut;
  for (let i = 3; i < word.length - 2; i++) {
    const c = word.charCodeAt(i);
    if (LATIN1_UPPER[c] && LATIN1_LOWER[word.charCodeAt(i - 1)]) return isPlaceName(word.slice(0, i), lexicon) && NAME_WORD.test(word.slice(i)) ? i : 0;
  }
  return 0;
}

/** Surnames' prefixes written before an inner capital (`McKay`, `DeLuca`, `VonEssen`): no given name glued to a surname. */
const SURNAME_PREFIX = /^(?:Mc|Mac|Di|De|Le|La|Van|Von)$/;

/**
 * Where the surname glued to the known given name before it starts, a space lost (`KarinHolm`): at the first inner
 * capital, the rest a name word of three letters or more and no given name itself (`JanAnders`, `LiseLotte` are one
 * given name), a surname after a given name that is also a word (`BoKlok` is none); 0 where there is none.
 */
function gluedGivenCut(word: string, lexicon: Lexicon): number {
  for (let i = 2; i < word.length - 2; i++) {
    if (!LATIN1_UPPER[word.charCodeAt(i)] || !LATIN1_LOWER[word.charCodeAt(i - 1)]) continue;
    const [given, rest] = [word.slice(0, i), word.slice(i)];
    if (SURNAME_PREFIX.test(given) || !lexicon.isGivenName(given) || lexicon.isGivenName(rest) || !hasNameShape(rest)) return 0;
    return !lexicon.isAmbiguousGivenName(given) || lexicon.isSurname(rest) || lexicon.hasSurnameShape(rest) ? i : 0;
  }
  return 0;
}

/** Where the next cell of a table's row glued to a surname starts (`LundDen`, `BergVakant`); 0 where none does. */
function rowCellEnd(word: string, lexicon: Lexicon): number {
  for (let i = 3; i < word.length - 1; i++) {
    if (!LATIN1_UPPER[word.charCodeAt(i)] || !LATIN1_LOWER[word.charCodeAt(i - 1)]) continue;
    const head = word.slice(0, i);
    return lexicon.isSurname(head) || lexicon.hasSurnameShape(head) ? i : 0;
  }
  return 0;
}

/**
 * A person's mention as the names glued in it (`Klas KarlssonSonny Berg` is `Klas Karlsson` and `Sonny Berg`): both
 * share the glued word's token, the evidence of each ending or starting inside it. The second is a name only with a
 * surname after the given name. A place glued before the given name is left out (`DanderydKarin Lund` is `Karin Lund`),
 * and the row it opens may glue a second name on (`DanderydKarin LundSofia Berg`).
 */
export function gluedNames(tokens: readonly Token[], person: Mention, lexicon: Lexicon): Mention[] {
  // Every cut is at a capital inside a word, which the scanner saw: a mention with none (nearly all) is itself, without
  // the cuts' loops over its words' letters and their lookups.
  for (let g = person.from; g < person.to; g++) if (tokens[g].capInside) return namesGluedIn(tokens, person, lexicon);
  return [person];
}

/** `gluedNames` of a mention with a capital inside a word: its rare paths in a function of their own. */
function namesGluedIn(tokens: readonly Token[], person: Mention, lexicon: Lexicon): Mention[] {
  // `DanderydKarin Lund`: a table's cells run together, the place of the row before it glued to the given name.
  const lead = person.to - person.from >= 2 && person.start === tokens[person.from].start ? gluedLeadCut(tokens[person.from].text, lexicon) : 0;
  const start = person.start + lead;
  for (let g = person.from + 1; g < person.to; g++) {
    const word = tokens[g].text;
    const cut = lead ? gluedCut(word, lexicon, false, true) || rowCellEnd(word, lexicon) : gluedNameCut(word, lexicon);
    if (!cut) continue;
    const at = tokens[g].start + cut;
    const label = `${writtenNameFrom(tokens, person.from, g, start)} ${word.slice(0, cut)}`;
    const first = newMention(person.kind, label, label, person.from, g + 1, start, at, person.rule, person.genitive);
    if (g + 1 >= person.to || !lexicon.isGivenName(word.slice(cut))) return [first];
    const rest = writtenNameFrom(tokens, g, person.to, at);
    return [first, newMention(person.kind, rest, rest, g, person.to, at, person.end, person.rule, person.genitive)];
  }
  if (!lead) return [person];
  const label = writtenNameFrom(tokens, person.from, person.to, start);
  return [newMention(person.kind, label, label, person.from, person.to, start, person.end, person.rule, person.genitive)];
}

/** The words of `[from, to)` as written, the first from offset `at` on (a name glued to what stood before it). */
function writtenNameFrom(tokens: readonly Token[], from: number, to: number, at: number): string {
  return writtenName(tokens, from, to).slice(at - tokens[from].start);
}

/**
 * Do four name words read as two names (`Astrid Dahl Dorrit Pade`)? Yes when a known given name and a surname open
 * them and the third word is neither a surname nor a given name's companion the lexicon knows: a flattened list
 * whose second given name is outside the lexicon.
 */
export function twoNamesOfFour(words: readonly string[], lexicon: Lexicon): boolean {
  if (words.length !== 4) return false;
  const [given, surname, third] = words;
  if (!lexicon.isGivenName(given) || lexicon.isGivenName(surname) || third.length < 3) return false;
  return (lexicon.isSurname(surname) || lexicon.hasSurnameShape(surname)) && !lexicon.isSurname(third) && !lexicon.hasSurnameShape(third);
}

/** Gazetteer pass: longest, non-overlapping lexicon matches, left to right; then associations by their shape. */
export function gazetteerMentions(tokens: Token[], lexicon: Lexicon): Mention[] {
  const mentions: Mention[] = [];
  const heads = lexicon.data.protocol.associationHeads;
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    let hit = t.word && lexicon.mayStartMatch(t.h) ? lexicon.matchAt(tokens, i) : undefined;
    if (hit?.genitive && hit.entry.kind === "role") hit = ownedBodyRole(tokens, hit, lexicon);
    if (hit && !hit.genitive && hit.entry.kind === "organisation") hit = colonGenitive(tokens, hit);
    // `Älgens Berg`: a place's name, no municipality's; nor a common noun it also is (commonNounAt).
    if (
      hit?.entry.kind === "municipality" &&
      hit.to === i + 1 &&
      ((i > 0 && !t.nl && definiteGenitive(tokens[i - 1].text, lexicon)) || commonNounAt(tokens, i, lexicon))
    )
      hit = undefined;
    const shaped = hit
      ? hit.entry.kind === "municipality" && !hit.genitive
        ? placeAssociation(tokens, hit)
        : undefined
      : t.cap
        ? associationAt(tokens, i, heads, lexicon)
        : undefined;
    // Lower-case forms of abbreviations are checked in matchAt; here a lone capitalised word at sentence start
    // that is only a role ("Samordnare") stays a role. One push for both kinds of mention: a second site, first met late
    // in a build, threw the pass's optimised code away.
    const mention = shaped ?? (hit ? lexiconMention(tokens, hit, mentions[mentions.length - 1]?.to ?? 0) : undefined);
    if (mention) {
      mentions.push(mention);
      i = mention.to;
    } else i++;
  }
  return mentions;
}

/**
 * The mention of a lexicon's match, a role's with the acting marker written before it (`tf förvaltningschef`,
 * `tillförordnad kommundirektör`), which it keeps (its normalised form stays the lexicon's), not before token `floor`.
 */
function lexiconMention(tokens: readonly Token[], hit: GazetteerMatch, floor: number): Mention {
  // `vice förbundsordförande`, `Vice mötesordförande`: `vice` before a title the lexicon has only without it makes
  // the deputy's title (`Lexicon.role` gives its category), never the chair's.
  const vice = hit.entry.kind === "role" && hit.from - 1 >= floor && isVice(tokens, hit.from) && !hit.entry.id.startsWith("vice");
  const from = hit.entry.kind === "role" ? actingFrom(tokens, vice ? hit.from - 1 : hit.from, floor) : hit.from;
  return newMention(
    hit.entry.kind,
    vice ? `vice ${hit.entry.id}` : hit.entry.id,
    vice ? `vice ${hit.entry.label}` : hit.entry.label,
    from,
    hit.to,
    tokens[from].start,
    hit.end,
    "gazetteer",
    hit.genitive,
  );
}

/**
 * An organisation's abbreviation in the genitive after a colon (`SKR:s`, `MSB:s`), written as one word, as the match
 * with the colon and the `s`; else the match (a party's, `KD:s X`, is the party reader's).
 */
function colonGenitive(tokens: readonly Token[], hit: GazetteerMatch): GazetteerMatch {
  if (hit.to + 1 >= tokens.length) return hit;
  const colon = tokens[hit.to];
  const s = tokens[hit.to + 1];
  return colon.text === ":" && colon.start === hit.end && s.text === "s" && s.start === colon.end
    ? { entry: hit.entry, from: hit.from, to: hit.to + 2, start: hit.start, end: s.end, genitive: true }
    : hit;
}

/**
 * `Mark, byggnader och tekniska anläggningar` opening a line (a balance sheet's item): a one-word place name at `k`
 * enumerated with lower-case nouns, no title among them, is the common noun it also is.
 */
function commonNounAt(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  // Tokens are read inside the array only: a read past its end throws the gazetteer pass's optimised code away.
  if ((k > 0 && !tokens[k].nl) || k + 1 >= tokens.length || tokens[k + 1].text !== ",") return false;
  let q = k + 2;
  const last = Math.min(k + 4, tokens.length);
  while (q < last && tokens[q].word && !tokens[q].cap && !tokens[q].nl && tokens[q].text !== "och" && !lexicon.role(tokens[q].text)) q++;
  if (q === k + 2 || q + 1 >= tokens.length) return false;
  const next = tokens[q + 1];
  return tokens[q].text === "och" && !tokens[q].nl && next.word && !next.cap && !next.nl;
}

/** Whether `vice` is written on the line right before token `k`. */
const isVice = (tokens: readonly Token[], k: number) => !tokens[k].nl && VICE.test(tokens[k - 1]?.text ?? "");
const VICE = /^[Vv]ice$/;

const ROLE_ONLY: ReadonlySet<GazetteerKind> = new Set(["role"]);

/** Words that mark a title as held in acting (`tf`, `tillförordnad`), as written before it. */
const ACTING = new Set(["tf", "Tf", "TF", "tillförordnad", "Tillförordnad", "tillförordnade", "Tillförordnade", "tillf", "Tillf"]);

/**
 * Where the acting marker written right before the title at token `k` opens (`tf`, `tf.`, `t.f.`, `t f`,
 * `tillförordnad`), on the title's line and not before token `floor`; `k` when there is none.
 */
export function actingFrom(tokens: readonly Token[], k: number, floor = 0): number {
  let j = k - 1;
  if (j < floor || tokens[k].nl) return k;
  const back = () => j > floor && !tokens[j].nl && (j--, true);
  // `tf.`, `t.f.`: a full stop after the letters.
  if (tokens[j].text === "." && !back()) return k;
  const t = tokens[j];
  if (ACTING.has(t.text)) return j;
  // `t.f.`, `t f`: the two letters apart.
  if (t.text !== "f") return k;
  if (!back() || (tokens[j].text === "." && !back())) return k;
  return /^[tT]$/.test(tokens[j].text) ? j : k;
}

/**
 * `ordförande i kommunstyrelsens arbetsutskott`: a role the lexicon writes with the body it is held in
 * (`ordförande i kommunstyrelsen`), matched in the genitive before a noun, is held in what that body owns: the role
 * is the words before the preposition.
 */
function ownedBodyRole(tokens: Token[], hit: GazetteerMatch, lexicon: Lexicon): GazetteerMatch | undefined {
  const next = tokens[hit.to];
  if (!next || next.nl || !next.word || next.cap) return hit;
  let p = hit.from + 1;
  while (p < hit.to && !/^(?:i|för|på)$/.test(tokens[p].text)) p++;
  if (p === hit.to) return hit;
  const own = lexicon.matchAt(tokens.slice(hit.from, p), 0, ROLE_ONLY);
  // A literal in the lexicon's order, not a spread copy: one object shape for every match (see `newMention`).
  return own?.to === p - hit.from
    ? { entry: own.entry, from: hit.from, to: p, start: tokens[hit.from].start, end: tokens[p - 1].end, genitive: own.genitive }
    : undefined;
}

/** Definite heads of the compounds that name bodies (`Kommunsekreterarföreningen`, `Integrationsrådet`), lower case. */
const BODY_HEADS = [
  "föreningen",
  "förbundet",
  "nätverket",
  "rådet",
  "institutet",
  "akademien",
  "akademin",
  "bolaget",
  "stiftelsen",
  "gruppen",
  "sällskapet",
  "samfundet",
  "alliansen",
  "forumet",
];
/** The heads' last letters (`n`, `t`), as `endsWithHead` compares them first: most words end otherwise. */
const BODY_HEAD_ENDS: ReadonlySet<number> = new Set(BODY_HEADS.map((h) => h.charCodeAt(h.length - 1)));
/** Countries a national body is named after (`Kommunsekreterarföreningen Sverige`). */
const COUNTRIES = new Set(["Sverige", "Norden", "Sweden"]);
/** Words before a given name alone that make it another's (`en annan Stefan`, `hennes dotter Karin`). */
const ANOTHER_OF_THE_NAME = new Set([
  "en",
  "ett",
  "annan",
  "annat",
  "andra",
  "ingen",
  "någon",
  "hans",
  "hennes",
  "deras",
  "min",
  "vår",
  "son",
  "sonen",
  "dotter",
  "dottern",
  "bror",
  "brodern",
  "syster",
  "systern",
  "far",
  "fadern",
  "mor",
  "modern",
  "make",
  "maken",
  "maka",
  "makan",
  "namne",
  "namnen",
]);
export const MUNICIPALITY: ReadonlySet<GazetteerKind> = new Set(["municipality"]);

/** Is the word at `i` a country, a one-word municipality or a place of the lexicon, as written (no genitive)? */
export function isPlaceAt(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  const word = tokens[i].text;
  if (COUNTRIES.has(word) || lexicon.isPlace(word)) return true;
  const m = lexicon.matchAt(tokens, i, MUNICIPALITY);
  return m?.to === i + 1 && !m.genitive;
}

/** A head in the definite form (`förbundet`). */
const DEFINITE_HEAD = /(?:et|en)$/;

/**
 * An association outside the lexicon named by its shape: a capitalised head in the definite form and the proper name
 * after it (`Kommunförbundet Skåne`, `Samordningsförbundet Östra Södertörn`), or a genitive proper name and an
 * indefinite head (`Sjuhärads kommunalförbund`). Such a name is an organisation, never a person.
 */
function associationAt(tokens: Token[], i: number, heads: readonly string[], lexicon: Lexicon): Mention | undefined {
  const t = tokens[i];
  if (!t.word || !t.cap || t.end - t.start < 4) return undefined;
  const word = t.text;
  const head = endsWithHead(word, heads);
  if (head && DEFINITE_HEAD.test(head)) {
    // `Kommunförbundet Skåne`: one or two proper names on the same line, not a person's given name.
    let to = i + 1;
    const nameAt = (k: number) => k < tokens.length && !tokens[k].nl && isNameWord(tokens[k]) && !lexicon.isGivenName(tokens[k].text);
    while (to - i <= 2 && nameAt(to)) to++;
    // `Kommunalförbundet Räddningstjänsten Västra Dalen`: a compass word (no name word) opens a place's name, its part.
    if (to - i <= 2 && to < tokens.length && !tokens[to].nl && COMPASS_WORDS.includes(tokens[to].text) && nameAt(to + 1)) to += 2;
    // `Samordningsförbundet Sundbybergs stad`: a municipality's genitive and its noun.
    if (to > i + 1 && to < tokens.length && /^(?:stad|kommun)$/.test(tokens[to].text) && !tokens[to].nl && tokens[to - 1].text.endsWith("s")) to++;
    return to > i + 1 ? association(tokens, i, to) : undefined;
  }
  if (i + 1 >= tokens.length) return undefined;
  const next = tokens[i + 1];
  if (!next.word || next.nl) return undefined;
  // `Kommunsekreterarföreningen Sverige`, `Bostadsbolaget Sundsvall`: a body's compound in the definite form before
  // the country or the place it is of (the head first: it turns most words away before a lexicon's lookups).
  if (BODY_HEAD_ENDS.has(word.charCodeAt(word.length - 1)) && endsWithHead(word, BODY_HEADS) && isPlaceAt(tokens, i + 1, lexicon))
    return association(tokens, i, i + 2);
  // `Sjuhärads kommunalförbund`: a genitive proper name before an indefinite head.
  if (word.charCodeAt(word.length - 1) !== 115 || !isNameWord(t)) return undefined;
  const indefinite = endsWithHead(next.text, heads);
  return indefinite && !DEFINITE_HEAD.test(indefinite) ? association(tokens, i, i + 2) : undefined;
}

/**
 * `Uppsala ornitologiska förening`, `Täby hembygdsförening`: a place, its adjectives and an association's indefinite head
 * name the association, no municipality.
 */
function placeAssociation(tokens: Token[], place: GazetteerMatch): Mention | undefined {
  let k = place.to;
  const last = Math.min(place.to + 2, tokens.length);
  while (k < last && tokens[k].word && !tokens[k].cap && !tokens[k].nl && ADJECTIVE.test(tokens[k].text)) k++;
  if (k >= tokens.length) return undefined;
  const head = tokens[k];
  return head.word && !head.cap && !head.nl && ASSOCIATION_HEAD.test(head.text) ? association(tokens, place.from, k + 1) : undefined;
}
const ADJECTIVE = /^\p{Ll}{3,}a$/u;
/** A company's form after its name (`Ruben Bygg AB`). */
const COMPANY_FORM = /^(?:AB|Aktiebolag|HB|KB)$/;
/** A word that ends like an association's name (`Företagarföreningen`, `företagarförening`, `Hyresgästförbundet`). */
export const ASSOCIATION_HEAD = /(?:förening(?:en)?|förbund(?:et)?|institut(?:et)?|stiftelsen?|sällskap(?:et)?|akademi(?:en)?)$/i;

/** The head a compound ends in (`Kommunalförbundet` ends in `förbundet`), case-blind; never the whole word. */
function endsWithHead(word: string, heads: readonly string[]): string | undefined {
  for (const h of heads) {
    if (word.length <= h.length || word.charCodeAt(word.length - 1) !== h.charCodeAt(h.length - 1)) continue;
    if (endsInLowerCase(word, h)) return h;
  }
  return undefined;
}

/**
 * Does `word` end in `lower` once lower-cased? Latin-1 letters are lowered by `foldCode` (their `toLowerCase`) in
 * place; a word with a character beyond Latin-1 there is lowered as a string. Every capitalised word ending in `n` or
 * `t` is tested against several heads: a copy and its lower case for each were 0.7 million strings over the benchmark
 * corpus (the association reader's allocations 58 → 36 MB).
 */
function endsInLowerCase(word: string, lower: string): boolean {
  const from = word.length - lower.length;
  for (let k = lower.length - 1; k >= 0; k--) {
    const c = word.charCodeAt(from + k);
    if (c > 255) return word.slice(from).toLowerCase() === lower;
    if (foldCode(c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

function association(tokens: Token[], from: number, to: number): Mention {
  const label = tokens
    .slice(from, to)
    .map((x) => x.text)
    .join(" ");
  return newMention("organisation", nameKey(label), label, from, to, tokens[from].start, tokens[to - 1].end, "organisation:shape");
}

/** Role words recognised by their ending (`solcellsexpert`, `samhällsbyggnadsdirektör`); a capitalised word only when `evenCapitalised`. */
export function roleBySuffix(token: Token | undefined, suffixes: readonly string[], evenCapitalised = false): string | undefined {
  if (!token || !token.word || (token.cap && !evenCapitalised) || !mayEndInSuffix(token.text, suffixes)) return undefined;
  const lower = token.text.toLowerCase();
  return suffixes.some((s) => lower.endsWith(s) && lower.length > s.length + 2) ? lower : undefined;
}

/** The last three letters of each list of role suffixes as a bitmap of their hashes; null where a suffix is shorter. */
const suffixEnds = new WeakMap<readonly string[], Uint32Array | null>();

/**
 * May a word end in one of the suffixes, a test that turns most words away: are its last three letters those of a
 * suffix, folded as `foldCode` folds them (or not all of Latin-1)? The readers of titles ask of most words after a name
 * or a comma, and a lower-case copy and a call for each of 62 suffixes were 0.2 CPU-s of the benchmark build.
 */
function mayEndInSuffix(word: string, suffixes: readonly string[]): boolean {
  let ends = suffixEnds.get(suffixes);
  if (ends === undefined) {
    ends = suffixes.every((s) => s.length >= 3)
      ? hashBitmap(
          suffixes.map((s) => foldHash(s.slice(-3))),
          12,
        )
      : null;
    suffixEnds.set(suffixes, ends);
  }
  if (ends === null) return true;
  // A suffix of three letters or more and two before it: a word of two characters, lower-cased, is too short.
  if (word.length < 3) return false;
  const h = endHash(word);
  return h < 0 || inHashBitmap(ends, h);
}

/**
 * A title in the definite form (`förbundsordföranden`, `kommundirektören`, `generalsekreteraren`), as prose writes it
 * right before a name: the title's indefinite form, by the endings of `roleBySuffix` (not `-rådet`, which names a body);
 * capitalised only where it opens a sentence (`opensSentence`: `Kommundirektören X sa …`).
 */
export function definiteRoleBySuffix(token: Token | undefined, suffixes: readonly string[], opensSentence = false): string | undefined {
  if (!token || !token.word || (token.cap && !opensSentence) || !token.text.endsWith("n")) return undefined;
  const lower = token.text.toLowerCase();
  // `-n` after a title ending in a vowel or `-r` (`ordföranden`, `ministern`), `-en` after one in a consonant (`chefen`).
  for (const stem of [lower.slice(0, -1), lower.endsWith("en") ? lower.slice(0, -2) : ""])
    if (stem && suffixes.some((s) => stem.endsWith(s) && stem.length > s.length + 2)) return stem;
  return undefined;
}

/**
 * Heads of the names of things named after a person: organisations, schools, prizes, places, documents and cases
 * (`Tora Xstiftelsen`, `Sven Xakademins`, `Ingrid X-förbundet`, `Kjell X-utredningens`, `Elsa Xs Dagordning`).
 * A name word ending in one (after a compound's first part, or a genitive s) names the thing, never a surname.
 */
const THING_HEADS = [
  "stiftelse",
  "stiftelsen",
  "akademi",
  "akademin",
  "akademien",
  "förbund",
  "förbundet",
  "utredning",
  "utredningen",
  "institut",
  "institutet",
  "institutionen",
  "priset",
  "fond",
  "fonden",
  "sällskap",
  "sällskapet",
  "skola",
  "skolan",
  "skolorna",
  "högskolan",
  "gymnasium",
  "gymnasiet",
  "gymnasierna",
  "universitetet",
  "kommittén",
  "kommissionen",
  "förening",
  "föreningen",
  "center",
  "centret",
  "centrum",
  "museum",
  "museet",
  "biblioteket",
  "arkivet",
  "sjukhus",
  "sjukhuset",
  "kliniken",
  "hemmet",
  "kyrkan",
  "program",
  "programmet",
  "rapport",
  "rapporten",
  "strategi",
  "strategin",
  "modellen",
  "reformen",
  "doktrinen",
  "ordning",
  "ordningen",
  "avtalet",
  "stipendiet",
  "stipendium",
  "medaljen",
  "huset",
  "hallen",
  // Rooms (`Sessionssalen`, `Bolmenrummet`): venues, in a list of names or a sentence.
  "salen",
  "salongen",
  "rummet",
  "gatan",
  "vägen",
  "torget",
  "parken",
  "dagen",
  "veckan",
  "gruppen",
  // A body's team, unit, office or administration (`Samordningsteam Bjälby`, `Planeringsenheten`, `Kommunkansliet`).
  "team",
  "teamet",
  "enheten",
  "avdelningen",
  "kansliet",
  "kontoret",
  "förvaltningen",
  // A police's or a company's area (`Lokalpolisområde Vallby`, `Affärsområdet`).
  "område",
  "området",
  "nätverket",
  "bolaget",
  "koncernen",
  // Agencies, ministries, councils and alliances, and a body's leadership (`Trafikverket`, `Kulturdepartementet`,
  // `Ungdomsråd`, `Kommunledningens lokaler`).
  "verket",
  // A municipality's or federation's service (`Räddningstjänsten`, `Socialtjänsten`).
  "tjänsten",
  // A board of a municipality or the state (`Studiestödsnämnden`, after a plural title: `revisorer Centrala …`).
  "nämnd",
  "nämnden",
  "departementet",
  "råd",
  "rådet",
  "allians",
  "alliansen",
  "ledningen",
  "klubben",
  "teatern",
  "kören",
  "orkestern",
  "affären",
  "fallet",
  "målet",
];
const THING_HEAD = new RegExp(`(?:${THING_HEADS.join("|")})s?$`);
// The last three letters of the heads and their genitives, hashed as the tokenizer folds them (see `endsLikeThingHead`).
const THING_HEAD_ENDS = hashBitmap(
  THING_HEADS.flatMap((h) => [h, `${h}s`]).map((form) => foldHash(form.slice(-3))),
  12,
);

/**
 * May a word end in one of THING_HEAD's forms: are its last three letters, folded, those of one, or not all of Latin-1
 * (where `foldCode` and `toLowerCase` may differ)? Checked first: most name words end otherwise, and the lower-case
 * copy and the regular expression cost.
 */
function endsLikeThingHead(word: string): boolean {
  // A word too short, or one beyond Latin-1: the regular expression decides.
  if (word.length < 3) return true;
  const h = endHash(word);
  return h < 0 || inHashBitmap(THING_HEAD_ENDS, h);
}

/**
 * The hash of the last three characters of a word of three or more, folded as the tokenizer folds them; -1 where one is
 * beyond Latin-1, where `foldCode` and `toLowerCase` may differ. (The caller tests the length: a read out of bounds, a
 * `charCodeAt` before the start, threw the reader's optimised code away.)
 */
function endHash(word: string): number {
  let h = HASH_START;
  for (let i = word.length - 3; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 255) return -1;
    h = Math.imul(h ^ foldCode(c), HASH_PRIME);
  }
  return h & HASH_MASK;
}
/** Words that end a name of an organisation, party, document or venue (`Christian Democrats`, `Bella Center`, `Kulturens Hus`). */
const THING_WORDS = new Set([
  // An English place's or office's first word (`City Hall`, `Town Council`), never a given name.
  "City",
  "Town",
  "County",
  "Center",
  "Centre",
  "Foundation",
  "Institute",
  "Institution",
  "Organization",
  "Organisation",
  "Education",
  "International",
  "Association",
  "Society",
  "Council",
  "Board",
  "Office",
  "Department",
  "Ministry",
  "Authority",
  "Administration",
  "Assembly",
  "Parliament",
  "Secretariat",
  "Party",
  "Democrats",
  "Minorities",
  "Aid",
  "Aids",
  "Index",
  "Fund",
  "Trust",
  "Group",
  "Company",
  "Corporation",
  "University",
  "College",
  "Hospital",
  "Prize",
  "Award",
  "Memorial",
  "Museum",
  "Library",
  "Programme",
  "Agency",
  "Commission",
  "Committee",
  "Movement",
  "Network",
  "Federation",
  "Alliance",
  "Service",
  "Produktion",
  "Forum",
  // Venues named in two words (`Kulturens Hus`, `Stora Salen`, `Ekbacka Hotel`, a town's `Xby Centrum`).
  "Centrum",
  "Hus",
  "Huset",
  "Salen",
  "Hotel",
  "Hotell",
  "Hotellet",
  "Arena",
  "Teater",
  "Teatern",
  "Slott",
  "Slottet",
  "Konserthus",
  "Konserthuset",
  "Torg",
  "Gata",
  "Väg",
  "Skola",
  "Kyrka",
  // A village's association (`Xby Byalag`).
  "Byalag",
  "Byalaget",
  // Associations named in two words (`Föreningen Kungsholmen`, `Ulvsunda Vänner`).
  "Förening",
  "Föreningen",
  "Förbund",
  "Förbundet",
  "Sällskap",
  "Sällskapet",
  "Vänner",
  // A network named in words (`Nätverket Friskt Län`).
  "Nätverket",
]);

/** A Swedish thing in the genitive (`Journalistklubbens`): an owner of what follows, not of the name before it. */
function isThingOwner(word: string): boolean {
  return word.length > 4 && word.endsWith("s") && !THING_WORDS.has(word.slice(0, -1)) && isThingWord(word.slice(0, -1));
}

/** A square or street named after a person, the name as it is (`Tage Ekström torg`). */
const NAMED_STREET = /^(?:torg|plan|gata|väg|park|allé)$/;

/**
 * `Lena Holmbergs rum`, `Elsa Ekmans skola`, `Elsa Ekmans Minne`, `Tage Ekström torg`: the name words ending at `end`,
 * in the genitive before a room, school, street or foundation, or before a square's or street's word on its line, name
 * that place, not a person.
 */
export function namesPlace(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (!next || next.nl) return false;
  return tokens[end - 1].text.endsWith("s") ? ROOM.test(next.text) || MEMORIAL.has(next.text) : NAMED_STREET.test(next.text);
}

/**
 * Does a word end the name before it in a flattened list (`Anna Berg Kommunförbundet, Kramfors`, `Per Holm Sundsvall`,
 * `Per Holm Ornö`)? An organisation's word or a place's name (in the genitive too) is the person's affiliation, never
 * part of their name; a known name (`Lund`, a surname too) may be either, so it is not.
 */
export function isAffiliationWord(word: string, lexicon: Lexicon): boolean {
  if (isThingWord(word)) return true;
  return !lexicon.isSurname(word) && !lexicon.isGivenName(word) && isPlaceName(word, lexicon);
}

/**
 * Is a word a municipality or a locality, district or island of the lexicon (`Sundsvall`, `Ornö`), in the genitive
 * too (`Sundsvalls`, `Ornös`)?
 */
function isPlaceName(word: string, lexicon: Lexicon): boolean {
  if (isLocality(word, lexicon)) return true;
  const slug = slugify(word);
  return lexicon.municipalityCounty(slug) !== undefined || (slug.endsWith("s") && lexicon.municipalityCounty(slug.slice(0, -1)) !== undefined);
}

/** A locality, district or island of the lexicon (`Ornö`), in the genitive too (`Ornös`). */
function isLocality(word: string, lexicon: Lexicon): boolean {
  return lexicon.isPlace(word) || (word.length > 4 && word.endsWith("s") && lexicon.isPlace(word.slice(0, -1)));
}

/**
 * Does the word at `k` end the full name before it (`Anna Berg Kommunförbundet`, `Anna Berg Sundsvalls`)? An
 * organisation's word does; a municipality does after a surname (`Lorena Delgado Varas` is a name), and so does a
 * locality that could be one (`Gustavsberg`); any other locality (`Anna Xhult Blidö`) after any word.
 */
export function affiliationEndsName(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const word = tokens[k]?.text;
  if (!word || lexicon.isGivenName(word)) return false;
  if (!isAffiliationWord(word, lexicon)) return firmOfTwo(tokens, k, lexicon);
  const before = tokens[k - 1].text;
  if (isThingWord(word) || lexicon.isSurname(before) || lexicon.hasSurnameShape(before)) return true;
  return isLocality(word, lexicon) && !lexicon.hasSurnameShape(word);
}

/**
 * `Rolf G Berg Ekkonsult 12 Åsa Holm Ekkonsult 13` (a staff column, each row's § numbers after it): a word no surname
 * of the lexicon that ends two nearby names with different surnames, a number after each, is the firm both come from.
 */
function firmOfTwo(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const word = tokens[k].text;
  const numbered = (j: number) => !!tokens[j + 1] && !tokens[j + 1].nl && /^\d{1,4}$/.test(tokens[j + 1].text);
  if (!numbered(k) || lexicon.isSurname(word)) return false;
  const surname = tokens[k - 1];
  if (!surname?.cap || surname.nl || lexicon.isGivenName(surname.text)) return false;
  for (let j = Math.max(1, k - 6); j <= k + 8 && j < tokens.length; j++) {
    if (j === k || tokens[j].text !== word || !numbered(j)) continue;
    const other = tokens[j - 1];
    if (other.cap && other.text !== surname.text && !lexicon.isGivenName(other.text)) return true;
  }
  return false;
}

/**
 * Where a listed name that opens with the given name at `a` starts: at `Kent-` on the line before (`Kent-` and
 * `Inge Berg`, one given name broken by the line, or by a space where a flattened PDF's break was: `Anna- Lena`), or
 * at an initial with its full stop (`B. Anders Holm`; without one a capital may be a party letter).
 */
export function nameStart(tokens: readonly Token[], a: number, lexicon: Lexicon): number {
  if (a < 2 || !lexicon.isGivenName(tokens[a].text) || tokens[a - 1].start !== tokens[a - 2].end) return a;
  const broken = tokens[a - 1].text === "-" && lexicon.isGivenName(tokens[a - 2].text);
  const initial = tokens[a - 1].text === "." && tokens[a - 2].end - tokens[a - 2].start === 1 && tokens[a - 2].cap;
  return broken || initial ? a - 2 : a;
}

/** Lower-case words after a first part's hyphen that coordinate it (`Sand- och grustag`): no broken word. */
const COORDINATORS = new Set(["och", "eller", "samt", "resp", "respektive", "till"]);
/**
 * Words after a surname alone that leave it no subject of its clause (`sade Holm i Alby`, `inom Ericsson i Ekby`, `Holm
 * och Eva Ek i Dagbladet`): a place or another name follows as often as a title.
 */
const NO_SUBJECT_AFTER = new Set([...COORDINATORS, "i", "på", "från", "med", "för", "vid", "hos", "inom", "av", "om", "mot", "enligt"]);

/**
 * Whether the word at `k` is the first half of a compound whose hyphen stands for the end it shares with the next
 * (`Energi- och klimatrådgivare`): one title or noun with what follows, no word of a name.
 */
export function sharedEndAt(tokens: readonly Token[], k: number): boolean {
  const hyphen = tokens[k + 1];
  return hyphen?.text === "-" && hyphen.start === tokens[k].end && !tokens[k + 2]?.nl && COORDINATORS.has(tokens[k + 2]?.text ?? "");
}

/**
 * How many tokens at `k`, after a word, finish that word broken at a line's end (0 if none): a hyphen glued to the
 * word and, after the break, the rest in lower case (`Sand-` `ström`, read `Sandström`; a flattened PDF may leave only
 * a space, after a name's first word: `Eva Sand- ström`) or on the next line the second part of a double-barrelled name
 * (`Sand-` `Nilsson`). An entry's one capitalised word before a hyphen and a space on its line is a name, a dash and a
 * post (`Maja- webbansvarig`). Soft hyphens are gone from the text already (`normaliseText`).
 */
export function brokenWordAt(tokens: readonly Token[], k: number): number {
  const hyphen = tokens[k];
  const rest = tokens[k + 1];
  if (!hyphen || !rest?.word || k === 0 || hyphen.start !== tokens[k - 1].end) return 0;
  if (hyphen.text !== "-" || rest.start === hyphen.end) return 0;
  if (rest.cap) return rest.nl && isNameWord(rest) ? 2 : 0;
  if (!rest.nl && tokens[k - 1].cap && (k < 2 || tokens[k - 1].nl || !isNameWord(tokens[k - 2]))) return 0;
  return /^\p{Ll}{2,}$/u.test(rest.text) && !COORDINATORS.has(rest.text) ? 2 : 0;
}

/**
 * A name as written over tokens `[from, to)`: words joined by one space; an initial's full stop, a hyphen and the word
 * after it join the word before (`Carl B. Hamilton`, `Kent-Inge`); a hyphen that broke a word over a line is dropped
 * (`Sand-` `ström` is `Sandström`).
 */
export function writtenName(tokens: readonly Token[], from: number, to: number): string {
  let label = "";
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.text === "-" && k + 1 < to && !tokens[k + 1].cap && tokens[k + 1].start > t.end) continue;
    const joined = k === from || t.text === "." || t.text === "-" || t.start === tokens[k - 1].end || tokens[k - 1].text === "-";
    label += joined ? t.text : ` ${t.text}`;
  }
  return label;
}

/** Surnames that are also the last word of a venue's name (`Berzeli Park`, `Folkets Hall`). */
const VENUE_SURNAMES: ReadonlySet<string> = new Set(["Park", "Hall"]);

/**
 * A group of people in the definite plural, as an association names itself (`Företagarna`, `Villaägarna`,
 * `Seniorerna`): no given name or surname ends so, but for the noble `-stierna`, `-hjerna`.
 */
export const GROUP_NAME = /^\p{Lu}\p{Ll}{3,}(?:arna|orna|(?<![ij])erna)s?$/u;

/** Does a name word name a thing after a person (`Xstiftelsen`, `X-förbundet`, `Center`, `Företagarna`) rather than a person? */
export function isThingWord(word: string): boolean {
  if (THING_WORDS.has(word) || (word.endsWith("s") && THING_WORDS.has(word.slice(0, -1)))) return true;
  // Tested only where the word ends so (a cheap test first, as this runs on many words).
  if ((word.endsWith("rna") || word.endsWith("rnas")) && GROUP_NAME.test(word)) return true;
  // A compound's first part before the head (`Hallbom`, `Brunnvik-`): the head alone is a common noun.
  if (!endsLikeThingHead(word)) return false;
  const m = THING_HEAD.exec(word.toLowerCase());
  return !!m && m.index >= 3;
}

/**
 * `isThingWord` of `word` with `before`, the word before it in a name: a group's name right after a given name is a
 * surname after all (`Marcela Cisterna`, as `Företagarna` is never written after one).
 */
export function isThingWordAfter(word: string, before: string | undefined, lexicon: Lexicon): boolean {
  if (!isThingWord(word)) return false;
  return !(before && lexicon.isGivenName(before) && GROUP_NAME.test(word) && !THING_WORDS.has(word) && !THING_HEAD.test(word.toLowerCase()));
}

export interface PersonPassInput {
  tokens: Token[];
  /** Gazetteer mention starting at each token index. */
  gazetteerAt: Map<number, Mention>;
  lexicon: Lexicon;
  roleSuffixes: readonly string[];
  /** Token ranges already taken (header lists): no person is searched there. */
  taken?: (i: number) => boolean;
  /** Party ids by upper-case abbreviation, for `X (S)`. */
  partyByAbbreviation?: Map<string, string>;
  /** An English document: titles are written in title case (`Principal Adviser`), before words that are no name too. */
  english?: boolean;
}

/** A word in the definite form and the genitive (`Älgens`, `Bergets`). */
const DEFINITE_GENITIVE = /^\p{Lu}\p{Ll}{2,}(?:en|et)s$/u;

/**
 * A noun's definite form in the genitive (`Älgens`, `Skogens`, `Bergets`) opens a place's or a venue's name (`Älgens
 * Berg`), never a person's, nor is the word after it a municipality: no given name or surname the lexicon knows with a
 * genitive `s`.
 */
function definiteGenitive(word: string, lexicon: Lexicon): boolean {
  if (!DEFINITE_GENITIVE.test(word)) return false;
  const base = word.slice(0, -1);
  return !lexicon.isGivenName(base) && !lexicon.isSurname(base) && !lexicon.isGivenName(word);
}
/**
 * A title in the definite plural (`Ordförandena`, `Sekreterarna`, `Cheferna`, `Ledamöterna` by the lexicon's plural
 * `ledamöter`): one of the role lexicon's by its indefinite singular.
 */
export function pluralTitle(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith("na")) return false;
  const stems = [lower.slice(0, -2), lower.endsWith("arna") ? `${lower.slice(0, -2)}e` : "", lower.endsWith("erna") ? lower.slice(0, -4) : ""];
  return stems.some((stem) => stem.length > 2 && lexicon.role(stem) !== undefined);
}

/** An adjective's -a, as an organisation's name may open (`Ideella`, `Regionala`). */
const ADJECTIVE_A = /^\p{Lu}\p{Ll}+(?:ella|iga|ala)$/u;

/** The body nouns of the lexicon in the indefinite too (`rådet`, `råd`), by the lexicon. */
const bodyStems = new WeakMap<Lexicon, readonly string[]>();

/** The words that carry a task's label on in a board's list of tasks (`Underhåll av byggnader`, `Skötsel och tillsyn`). */
const TASK_LINKS = new Set(["av", "och", "för"]);

/**
 * Does the word at `k`, after a name, open an organisation's name or a task's label: no name the lexicons know nor
 * one shaped so, an adjective before a lower-case word on its line that no verb is (`Ideella naturvården`), in the
 * genitive before a body's noun (`Tallåns vattenråd`, a river's or a village's; `Eva Holm Xyzs stabschef` is the
 * person's own), or, after a full name that ends like a surname, a noun before `av`, `och` or `för` and a lower-case
 * word (a board's list of officers and tasks with no separators: `Sekreterare Eva Holm Underhåll av byggnader …`)?
 */
export function opensOrganisation(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const word = tokens[k]?.text;
  const noun = tokens[k + 1];
  if (word && noun && taskLabelAt(tokens, k, lexicon)) return true;
  if (!word || !noun?.word || noun.cap || noun.nl || noun.text.length < 4 || isVerbAfterName(noun.text) || isParticle(noun)) return false;
  if (!ADJECTIVE_A.test(word)) {
    if (!word.endsWith("s")) return false;
    let stems = bodyStems.get(lexicon);
    if (!stems) bodyStems.set(lexicon, (stems = lexicon.data.protocol.bodies.map((b) => b.replace(/(?:en|et|n|t)$/, ""))));
    if (!ASSOCIATION_HEAD.test(noun.text) && !stems.some((b) => noun.text.endsWith(b))) return false;
  }
  const base = word.endsWith("s") ? word.slice(0, -1) : word;
  return [word, base].every((w) => !lexicon.isGivenName(w) && !lexicon.isSurname(w) && !lexicon.hasSurnameShape(w));
}

/**
 * `Underhåll av byggnader` at `k` after a full name: see `opensOrganisation`. (The noun after the link may be a
 * plural's `-er`, which is no verb's there.)
 */
function taskLabelAt(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const [word, link, noun] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!noun || !TASK_LINKS.has(link.text) || link.nl || noun.nl || noun.cap || !noun.word || noun.text.length < 4) return false;
  const surname = tokens[k - 1]?.text ?? "";
  if (!word.cap || word.nl || !(lexicon.isSurname(surname) || lexicon.hasSurnameShape(surname))) return false;
  return !lexicon.isGivenName(word.text) && !lexicon.isSurname(word.text) && !lexicon.hasSurnameShape(word.text);
}

/** Adjectives that open an organisation's name, never a person's (`Svensk Handel`, `Ny Teknik`, `Norra Vallby IF`). */
const NAME_OPENS_NO_PERSON = /^(?:\p{Lu}\p{Ll}*(?:sk|ska|iska)|Ny|Nya|Nytt|Stora|Lilla|Gamla|Norra|Södra|Östra|Västra|Svenska|Nordiska|Nordic)$/u;

/** A company's word with a capital inside after a word's letters (`MejeriKartong`), as no name is written (`McKay`, `DeLuca`). */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}{3,}\p{Lu}/u;

/**
 * Does the word at `k`, no given name, open an organisation's name, never a person's: an adjective (`Stora Ekbo`,
 * `Nordic Malt`) or a company's word with a capital inside (`MejeriKartong Norrbruk`), not a table's cells run together
 * (`DanderydKarin`, `LundbergKarin`)? Not before a party's parenthesis (`Lilla Ek (KD)`: an adjective may be a name).
 */
export function opensNoPerson(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const word = tokens[k].text;
  if (tokens[k + 2]?.text === "(") return false;
  if (NAME_OPENS_NO_PERSON.test(word)) return true;
  return INNER_CAPITAL.test(word) && !gluedLeadCut(word, lexicon) && !gluedNameCut(word, lexicon) && !rowCellEnd(word, lexicon);
}

/**
 * The name without the genitive s (`Xbergs` → `Xberg`) when it is a plausible surname (a known one, or one of a
 * surname's endings) and the word as written is no known name; with `givenToo`, also a given name (`Gustav Adolfs`);
 * with `anySurname`, any word.
 */
function genitiveBase(word: string, lexicon: Lexicon, givenToo = false, anySurname = false): string | undefined {
  if (word.length < 4 || word.charCodeAt(word.length - 1) !== 115 || word.charCodeAt(word.length - 2) === 115) return undefined;
  if (lexicon.isGivenName(word) || lexicon.isSurname(word)) return undefined;
  const base = word.slice(0, -1);
  // Any word but a Latin one's `-us` (`Evelius`, which is the name as written).
  return (anySurname && !base.endsWith("u")) || lexicon.isSurname(base) || lexicon.hasSurnameShape(base) || (givenToo && lexicon.isGivenName(base))
    ? base
    : undefined;
}

/** Are the `n` words from `at` those from `from`, as written? */
function sameWords(tokens: readonly Token[], from: number, at: number, n: number): boolean {
  for (let q = 0; q < n; q++) if (at + q >= tokens.length || tokens[at + q].text !== tokens[from + q].text) return false;
  return true;
}

/**
 * Whether `som` and a title follow from token `k` on its line: after a comma, a verb or two (`, som är`, `arbetar
 * som`, `började i maj som`), a copula after it and an acting marker before the title (`som tf kommunchef`).
 */
function titleAfterSom(tokens: readonly Token[], k: number, gazetteerAt: Map<number, Mention>, roleSuffixes: readonly string[]): boolean {
  if (tokenAt(tokens, k)?.text === "," && !tokens[k].nl) k++;
  for (let words = 0; words < 4 && tokenAt(tokens, k)?.word && !tokens[k].cap && !tokens[k].nl; words++, k++) {
    if (tokens[k].text !== "som") continue;
    let q = k + 1;
    if (/^(?:är|var|blir|blev)$/.test(tokenAt(tokens, q)?.text ?? "")) q++;
    if (ACTING.has(tokenAt(tokens, q)?.text ?? "") && !tokenAt(tokens, q + 1)?.nl) q++;
    return !tokenAt(tokens, q)?.nl && (gazetteerAt.get(q)?.kind === "role" || !!roleBySuffix(tokenAt(tokens, q), roleSuffixes));
  }
  return false;
}

/**
 * Whether a title starts at token `n`, the lexicon's or one known by its ending, and a capitalised word follows it on
 * its line (`Xvens statssekreterare Karin`): the s before it is a genitive's whatever the surname (not in a list's
 * `Laila Freivalds justitieminister`).
 */
function titleBeforeName(tokens: readonly Token[], n: number, gazetteerAt: Map<number, Mention>, roleSuffixes: readonly string[]): boolean {
  const role = gazetteerAt.get(n);
  const to = role?.kind === "role" ? role.to : roleBySuffix(tokens[n], roleSuffixes) ? n + 1 : -1;
  return to > 0 && !!tokenAt(tokens, to)?.cap && !tokens[to].nl;
}

/**
 * `taken(i)`, the caller's test of a token (a closure of each document), called at this one site: at each site of its
 * own, V8 took the first document's closure for a constant and threw the optimised caller away at the next document.
 */
const isTaken = (taken: ((i: number) => boolean) | undefined, i: number) => taken !== undefined && taken(i);

/**
 * What the person pass's phases read of one document. The phases are module functions taking it, not closures of each
 * document: V8 keeps a closure's optimised code only while a closure of it lives, so a long-running process (a live
 * build) compiled them all again at its first update after a pause. Built in one shape, every field set.
 */
interface PersonPass {
  tokens: Token[];
  gazetteerAt: Map<number, Mention>;
  lexicon: Lexicon;
  roleSuffixes: readonly string[];
  taken: ((i: number) => boolean) | undefined;
  partyByAbbreviation: Map<string, string> | undefined;
  english: boolean;
  /** The people found so far, by position. */
  people: Mention[];
  /** The tokens of the gazetteer's mentions. */
  covered: Set<number>;
  /**
   * Where each role ends, and whether it is written in English title case (`Principal Adviser`): on an English page,
   * or mid-sentence on a Swedish one, where a Swedish title is written in lower case (`, Head Urban Planning Unit`).
   */
  roleEnds: Map<number, boolean>;
  /** Protocol labels (`Beslutande Ingrid Solberg (S)` as OCR sets a header table) never open or join a name. */
  notNames: Set<string>;
  notNameBits: Uint32Array;
}

/** Person pass: person mentions, sorted by position. */
export function personMentions({ tokens, gazetteerAt, lexicon, roleSuffixes, taken, partyByAbbreviation, english }: PersonPassInput): Mention[] {
  const people: Mention[] = [];
  const covered = new Set<number>();
  const roleEnds = new Map<number, boolean>();
  for (const m of gazetteerAt.values()) {
    for (let k = m.from; k < m.to; k++) covered.add(k);
    if (m.kind === "role") roleEnds.set(m.to - 1, tokens[m.from].cap && (!!english || (midSentence(tokens, m.from) && inEnglish(tokens, m, lexicon))));
  }
  const { notNames, notNameBits } = compileProtocolWords(lexicon.data.protocol);
  const pass: PersonPass = {
    tokens,
    gazetteerAt,
    lexicon,
    roleSuffixes,
    taken,
    partyByAbbreviation,
    english: !!english,
    people,
    covered,
    roleEnds,
    notNames,
    notNameBits,
  };
  for (let i = 0; i < tokens.length;) {
    if (!mayRun(pass, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j].nl && mayRun(pass, j)) j++;
    namesInRun(pass, i, j);
    // A name may go on over the line's end (`Sand-` `Nilsson`): the next run starts after it, or after the word that
    // ended this run on its line, no run's (tested once).
    i = Math.max(j < tokens.length && !tokens[j].nl ? j + 1 : j, people.at(-1)?.to ?? 0);
  }
  if (!english) bylinesInCapitals(pass);
  if (!english && people.length > 0) namesAlone(pass);
  return people;
}

/** Whether token `k` stands mid-sentence: not first on its line, after no sentence's mark, with no capital inside. */
function midSentence(tokens: readonly Token[], k: number): boolean {
  return k > 0 && !tokens[k].nl && !SENTENCE_MARK.test(tokens[k - 1].text) && !tokens[k].capInside;
}
const SENTENCE_MARK = /^[.!?:;]$/;

/** On a Swedish page only a title matched by its English name (`Head`, not `Kommunalråd`). */
function inEnglish(tokens: readonly Token[], m: Mention, lexicon: Lexicon): boolean {
  const written = nameKey(
    tokens
      .slice(m.from, m.to)
      .map((t) => t.text)
      .join(" "),
  );
  return lexicon.role(m.id)?.en?.some((form) => nameKey(form) === written) ?? false;
}

/** A middle initial (`Margareta E Nordenvall`, `Carl B. Hamilton`) between name words, and its full stop. */
function isInitial(pass: PersonPass, i: number): boolean {
  const { tokens, gazetteerAt } = pass;
  const t = tokenAt(tokens, i);
  if (!t || t.end - t.start !== 1 || !t.cap || !t.word || t.nl || !isNameWord(tokenAt(tokens, i - 1))) return false;
  const next = tokenAt(tokens, i + 1);
  if (next?.text === ".") return !tokenAt(tokens, i + 2)?.nl && isNameWord(tokenAt(tokens, i + 2));
  // Not a mark before a party in a table (`Anna Berg X Fp`): the word after an initial goes on the name.
  return !!next && !next.nl && isNameWord(next) && gazetteerAt.get(i + 1)?.kind !== "party";
}

/**
 * `isRun`, with a lower-case word of four letters or more and no capital inside (most tokens, and no run's) turned
 * away before the call.
 */
function mayRun(pass: PersonPass, i: number): boolean {
  const t = pass.tokens[i];
  return (t.cap || !t.word || t.capInside || t.end - t.start <= 3) && isRun(pass, i);
}

/** Whether token `i` may stand in a run of name words. */
function isRun(pass: PersonPass, i: number): boolean {
  const { tokens, gazetteerAt, lexicon, taken } = pass;
  const t = tokens[i];
  if (!t.cap) {
    // Punctuation: only an initial's full stop; lower-case words: only particles before a name word. (Lengths are
    // read off the offsets: most tokens are lower-case words, and a token spells its text only when asked.)
    if (!t.word) return t.text === "." && isInitial(pass, i - 1) && !isTaken(taken, i);
    // `kommunfullmäktigeMarie Therese Holm`: a word in lower case run into the given name that opens a name where a
    // caption's line break was lost (cut off again by `gluedNames`).
    if (t.capInside) return isNameWord(tokenAt(tokens, i + 1)) && !tokens[i + 1].nl && !isTaken(taken, i) && gluedCut(t.text, lexicon, true) > 0;
    // Not the rest of a word broken over a line (`samordningsminis-` `ter Nygren`).
    // Two particles in a row (`van der Berg`) before the name word.
    return (
      t.end - t.start <= 3 &&
      isParticle(t) &&
      (isNameWord(tokenAt(tokens, i + 1)) || (isParticle(tokenAt(tokens, i + 1)) && isNameWord(tokenAt(tokens, i + 2)))) &&
      !isTaken(taken, i) &&
      !brokenWordAt(tokens, i - 1)
    );
  }
  if (isTaken(taken, i) || (inHashBitmap(pass.notNameBits, t.h) && pass.notNames.has(t.text))) return false;
  // `Posted by Anna Berg Tue, June 06, 2017`: a weekday's abbreviation before a date is none of the name's. (The bound
  // is tested: an `undefined` read past the end, where strings were compared, deoptimised `isRun`.)
  if (t.end - t.start === 3 && i + 1 < tokens.length && tokens[i + 1].text === "," && WEEKDAY_ABBREVIATIONS.has(t.text)) {
    const next = tokenAt(tokens, i + 2)?.text ?? "";
    if (/^\d/.test(next) || monthNumber(next)) return false;
  }
  if (isInitial(pass, i)) return true;
  // `Van Den Berg`: a capitalised particle after a particle (its length and the particle before turn most words away
  // before the word is spelt).
  if (t.end - t.start <= 3 && i > 0 && isParticle(tokens[i - 1]) && INNER_PARTICLES.has(t.text) && !t.nl && isNameWord(tokenAt(tokens, i + 1))) return true;
  if (isNameWord(t)) return !gazetteerAt.has(i) || gazetteerAt.get(i)!.kind === "municipality" || lexicon.isGivenName(t.text);
  return isParticle(t) && isNameWord(tokenAt(tokens, i + 1));
}

/**
 * `KARIN LUNDSTRÖM` on a line of its own (a press text's byline over or under the article): two words in capitals,
 * a given name and a surname of the lexicon (the surname by its shape too), are the person, named in title case. A
 * heading in capitals is no name of both kinds.
 */
function bylinesInCapitals(pass: PersonPass): void {
  const { tokens, lexicon, taken, people, covered } = pass;
  const found: Mention[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const [first, second, after] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if ((k > 0 && !first.nl) || second.nl || (after && !after.nl) || !CAPITALS_WORD.test(first.text) || !CAPITALS_WORD.test(second.text)) continue;
    if (covered.has(k) || covered.has(k + 1) || isTaken(taken, k)) continue;
    const [given, surname] = [titleCase(first.text), titleCase(second.text)];
    if (!lexicon.isGivenName(given) || lexicon.isGivenName(surname) || !(lexicon.isSurname(surname) || lexicon.hasSurnameShape(surname))) continue;
    const label = `${given} ${surname}`;
    found.push(newMention("person", label, label, k, k + 2, first.start, second.end, "person:byline"));
  }
  if (found.length === 0) return;
  people.push(...found);
  people.sort((a, b) => a.from - b.from);
}

/**
 * `Stefan Nord … Stefan, som är kommunchef i Tomelilla`: a known given name alone, after the one fuller name of the
 * text it opens, is that person where `som` and a title follow it (a word alone is otherwise no person). `Olle
 * Strandkvist … blir Strandkvist också kommunalråd`: so is a surname alone (one word or both of a double one, or the
 * last of them), after the one full name of the text it ends, where no other name word stands beside it, as a press
 * text takes a person up again. Each mention is labelled with the full name, so its apposition is the full name's.
 */
function namesAlone(pass: PersonPass): void {
  const { tokens, gazetteerAt, lexicon, roleSuffixes, taken, people, covered } = pass;
  // The full name each given name opens, by the given name's hash, and each surname ends, by its first word's hash
  // (null when two full names share it).
  let opening: Map<number, Mention | null> | undefined;
  const ending = new Map<number, { full: Mention; words: number } | null>();
  const ends = (h: number, full: Mention, words: number) => {
    const had = ending.get(h);
    ending.set(h, had === undefined || (had !== null && had.full.label === full.label && had.words === words) ? { full, words } : null);
  };
  const surnameWord = (w: Token) => w.cap && w.word && !lexicon.isGivenName(w.text);
  for (const p of people) {
    const t = tokens[p.from];
    if (p.to - p.from < 2 || !lexicon.isGivenName(t.text)) continue;
    opening ??= new Map();
    const known = opening.get(t.h);
    opening.set(t.h, known === undefined || (known !== null && known.label === p.label) ? p : null);
    // The surname: the one or two capitalised words after the given names (`Anna Karin Berg`, `Eric Holm Avedal`),
    // no given name of the lexicon itself (`Olle Martin`), spelt as the label ends (not a byline's capitals).
    let from = p.from + 1;
    while (from < p.to - 1 && lexicon.isGivenName(tokens[from].text)) from++;
    const words = p.to - from;
    if (words > 2 || !surnameWord(tokens[from]) || (words === 2 && !surnameWord(tokens[from + 1]))) continue;
    if (!p.label.endsWith(words === 2 ? ` ${tokens[from].text} ${tokens[from + 1].text}` : ` ${tokens[from].text}`)) continue;
    if (words === 2) ends(tokens[from + 1].h, p, 1);
    ends(tokens[from].h, p, words);
  }
  if (!opening) return;
  // The hashes of each map as a bitmap, which one read tests: nearly every capitalised word is turned away before two
  // lookups. (Of 512 bits: a larger typed array is made outside V8's heap, at a cost of its own for each document.)
  const opens = hashBitmap(opening.keys(), 9);
  const closes = hashBitmap(ending.keys(), 9);
  let inPerson: Set<number> | undefined;
  const found: Mention[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.cap || !(inHashBitmap(opens, t.h) || inHashBitmap(closes, t.h))) continue;
    const full = opening.get(t.h);
    const named = ending.get(t.h);
    if ((!full && !named) || covered.has(k) || isTaken(taken, k)) continue;
    let person: Mention | undefined;
    let end = k + 1;
    if (full && full.from < k && tokens[full.from].text === t.text) {
      if (titleAfterSom(tokens, k + 1, gazetteerAt, roleSuffixes)) person = full;
    } else if (named && named.full.from < k && sameWords(tokens, named.full.to - named.words, k, named.words)) {
      end = k + named.words;
      // Taken up as its clause's subject: a verb or an adverb after it (`Holm är`, `blir Holm också`).
      const next = tokenAt(tokens, end);
      if ((end === k + 1 || !tokens[k + 1].nl) && next?.word && !next.cap && !next.nl && !NO_SUBJECT_AFTER.has(next.text)) person = named.full;
    }
    if (!person) continue;
    if ((isNameWord(tokenAt(tokens, end)) && !tokens[end].nl) || (isNameWord(tokens[k - 1]) && !t.nl)) continue;
    // `En annan Stefan, som …`, `hans son Stefan, som …`: someone else of that name.
    if (!t.nl && ANOTHER_OF_THE_NAME.has(tokens[k - 1].text.toLowerCase())) continue;
    inPerson ??= new Set(people.flatMap((p) => Array.from({ length: p.to - p.from }, (_, n) => p.from + n)));
    if (!inPerson.has(k) && !inPerson.has(end - 1))
      found.push(newMention("person", person.label, person.label, k, end, t.start, tokens[end - 1].end, "person:given-name"));
  }
  if (found.length === 0) return;
  people.push(...found);
  people.sort((a, b) => a.from - b.from);
}

/** Adds the people named in the run of name words `[a, b)` (most runs name none: no array of their own). */
function namesInRun(pass: PersonPass, a: number, b: number): void {
  const { tokens, gazetteerAt, lexicon, taken, people, covered, roleEnds } = pass;
  // Whether the run is a grid of names (nameGrid), read once for the run, where needed.
  let grid: boolean | undefined;
  let k = a;
  while (k < b) {
    const t = tokens[k];
    // `HåboKarin Lund`: a given name glued to the place of its table's row opens a name as it would alone.
    // (A cut is at a capital inside the word, which the scanner saw: most words have none.)
    const given = lexicon.isGivenName(t.text)
      ? !covered.has(k) || listedPlaceName(pass, k)
      : !covered.has(k) && t.capInside && gluedCut(t.text, lexicon, true) > 0;
    if (!given) {
      // `KarinHolm (KD)`, `, rektor KarinHolm.`: a given name and a surname glued into the run's one word, before a
      // party, a comma, a full stop or the line's end (a roll's or a staff list's entry), are the person.
      const cut =
        k + 1 === b && t.capInside && !covered.has(k) && (b >= tokens.length || tokens[b].nl || (!tokens[b].word && /^[(,.]$/.test(tokens[b].text)))
          ? gluedGivenCut(t.text, lexicon)
          : 0;
      if (cut) {
        const label = `${t.text.slice(0, cut)} ${t.text.slice(cut)}`;
        people.push(newMention("person", label, label, k, b, t.start, t.end, "person:given-name"));
        k = b;
        continue;
      }
      const context = contextualName(pass, k, b);
      if (context) {
        people.push(...gluedNames(tokens, context, lexicon));
        k = context.to;
      } else k++;
      continue;
    }
    let end = givenNameEnd(pass, k, b);
    // Particles cannot end a name.
    while (end > k + 1 && PARTICLES.has(tokens[end - 1].text)) end--;
    if (end - k === 4 && twoNamesOfFour([tokens[k].text, tokens[k + 1].text, tokens[k + 2].text, tokens[k + 3].text], lexicon)) end = k + 2;
    const lastCovered = covered.has(end - 1) && gazetteerAt.get(end - 1)?.kind !== "municipality";
    // `Tora Xstiftelsen`, `Ingrid X-förbundet`: a thing named after a person ends the run's name here.
    const thing = nameBeforeThing(pass, k, Math.min(end + 1, b));
    if (thing >= 0) {
      k = thing;
      continue;
    }
    // `VD Nils Ek Vallby Elverk AB, genom VD …`, `VD Nils Ek Vatten & Avlopp i Vallby AB`: after a title, a company's
    // name that its form closes on the line (a list of companies and their heads run together) follows the holder's
    // name, given name and surname.
    if (end - k >= 3 && roleEnds.has(k - 1) && companyAhead(pass, k + 2)) end = k + 2;
    // `Ruben Bygg AB`: a name before a company's form is the company's, no person's.
    const company = tokens[end] && !tokens[end].nl && COMPANY_FORM.test(tokens[end].text);
    // A text cut off mid-name (`… Eva Sch` at its end): a short last word no surname the lexicon knows is a cut one.
    if (end === tokens.length && tokens[end - 1].text.length <= 3 && !lexicon.isSurname(tokens[end - 1].text)) end--;
    // `förskolan Elsa Berg`: a preschool named after a person (or given a name's form) is no person.
    const preschool = k > 0 && !tokens[k].nl && PRESCHOOL.test(tokens[k - 1].text);
    // The given name accepted, or a name of two words at an even place in a grid of names.
    if (
      end - k >= 2 &&
      !lastCovered &&
      !company &&
      !preschool &&
      (acceptGiven(pass, k, end) || (end - k === 2 && (k - a) % 2 === 0 && (grid ??= nameGrid(pass, a, b)))) &&
      !namesPlace(tokens, end)
    ) {
      // An initial or the first part of a given name broken over a line before the run (`B. Anders`, `Kent-` `Inge`).
      const from = k === a && (people.at(-1)?.to ?? 0) <= k - 2 ? nameStart(tokens, k, lexicon) : k;
      const person = personEndingAt(pass, from < k && !isTaken(taken, from) ? from : k, end, "person:given-name");
      people.push(...gluedNames(tokens, person, lexicon));
      k = person.to;
    } else k++;
  }
}

/**
 * `Tora Xstiftelsen`, `Ingrid X-förbundet`: the first token of `[k + 1, to)` that names a thing after a person, or -1;
 * a full name from `k` may stand before it (`Maja X Journalistklubbens pris`), not a genitive (`Elsa Xs Barnsjukhus`),
 * and is added. Apart from `namesInRun`, as its rare tests, first met late in a build, threw all of that function's
 * optimised code away.
 */
function nameBeforeThing(pass: PersonPass, k: number, to: number): number {
  const { tokens, lexicon, people } = pass;
  const thing = firstThing(pass, k + 1, to);
  if (thing < 0) return -1;
  // A Swedish organisation's name that goes on (`Anna Berg Trafikverket Region Öst`, `Anna Berg Kommunförbundet,
  // Kramfors`) is the affiliation of the full name before it in a flattened list; an English one is no sign
  // (`John Doe Organization AB`), and after a comma only a surname is (prose lists organisations: `X Y Center, Z`).
  const comma = tokens[thing + 1]?.text === ",";
  const after = tokens[comma ? thing + 2 : thing + 1];
  const listed =
    !THING_WORDS.has(tokens[thing].text) && (!after || after.nl || (after.cap && after.word)) && (!comma || isSurnameLike(tokens[thing - 1].text, lexicon));
  if (thing - k >= 2 && (listed || isThingOwner(tokens[thing].text)) && !genitiveBase(tokens[thing - 1].text, lexicon, true) && acceptGiven(pass, k, thing)) {
    people.push(makePerson(pass, k, thing, "person:given-name"));
  }
  return thing;
}

/** A roll's count of delegates (`Västmark 3`). */
const COUNT = /^\d{1,3}$/;

/**
 * Where the name that opens with the given name at `k`, in a run ending at `b`, ends before particles are trimmed: up
 * to four words, ended early by a title, a genitive, an affiliation or the next name of a flattened list. Apart from
 * `namesInRun`, as its rare breaks, first met late in a build, threw all of that function's optimised code away.
 */
function givenNameEnd(pass: PersonPass, k: number, b: number): number {
  const { tokens, gazetteerAt, lexicon, roleSuffixes, covered } = pass;
  let end = k + 1;
  // Up to four words, particles not counted (`Dirk Jan Van Den Berg`).
  let particles = 0;
  while (end < b && end - k - particles < 4) {
    const next = tokens[end];
    if (gazetteerAt.get(end)?.kind === "role") break;
    // `Anna Xbergs Minnesfond`: a genitive ends the name; what follows is named after the person.
    if (end - k >= 2 && genitiveBase(tokens[end - 1].text, lexicon, true)) break;
    if (gluedTitleAt(pass, tokens[end - 1])) break;
    // `Eva Holm Förvaltningssekreterare`: a title by its ending after a full name is the person's, no surname (a
    // flattened notice's signature); the lexicon's titles end the name above.
    if (end - k >= 2 && !lexicon.isSurname(next.text) && roleBySuffix(next, roleSuffixes, true)) break;
    // `Eva Holm Ordförandena och …`: a title in the definite plural is no surname.
    if (end - k >= 2 && pluralTitle(next.text, lexicon)) break;
    // `Eva Holm Tallåns vattenråd`, `Eva Holm Ideella naturvården`: a word no name, in the genitive or an
    // adjective's -a, before a lower-case noun on its line opens the name of the person's organisation.
    if (end - k >= 2 && opensOrganisation(tokens, end, lexicon)) break;
    // `Eva Holm Holm Konsult`: a surname said again opens the name of the person's firm.
    if (end - k >= 2 && next.text === tokens[end - 1].text) break;
    // `Eva Holm Västmark 3 Pia Strand`, `… Österby 2 C G Lundh`: a word and a count before a given name or an
    // initial on its line label the next group of a roll (a district and its delegates), no surname.
    const count = tokenAt(tokens, end + 1);
    const after = tokenAt(tokens, end + 2);
    if (
      end - k >= 2 &&
      count &&
      !count.nl &&
      COUNT.test(count.text) &&
      after &&
      !after.nl &&
      (lexicon.isGivenName(after.text) || (after.cap && after.end - after.start === 1 && !!tokenAt(tokens, end + 3)?.cap))
    )
      break;
    // `Eva Holm Miljöskydd/naturvård`: a word joined by a slash to one in lower case is a heading's field, no surname.
    const slash = tokenAt(tokens, end + 1);
    if (end - k >= 2 && slash?.text === "/" && slash.start === next.end && tokenAt(tokens, end + 2)?.start === slash.end && !tokens[end + 2].cap) break;
    // `Eva Holm Sundsvall`, `Eva Holm Ornö`: a municipality or a locality after a full name is where the person
    // comes from (a flattened list).
    if (
      end - k >= 2 &&
      (gazetteerAt.get(end)?.kind === "municipality" || (!covered.has(end) && isLocality(next.text, lexicon))) &&
      affiliationEndsName(tokens, end, lexicon)
    )
      break;
    // A new given name after a complete name starts the next person (flattened lists). Two given names are no
    // complete name (`Anna Maria Louise Berg`). (`Henk te Brinkvelde`: a particle may stand between the given name
    // and the surname.)
    if (
      end - k >= 2 &&
      (end - k >= 3 || !lexicon.isGivenName(tokens[end - 1].text) || lexicon.isSurname(tokens[end - 1].text)) &&
      lexicon.isGivenName(next.text) &&
      !lexicon.isSurname(next.text) &&
      end + 1 < b &&
      (isNameWord(tokens[end + 1]) || isParticle(tokens[end + 1]))
    )
      break;
    if (end - k >= 2 && lexicon.isGivenName(next.text) && end + 1 >= b && !lexicon.isSurname(next.text) && !lexicon.hasSurnameShape(next.text)) break;
    if (isParticle(next) || INNER_PARTICLES.has(next.text)) particles++;
    end++;
  }
  return end;
}

/**
 * `Lars Berg Tommy Lund Björn Ekforss`: a board's signatures set as a grid, a line that is one run of name words with
 * a known given name at every other one, pairs each given name with the word after it, whatever the lists say of the
 * surname.
 */
function nameGrid(pass: PersonPass, a: number, b: number): boolean {
  const { tokens, lexicon } = pass;
  if (b - a < 4 || (b - a) % 2 || (a > 0 && !tokens[a].nl) || (b < tokens.length && !tokens[b].nl)) return false;
  for (let q = a; q < b; q++) {
    if (!isNameWord(tokens[q]) || !inName(pass, q) || ((q - a) % 2 === 0 && !lexicon.isGivenName(tokens[q].text))) return false;
  }
  return true;
}

/** Whether a company's form (`AB`) closes the capitalised words, `&`, `i` and `och` from `k` on its line. */
function companyAhead(pass: PersonPass, k: number): boolean {
  const { tokens } = pass;
  for (let q = k; q < k + 8 && tokens[q] && !tokens[q].nl; q++) {
    if (COMPANY_FORM.test(tokens[q].text)) return q > k;
    if (!tokens[q].cap && !/^(?:&|i|och)$/.test(tokens[q].text)) return false;
  }
  return false;
}

/**
 * `Närvarande: Mark Lund, Anna Berg`: a given name that is also a municipality opens a name of two words that is a
 * list's entry on its own (after a colon, a comma or a line break, before a comma or the line's end), or before a
 * party (`Mark Lund (S)`).
 */
function listedPlaceName(pass: PersonPass, k: number): boolean {
  const { tokens, gazetteerAt, lexicon, roleEnds } = pass;
  const before = tokens[k - 1];
  const after = tokens[k + 2];
  const place = gazetteerAt.get(k);
  if (place?.kind !== "municipality" || place.to !== k + 1 || !isNameWord(tokens[k + 1]) || tokens[k + 1].nl) return false;
  if (after?.text === "(" && !after.nl) return true;
  // `kommunalrådet Mark Lund`, `moderaten Ed Bergman`: after a title or a party's word, before a known surname.
  const kind = before && !tokens[k].nl ? gazetteerAt.get(k - 1)?.kind : undefined;
  if (
    (roleEnds.has(k - 1) || kind === "party" || (before?.word && !before.cap && !!partyOfWord(before.text, lexicon))) &&
    // (or a word no lexicon knows: `moderaten Ed Xyz`, as no place is written after a party's word)
    (lexicon.isSurname(tokens[k + 1].text) || (!gazetteerAt.has(k + 1) && !lexicon.isGivenName(tokens[k + 1].text)))
  )
    return true;
  return (!before || tokens[k].nl || before.text === ":" || before.text === ",") && (!after || after.nl || after.text === ",");
}

/**
 * The first token of `[from, to)` that names a thing after a person (`Xstiftelsen`), or -1; a title in the definite
 * plural is none, though it ends as a group's name does (`Eva Holm Justerarna och …`).
 */
function firstThing(pass: PersonPass, from: number, to: number): number {
  const { tokens, lexicon } = pass;
  for (let i = from; i < to; i++) if (isThingWordAfter(tokens[i].text, tokens[i - 1]?.text, lexicon) && !pluralTitle(tokens[i].text, lexicon)) return i;
  return -1;
}

/**
 * The person named at `[k, end)`: a surname broken by a soft hyphen or over a line goes on over it
 * (`Jo\u00ADhansson`, `Sand-` `ström`), a title
 * glued to the surname is left out (`XSecond`), and a genitive before a lower-case word (`Leif Xbergs (M)
 * avsägelse`) is the name without its s.
 */
function personEndingAt(pass: PersonPass, k: number, end: number, rule: RuleId): Mention {
  const { tokens, gazetteerAt, lexicon, roleSuffixes } = pass;
  end += brokenWordAt(tokens, end);
  const person = makePerson(pass, k, end, rule);
  const glued = gluedTitleAt(pass, tokens[end - 1]);
  if (glued) {
    const cut = glued - tokens[end - 1].text.length;
    const label = person.label.slice(0, cut);
    return newMention("person", label, label, person.from, person.to, person.start, person.end + cut, rule);
  }
  const last = person.label.slice(person.label.lastIndexOf(" ") + 1);
  let n = end;
  if (tokenAt(tokens, n)?.text === "(" && tokenAt(tokens, n + 2)?.text === ")" && !tokens[n].nl) n += 3;
  const next = tokenAt(tokens, n);
  if (!next || next.nl || !next.word) return person;
  // Before a lower-case word, the s of a plausible surname is a genitive; before a name word (`Karl Adolfs Torg`,
  // where the run was cut at the genitive) also a given name's.
  // Before a title and a name (`Stefan Xvens statssekreterare Karin`) any surname's: the title is owned.
  const genitive = next.cap
    ? n === end && isNameWord(next) && genitiveBase(last, lexicon, true)
    : (n === end && titleBeforeName(tokens, n, gazetteerAt, roleSuffixes) && genitiveBase(last, lexicon, false, true)) ||
      (!isVerbAfterName(next.text) && genitiveBase(last, lexicon));
  if (!genitive) return person;
  // The evidence is the name without its s, so the name as written is the nominative.
  const label = person.label.slice(0, -1);
  return newMention("person", label, label, person.from, person.to, person.start, person.end - 1, rule);
}

/**
 * Where a title glued to the surname starts in a token's word (`XSecond`, `DanielssonKommunchef` where a line break
 * was lost): at an inner capital after a lower-case letter, when the rest is a title by the lexicon or a title's
 * ending, or a picture's credit (`EkFoto`); 0 if none (at once for a word the scanner saw no capital inside).
 */
function gluedTitleAt(pass: PersonPass, token: Token): number {
  const { lexicon, roleSuffixes } = pass;
  if (!token.capInside) return 0;
  const word = token.text;
  const named = GLUED_TITLE.exec(word) ?? GLUED_CREDIT.exec(word);
  if (named) return named[1].length;
  for (let i = 3; i < word.length - 3; i++) {
    if (!LATIN1_UPPER[word.charCodeAt(i)] || !LATIN1_LOWER[word.charCodeAt(i - 1)]) continue;
    const tail = word.slice(i).toLowerCase();
    if (lexicon.role(tail) || roleSuffixes.some((s) => tail.endsWith(s) && tail.length > s.length + 2)) return i;
  }
  return 0;
}

function isSurnameLike(word: string, lexicon: Lexicon): boolean {
  return lexicon.isSurname(word) || lexicon.hasSurnameShape(word);
}

/** A given name that is also an ordinary word (`Per`, `Bo`) needs a surname-like word after it. */
function acceptGiven(pass: PersonPass, k: number, end: number): boolean {
  const { tokens, lexicon } = pass;
  if (!lexicon.isAmbiguousGivenName(tokens[k].text)) return true;
  return isSurnameLike(tokens[end - 1].text, lexicon) || hasPersonContext(pass, k, end) || listEntry(pass, k);
}

/** `X, Hans Y och Z`, `X (S) och Per Y`: the name at `k` is the next entry of a list of people on its line. */
function listEntry(pass: PersonPass, k: number): boolean {
  const { tokens, gazetteerAt, lexicon, people, covered } = pass;
  const before = tokens[k - 1]?.text;
  if ((before !== "," && before !== "och" && before !== "samt") || tokens[k].nl || tokens[k - 1].nl) return false;
  let q = k - 2;
  // `A, Region Dalarna och X`, `A, Länsstyrelsen och X`: the last entry of a list of people each with where they come
  // from (the lexicon's name or one capitalised word), when it reads as a name (a given name first, or a surname's
  // word after a word of no place): not an organisation last in the list (`A, Länsstyrelsen och Destination Falun`,
  // `… och Visit Dalarna`, `… och Dalarna Science Park`).
  const named = lexicon.isGivenName(tokens[k].text) || (!covered.has(k) && !covered.has(k + 1) && isSurnameLike(tokens[k + 1]?.text ?? "", lexicon));
  const where = before === "och" && named ? ([1, 2, 3, 4].map((n) => gazetteerAt.get(k - 1 - n)).find((g) => g?.to === k - 1)?.from ?? k - 2) : -1;
  if (where > 0 && tokens[where].cap && !tokens[where].nl && tokens[where - 1].text === ",") q = where - 2;
  if (tokens[q]?.text === ")" && tokens[q - 2]?.text === "(") q -= 3;
  return q >= 0 && people.at(-1)?.to === q + 1 && !tokens[q + 1].nl;
}

/** May token `i` go on a name: outside the gazetteer, or a one-word municipality (`Marléne Lund Kopparklint`)? */
function inName(pass: PersonPass, i: number): boolean {
  const { gazetteerAt, covered } = pass;
  return !covered.has(i) || (gazetteerAt.get(i)?.kind === "municipality" && gazetteerAt.get(i)!.to === i + 1);
}

function contextualName(pass: PersonPass, k: number, b: number): Mention | undefined {
  const { tokens, lexicon, english, covered } = pass;
  // A name here has two words at least: a run's last word alone (most runs are one capitalised word) is none.
  if (k + 1 >= b) return undefined;
  // `Kommunsekreterarföreningen X`: a thing's name opens no name, as it ends one; nor does an acting marker (`Tf
  // Utvecklingschef`, a title in a list of titles).
  if (
    covered.has(k) ||
    isThingWord(tokens[k].text) ||
    OPENS_NO_NAME.has(tokens[k].text) ||
    ACTING.has(tokens[k].text) ||
    definiteGenitive(tokens[k].text, lexicon)
  )
    return undefined;
  if (opensNoName(tokens, k, b, lexicon)) return undefined;
  let end = k + 1;
  while (end < b && end - k < 4 && inName(pass, end) && !isThingWordAfter(tokens[end].text, tokens[end - 1].text, lexicon)) {
    if ((end - k >= 2 && genitiveBase(tokens[end - 1].text, lexicon, true)) || gluedTitleAt(pass, tokens[end - 1])) break;
    end++;
  }
  while (end > k + 1 && PARTICLES.has(tokens[end - 1].text)) end--;
  if (end - k < 2 || isThingWordAfter(tokenAt(tokens, end)?.text ?? "", tokens[end - 1].text, lexicon) || isPlaceCompound(tokens[end - 1].text, lexicon))
    return undefined;
  // `Minister for Foreign Affairs and Nordic Cooperation Anna Berg`: in English, a title's last words before a
  // given name and a surname are no part of the name (a surname before a given name is a Swedish list's order).
  if (english && end - k > 2 && !isSurnameLike(tokens[k].text, lexicon) && lexicon.isGivenName(tokens[end - 2].text)) return undefined;
  // A known surname closing a two- or three-word run of names is enough; otherwise the context must say person.
  if (namesPlace(tokens, end)) return undefined;
  // Not a venue's word (`Berzeli Park`, `Folkets Hall`): a surname too, it closes a name after a given name only.
  const surname = lexicon.isSurname(tokens[end - 1].text) && !VENUE_SURNAMES.has(tokens[end - 1].text);
  if ((surname && end - k <= 3 && !lexicon.isSurname(tokens[k].text)) || hasPersonContext(pass, k, end)) {
    return personEndingAt(pass, k, end, "person:context");
  }
  return undefined;
}

/** Municipalities joined by hyphens (`Xby-Yköping-Mark`, a price list's area) are no double surname. */
function isPlaceCompound(word: string, lexicon: Lexicon): boolean {
  return word.includes("-") && word.split("-").every((part) => lexicon.municipalityCounty(slugify(part)) !== undefined);
}

function hasPersonContext(pass: PersonPass, k: number, end: number): boolean {
  const { tokens, gazetteerAt, lexicon, roleSuffixes, partyByAbbreviation, roleEnds } = pass;
  const before = tokens[k - 1];
  if (before && !tokens[k].nl) {
    // An English title in title case heads capitalised words that are no name as often (`Principal Adviser Climate
    // Action`): a name after it ends like a surname.
    const titled = roleEnds.get(k - 1);
    if (titled === false || (titled && isSurnameLike(tokens[end - 1].text, lexicon))) return true;
    // `moderaten Ed X`, `Centerns Bo X`: a party's member named by the word for one (not the plural's, `kristdemokraterna`,
    // before a party's own name) or by the party's genitive.
    if (
      (before.word && !before.cap && !before.text.endsWith("na") && partyOfWord(before.text, lexicon)) ||
      (gazetteerAt.get(k - 1)?.kind === "party" && before.text.endsWith("s"))
    )
      return true;
    // `Moderator: X`: a role's label; `Ulla Berg och X`: the last entry of a list of people (after a comma, an entry
    // is as often an organisation: `Ola Berg, Spridd Arkitekter`).
    if (tokens[k - 1].text === ":" && roleEnds.has(k - 2)) return true;
    // `Partiets oppositionsråd i Åby, Eva Kvarnlöv, lämnar …`: a name set off by commas after a title, or after a
    // title and the place it is held in, with the sentence going on in lower case (not a list's `och`), is the title's
    // holder.
    if (before.text === "," && end - k <= 3 && tokens[end]?.text === "," && !tokens[end].nl && titleBefore(pass, k - 2)) {
      const next = tokens[end + 1];
      if (next?.word && !next.cap && !next.nl && !COORDINATORS.has(next.text)) return true;
    }
    // Not a name that opens with an adjective, as an organisation's does (`och Svensk Handel`, `och Ny Teknik`). A
    // particle inside (`A, Derk van Dijk och B`) says person after a comma too, and before the list's `och`.
    const particle = innerParticle(pass, k, end);
    if (
      (tokens[k - 1].text !== "," || particle) &&
      !NAME_OPENS_NO_PERSON.test(tokens[k].text) &&
      listEntry(pass, k) &&
      (end >= tokens.length || tokens[end].nl || /^[,.;]$/.test(tokens[end].text) || (particle && tokens[end].text === "och"))
    )
      return true;
    if (photoCreditBefore(tokens, k) >= 0) return true;
  }
  if (municipalityRow(pass, k, end)) return true;
  const after = tokens[end];
  const after2 = tokens[end + 1];
  // A staff card: the name alone on its line, ending like a surname, and the title alone on the next (`Görel
  // Västerlund` / `Förbundssekreterare`; not a unit's heading over its head, `Miljö Teknik` / `Enhetschef`).
  if (after?.nl && (k === 0 || tokens[k].nl) && lexicon.hasSurnameShape(tokens[end - 1].text)) {
    const role = gazetteerAt.get(end);
    const to = role?.kind === "role" ? role.to : roleBySuffix(after, roleSuffixes, true) ? end + 1 : -1;
    if (to > end && (to >= tokens.length || tokens[to].nl)) return true;
  }
  if (after && !after.nl) {
    if (after.text === "," && after2 && !after2.nl && (gazetteerAt.get(end + 1)?.kind === "role" || roleBySuffix(after2, roleSuffixes))) return true;
    // Press sets the party between commas (`Eva Ek, M, som fortsätter …`): its letters as written, in capitals, after a
    // given name and a surname (a title before them is no part of the name: `Statsråden Eva Ek, FP,`).
    if (
      end - k === 2 &&
      after.text === "," &&
      after2 &&
      !after2.nl &&
      tokens[end + 2]?.text === "," &&
      after2.text === after2.text.toUpperCase() &&
      partyByAbbreviation?.has(after2.text)
    )
      return true;
    // `X (V)`, and a roster's `X, (V), Degerfors kommun`; an office in its place (`Bo Ekdal (sekreterare)`, a board's
    // list) after a known given name and one word more, so no place's or body's words before it.
    const open = after.text === "," && after2?.text === "(" ? end + 1 : end;
    const inner = tokens[open + 1];
    if (tokens[open].text === "(" && inner) {
      const inside = gazetteerAt.get(open + 1);
      const party = inside?.kind === "party" || partyByAbbreviation?.has(inner.text.toUpperCase());
      const named = inside?.kind === "role" && open === end && end - k === 2 && lexicon.isGivenName(tokens[k].text);
      if ((party && tokens[open + 2]?.text === ")") || (named && tokens[inside.to]?.text === ")")) return true;
    }
    // `Anna Berg ordförande`; not an owner in the genitive (`Amnesty Internationals generalsekreterare`).
    if (gazetteerAt.get(end)?.kind === "role" && !tokens[end].cap && !isGenitiveOwner(tokens[end - 1].text, lexicon)) return true;
    // `Anna Berg ordinarie och Per Ek ersättare`: `ordinarie` set against the next name's seat is a seat too.
    if (end - k === 2 && after.text === "ordinarie" && ordinaryBeforeSeat(pass, end)) return true;
    if (after.text === ":" && (k === 0 || tokens[k].nl)) return true;
  }
  return false;
}

/**
 * Whether a title in lower case ends at `n` (not one's letters, `MAS, Movimiento al Socialismo,`), or such a title and
 * `i` before the place's capitalised words that end there.
 */
function titleBefore(pass: PersonPass, n: number): boolean {
  const { tokens } = pass;
  if (n < 0) return false;
  if (lowerTitleAt(pass, n)) return true;
  let q = n;
  while (q > n - 3 && q > 0 && tokens[q].cap && !tokens[q].nl) q--;
  return q < n && tokens[q].text === "i" && !tokens[q].nl && lowerTitleAt(pass, q - 1);
}

/** Whether a title in lower case ends at token `q` on its line. */
function lowerTitleAt(pass: PersonPass, q: number): boolean {
  const { tokens, roleSuffixes, roleEnds } = pass;
  return q >= 0 && !tokens[q].cap && !tokens[q].nl && (roleEnds.has(q) || !!roleBySuffix(tokens[q], roleSuffixes));
}

/** `ordinarie och Per Ek ersättare` from `k` on: `ordinarie`, `och` and a name of two words before `ersättare`, on one line. */
function ordinaryBeforeSeat(pass: PersonPass, k: number): boolean {
  const { tokens, gazetteerAt } = pass;
  const seat = gazetteerAt.get(k + 4);
  return (
    /^(?:och|samt)$/.test(tokens[k + 1]?.text ?? "") &&
    isNameWord(tokens[k + 2]) &&
    isNameWord(tokens[k + 3]) &&
    seat?.kind === "role" &&
    seat.id === "ersättare" &&
    !tokens.slice(k + 1, k + 5).some((t) => t.nl)
  );
}

/**
 * `Tarvo Kallionen, Vaxholms stad` on the line after `Björn Wall, Danderyds kommun`: a row of a list of people, each
 * alone on a line with the municipality they stand for, after such a row that names a person (a network's members).
 */
function municipalityRow(pass: PersonPass, k: number, end: number): boolean {
  const { tokens, people } = pass;
  const last = people.at(-1);
  return !!last && tokens[k].nl && tokens[last.from].nl && municipalityAfter(pass, end) > 0 && municipalityAfter(pass, last.to) === k;
}

/** Where `, <municipality>` after a name at `n` ends its line (its end), or -1. */
function municipalityAfter(pass: PersonPass, n: number): number {
  const { tokens, gazetteerAt } = pass;
  const place = tokens[n]?.text === "," ? gazetteerAt.get(n + 1) : undefined;
  return place?.kind === "municipality" && (place.to >= tokens.length || tokens[place.to].nl) ? place.to : -1;
}

/**
 * `Derk van Dijk`: a particle in lower case between the words of `[k, end)`, with a given name first or a surname
 * last (`Café de Luxe`, `Casa del Sol` are businesses).
 */
function innerParticle(pass: PersonPass, k: number, end: number): boolean {
  const { tokens, lexicon } = pass;
  if (!lexicon.isGivenName(tokens[k].text) && !lexicon.isSurname(tokens[end - 1].text)) return false;
  for (let q = k + 1; q < end - 1; q++) if (!tokens[q].cap && isParticle(tokens[q])) return true;
  return false;
}

/** A word in the genitive that is no known surname (`Internationals`, `Afghanistankommitténs`; not `Berntsson`). */
function isGenitiveOwner(word: string, lexicon: Lexicon): boolean {
  return word.length > 1 && word.endsWith("s") && word.charCodeAt(word.length - 2) !== 115 && !lexicon.isSurname(word);
}

function makePerson(pass: PersonPass, k: number, end: number, rule: RuleId): Mention {
  const { tokens } = pass;
  const start = tokens[k].start;
  const stop = tokens[end - 1].end;
  const label = writtenName(tokens, k, end);
  return newMention("person", label, label, k, end, start, stop, rule);
}
