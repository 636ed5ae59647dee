/**
 * Protocol header
 * ===============
 *
 * Step 1 of extraction for minutes whose fields stand inline: a protocol flattened from PDF
 * (`Beslutande Ledamöter Anna Berg, M, Ordförande Per Holm (S) ...`), a table turned into runs of names with a detached
 * column of titles (`Anna Berg (S) Per Holm (M) ordförande 1:e vice ordförande`), a signature block whose labels
 * stand before the names (`Sekreterare Ordförande Justerande Eva Ek Ola Ros Kim Ahl`), surname-first lists
 * (`Berg Anna (S)`) and party columns (`S Anna Berg`). The header's labels come from `data/protocol.json`.
 *
 * The reader labels the header first, then reads the names between labels. A run of labels followed by names is
 * aligned by position: a single-person label (chair, secretary) takes one name (and one more joined by `och`), the
 * adjusters take the rest. People fields give all their names the field's capacity. Names under fields that hold no
 * people (place, time, paragraphs) are not read.
 */
import { PRESIDIUM_CATEGORIES, type Lexicon } from "../lexicon/lexicon";
import type { Capacity, ProtocolWords } from "../lexicon/types";
import type { Token } from "../text/tokenize";
import {
  actingFrom,
  affiliationEndsName,
  gluedNames,
  isAffiliationWord,
  isNameWord,
  type Mention,
  namesPlace,
  nameStart,
  newMention,
  opensNoPerson,
  opensOrganisation,
  PARTICLES,
  pluralTitle,
  definiteRoleBySuffix,
  roleBySuffix,
  twoNamesOfFour,
  writtenName,
} from "./02-mentions";
import {
  ADJUSTER_NOUN,
  BODY_ROLES,
  compileProtocolWords,
  fullTitle,
  isLocalParty,
  labelPhraseAt,
  type LabelKind,
  NO_VOTE,
  phraseAt,
  phraseKey,
  SERVING,
  SINGLE,
} from "./protocol-words";
import { genitiveBodyName } from "./context";
import { OPENING_ITEM } from "../read/genre";
import { nameKey } from "../text/fold";
import { ACADEMIC_DEGREE, isCompany, runTitle, type Target } from "./03-appositions";
import type { WrittenRole } from "./01-lists";

export interface ProtocolEntry {
  person: Mention;
  capacity: Capacity;
  /** The label the capacity came from (offsets), for evidence of a chair read from a block. */
  label?: { start: number; end: number };
  party?: { id: string; label: string; start: number; end: number };
  municipality?: Mention;
  /** A role written with the name (`1:e vice ordförande`, `kommunsekreterare`), with paragraphs (`§§ 5–9`). */
  role?: WrittenRole & {
    /** Where it is held, named right after it: a staff title's unit (`Gatuavdelningen`), a body's role's body (`revisionen`). */
    unit?: { name: string; start: number; end: number };
    /** The organisation a staff title names after it (`enhetschef, Försäkringskassan`), whom the official works for. */
    org?: { id: string; label: string; start: number; end: number; to: number; company?: boolean };
    /** A secretary's title of one who does not sign as the meeting's secretary: theirs, not the meeting's office. */
    title?: boolean;
  };
  replaces?: Mention;
  /** The mark after the name that made it a reserve (`tjg ers`, `ej tjg ers`), as written: the seat's written form. */
  mark?: string;
  /**
   * Listed under labels bunched over one list (`Beslutande Ej tjänstgörande ersättare A (S) B (M) …`) where the layout
   * does not say which label is the name's: present, in no capacity said.
   */
  undecided?: true;
  /** Offsets of the whole entry, for evidence. */
  start: number;
  end: number;
}

export interface ProtocolHeader {
  entries: ProtocolEntry[];
  /** Where the header ends (the first agenda item, or the window's end). */
  end: number;
  /** Offsets of the labels found, in order (`Organ`, `Sammanträdesdatum` among them). */
  labels: { label: string; start: number; end: number }[];
  /** The seats of a member list by municipality after the header (see `readSeats`), each with its role; evidence from the municipality. */
  seats: ProtocolEntry[];
}

export interface ProtocolContext {
  tokens: Token[];
  text: string;
  gazetteerAt: Map<number, Mention>;
  lexicon: Lexicon;
  roleSuffixes: readonly string[];
  partyByAbbreviation: Map<string, string>;
}

/**
 * The text saying the chair adjusts the minutes with the two vice chairs (`Att tillsammans med ordföranden justera
 * protokollet utsågs förste och andre vice ordföranden`, `justeras av ordföranden jämte förste och andre vice
 * ordförandena`), its seats' words captured.
 */
const PRESIDIUM_ADJUSTS =
  /\b(?:(?:tillsammans med|jämte) ordföranden\b[^.]{0,80}?|ordföranden jämte )\b((?:förste|1:e) och (?:andre|2:e) vice ordförande(?:n|na)?)\b/i;
const VICE_CHAIRS = ["förste vice ordförande", "andre vice ordförande"];

/** How far into a document its header may reach, in characters. */
const HEADER_WINDOW = 6000;
/** How far after the header a member list by municipality may stand, in characters. */
const SEATS_REACH = 6000;
/** The seats a member list by municipality gives, as written after each name. */
const SEAT_ROLES = new Set(["ledamot", "ersättare"]);
/** A paragraph's sign and number opening a line (`§ 12`, `KF § 266`), or its number and sign before its title (`53 § Sammanträdets öppnande`). */
const PARAGRAPH_AT_LINE = /(?:^|\n)[ \t]*(?:(?:\p{Lu}{1,3}[ \t]+)?§[ \t]*\d+|\d{1,3}[ \t]*§[ \t]+\p{Lu})/u;
// The first agenda item ends the header: `§ 12`, `KF § 266`, `12 Val av justerare`, a table of contents.
// The first item numbered at a line's start (`1. Fastställande av dagordning`, `1: Mötet öppnas`), or inline by its
// title, ends it too, and so does the sentence that opens the meeting (`Mötet öppnades av …`); the end of a range of
// paragraphs (`Paragrafer 9-21 Justering …`) is no item's number, and a page's number before its signature block
// (`2 Justering Justerare Eva Ek`) none either. An association's notes name their first items unnumbered (`Närvaro A B
// C Val av mötesordförande …`, `Val av två justerare`), or joined to the item before (`2 Vallby kommun Protokoll
// Föredragningslistan och val av justerare Till att justera …`, a page whose item lost its number). A body's items may
// be numbered by its short form instead of `§` (`Kf 114 Presentation av …`, `SN 139 Ekonomisk …`, `Au 84`, `BUN 12`):
// a capital and a letter, or two to four capitals, ending as a nämnd's, fullmäktige's, styrelse's or utskott's does,
// after a page's number or heading (not a club's letters after its town: `Piteå IF 11 Eva Ek`).
const FIRST_ITEM = new RegExp(
  `${PARAGRAPH_AT_LINE.source}|${/(?<=(?:^|[\n\d)])[ \t]*|\p{Lu}{3}[ \t])(?:\p{Lu}[fnsu]|\p{Lu}{1,3}[FNSU])[ \t]+\d{1,3}[ \t]+\p{Lu}\p{Ll}|(?:^|\n)[ \t]*1[.:][ \t]*\p{Lu}\p{Ll}|(?<![\d(–-])\b\d{1,3}(?:[.:]\s*|\s+)(?:Val av|Val till|Mötets öppnande|Mötet öppnas|Sammanträdets öppnande|Fastställande av|Godkännande av|Upprop|Anmälan|Föregående|Justering\s+(?!(?:Justerare|Justerande|Sekreterare|Ordförande)\b)\p{Lu}|Information(?:särenden)?\s+\p{Lu}|Meddelanden\s+\p{Lu}|Delegationsbeslut\s+\p{Lu}|Övriga frågor)|\b(?:Innehållsförteckning|Ärendelista|Utsänd föredragningslista|Förteckning över|(?:Mötet|Sammanträdet) öppna(?:des|s))\b|(?<=\s)(?:\p{Lu}\p{Ll}+ och v|V)al av (?:mötes\p{Ll}+|två|en|justerare|justeringsm\p{Ll}+|protokolls?justerare|sekreterare)(?!\p{L})/u.source}`,
  "u",
);
// An item's number and title on its line, then its case's number (`1 Anmälan av nya frågor` ¶ `Diarienummer 2021/KS 12`):
// a sitting's web page listing its items under `Datum` / `Plats`. The title alone is no item: the same pages may list
// the items' titles first, the sitting's people after them (`Mötesinformation`, then `Närvarande:`).
const CASE_ITEM = /(?:^|\n)[ \t]*\d{1,3}\.?[ \t]+\p{Lu}[^\n]*\n(?:[ \t]*\n)*[ \t]*Diarienummer(?!\p{L})/u;
/** A page's footer that counts its pages (`Page 1 of 14`, `Sida 1 av 14`). */
const PAGE_OF = /^(?:Page|Sida)[ \t]+\d{1,3}[ \t]+(?:of|av)[ \t]+\d{1,3}[ \t]*$/u;
/** An organisation's short form in capitals (`LRF`, `SKR`). */
const SHORT_FORM = /^\p{Lu}{2,6}$/u;
// An adjective's ending, never a surname's: `Administrativ`, `Ekonomisk`, `Biträdande` before a title in lower case.
const TITLE_ADJECTIVE = /(?:iv|isk|iskt|ande|ende)$/;
/** A unit's capital letters, maybe joined by `&` (`VV`, `K&Q`), written between an official's name and title. */
const UNIT_LETTERS = /^\p{Lu}{1,4}(?:&\p{Lu}{1,4})*$/u;
// An adjective's plural or definite ending, never a surname's (`Tekniska`, `Politiska`, `Ekonomiska`).
const PLURAL_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}iska$/u;
/** The deputy's word written before a title, maybe abbreviated (`bitr. socialchef`, `biträdande rektor`). */
const DEPUTY = /^(?:bitr\.?|biträdande)\s+$/i;
/** A verbal noun's ending, never a name's: a notice's `Tillkännagivandet` after the last signature. */
const isVerbalNoun = (word: string) => word.length > 6 && (word.endsWith("andet") || word.endsWith("endet"));
const COORD = new Set(["och", "samt"]);
/** A verb in the present tense (`hälsar`, `förklarar`, `meddelar`), not a preposition after a title (`under`, `över`). */
const PRESENT_VERB = /^(?!under$)\p{Ll}{3,}[aei]r$/u;
/** The capacities signature labels give. */
const SIGNATURE_CAPACITIES: ReadonlySet<Capacity | undefined> = new Set(["chair", "secretary", "adjuster"]);
/** An academic degree written after a name (`Ph.D`, `PhD`, `fil dr`, `med. dr`, `docent`). */
const DEGREE = new RegExp(`^(?:${ACADEMIC_DEGREE}|[Dd]r\\.?|[Dd]ocent)$`, "u");
/** A body noun in the definite form (`revisionen`, `styrelsen`), which names a body alone; `nämnd` does not. */
const DEFINITE_BODY = /(?:en|et|ige|én)$/;
/** Whether a lower-case word ends in a definite body noun of the lexicon (`förbundsdirektionen`, `regionstyrelsen`). */
export const endsInDefiniteBody = (word: string, bodies: readonly string[]) => bodies.some((b) => DEFINITE_BODY.test(b) && word.endsWith(b));
// Lower-case words that end a staff title's field: times, ranges, exceptions and parts of items (`enhetschef, från kl
// 10`, `konsult, del av 6`).
const NOT_FIELD = new Set(["från", "till", "utom", "from", "tom", "klockan", "ej", "även", "som", "del"]);
// A preposition that closes a staff title's field before its unit (`handläggare vid Miljöenheten`): the unit is written
// in the title too.
const UNIT_PREPOSITION = new Set(["för", "vid", "inom", "på", "hos"]);
// A mark of presence in a column of an attendance table (`1`, `X`, `-`).
const PRESENCE = /^(?:\d|[xX]|[-–])$/;
/** An agenda item's number or sign, which opens the items a person missed (`utom 47`, `utom §§ 5-7`). */
const ITEM = /^(?:§|\d{1,3}(?:[-–]\d{1,3})?)$/;
/** After the member a name replaces, their office (`ersätter Y (FP) som justerare`): the name adjusts, Y was there. */
const AS_ADJUSTER = new RegExp(String.raw`^\s*(?:\([^()\n]{1,8}\))?\s*som\s+${ADJUSTER_NOUN}\b`, "i");
/** The tokens of a run of agenda items (`§§ 5-7, 9 och 12`). */
const ITEMS = /^(?:§|\d{1,3}(?:[-–]\d{1,3})?|[-–,]|och)$/;
/** The first words of a page's footer for initials (`Justerandes sign`, `Ordförandes signatur`, `Justerare signatur`). */
const SIGN_FOOTER = new Set(["justerandes", "justerares", "ordförandes", "justerare", "justerande", "ordförande", "sekreterare", "sekreterares"]);
/** The word for initials after a footer's first word (`sign`, `signatur`), not a given name (`Signe`). */
const SIGN = /^sign(?:atur|aturer)?$/i;
/**
 * A body's definite noun (`Landstinget`, `Länsstyrelsen`, `Kommunförbundet`, `Regionen`), which no surname is: a roll
 * row's organisation after the name, ending it.
 */
const BODY_NOUN = /^(?:\p{Ll}*(?:tinget|styrelsen|förbundet)|regionen|kommunen)$/u;
/** An association's noun after its genitive in an affiliation (`Åbygdens Vattenråd`, `Ekåns vattenvårdsförbund`). */
const ASSOCIATION_NOUN = /(?:råd|rådet|förbund|förbundet|förening|föreningen)$/i;
const isBodyNoun = (t: Token | undefined): boolean => !!t?.cap && BODY_NOUN.test(t.text.toLowerCase());
/** A footer's box for certifying an extract (`Utdragsbestyrkande`), beside its initials. */
const EXTRACT_BOX = /^utdragsbestyrk(?:ande|t|ad)$/i;
/** Labels inside a signature block that end no block: the paragraphs signed (`Paragrafer 26-38`). */
const SIGNED_ITEMS = new Set(["paragrafer", "paragraf"]);
/** A time right after a label (`Kansliet kl`): a place and time written in a signature block, no people field. */
const TIME_AFTER = /^\s*kl\b/;
/** Items or a time right after a name and its party (`X (S) 13`, `X (S) ej 13`, `X, , kl`): the part of a meeting it holds. */
const PART_AFTER = /^\s*(?:\([^)]*\)\s*)?[\s,]*(?:ej\s+|utom\s+|t\.?\s?o\.?\s?m\.?\s+|fr\.?\s?o\.?\s?m\.?\s+)?(?:§|\d|kl\b)/;
/** `som ersättare` after a name and its party: a reserve's. */
const RESERVE_AFTER = /^\s*(?:\([^)]*\))?\s*,?\s*som\s+(?:ersättare|suppleant)/i;
/** `och som ersättare`, `och ersättare` right before a name: a reserve's. */
const RESERVE_BEFORE = /\b(?:och\s+(?:som\s+)?|som\s+)(?:ersättare|suppleant)\s*:?\s*$/;
/** An ordinal's tokens before a title (`1:e`, `2:a`). */
const ORDINAL_PARTS = [/^\d$/, /^:$/, /^[ea]$/];
/**
 * An ordinal vice chair's seat written short (`1:e v ordf`, OCR's `l :e v. ordf.`): written out with its ordinal as
 * written (`1:e vice ordförande`), its normalised form the lexicon's (`förste vice ordförande`).
 */
const SHORT_SEAT = /^([1-9l])\s?:\s?([ae])\s+v(?:ice)?\.?\s+ordf(?:örande|\.)?$/;
const writtenSeat = (written: string) => {
  const m = SHORT_SEAT.exec(written);
  return m ? `${m[1] === "l" ? "1" : m[1]}:${m[2]} vice ordförande` : written;
};
/** The surname of a person's label, its last word (`Eva Ek` → `Ek`): all a header's choice may name of a signer. */
const surnameOf = (label: string) => label.split(" ").at(-1)!;
/** Whether an ordinal's tokens (ORDINAL_PARTS) start at token `k`. */
const ordinalAt = (tokens: readonly Token[], k: number) => ORDINAL_PARTS.every((part, m) => part.test(tokens[k + m]?.text ?? ""));
/** The bracket that closes each opening one: a title or party in square brackets is one in parentheses. */
const CLOSING: ReadonlyMap<string, string> = new Map([
  ["(", ")"],
  ["[", "]"],
]);
/** The words of presence and serving a roll call's legend and header row write (`Närv tj.g.`, `Frånvarande`, `Tjg`). */
const PRESENCE_WORDS = "närv|närvarande|frånv|frånvarande|tj|g|tjg|tjänstgörande";
/** A roll call's header row between its label and its first row: columns of votes (`LEDAMÖTER Ja Nej`) and items, its legend's words. */
const ROLL_HEAD = new RegExp(String.raw`^(?:ja|nej|avstår|paragraf|§|\/|[(),.]|${PRESENCE_WORDS})$`, "i");
/** A people field that names no capacity but presence (`Närvarande`, `Deltagande`). */
const PRESENCE_FIELD = /^(?:närvarande|deltagande|deltagare|närvaro)$/i;
/** A table's column headers of presence between labels side by side (`Ledamöter Närv. Frånv Tjänstgörande ersättare`). */
const PRESENCE_HEADER = /^(?:närv|frånv|närvarande|frånvarande)$/i;
/**
 * A field's value that refers to an annex for its names (`Se närvarolista`, `Enligt särskild närvarolista`, `Se bilaga
 * 1`, `Enligt bifogad närvaroförteckning`, `Enligt närvaro- och tjänstgöringslista`, `Se deltagarlista`).
 */
const ANNEX_REFERENCE = /^(?:se|enligt)\s+(?:(?:särskild|bifogad)\s+)?(?:närvaro|deltagar|bilaga|förteckning)/i;
/** A roll's caption (`Närvaroförteckning`, `Deltagarlista`): the members present, unless the header points to it. */
const ROLL_CAPTION = new Set(["närvaroförteckning", "närvarolista", "deltagarlista"]);
/** The words of a header's pointer to the roll (`enligt närvarolista`, `Se Deltagarlista`, `bifogad närvarolista`). */
const ANNEX_POINTER = /^(?:se|enligt|bifogad|särskild)$/i;
/** The labels of a notice of adjustment (`ANSLAG/BEVIS`, `Anslaget sätts upp`, `Förvaringsplats för protokollet`). */
const NOTICE = /^(?:anslag|bevis|förvaringsplats|justeringen anslagen|datum för anslag)/;
/** The capacities of a body's seats, which a mark of absence in an attendance table undoes. */
const MEMBERS: ReadonlySet<Capacity> = new Set(["member", "substitute", "nonserving"]);
/** The fields of those present who hold no seat: officials and guests. */
const OFFICIALS: ReadonlySet<Capacity | undefined> = new Set(["other", "staff"]);
/** Capacities a serving mark after the name turns into a substitute's (as `takeRole` does for `tj ersättare`). */
const SERVES_AS: ReadonlySet<Capacity> = new Set(["member", "nonserving", "other"]);
/** Words of the paragraphs a chair signed for, written after the name (`1-3, del av 4`, `§§ 5-12`). */
const CHAIRED_ITEMS = /^(?:§+|\d{1,3}(?:[-–]\d{1,3})?|[-–,]|del|av)$/;
/** Capacities of fields whose names a joint body's minutes group under their municipalities. */
const GROUPED: ReadonlySet<Capacity> = new Set(["member", "substitute", "nonserving", "other"]);
/** A mark that writes a reserve's seat (`tjg ers`, `tjänstgörande ersättare`). */
const SEAT_MARK = /\bers(?:\.|ättare)?$/iu;
/** A reserve's seat abbreviated to one word after a listed name (`ers`, `suppl`). */
const LONE_SEAT = /^(?:ers|suppl)$/;
/** An official's row after the name: a title of one to three lower-case words, then the items attended (`, kommunekolog, 28`). */
const OFFICIAL_ROW = /^,\s*\p{Ll}[\p{L}/-]*(?:\s+\p{Ll}[\p{L}/-]*){0,2},\s*(?:§+\s*)?\d/u;

/** A mark of a roll-call table's column after a name: one capital, or a dash (`X`, `T`, `-`). */
const ROLL_MARK = /^(?:\p{Lu}|[-–])$/u;
/** A mark a legend equates with its word (`Närvarande = N`, `Tjänstgörande = Tj`): one capital, or two letters. */
const EQUATED_MARK = /^\p{Lu}\p{Ll}?$/u;
/** A mark a legend writes in parentheses after its word (`Frånv (F)`, `Närv tj.g. (NT)`): one or two capitals. */
const PARENTHESISED_MARK = /^\p{Lu}{1,2}$/u;
/** The words of such a legend's entry (`Närv tj.g.`, `Frånvarande`), the mark's meaning. */
const LEGEND_WORD = new RegExp(String.raw`^(?:${PRESENCE_WORDS}|ej|ers|ersättare|ledamot|\.)$`, "i");
/** A legend's word of serving, written out or short (`tjänstgörande`, `tjänstgjort`, `tj`, `tjg`, `tj.g.`). */
const SERVING_WORD = /\btj(?:g|änstg\p{L}*)?\b/u;
/** The marks of a roll-call table whose legend was lost, as Stockholm-county councils print them. */
const USUAL_MARKS: ReadonlyMap<string, Capacity> = new Map([
  ["X", "member"],
  ["T", "substitute"],
  ["N", "nonserving"],
  ["-", "absent"],
  ["–", "absent"],
]);
/** A note of the items a name in a roll call held (`From 296/5, ej 299`, `Tom 12/5 och 14, ej`), after its mark. */
const ROLL_NOTE = /^(?:from|tom)$/i;
/** The parts of such a note: items, their separators, `och`, `ej`. */
const NOTE_PART = /^(?:\d+|[/,.–-]|och|samt|ej|§)$/;
/** How many tokens a legend of marks spans at most. */
const LEGEND_SPAN = 60;

/**
 * What a roll call's legend says each mark stands for (`Teckenförklaring X Anger att ledamot tjänstgjort - … frånvarande
 * T … ersättare som tjänstgjort N … ersättare närvarat`, `J = ledamot som tjänstgjort`): a mark, then up to twelve words
 * up to the next mark; two marks or more, one of absence. Without a legend, the usual marks where at least three names
 * of two words or more are each followed by one of them, two different.
 */
function rollCallMarks(tokens: Token[], last: number, isNameAt: (k: number) => boolean): ReadonlyMap<string, Capacity> | undefined {
  let legend = new Map<string, Capacity>();
  const isLegend = () => legend.size >= 2 && [...legend.values()].includes("absent");
  // Where the legend's first mark stands: its marks stand together, not a capital here and a word of absence pages on.
  let from = 0;
  for (let k = 0; k < last; k++) {
    if (legend.size && k - from > LEGEND_SPAN) {
      if (isLegend()) break;
      legend = new Map();
    }
    // A legend written word first (`Närvarande = N … Frånvarande = F … Tjänstgörande = Tj`): the word before `=` says
    // what the mark after it stands for; a mark of two letters is one there (`Tj`).
    const wordFirst = tokens[k - 1]?.text === "=" && tokens[k + 1]?.text !== "=" && !!tokens[k - 2]?.word && EQUATED_MARK.test(tokens[k].text);
    // Or each word before its mark in parentheses (`Närv (N), Frånv (F), Närv tj.g. (NT)`): the legend's words back to
    // the entry before, a mark of two capitals too; a serving mark there is a reserve's (a member present serves).
    const before = tokens[k - 1]?.text === "(" && tokens[k + 1]?.text === ")" && PARENTHESISED_MARK.test(tokens[k].text) ? legendWordsBefore(tokens, k) : "";
    const parenthesised = !!before;
    if ((!wordFirst && !parenthesised && !ROLL_MARK.test(tokens[k].text)) || legend.has(tokens[k].text)) continue;
    const said = wordFirst
      ? ` ${tokens[k - 2].text.toLowerCase()}`
      : parenthesised
        ? SERVING_WORD.test(before)
          ? `${before} ersättare`
          : before
        : legendWordsAfter(tokens, k, last);
    const reserve = /\b(?:ersättare|suppleant)/.test(said);
    const capacity: Capacity | undefined = /\bfrånv/.test(said)
      ? "absent"
      : SERVING_WORD.test(said)
        ? reserve
          ? "substitute"
          : "member"
        : /\bnärv/.test(said)
          ? reserve
            ? "nonserving"
            : "member"
          : undefined;
    if (!capacity) continue;
    if (!legend.size) from = k;
    legend.set(tokens[k].text, capacity);
  }
  if (isLegend()) return legend;
  const seen = new Set<string>();
  let rows = 0;
  for (let k = 2; k < last; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!USUAL_MARKS.has(t.text) || t.nl || !isNameAt(k - 1) || !isNameAt(k - 2) || tokens[k - 1].nl) continue;
    if (next && !next.nl && !isNameAt(k + 1) && !ROLL_NOTE.test(next.text)) continue;
    rows++;
    seen.add(USUAL_MARKS.get(t.text)!);
  }
  return rows >= 3 && seen.size >= 2 ? USUAL_MARKS : undefined;
}

/** A parenthesised mark's legend words at token `k` (`Närv tj.g. (NT)`): back to the entry before, lower case. */
function legendWordsBefore(tokens: readonly Token[], k: number): string {
  let said = "";
  for (let n = k - 2; n >= 0 && k - n <= 7 && LEGEND_WORD.test(tokens[n].text); n--) said = ` ${tokens[n].text.toLowerCase()}${said}`;
  return said;
}

/** A legend's words after its mark at token `k`, lower case: up to the next mark, or the next entry's word before its `=`. */
function legendWordsAfter(tokens: readonly Token[], k: number, last: number): string {
  let said = "";
  for (let n = k + 1; n < last && n - k <= 12 && !ROLL_MARK.test(tokens[n].text) && tokens[n + 1]?.text !== "="; n++)
    said += ` ${tokens[n].text.toLowerCase()}`;
  return said;
}

/** Reads the people of an inline protocol header. */
export function readProtocolHeader(ctx: ProtocolContext): ProtocolHeader {
  const { tokens, text, gazetteerAt, lexicon } = ctx;
  const words = compileProtocolWords(lexicon.data.protocol);
  const labels: ProtocolHeader["labels"] = [];

  // The header's end: the first agenda item after the first people label, within the window.
  let windowEnd = Math.min(text.length, HEADER_WINDOW);
  let last = 0;
  while (last < tokens.length && tokens[last].end <= windowEnd) last++;

  // `lower`: a label's qualifier after its comma, in lower case (`Närvarande, ej tjänstgörande ersättare`).
  const labelAt = (i: number, lower = false): { kind: LabelKind; to: number; phrase: string } | undefined => {
    const t = tokens[i];
    // A body's own people, its genitive before a field in lower case (`Direktionens ersättare`), as web minutes head lists.
    const own = t?.cap && !lower && tokens[i + 1]?.word && !tokens[i + 1].cap && !tokens[i + 1].nl;
    if (own && genitiveBodyName(t.text, lexicon.data.protocol.bodies)) {
      const field = labelAt(i + 1, true);
      if (field?.kind.kind === "people") return field;
    }
    if (!t?.word || !words.firstWords.has(t.text.toLowerCase())) return undefined;
    if (!t.cap && !lower && !words.fragments.has(t.text)) return undefined;
    let best: { kind: LabelKind; to: number; phrase: string } | undefined;
    const parts: string[] = [];
    for (let j = i; j < tokens.length && j - i < words.maxWords; j++) {
      if (j > i && tokens[j].nl && tokens[j].cap) break;
      parts.push(tokens[j].text);
      const kind = words.labels.get(phraseKey(parts));
      if (kind) best = { kind, to: j + 1, phrase: phraseKey(parts) };
    }
    // A roll's caption the header points to (`Beslutande Se Deltagarlista`) is the value of a field, not one; nor is an
    // agenda item's title (`6. Närvarolista/röstlängd`, `§ 3 Närvarolista`).
    if (best && ROLL_CAPTION.has(best.phrase)) {
      const [p1, p2] = [tokens[i - 1]?.text ?? "", tokens[i - 2]?.text ?? ""];
      if (ANNEX_POINTER.test(p1) || tokens[best.to]?.text === "/" || (p1 === "." && /^\d+$/.test(p2)) || (/^\d+$/.test(p1) && p2 === "§")) return undefined;
    }
    // `Ersättare för X`: a substitution written out, not the substitutes' field.
    if (best && phraseAt(tokens, i, words.replaces) > best.to - i) return undefined;
    // `LEDAMÖTER Ja Nej Tid`: a table's column of times present, after the columns of votes on a people label's line; or
    // before them, after the legend of its marks (`Ledamöter Närv (N), Frånv (F) Paragraf / tid Ja Nej`).
    if (best?.kind.kind === "stop" && best.phrase === "tid" && !t.nl) {
      let k = i - 1;
      const mark = (j: number) => tokens[j - 1]?.text === "(" && tokens[j + 1]?.text === ")";
      while (k > 0 && !tokens[k + 1].nl && (ROLL_HEAD.test(tokens[k].text) || mark(k))) k--;
      if (k < i - 1 && !tokens[k + 1].nl && words.labels.get(tokens[k].text.toLowerCase())?.kind === "people") return undefined;
    }
    // A stop word right after a staff title on its line names the title's unit (`Verksamhetsområdeschef Myndighet X`).
    const before = tokens[i - 1];
    if (
      best?.kind.kind === "stop" &&
      best.to === i + 1 &&
      !t.nl &&
      roleBySuffix(before, ctx.roleSuffixes, true) &&
      !words.firstWords.has(before.text.toLowerCase())
    )
      return undefined;
    // After a comma a capitalised title is the name's before it (`Anna Berg, Ordförande`). A field no one holds as a
    // title (`Övriga deltagare`, `Tjänstemän`, `Ej tjänstgörande ersättare`) before a name is a field still: a column
    // flattened from PDF keeps its last row's comma (`Bo Ek (M), Övriga deltagare Eva Ek`).
    // A label with its colon before a name is a field wherever it stands (`Lennart Ek (V), Ersättare: Eva Ek (M)`).
    if (tokens[i - 1]?.text === "," && !lower) {
      const c = best?.kind.capacity;
      const colon = !!best && tokens[best.to]?.text === ":" && !!tokens[best.to + 1]?.cap;
      // So is a field stacked on another people field (`Lindrummet, stadshuset, Beslutande ledamöter Ej tjänstgörande
      // ersättare`, headings printed together after a place's value): a name's title has no field right after it.
      const stacked = !!best && labelAt(best.to)?.kind.kind === "people";
      // So is a members' field that no one holds as a title (`Plats och tid Ekrummet, Beslutande Eva Ek (m)`).
      const members = c === "member" && gazetteerAt.get(i)?.kind !== "role";
      // So is a signature's after the items' field left blank before its comma (`Paragraf , Ordförande Eva Ek (m)`).
      const blank = SIGNED_ITEMS.has(tokens[i - 2]?.text.toLowerCase() ?? "") && best?.kind.kind === "signature";
      const field = colon || stacked || members || blank || c === "other" || c === "staff" || (c === "nonserving" && best!.to - i > 1);
      if (!field || !(colon || tokens[best!.to]?.cap)) return undefined;
    }
    // A chair's label in prose (`Ordförande förklarade mötet öppnat`) is the subject of a sentence, not a field; `Övriga`
    // before a lower-case word that opens no field (`Övriga frågor`, an agenda item named in a title) is none either.
    const next = best && tokens[best.to];
    if (best?.phrase === "övriga" && next?.word && !next.cap && !next.nl && !words.firstWords.has(next.text)) return undefined;
    if (best?.kind.capacity === "chair" && next?.word && !next.cap && !next.nl && !COORD.has(next.text) && !/\d/.test(next.text)) return undefined;
    // So is one joined to a title and a name that a verb goes on from (below).
    if (best?.kind.capacity === "chair" && opensSentence(best.to)) return undefined;
    return best;
  };
  /**
   * Whether a chair's word before token `k` opens a sentence, joined to a title in lower case and a name that a verb
   * goes on from (`Ordföranden och regionrådet Eva Ek delade ut …`): the subject, no label. The name's tokens.
   */
  const opensSentence = (k: number) => {
    if (!COORD.has(tokens[k]?.text ?? "")) return undefined;
    const t = tokens[++k];
    if (!t?.word || t.cap || t.nl || words.firstWords.has(t.text)) return undefined;
    let j = k + 1;
    while (j < last && j - k < 5 && tokens[j].cap && isNameWord(tokens[j]) && !tokens[j].nl) j++;
    const verb = tokens[j];
    const sentence = j - k > 2 && !!verb?.word && !verb.cap && !verb.nl && !COORD.has(verb.text) && !words.firstWords.has(verb.text);
    return sentence ? { from: k + 1, to: j } : undefined;
  };
  // Words the gazetteer reads as organisations, counties or roles (`Kommunförbundet Skåne`, `Skoldirektör`) and
  // department names (`Gatuavdelningen`) are never part of a person's name here.
  const notPerson = new Set<number>();
  for (const [from, g] of gazetteerAt)
    if (g.kind !== "municipality" && g.kind !== "party" && g.start < windowEnd) for (let k = from; k < g.to; k++) notPerson.add(k);
  // A text cut off mid-word (`… Eva Br` at its very end): a last word of one or two letters that no surname is is a
  // name's start, not a name.
  const cutAt = tokens.length - 1;
  const cut = cutAt >= 0 && tokens[cutAt].text.length <= 2 && !text.slice(tokens[cutAt].end).trim() && !lexicon.isSurname(tokens[cutAt].text);
  const isNameAt = (k: number) => {
    const t = tokens[k];
    if (!isNameWord(t) || words.notNames.has(t.text) || notPerson.has(k) || words.notNameEnding.test(t.text) || isVerbalNoun(t.text)) return false;
    if (cut && k === cutAt) return false;
    return !roleBySuffix(t, ctx.roleSuffixes, true);
  };
  /** A municipality written as one at token `k` (`Alby kommun`, `Albys kommun`, `Alby stad`), never a bare place's name. */
  const municipalityWrittenAt = (k: number) => {
    const g = gazetteerAt.get(k);
    return g?.kind === "municipality" && /^(kommun|stad)$/.test(tokens[g.to - 1].text) ? g : undefined;
  };
  /** Where a body named at token `k` ends: a lexicon's organisation, `Region Norrby` or a body's definite noun. */
  const bodyAfterName = (k: number) => {
    const g = gazetteerAt.get(k);
    if (g?.kind === "organisation") return g.to;
    if (tokens[k]?.text === "Region" && tokens[k + 1]?.cap && !tokens[k + 1].nl) return k + 2;
    return isBodyNoun(tokens[k]) ? k + 1 : undefined;
  };
  const rollMarks = rollCallMarks(tokens, last, isNameAt);
  const presentReserveMark = !!rollMarks && [...rollMarks.values()].includes("nonserving");
  /**
   * A field's phrase at token `k` that marks the name before it absent, present without serving, or serving as a
   * reserve (two words or more: `X (C) tjg ers Y (S)`, a column of marks flattened after each name; not `tjg ers för Y`).
   */
  const markAt = (k: number) =>
    labelPhraseAt(
      tokens,
      k,
      last,
      words,
      (capacity, length) =>
        // Not a sentence about the person going on in lower case (`X ej närvarande vid beslutet`), nor `deltog ej` after
        // a listed name (`X (M) deltog ej § 5`, `X (V), deltog ej (jäv)`): out of some items, she was there.
        (capacity === "absent" && tokens[k].text.toLowerCase() !== "deltog" && !(tokens[k + length]?.word && !tokens[k + length].cap)) ||
        (capacity === "nonserving" && length > 1) ||
        (capacity === "substitute" && length > 1 && tokens[k + length - 1].text !== "för" && tokens[k + length]?.text !== "för"),
    );
  // The mark that writes a reserve's seat (`tgj ers`), the lexicon's role where it knows the whole mark as one
  // (`tjänstgörande ersättare`), not a part of it (`ej tjg ers` is no serving reserve's).
  const markSeat = (entry: ProtocolEntry, k: number, mark: string) => {
    entry.mark = mark;
    const seat = gazetteerAt.get(k);
    if (seat?.kind === "role" && seat.end === tokens[k].start + mark.length)
      takeRole(entry, { normalised: seat.id, written: mark.toLowerCase(), start: seat.start, end: seat.end });
  };
  const partyOf = (t: Token | undefined) => (t ? ctx.partyByAbbreviation.get(t.text.toUpperCase()) : undefined);
  // A single capital that is a party letter (`S`, `M`, `L`) is a party column, never a middle initial, in a protocol.
  const isInitial = (i: number) => {
    const t = tokens[i];
    if (!t || t.text.length !== 1 || !t.cap || partyOf(t)) return false;
    return tokens[i + 1]?.text === "." ? isNameAt(i + 2) : isNameAt(i + 1);
  };

  /** Whether a party's letter at `j` is a middle initial of the name opening at `i` (`Anna S Gran`). */
  const middleInitial = (i: number, j: number) => {
    const next = tokens[j + 1];
    return (
      j === i + 1 &&
      tokens[j].text.length === 1 &&
      !!partyOf(tokens[j]) &&
      !tokens[j].nl &&
      !!next &&
      !next.nl &&
      lexicon.isGivenName(tokens[i].text) &&
      isNameAt(j + 1) &&
      !lexicon.isGivenName(next.text) &&
      (lexicon.isSurname(next.text) || lexicon.hasSurnameShape(next.text))
    );
  };

  /**
   * A surname, its comma and a known given name with no name word after it (`Berg, Anna`, `Ek, Stina (C)`, a case
   * officer `Handläggare: Berg, Anna`): one entry at token `k`, read given name first; the surname is no place.
   */
  const surnameComma = (k: number) => {
    const t = tokens[k];
    return (
      tokens[k + 1]?.text === "," &&
      isNameAt(k) &&
      (t.nl || !isNameAt(k - 1)) &&
      !lexicon.isGivenName(t.text) &&
      (lexicon.isSurname(t.text) || lexicon.hasSurnameShape(t.text)) &&
      isNameAt(k + 2) &&
      !tokens[k + 2].nl &&
      lexicon.isGivenName(tokens[k + 2].text) &&
      gazetteerAt.get(k + 2)?.kind !== "municipality" &&
      !(isNameAt(k + 3) && !tokens[k + 3].nl) &&
      !isInitial(k + 3)
    );
  };

  /**
   * Whether signature labels after a name stand under their names (`Eva Ek Ordförande Per Holm Sekreterare`, a
   * notice's signatures flattened into one line): from token `k`, after such a label, names and signature labels
   * alternate on the line and the last is a label that ends it (printed label first, the last label has its name;
   * `Ordförande ….` then the name on the next line is that layout too).
   */
  const titlesUnder = (k: number) => {
    for (let n = 0; n < 8; n++) {
      if (k >= last) return true;
      if (tokens[k].nl) return !isNameAt(k);
      let end = k;
      while (end < last && isNameAt(end) && (end === k || !tokens[end].nl)) end++;
      // A field's label after a name and its title (`Vera Ek Justerare ORGAN Yngve Falk Justerare`, a block in capitals
      // flattened) goes on with the block's columns, a title in lower case among them (`Ulla Dahl sekreterare`).
      if (end - k < 2) {
        const field = n > 0 ? labelAt(k) : undefined;
        if (!field || field.kind.kind === "signature" || field.kind.kind === "people") return false;
        // Its value, no name, ends the block (`… Justerare ANSLAG/BEVIS Justeringen har …`).
        if (!isNameAt(field.to)) return true;
        k = field.to;
        continue;
      }
      const next = end < last && !tokens[end].nl ? labelAt(end, true) : undefined;
      if (next?.kind.kind !== "signature") return false;
      k = next.to;
    }
    return false;
  };

  /**
   * Whether rows of staff follow token `k`, each name with its title after it (`Eva Ek Förvaltningschef Per Holm, 7
   * Miljöinspektör Kim Ahl, Planarkitekt`, a table's name, items and title columns flattened): two rows or more, one of
   * them with the name's comma, and perhaps its items, between the name and the title, which fixes the direction.
   */
  const staffRowsAfter = (k: number) => {
    let rows = 0;
    let comma = false;
    for (let n = 0; n < 6; n++) {
      let end = k;
      while (end < last && isNameAt(end) && end - k < 4 && (end === k || !tokens[end].nl)) end++;
      if (end - k < 2) break;
      let m = end;
      if (tokens[m]?.text === ",") {
        comma = true;
        m++;
        if (/^\d{1,3}$/.test(tokens[m]?.text ?? "")) m++;
      }
      if (!tokens[m]?.cap || tokens[m].nl || (m === end ? !isTitleAt(m) : !isTitleAt(m) && !isFieldWordAt(m))) break;
      rows++;
      k = gazetteerAt.get(m)?.kind === "role" ? gazetteerAt.get(m)!.to : m + 1;
    }
    return rows >= 2 && comma;
  };

  /** Whether tokens `from` to `to` stand in one row, those before `to` marks of presence (`Anna Berg S 1 Ordförande`). */
  const inRow = (from: number, to: number) =>
    from >= 0 && from <= to && tokens.slice(from, to + 1).every((x, n) => !x.nl && (from + n === to || PRESENCE.test(x.text)));

  const isParticleBeforeName = (j: number) =>
    PARTICLES.has(tokens[j]?.text ?? "") && (isNameAt(j + 1) || (PARTICLES.has(tokens[j + 1]?.text ?? "") && isNameAt(j + 2)));

  // Surname-first lists (`Berg Anna (S) Holm Per (M)`): several entries of a surname and a lone given name, or two
  // (`Hägglund Per Olof (C)`). Each name once: a chair listed and signing (`Irène Seth (M), ordförande … Ordförande
  // Irène Seth (M)`, a given name the lexicon lacks before one it knows) is one entry, no list's order.
  const flipped = new Set<string>();
  for (let k = 1; k + 1 < last && flipped.size < 2; k++) {
    if (tokens[k + 1].text !== "(" || !isNameAt(k) || !isNameAt(k - 1) || !lexicon.isGivenName(tokens[k].text)) continue;
    const second = k > 1 && lexicon.isGivenName(tokens[k - 1].text) && isNameAt(k - 2) ? 1 : 0;
    if (!lexicon.isGivenName(tokens[k - 1 - second].text) && !isNameAt(k - 2 - second)) flipped.add(writtenName(tokens, k - 1 - second, k + 1));
  }
  const flips = flipped.size;
  // Or most rows a known surname and a given name with no party, each row's affiliation after it (`Brask Lova FUB,
  // ordförande Dunfjäll Karin Kommunstyrelsen`): a given name after a surname and before no surname, against a given
  // name before one.
  let bareFlips = 0;
  let asWritten = 0;
  for (let k = 1; k + 1 < last && flips < 2; k++) {
    const t = tokens[k];
    if (!isNameAt(k) || !lexicon.isGivenName(t.text) || tokens[k + 1].text === "(") continue;
    const surnameAfter = isNameAt(k + 1) && !tokens[k + 1].nl && (lexicon.isSurname(tokens[k + 1].text) || lexicon.hasSurnameShape(tokens[k + 1].text));
    if (surnameAfter) asWritten++;
    else if (!t.nl && isNameAt(k - 1) && lexicon.isSurname(tokens[k - 1].text) && !lexicon.isGivenName(tokens[k - 1].text)) bareFlips++;
  }
  const surnameFirst = flips >= 2 || (bareFlips >= 3 && bareFlips > asWritten);

  const entries: ProtocolEntry[] = [];
  let capacity: Capacity | undefined;
  let queue: { capacity: Capacity; start: number; end: number }[] = [];
  let labelSpan: { start: number; end: number } | undefined;
  // A signature's label side by side after a people field's (`Övriga Utsedd att justera`): the first name after the
  // field's list of `Name, title, …` is the signature's (below). Its label, and where the list begins.
  let trailing: { capacity: Capacity; start: number; end: number; from: number } | undefined;
  let singleTaken = 0;
  // The chair's or secretary's label of a queue that took the last name: a name joined to it by `och` is its too.
  let lastSingle: { capacity: Capacity; start: number; end: number } | undefined;
  let segmentStart = 0;
  let pendingParty: ProtocolEntry["party"] | undefined;
  // A party's name and letters heading the names under it (`Moderata samlingspartiet (M) Eva Ek X Per Holm T`, a roll
  // call by party): theirs up to the next heading or field.
  let headingParty: ProtocolEntry["party"] | undefined;
  // A joint body's field whose names stand under their municipalities (`Ledamöter Alby Eva Ek (S) Borby Per Holm (M)`),
  // and whether an earlier field was: its headings are no words of the names after them (below).
  let headedField = false;
  // The municipality heading the group being read, the one its members stand for (none: the field is not so headed).
  let groupTown: Mention | undefined;
  // A table's `Parti` column heading before its names' (`Parti Ledamöter Närvarande`): letters before a name are its party.
  let partyColumn = false;
  let lastEntryEnd = -1;
  let roleRun: { normalised: string; written: string; start: number; end: number }[] = [];
  // Where the last label's names begin, and whether its run opened with a title before its first name (below).
  let labelEnd = -1;
  let titlesFirst = false;
  // A plural title before a run of names (`föredragandena Eva Ek, Per Holm och Kim Ahl`): each name's of the run.
  let pluralRole: ProtocolEntry["role"];
  // The organisation a field of those present from it names (`Närvarande från Länsstyrelsen:`).
  let fromOrg: NonNullable<ProtocolEntry["role"]>["org"];
  // Titles of a column whose row also says `sekreterare` after a comma (`kanslidirektör, sekreterare`).
  const keepsMinutes = new Set<{ normalised: string }>();
  let seenPeopleLabel = false;
  // A table's column of the items each member was away from (`Frånvarande följande paragrafer`), its cells flattened
  // after each row's name: `Samtliga` there makes that name absent (below).
  let absentByItems = false;
  // Inside the notice of adjustment (`ANSLAG/BEVIS … Förvaringsplats för protokollet Underskrift Eva Ek`), up to the
  // next people field: the name its signature opener takes first signs the notice, so is present only if listed in the
  // header too (the secretary, often); the names after it are the opener's others as before.
  let notice = false;
  let noticeSigner = false;
  const noticeSigned = new Set<ProtocolEntry>();
  // Labels side by side whose first holds no people (`Plats och tid: Beslutande: Net City, Örebro … Anna Berg`): the
  // value right after them is that field's, so a name there with no known given name is the place's. Its token index.
  let stopValue = -1;
  // Fields side by side (`Ersättare: Övriga närvarande:`) with one for others (officials, guests): its capacity, and
  // where its names begin; entries there with a staff title or an organisation in parentheses are its (see below).
  const sideBySide: { from: number; to?: number; capacity: Capacity; label: { start: number; end: number }; party?: boolean }[] = [];
  const tagged = new Set<ProtocolEntry>();
  // Letters in parentheses after a name that no known party has (`Eva Ek (BUNÖ)`, `(SPI)`): a local party's, or the
  // employer's when a staff title follows them (`Eva Ek (BUNÖ), Skoldirektör`).
  const letters = new Map<ProtocolEntry, Token>();
  // A local party's one letter in lower case in parentheses after a name (`Eva Ek (ö)`), which no lexicon lists and
  // `isLocalParty` leaves (one letter is a mark's): a party where two names or more carry it and more names carry
  // known parties' letters so (`Bo Ek (m) Per Holm (s)`).
  const localLetters = new Set<string>();
  {
    const seen = new Map<string, number>();
    let known = 0;
    let unknown = 0;
    for (let k = 2; k + 1 < last; k++) {
      if (tokens[k - 1].text !== "(" || tokens[k + 1].text !== ")" || !isNameAt(k - 2)) continue;
      if (partyOf(tokens[k])) known++;
      else if (/^\p{Ll}$/u.test(tokens[k].text)) {
        seen.set(tokens[k].text, (seen.get(tokens[k].text) ?? 0) + 1);
        unknown++;
      }
    }
    for (const [x, n] of seen) if (n >= 2 && known > unknown) localLetters.add(x);
  }
  // The members replaced that a column of notes names, in order.
  const notes: ProtocolEntry[] = [];
  // A member and the reserve an inline `ers` pairs with her (`X (S) ers Y (S)`), the reserve by her name's first token.
  const reserves: { member: ProtocolEntry; from: number }[] = [];
  // Where the names after the last column of parties begin: a column closes the run of names it was flattened after.
  let columnFrom = 0;
  /** The names a column flattened now would pair with: those listed since the last column, no member replaced. */
  const sinceColumn = () => entries.slice(Math.max(segmentStart, columnFrom)).filter((e) => e.capacity !== "replaced");
  /**
   * A column of parties flattened after a run of names: the names' in order, when as many and none has a party of its
   * own since the last column (`A B (M) C D (KD) (C)`: D's own party and one more, no column of C and D); else no one's.
   */
  const pairColumn = (column: NonNullable<ProtocolEntry["party"]>[]) => {
    const listed = sinceColumn();
    columnFrom = entries.length;
    if (listed.length === column.length && listed.every((e) => !e.party)) for (const [k, e] of listed.entries()) e.party = column[k];
  };
  /**
   * A column of affiliations flattened after a run of names (`Eva Ek Per Holm Alby kommun LRF Alby`) from token `k`,
   * each entry `<Place> kommun`, a known organisation or a body's noun, a short form with its place (`LRF Alby`), a
   * place alone, or a genitive before an association's noun (`Åbygdens Vattenråd`): paired with the names in order, the
   * municipality each stands for. `town` is the municipality written at `k` (`municipalityWrittenAt`), the first entry.
   */
  const affiliationsAt = (k: number, town: Mention) => {
    // Each entry's municipality written as one, if any.
    const column: (Mention | undefined)[] = [];
    for (let g: Mention | undefined = town; k < last && !tokens[k].nl; g = municipalityWrittenAt(k)) {
      const to =
        g?.to ??
        bodyAfterName(k) ??
        (SHORT_FORM.test(tokens[k].text) ? (gazetteerAt.get(k + 1)?.kind === "municipality" ? gazetteerAt.get(k + 1)!.to : k + 1) : undefined) ??
        (tokens[k].cap && /s$/.test(tokens[k].text) && ASSOCIATION_NOUN.test(tokens[k + 1]?.text ?? "") ? k + 2 : undefined) ??
        (gazetteerAt.get(k)?.kind === "municipality" ? gazetteerAt.get(k)!.to : undefined);
      if (to === undefined) break;
      column.push(g);
      k = to;
    }
    // The names before it since the last column, when two or more, as many, and none stands for a place yet: where it ends.
    const listed = sinceColumn();
    if (column.length < 2 || listed.length !== column.length || listed.some((e) => e.municipality)) return undefined;
    for (const [n, e] of listed.entries()) if (column[n]) e.municipality = column[n];
    columnFrom = entries.length;
    return k;
  };
  // A role written as a field (`2:e vice ordförande: Berg Anna (S)`): the next name's.
  let fieldRole: NonNullable<ProtocolEntry["role"]> | undefined;

  /**
   * A second chair's signature under the chair's one label (`Ordförande Eva Ek (S) Per Holm (L) Justerande …`,
   * `Ordförande... Eva Ek Per Holm Justerande...`, a chair for each part of the meeting): the name right after the first
   * chair's (and its party), with its own party or none, and then the next signature label.
   */
  const secondChair = (person: Mention) => {
    if (capacity !== "chair" || entries.at(-1)?.capacity !== "chair") return false;
    // Or chairs in turn (`Ordförande Eva Ek Per Holm... Kim Ahl`): right after the last, leader dots between, a name the
    // roll lists with the seat `ordförande` (for some items: a chair changed during the meeting).
    const gap = tokens.slice(entries.at(-1)!.person.to, person.from);
    if (
      gap.every((x) => x.text === "." || x.text === "…") &&
      entries.some((e) => MEMBERS.has(e.capacity) && e.person.label === person.label && e.role?.normalised === "ordförande")
    )
      return true;
    if (singleTaken !== 1) return false;
    // Or the second name followed by the paragraphs it chaired, right after the first's (`Ordförande Eva Ek 1-3, del av 4
    // Per Holm del av 4, 5-12`, `Eva Ek (ej § 7) Per Holm (§ 7)`) or after the first's name alone (`Eva Ek Per Holm §§ 5-7`).
    const first = entries.at(-1)!;
    const items = itemsAfter(first.person.to);
    if (items.to === person.from && itemsAfter(person.to).numbered) return true;
    const partyBefore = tokens[person.from - 1]?.text === ")" && tokens[person.from - 3]?.text === "(";
    const partyAfter = tokens[person.to]?.text === "(" && tokens[person.to + 2]?.text === ")";
    if (partyBefore ? !partyAfter : partyAfter || entries.at(-1)!.person.to !== person.from) return false;
    return labelAt(partyAfter ? person.to + 3 : person.to)?.kind.kind === "signature";
  };

  /**
   * The paragraphs written after a signer's name and party from token `k` (`1-3, del av 4`), maybe in parentheses and
   * maybe those not chaired (`(§ 7)`, `(ej § 7)`): where they end, and whether any is numbered.
   */
  const itemsAfter = (k: number) => {
    if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && !/^\d/.test(tokens[k + 1].text)) k += 3;
    const open = tokens[k]?.text === "(" && !tokens[k + 1]?.nl ? k + (tokens[k + 1]?.text === "ej" ? 2 : 1) : k;
    let to = open;
    while (to < last && !tokens[to].nl && CHAIRED_ITEMS.test(tokens[to].text)) to++;
    const numbered = tokens.slice(open, to).some((x) => /^\d/.test(x.text));
    if (open === k) return { to, numbered };
    return numbered && tokens[to]?.text === ")" ? { to: to + 1, numbered } : { to: k, numbered: false };
  };
  // `Sekreterare: Eva Ek Per Alm Paragrafer: 1-15`: two names right after a secretary's label with its colon, up to the
  // next label, are two secretaries signing (no column of names beside them: the label's colon is its own).
  // So is a second name right after the first followed by its paragraphs' numbers (`Sekreterare Eva Ek Per Holm 25
  // Paragrafer 12-28`): the secretary of those items.
  const secondSecretary = (person: Mention) => {
    if (capacity !== "secretary" || singleTaken !== 1 || entries.at(-1)?.capacity !== "secretary" || entries.at(-1)!.person.to !== person.from) return false;
    if (/^\d{1,3}$/.test(tokens[person.to]?.text ?? "") && !tokens[person.to].nl) return true;
    return text[labelSpan?.end ?? -1] === ":" && tokens[entries.at(-1)!.person.from - 1]?.text === ":" && !!labelAt(person.to);
  };

  // Where the last municipality heading a group ended (see `headsGroup`).
  let headingTo = -1;
  /**
   * Whether municipality `g`, followed by a name of two words or more, a dash or another municipality, heads a group of
   * the field's names; never in a list written surname first, where it is a surname (`Berg Stina (M) Lund Pia (C)`).
   */
  const opensGroup = (k: number) =>
    (isNameAt(k) && isNameAt(k + 1) && !tokens[k + 1].nl) || tokens[k]?.text === "-" || gazetteerAt.get(k)?.kind === "municipality";
  const headsGroup = (g: Mention) => {
    if (surnameFirst || !opensGroup(g.to)) return false;
    const found = groupTown
      ? tokens[g.from - 1]?.text === ")" || tokens[g.from - 1]?.text === "-" || headingTo === g.from
      : // Or after a colon once a field was headed (`Övriga närvarande Ersättare: Alby …`, a sub-field's value).
        (g.from === labelEnd || (headedField && tokens[g.from - 1]?.text === ":")) && (headedField || nextHeading(g.to));
    if (found) headingTo = g.to;
    return found;
  };
  /** Whether another municipality heads a group after a party's parenthesis from token `k` to the field's next label. */
  const nextHeading = (k: number) => {
    for (let j = k; j < last && j - k < 80 && !labelAt(j); j++) {
      const g = tokens[j - 1].text === ")" ? gazetteerAt.get(j) : undefined;
      if (g?.kind === "municipality" && !g.genitive && opensGroup(g.to)) return true;
    }
    return false;
  };

  const take = (person: Mention): ProtocolEntry | undefined => {
    // Only after an entry with its title, its comma and its items' number, no comma after (`X, konsult, 121 Eva Ek`).
    const before = entries[entries.length - 1];
    if (
      trailing &&
      entries.length > trailing.from &&
      before.role &&
      /^\d+$/.test(tokens[person.from - 1]?.text ?? "") &&
      tokens[person.from - 2]?.text === ","
    ) {
      capacity = trailing.capacity;
      labelSpan = { start: trailing.start, end: trailing.end };
      trailing = undefined;
    }
    let cap = capacity;
    let span = labelSpan;
    // A second chair or secretary joined by `och` to the one a label of the queue took (`Ordförande Justerare Eva Ek
    // § 36 och Per Holm Kim Ahl`): the same label's.
    const joined = person.from > 0 && COORD.has(tokens[person.from - 1].text);
    if (joined && lastSingle) {
      cap = lastSingle.capacity;
      span = { start: lastSingle.start, end: lastSingle.end };
      lastSingle = undefined;
    } else if (queue.length) {
      // A signature left blank (`Ordförande Justerare Carl Lund`, the chair's line empty): a name the header chose to
      // adjust takes the adjusters' label, not the blank one before it.
      const adjusting = queue.findIndex((q) => q.capacity === "adjuster");
      if (adjusting > 0 && entries.some((e) => e.capacity === "adjuster" && e.person.label === person.label)) queue.splice(0, adjusting);
      const next = queue.length > 1 || queue[0].capacity !== "adjuster" ? queue.shift()! : queue[0];
      lastSingle = SINGLE.has(next.capacity) ? next : undefined;
      cap = next.capacity;
      span = { start: next.start, end: next.end };
      // The last single-person label of a run is used up by its name; the adjusters keep the rest.
      if (SINGLE.has(cap)) capacity = undefined;
      else capacity = cap;
    } else if (cap && SINGLE.has(cap)) {
      lastSingle = undefined;
      // A chair or secretary label takes one name, and one more joined by `och` (`Ordförande X §§ 1-5 och Y`).
      if (singleTaken > 0 && !joined && !secondChair(person) && !secondSecretary(person)) cap = undefined;
      else singleTaken++;
    }
    // A name under no people field (an attendance register's table, a column header between) is kept as listed:
    // it becomes a person only with a party after it, and never attends.
    const entry: ProtocolEntry = { person, capacity: cap ?? "listed", label: span, start: person.start, end: person.end, municipality: groupTown };
    if (fieldRole) {
      entry.role = fieldRole;
      entry.start = fieldRole.start;
      fieldRole = undefined;
    } else if (pluralRole && entries.at(-1)?.role === pluralRole && person.from - entries.at(-1)!.person.to <= 1) entry.role = pluralRole;
    else {
      titlesFirst = false;
      pluralRole = undefined;
    }
    if (pendingParty) {
      entry.party = pendingParty;
      entry.start = Math.min(entry.start, pendingParty.start);
      pendingParty = undefined;
    } else if (headingParty) entry.party = headingParty;
    if (noticeSigner) {
      noticeSigned.add(entry);
      noticeSigner = false;
    }
    entries.push(entry);
    return entry;
  };

  // A title or a roll call's mark right after a run of name words (`Ali Rahimi avdelningschef`, `Ali Rahimi X`) makes it
  // a name as a party after it does, and so does a title of the list written right before it (`Kurator Ali Rahimi`); a
  // room named after someone (`Plats och tid Per Albins sal`) makes it none. Two names glued where a line break was
  // lost (`Klas KarlssonSonny Berg`) are two, as in running text.
  const names = (a: number, b: number): Mention[] =>
    namesPlace(tokens, b)
      ? []
      : splitNames(
          a,
          b,
          tokens,
          lexicon,
          surnameFirst,
          gazetteerAt.get(b)?.kind === "role" ||
            !!roleBySuffix(tokens[b], ctx.roleSuffixes) ||
            !!rollMarks?.has(tokens[b]?.text ?? "") ||
            // A roll call's row, its party's letters between its name and its mark (`Kalo Brenn M F`).
            (!!partyOf(tokens[b]) && !!rollMarks?.has(tokens[b + 1]?.text ?? "")) ||
            (!!fieldRole && tokens[a - 1]?.end === fieldRole.end) ||
            listedBefore(a, b),
        ).flatMap((m) => gluedNames(tokens, m, lexicon));
  /**
   * Two to four full names right after an adjustment's date at token `j` (`tisdagen den 4 mars beträffande 12, i övrigt
   * tisdagen den 18 mars 2014 Eva Ek Per Holm Kim Ahl`), then a line's end or an item's number: its signers. Their date
   * is the adjustment's, no meeting's.
   */
  const adjustedSigners = (j: number) => {
    let k = j;
    while (k < last && k - j < 30 && !tokens[k].cap && !tokens[k].nl) k++;
    if (k === j || !tokens.slice(j, k).some((x) => /^\d/.test(x.text))) return undefined;
    let m = k;
    while (m < last && isNameAt(m) && (m === k || !tokens[m].nl)) m++;
    if (m < tokens.length && !tokens[m].nl && !/^\d{1,3}$/.test(tokens[m].text)) return undefined;
    const found = names(k, m);
    const full = found.every((p) => p.to - p.from >= 2 && lexicon.isGivenName(tokens[p.from].text));
    return found.length >= 2 && found.length <= 4 && full && found.at(-1)!.to === m ? found : undefined;
  };
  // Words the header already read as a name, with its party (`Arvand Qoreshvili (S)`), are that name again with none
  // after it (`Utses att justera Arvand Qoreshvili`), though the lexicon knows neither word.
  const listedBefore = (a: number, b: number) => {
    if (b - a < 2 || b - a > 4) return false;
    const written = writtenName(tokens, a, b);
    return entries.some((e) => e.person.label === written);
  };

  /**
   * The end (a token index) of a staff title's field written after it in lower case (`enhetschef elevhälsan`,
   * `verksamhetschef modersmål, kulturskola`, `chef park/anläggningar`): words up to a paragraph, a name, a party, a
   * capitalised word or a word of times and substitutions.
   */
  const fieldEnd = (k: number): number => {
    let end = k;
    for (let j = k; j < last;) {
      const sep = tokens[j].text === "," || tokens[j].text === "/" ? 1 : 0;
      const w = tokens[j + sep];
      // Letters joined by a slash are a field too (`samordnare MT/CT`, `chef HR/IT`), no party's or organisation's.
      if (w && !w.nl && isLettersAt(j + sep) && (sep ? tokens[j].text === "/" && isLettersAt(j - 1) : tokens[j + 1]?.text === "/" && isLettersAt(j + 2))) {
        j += sep + 1;
        end = j;
        continue;
      }
      // `och` joins two words of one field (`strateg för arbetsmarknad och kompetensförsörjning`), not a name or a title.
      const joined = COORD.has(w?.text ?? "") && !sep && end > k && isLowerWordAt(j + 1) && !NOT_FIELD.has(tokens[j + 1].text) && !isTitleAt(j + 1);
      // A second title joined by `och` with its own field (`HR-chef och chef verksamhetsstöd`): one title written.
      const second = COORD.has(w?.text ?? "") && !sep && end === k && isTitleAt(j + 1) && isLowerWordAt(j + 1) && isLowerWordAt(j + 2) && !isTitleAt(j + 2);
      // A first part and its hyphen joined to the next (`chef för projekt- och verksamhetsutveckling`).
      const part = w?.text === "-" && !sep && end > k && w.start === tokens[j - 1].end && COORD.has(tokens[j + 1]?.text ?? "") && isLowerWordAt(j + 2);
      if (joined || second || part) {
        j += part ? 3 : 2;
        end = j;
        continue;
      }
      if (!w || w.nl || !w.word || w.cap || w.text.length < 3 || /\d/.test(w.text) || COORD.has(w.text) || NOT_FIELD.has(w.text)) break;
      // `för` before a name is whom the entry replaces; before lower-case words or a unit, what the title is for
      // (`representant för idrottsföreningar`, `chef för Samhällsbyggnadsförvaltningen`).
      const replacing = phraseAt(tokens, j + sep, words.replaces);
      if (
        gazetteerAt.has(j + sep) ||
        roleBySuffix(w, ctx.roleSuffixes) ||
        (sep && proseTitleAt(j + sep)?.plural) ||
        (replacing && !isLowerWordAt(j + sep + replacing) && !unitAt(j + sep + replacing)) ||
        phraseAt(tokens, j + sep, words.absent)
      )
        break;
      j += sep + 1;
      end = j;
    }
    return end;
  };
  const isLowerWordAt = (k: number) => !!tokens[k]?.word && !tokens[k].cap && !tokens[k].nl && !/\d/.test(tokens[k].text);
  /** Where a local party's name of two or three words in parentheses closes (`Bygdens bästa)`), from its first word at `k`; else 0. */
  const localPartyName = (k: number, shut: string) => {
    if (!tokens[k]?.cap || tokens[k].nl || partyOf(tokens[k]) || isTitleAt(k) || lexicon.isGivenName(tokens[k].text)) return 0;
    let j = k + 1;
    while (j - k < 3 && isLowerWordAt(j) && !isTitleAt(j)) j++;
    return j > k + 1 && tokens[j]?.text === shut ? j : 0;
  };
  /** Capital letters (`MT`, `HR`) that are no party's and no organisation's the gazetteer knows. */
  const isLettersAt = (k: number) => {
    const w = tokens[k];
    return !!w?.word && w.text.length >= 2 && w.text.length <= 4 && w.text === w.text.toUpperCase() && !/\d/.test(w.text) && !partyOf(w) && !gazetteerAt.has(k);
  };
  let prefixStart: number | undefined;
  // The colon that closes a field's words on their line (`från Tillsynsverket vid mötet:`), before any digit, or 0.
  const fromColon = (k: number) => {
    for (let n = k; n < k + 16 && tokens[n] && !tokens[n].nl && !/\d/.test(tokens[n].text); n++) if (tokens[n].text === ":") return n;
    return 0;
  };
  // A lower-case title in the definite form (`byråchefen`, `föredragandena`), as prose writes it before
  // its name or its run of names: its indefinite singular.
  const proseTitleAt = (k: number): { normalised: string; plural: boolean } | undefined => {
    const x = tokens[k];
    if (!x?.word || x.cap) return undefined;
    const definite = definiteRoleBySuffix(x, ctx.roleSuffixes);
    if (definite) return { normalised: definite, plural: false };
    const word = x.text;
    // An indefinite plural before its run of names is each one's too (`enhetschefer Eva Ek, Per Holm`).
    const stems = word.endsWith("na")
      ? [word.endsWith("arna") ? `${word.slice(0, -2)}e` : "", word.endsWith("erna") ? word.slice(0, -4) : "", word.slice(0, -2)]
      : word.endsWith("er")
        ? [word.slice(0, -2)]
        : [];
    for (const stem of stems)
      // The token's spelling and shape are getters a spread does not copy: the stem is a lower-case word.
      if (stem.length > 2 && (lexicon.role(stem) !== undefined || roleBySuffix({ ...x, text: stem, word: true, cap: false }, ctx.roleSuffixes)))
        return { normalised: stem, plural: true };
    return undefined;
  };
  /**
   * Whether the name opening at `i` after `och` runs on over a line's end at `j` (`Eva Ek och Kim⏎Dahl, inspektörer`):
   * a given name alone at the line's end, and a surname that is no given name opening the next line before its comma.
   */
  const brokenName = (i: number, j: number) =>
    j === i + 1 &&
    COORD.has(tokens[i - 1]?.text ?? "") &&
    lexicon.isGivenName(tokens[i].text) &&
    tokens[j + 1]?.text === "," &&
    !lexicon.isGivenName(tokens[j].text) &&
    (lexicon.isSurname(tokens[j].text) || lexicon.hasSurnameShape(tokens[j].text));
  /** A title at token `k`, by the lexicon or, capitalised too, by its ending. */
  const isTitleAt = (k: number) => gazetteerAt.get(k)?.kind === "role" || !!roleBySuffix(tokens[k], ctx.roleSuffixes, true);
  /** A unit named right after a staff title (`Gatuavdelningen`, `, Arbetslivsförvaltningen`, `Ekonomi- och IT-enheten`). */
  const unitAt = (k: number): { name: string; start: number; end: number; to: number } | undefined => {
    const j = tokens[k]?.text === "," ? k + 1 : k;
    const first = tokens[j];
    if (!first?.word || !first.cap || first.nl) return undefined;
    // `Ekonomi- och IT-enheten`: a first part and its hyphen, joined to the unit's name.
    const to = tokens[j + 1]?.text === "-" && COORD.has(tokens[j + 2]?.text ?? "") && tokens[j + 3]?.word ? j + 4 : j + 1;
    if (!words.unitEnding.test(tokens[to - 1].text)) return undefined;
    // A spaced hyphen (`Drift - och stödavdelningen`) is the same unit as `Drift- och stödavdelningen`.
    const name = to === j + 4 ? `${first.text}- ${text.slice(tokens[j + 2].start, tokens[to - 1].end)}` : text.slice(first.start, tokens[to - 1].end);
    return { name, start: first.start, end: tokens[to - 1].end, to };
  };

  /** Token `k` closes a staff title's field: its line's end, or its items (`§ 21`, `, § 21`). */
  const closesField = (k: number) => !tokens[k] || tokens[k].nl || tokens[k].text === "§" || (tokens[k].text === "," && tokens[k + 1]?.text === "§");
  /**
   * The end of a unit's capitalised name right after a lower-case staff title (`rektor Tallskolan`, `avdelningschef Trygg
   * uppväxt`, `enhetschef Kultur & fritid`), up to four words, that closes the entry: its line's end or its items, its
   * comma, its items' numbers (`BUF 4-24`) or the next entry's given name and surname (`Eva Nord, …`); else 0. A
   * party's, a place's or a name the gazetteer knows is none.
   */
  const unitNameEnd = (k: number) => {
    if (!isFieldWordAt(k) || gazetteerAt.has(k) || partyOf(tokens[k]) || lexicon.isPlace(tokens[k].text) || labelAt(k)) return 0;
    let j = k + 1;
    while (j - k < 4 && !gazetteerAt.has(j)) {
      if (tokens[j]?.text === "&" && !tokens[j].nl && tokens[j + 1]?.word && !tokens[j + 1].nl) j += 2;
      else if (isLowerWordAt(j) && !isTitleAt(j) && !NOT_FIELD.has(tokens[j].text) && !phraseAt(tokens, j, words.replaces)) j++;
      else break;
    }
    const next = tokens[j];
    const closes =
      closesField(j) || next.text === "," || ITEM.test(next.text) || (lexicon.isGivenName(next.text) && isNameAt(j) && isNameAt(j + 1) && !tokens[j + 1].nl);
    return closes ? j : 0;
  };
  /** A capitalised word of a staff title's field (`Hälsoskydd`, `Logistik`): no title, and no given name opening a name. */
  const isFieldWordAt = (k: number) => !!tokens[k]?.cap && !tokens[k].nl && !isTitleAt(k) && !lexicon.isGivenName(tokens[k].text);
  /**
   * An organisation right after a title, on its line, after a comma or not: one the gazetteer reads, or a company's
   * name up to its `AB` before the next comma (`Norrby kommunfastigheter AB`), lower-case words inside it.
   */
  const organisationAt = (k: number): NonNullable<ProtocolEntry["role"]>["org"] => {
    const j = tokens[k]?.text === "," ? k + 1 : k;
    if (!tokens[j] || tokens[j].nl || !tokens[j].cap) return undefined;
    const g = gazetteerAt.get(j);
    if (g?.kind === "organisation") return { id: g.id, label: g.label, start: g.start, end: g.end, to: g.to };
    // An institution in its town ending the list's line (`politisk sakkunnig Högskolan i Norrby`): a capitalised noun, `i`
    // and a capitalised name.
    if (!g && !lexicon.isGivenName(tokens[j].text) && tokens[j + 1]?.text === "i" && tokens[j + 2]?.cap && !tokens[j + 2].nl && closesField(j + 3)) {
      const label = text.slice(tokens[j].start, tokens[j + 2].end);
      return { id: nameKey(label), label, start: tokens[j].start, end: tokens[j + 2].end, to: j + 3 };
    }
    let to = j + 1;
    while (to < last && to - j < 5 && tokens[to].word && !tokens[to].nl && !gazetteerAt.has(to) && !isNameAt(to) && !isCompanyEnd(to - 1)) to++;
    if (!isCompanyEnd(to - 1) || to - j < 2) return undefined;
    const label = text.slice(tokens[j].start, tokens[to - 1].end);
    return { id: nameKey(label), label, start: tokens[j].start, end: tokens[to - 1].end, to, company: true };
  };
  /** One capitalised word closing a staff title's entry (`för Vision, § 13`), no place, name or title the gazetteer knows. */
  const soleOrganisationAt = (k: number): NonNullable<ProtocolEntry["role"]>["org"] => {
    const t = tokens[k];
    if (!t?.word || !t.cap || t.nl || gazetteerAt.has(k) || lexicon.isGivenName(t.text) || !(closesField(k + 1) || tokens[k + 1].text === ","))
      return undefined;
    return { id: nameKey(t.text), label: t.text, start: t.start, end: t.end, to: k + 1 };
  };
  const isCompanyEnd = (k: number) => isCompany({ kind: "organisation", id: "", label: tokens[k].text, start: 0, end: 0 });

  /**
   * A body written in lower case right after a role of a body, on its line, with or without `i` (`vice ordföranden
   * revisionen`, `ordförande i kultur- och fritidsnämnden`), also after the short form of its organisation that is no
   * party's (`vice ordförande LRF regionstyrelsen`) or with its district (`ordförande SDN Väster`): where a guest of
   * the meeting holds that role. With `bare`, a title after the name's comma, a body's one capitalised word right after
   * it too (`Eva Ek, sekreterare Kommunstyrelsen`).
   */
  const heldInAt = (k: number, bare = false): { name: string; start: number; end: number; to: number } | undefined => {
    const at = tokens[k]?.text === "i" && !tokens[k].nl ? k + 1 : k;
    const owner = tokens[at];
    const j = owner?.word && !owner.nl && SHORT_FORM.test(owner.text) && !partyOf(owner) ? at + 1 : at;
    const first = tokens[j];
    if (!first?.word || first.nl) return undefined;
    if (first.cap) {
      // `ordförande SDN Väster`: a short form's district, one capitalised word closing the entry, names the body.
      const closes = (n: number) => closesField(n) || /^[.,]$/.test(tokens[n].text) || isNameAt(n);
      if (j === at + 1 && at === k && !lexicon.isGivenName(first.text) && !gazetteerAt.has(j) && closes(j + 1))
        return { name: text.slice(owner.start, first.end), start: owner.start, end: first.end, to: j + 1 };
      // `ordförande i Nätverket Friskt Län`: a body capitalised after `i`, with up to two words of its name that open no person's.
      if (j !== at || !endsInDefiniteBody(first.text.toLowerCase(), lexicon.data.protocol.bodies)) return undefined;
      if (at === k) return bare && !lexicon.isGivenName(first.text) ? { name: first.text, start: first.start, end: first.end, to: j + 1 } : undefined;
      let to = j + 1;
      while (to < j + 3 && tokens[to]?.word && tokens[to].cap && !tokens[to].nl && !lexicon.isGivenName(tokens[to].text) && !labelAt(to)) to++;
      return { name: text.slice(first.start, tokens[to - 1].end), start: first.start, end: tokens[to - 1].end, to };
    }
    const to = tokens[j + 1]?.text === "-" && COORD.has(tokens[j + 2]?.text ?? "") && tokens[j + 3]?.word && !tokens[j + 3].cap ? j + 4 : j + 1;
    const last = tokens[to - 1].text;
    if (!lexicon.data.protocol.bodies.some((b) => last.endsWith(b) && (last.length > b.length || DEFINITE_BODY.test(b)))) return undefined;
    return { name: text.slice(owner.start, tokens[to - 1].end), start: owner.start, end: tokens[to - 1].end, to };
  };

  /**
   * A signature table of two or more rows (`Ordförande Justerande A B C D`, a chair for each part of the meeting):
   * its names run row by row under the labels when the names under the adjusters' label are exactly those the header
   * chose to adjust (`Utses att justera B och D`), where the positional reading would make a third adjuster.
   */
  let block: { labels: { capacity: Capacity; start: number; end: number }[]; from: number } | undefined;
  const closeBlock = () => {
    if (!block) return;
    const { labels: row, from } = block;
    block = undefined;
    const signed = entries.slice(from).filter((e) => e.capacity !== "replaced");
    const column = row.findIndex((l) => l.capacity === "adjuster");
    const choosing = entries.slice(0, from).filter((e) => e.capacity === "adjuster");
    const chosen = new Set(choosing.map((e) => e.person.label));
    // A second chair's signature (`Ordförande Justerare … Eva Ek Per Holm Kim Ahl Ola Ros`, a chair for each part of
    // the meeting, all the header's chosen adjusters after them): a name read as an adjuster that the header did not
    // choose, right after the chair's, is a chair too; not one whose surname the choice names (`Utses att justera Ahl
    // (S) och …`, its given name lost).
    const chair = signed.findIndex((e) => e.capacity === "chair");
    const adjusting = signed.filter((e) => e.capacity === "adjuster");
    const choice = choosing.length ? text.slice(Math.min(...choosing.map((e) => e.label?.start ?? e.start)), Math.max(...choosing.map((e) => e.end))) : "";
    const named = (e: ProtocolEntry) => chosen.has(e.person.label) || choice.includes(surnameOf(e.person.label));
    if (chair >= 0 && chosen.size > 0 && adjusting.filter((e) => chosen.has(e.person.label)).length === chosen.size) {
      for (let n = chair + 1; n < signed.length && signed[n].capacity === "adjuster" && !named(signed[n]); n++) {
        signed[n].capacity = "chair";
        signed[n].label = signed[chair].label;
      }
    }
    if (column < 0 || signed.length < 2 * row.length || signed.length % row.length) return;
    if (!signed.every((e, n) => (n % row.length === column) === chosen.has(e.person.label))) return;
    for (const [n, e] of signed.entries()) {
      const l = row[n % row.length];
      e.capacity = l.capacity;
      e.label = { start: l.start, end: l.end };
    }
  };

  /**
   * Labels of several people fields bunched over one list (`Beslutande Ej tjänstgörande ersättare` or `Ledamöter
   * Tjänstgörande ersättare Övriga närvarande Ersättare`, then the names; or a column of labels beside a column of
   * names, flattened to a row of labels over rows of names): which names are whose is read from the layout. The list
   * is cut into runs where its names stand on as many lines as there are labels, else where the parties' order starts
   * over (a body lists its members party by party after its presidium, then its reserves party by party again); the
   * substitutes written out (`X ersätter Y`) say their own capacity, in a run of their own or in their members' places,
   * and fill the substitutes' label. As many runs of the other names as labels left: each run is its label's, in order.
   * Otherwise, where the list holds several fields' names (rows under the row of labels, or a party's names in two
   * blocks), the names are present in no capacity said, rather than in a wrong one; a list in one party order stays the
   * members' field's. A name listed again (an adjuster after the reserves) is only listed.
   */
  let bunch: { labels: { capacity: Capacity; start: number; end: number }[]; from: number; capacity: Capacity } | undefined;
  const closeBunch = () => {
    if (!bunch) return;
    const { labels: fields, from, capacity: listedAs } = bunch;
    bunch = undefined;
    const listed = entries.slice(from).filter((e) => e.capacity !== "replaced");
    if (listed.length === 0) return;
    const seen = new Set<string>();
    const again = new Set<ProtocolEntry>();
    for (const e of listed) {
      if (seen.has(e.person.label)) again.add(e);
      seen.add(e.person.label);
    }
    const lineOf = (e: ProtocolEntry) => text.slice(0, e.person.start).split("\n").length;
    const lines = new Set(listed.map(lineOf));
    // Rows of names under the labels (not a list that runs on over a page's break after its labels on its first line).
    const rows = lines.size > 1 && text.slice(fields[fields.length - 1].end, listed[0].person.start).includes("\n");
    // Whether the list holds several fields' names: rows under the labels, or a party's names in two blocks.
    let mixed = rows;
    let runs: ProtocolEntry[][];
    if (rows && lines.size === fields.length) {
      const byLine = new Map<number, ProtocolEntry[]>();
      for (const e of listed) byLine.set(lineOf(e), [...(byLine.get(lineOf(e)) ?? []), e]);
      runs = [...byLine.values()];
    } else {
      runs = [[]];
      // The first party of the list, the party of the last name with one, and the parties whose block has begun.
      let first: string | undefined;
      let current: string | undefined;
      const blocks = new Set<string>();
      // Names with no party after the last name with one, in a list whose names carry parties, are no seat's: the next
      // field's (officials listed after the reserves, `… och Leo Palm (M). Kommundirektör Jan Ek, ekonom Eva Ros 12`).
      let lastParty = listed.length - 1;
      while (lastParty >= 0 && !listed[lastParty].party) lastParty--;
      for (const [n, e] of listed.entries()) {
        if (n === lastParty + 1 && lastParty >= 0 && runs[runs.length - 1].length > 0) runs.push([]);
        const presidium = e.role && PRESIDIUM_CATEGORIES.has(lexicon.role(e.role.normalised)?.category ?? "");
        const party = presidium ? undefined : e.party?.id;
        if (party && party !== current) {
          // The list's first party again after others: the order starts over (another party's second block proves nothing).
          if (first === undefined) first = party;
          else if (party === first) runs.push([]);
          if (blocks.has(party)) mixed = true;
          blocks.add(party);
          current = party;
        }
        runs[runs.length - 1].push(e);
      }
    }
    const own = (e: ProtocolEntry) => !!e.replaces || e.capacity !== listedAs;
    // An official's title tells that name's field (the others' or the staff's, below): not a run's.
    const official = (e: ProtocolEntry) => !!e.role && !BODY_ROLES.has(lexicon.role(e.role.normalised)?.category ?? "");
    // Under the labels of the members, the substitutes and the other reserves in that order (`Ledamöter Tjg ersättare
    // Övriga ersättare`), the substitutes written out in one block between the names (`… Eva Ek (s) för Per Holm Kim Ahl
    // (c) …`) part them: the names before the block are the members', those after it the other reserves'. (Under a
    // plain `Ersättare` a substitute may stand in the member's place among the members.)
    const seatFields = fields.filter((f) => MEMBERS.has(f.capacity));
    const others = seatFields.length === 3 && /^övriga\s/i.test(text.slice(seatFields[2].start, seatFields[2].end));
    const seatNames = listed.filter((e) => !again.has(e) && !official(e));
    const block = seatNames.flatMap((e, n) => (e.replaces ? [n] : []));
    if (
      others &&
      seatFields.map((f) => f.capacity).join() === "member,substitute,nonserving" &&
      block.length > 0 &&
      block[0] > 0 &&
      block[block.length - 1] - block[0] === block.length - 1 &&
      block[block.length - 1] < seatNames.length - 1
    )
      runs = [seatNames.slice(0, block[0]), seatNames.slice(block[block.length - 1] + 1)];
    const named = runs.map((r) => r.filter((e) => !own(e) && !again.has(e) && !official(e))).filter((r) => r.length > 0);
    let left = listed.some((e) => e.replaces) ? fields.filter((f) => f.capacity !== "substitute") : fields;
    // The fields of officials and guests beside the seats' keep the names with a title; the runs are the seats'.
    if (named.length !== left.length) left = left.filter((f) => MEMBERS.has(f.capacity));
    for (const e of again) if (!own(e)) e.capacity = "listed";
    // The titled names are the officials' field's, with the untitled ones after the seats (their titles before them).
    const officials = fields.find((f) => f.capacity === "staff");
    if (officials)
      for (const e of listed)
        if (official(e) && !own(e) && !again.has(e)) {
          e.capacity = officials.capacity;
          e.label = { start: officials.start, end: officials.end };
        }
    if (named.length === left.length) {
      for (const [n, run] of named.entries())
        for (const e of run) {
          e.capacity = left[n].capacity;
          e.label = { start: left[n].start, end: left[n].end };
        }
    } else if (mixed) for (const run of named) for (const e of run) e.undecided = true;
  };

  /**
   * A signature block as a whole, from its first signature label or its opener (`Underskrifter`) to the next people
   * field or a label of another part of the header (`Justeringens plats och tid`, `ANSLAG/BEVIS`, `Organ`), with only
   * the paragraphs signed (`Paragrafer 26-38`) inside it. Flattened from PDF its labels and names are misaligned in
   * several ways: the names first and the labels under them (`Karin Berg (KD) Ordförande Nils Ek (S) Justerare Eva Ek
   * Sekreterare`), a row of names over a row of labels (`Eva Ek Karin Berg Nils Ek Sekreterare Ordförande Justerare`),
   * a label whose line held other words and the names one label down (`Sekreterare <place and time> Ordförande Eva Ek
   * Justerande Karin Berg Nils Ek`). Where the block has as many names as labels (two or more), each label is its name's
   * in the order both are written, as they are one per signature line; other blocks keep the reading by position.
   */
  // `named`: the entry a label's colon is followed by (`Sekreterare: Eva Ek`), which that label keeps.
  let signed: { labels: { capacity: Capacity; start: number; end: number; named?: number }[]; from: number } | undefined;
  const closeSigned = () => {
    if (!signed) return;
    const { labels: lines, from } = signed;
    signed = undefined;
    let names = entries.slice(from).filter((e) => e.capacity !== "replaced");
    if (lines.length < 2) return;
    const last = lines[lines.length - 1];
    // Names among the labels that all sign again after the last (`Sekreterare Eva Ek och Per Holm Kansliet kl
    // Ordförande Justerare... Kim Ahl... Ola Berg... Eva Ek Per Holm`): another field's value (the adjusters named
    // beside the place of the justering), and the signers are the names after the labels, in their order, the
    // adjusters' label the last and the rest its.
    const among = names.filter((e) => e.start < last.end);
    const after = names.slice(among.length);
    if (
      among.length &&
      last.capacity === "adjuster" &&
      after.length >= lines.length &&
      lines.every((l) => l.named === undefined) &&
      among.every((e) => after.some((a) => a.person.label === e.person.label))
    ) {
      for (const e of among) e.capacity = "listed";
      names = after;
      lines.push(...Array.from({ length: after.length - lines.length }, () => last));
    }
    if (names.length !== lines.length) return;
    if (lines.some((l, n) => l.named !== undefined && names[n] !== entries[l.named])) return;
    for (const [n, e] of names.entries()) {
      e.capacity = lines[n].capacity;
      e.label = { start: lines[n].start, end: lines[n].end };
    }
  };

  /**
   * A column of titles with more titles than the names of its field (one or two more): the table's rows began in the
   * field before (`Närvarorätt X Tjänstemän Y Z`, then the titles of X, Y and Z), so titles align with the names from
   * the last.
   */
  const closeColumn = () => {
    const segment = entries.slice(segmentStart).filter((e) => e.capacity !== "replaced");
    // A row of signature labels after a row of names (`… Eva Ek Per Holm Kim Ahl sekreterare ordförande justerare`, a
    // signature block flattened names first) that is not only the body's chairs: each label is its name's in the row
    // of the last names, as written one above the other.
    const signs = roleRun.map((r) => words.labels.get(r.written));
    if (signs.length > 1 && segment.length > signs.length && signs.every((k) => k?.kind === "signature") && signs.some((k) => k!.capacity !== "chair")) {
      for (const e of segment) if (e.role && roleRun.includes(e.role)) e.role = undefined;
      for (const [k, e] of segment.slice(-signs.length).entries()) {
        e.capacity = signs[k]!.capacity!;
        e.label = { start: roleRun[k].start, end: roleRun[k].end };
        takeRole(e, roleRun[k]);
      }
      return;
    }
    // As many titles as names (`Övriga närvarande A (S) B (M) C D ersättare ersättare förvaltningschef sekreterare`): a
    // column of titles beside the column of names, each its row's, where no name had a title of its own.
    const surplus = roleRun.length - segment.length;
    if (roleRun.length < 2 || surplus < 0 || surplus > 2) return;
    if (surplus === 0 && segment.some((e) => e.role && !roleRun.includes(e.role))) return;
    const before = surplus
      ? entries
          .slice(0, segmentStart)
          .filter((e) => e.capacity !== "replaced")
          .slice(-surplus)
      : [];
    if (before.length < surplus || before.some((e) => e.role)) return;
    for (const e of segment) if (e.role && roleRun.includes(e.role)) e.role = undefined;
    for (const [k, e] of [...before, ...segment].entries()) {
      takeRole(e, roleRun[k]);
      // A reserve among the others present, by the column's title: present, not serving.
      if (e.capacity === "other" && roleRun[k].normalised === "ersättare") e.capacity = "nonserving";
    }
  };

  /**
   * The words between a name and the entry before it in its field (its name, party and paragraphs), or the field's
   * label, when they are a title written first: at most four words on the name's line, one of them a title with only
   * its adjectives before it, no digits (`Verksamhetsområdeschef hemvård X`, `Administrativ chef X`, `Individ- och
   * familjeomsorgschef X`). With no comma before a name, the run's reading finds no title there or only its last word.
   * Its noun is `normalised` where that reading found one, else the title word.
   */
  const gapTitle = (previous: ProtocolEntry | undefined, e: ProtocolEntry, normalised: string | undefined) => {
    const boundary = previous ? Math.max(previous.person.end, previous.party?.end ?? 0) : e.label!.end;
    let k = e.person.from;
    while (k > 0 && tokens[k - 1].start >= boundary) k--;
    while (k < e.person.from && GAP_SKIP.test(tokens[k].text)) k++;
    const gap = tokens.slice(k, e.person.from);
    const words = gap.filter((t) => t.word);
    if (
      !words.length ||
      words.length > 4 ||
      !gap[0].cap ||
      gap.some((t, n) => (n > 0 && t.nl) || /\d/.test(t.text) || (!t.word && t.text !== "-" && t.text !== "."))
    )
      return undefined;
    const at = gap.findIndex(
      (t, n) => gazetteerAt.get(k + n)?.kind === "role" || roleBySuffix(t, ctx.roleSuffixes, true) || ctx.roleSuffixes.includes(t.text.toLowerCase()),
    );
    // Only its adjectives before the title (`Administrativ`, `Tf.`), not a name the list missed (`Lis Berg ersättare X`).
    if (at < 0 || gap.slice(1, at).some((t) => t.cap) || (at > 0 && lexicon.isGivenName(gap[0].text))) return undefined;
    const title = gap[at];
    const start = gap[0].start;
    const end = gap[gap.length - 1].end;
    return { normalised: normalised ?? title.text.toLowerCase(), written: text.slice(start, end).toLowerCase(), start, end };
  };

  /**
   * A field of staff whose run opens with a title (`Tjänstemän Kommundirektör X, kommunsekreterare Y, ekonomichef Z`)
   * writes each title before its name, where the reading above gave each to the name before it: the run's layout
   * decides, as in running text (`runTitle`). Not where a titled name also has a title after it that no name after
   * takes (`Tjänsteman X, kommunsekreterare Y, chef Z-avdelningen W, näringslivschef`): there each title is the name's
   * before it.
   */
  // The organisation the prose reading of a title found it held in (`förvaltningschef för Norrby Service X`, `… som
  // företräddes av enhetschef A`): the title's unit.
  const heldAt = (target: Target | undefined) =>
    target?.kind === "organisation" ? { unit: { name: target.label, start: target.start, end: target.end } } : {};
  const retitle = () => {
    const personAt = new Map(entries.map((e) => [e.person.from, e.person]));
    // The keys of extract-document's context in its order (`english` as well), so that runTitle's readers see one map
    // of context.
    const actx = { tokens, text, gazetteerAt, personAt, lexicon, roleSuffixes: ctx.roleSuffixes, partyByAbbreviation: ctx.partyByAbbreviation, english: false };
    const fields = new Map<number, [ProtocolEntry, NonNullable<ProtocolEntry["role"]> | undefined][]>();
    for (const e of entries) {
      if ((e.capacity !== "staff" && e.capacity !== "other") || !e.label) continue;
      const claim = runTitle(e.person, actx);
      // A title the run read before its name from further back (`förste vice ordföranden X` after a label's colon).
      if (e.role && e.role.end <= e.person.start && claim && claim.start >= e.role.start) continue;
      // The label's words are no part of the title (`Övriga närvarande Stadsdirektör X`, not `närvarande stadsdirektör`).
      let start = claim && Math.max(claim.start, e.label.end);
      while (start !== undefined && start < e.person.start && /\s/.test(text[start])) start++;
      const field = fields.get(e.label.start);
      const gap = gapTitle(field ? field[field.length - 1][0] : undefined, e, claim?.normalised);
      const role =
        gap && (start === undefined || gap.start < start)
          ? gap
          : claim?.normalised && start !== undefined && start < claim.end
            ? { normalised: claim.normalised, written: text.slice(start, claim.end).trim().toLowerCase(), start, end: claim.end, ...heldAt(claim.target) }
            : undefined;
      if (field) field.push([e, role]);
      else fields.set(e.label.start, [[e, role]]);
    }
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const field of fields.values()) {
      const titles = field.flatMap(([, r]) => (r ? [r] : []));
      const after = field.some(([e, r]) => r && e.role && e.role.start >= e.person.end && !titles.some((t) => overlaps(t, e.role!)));
      if (!field[0][1] || after) continue;
      for (const [e, r] of field) {
        // The title after the name was the next name's: the entry ends at the name or its party again.
        if (e.role && titles.some((t) => overlaps(t, e.role!))) {
          e.role = undefined;
          e.end = Math.max(e.person.end, e.party?.end ?? 0);
        }
        if (r) {
          takeRole(e, r);
          e.start = Math.min(e.start, r.start);
        }
      }
    }
  };

  // A paragraph opening a line before any field of people (`§14 Frågestund` in minutes that list no one) ends what is
  // read: what follows is the meeting's business, whose names are no header's; so does the meeting's opening numbered
  // as an item mid-line (`… Plats Tallsalen 1 Mötets öppnande Ordföranden X förklarade …`, notes flattened from PDF).
  // (Not any first item: a page's title may quote one, `… under punkten 11 Övriga frågor`, before its header.)
  // At a line's start the opening is an association's agenda whose first items may still name the meeting's officers.
  // An item followed by its case's number ends it too: an election's `Ordförande: X (M)` in a later item's body is the
  // elected board's, not the sitting's.
  const head = text.slice(0, windowEnd);
  const opening = OPENING_ITEM.exec(head);
  const midLine = opening && head.slice(head.lastIndexOf("\n", opening.index) + 1, opening.index).trim() ? opening.index : windowEnd;
  const firstItem = Math.min(PARAGRAPH_AT_LINE.exec(head)?.index ?? windowEnd, CASE_ITEM.exec(head)?.index ?? windowEnd, midLine);
  let i = 0;
  while (i < last) {
    const t = tokens[i];
    if (!seenPeopleLabel && t.start >= firstItem) {
      windowEnd = firstItem;
      break;
    }
    // A page's footer flattened into a signature block (`Eva Ek Justerandes sign Per Holm`): no title of the name
    // before it, and no break between the block's labels and its names. Its box for the extract's certification beside
    // it (`Justerandes sign Utdragsbestyrkande`) is the footer's too: a list broken by the page goes on after it.
    if (t.cap && SIGN_FOOTER.has(t.text.toLowerCase()) && SIGN.test(tokens[i + 1]?.text ?? "")) {
      i += EXTRACT_BOX.test(tokens[i + 2]?.text ?? "") ? 3 : 2;
      continue;
    }
    const paged = pageBreakEnd(tokens, text, i);
    if (paged) {
      i = paged;
      continue;
    }
    // Such a sentence after names read ends the header: the business begins, its names and titles the prose's; its
    // subject does something at the meeting, so was there.
    const subject = entries.length && t.cap && words.labels.get(t.text.toLowerCase())?.capacity === "chair" ? opensSentence(i + 1) : undefined;
    if (subject) {
      const [person] = names(subject.from, subject.to);
      if (person) entries.push({ person, capacity: "other", start: person.start, end: person.end });
      windowEnd = t.start;
      break;
    }
    // So does a chair's word right after an absent field's last name with a verb after it (`Förhindrade: Eva Ek och Per
    // Holm Ordförande hälsar alla välkomna …`): the business's first sentence, no title of that name.
    const verb = tokens[i + 1];
    if (
      capacity === "absent" &&
      lastEntryEnd === i &&
      t.cap &&
      words.labels.get(t.text.toLowerCase())?.capacity === "chair" &&
      verb?.word &&
      !verb.nl &&
      PRESENT_VERB.test(verb.text)
    ) {
      windowEnd = t.start;
      break;
    }
    const label = labelAt(i);
    // A chair's label in the row of a people field's first name, after its party and marks of presence (`Ledamöter
    // Anna Berg S 1 Ordförande Per Holm M 1`), is a table's column of capacities flattened: the chair is listed first,
    // so a roster labelled before its names would have opened with the label.
    const chairRole = label?.kind.capacity === "chair" && gazetteerAt.get(i)?.kind === "role" ? gazetteerAt.get(i)! : undefined;
    // Past a second column's chair's title right after a member's (`Eva Ek (m) Ordförande Ordförande , Per Alm (s) Vice
    // ordförande Ordförande Siv Holm`, the title and the chair of the items flattened): the row's, no next name's.
    const pastChairColumn = (k: number) => {
      const next = gazetteerAt.get(k);
      const to = next?.kind === "role" && lexicon.role(next.id)?.category === "chair" ? next.to : k;
      return to > k && (tokens[to]?.text === "," || isNameAt(to)) && !tokens[k].nl ? to : k;
    };
    const first = entries.length === segmentStart + 1 ? entries[segmentStart] : undefined;
    if (chairRole && first?.party && !first.role && capacity && !SINGLE.has(capacity) && capacity !== "adjuster" && inRow(lastEntryEnd, i)) {
      takeRole(first, {
        normalised: chairRole.id,
        written: text.slice(chairRole.start, chairRole.end).toLowerCase(),
        start: chairRole.start,
        end: chairRole.end,
      });
      lastEntryEnd = i = pastChairColumn(chairRole.to);
      continue;
    }
    // A vice chair's field right after a member's name and party in the members' field (`Ledamöter Anna Berg (m)
    // Ordförande Per Holm (s) Vice ordförande Eva Ek (c)`, a table's column of titles flattened) is that member's title: the
    // field goes on.
    const viceRole = label?.kind.capacity === "member" && gazetteerAt.get(i)?.kind === "role" ? gazetteerAt.get(i)! : undefined;
    const listed = entries.length > segmentStart ? entries[entries.length - 1] : undefined;
    if (
      viceRole &&
      capacity === "member" &&
      listed?.party &&
      !listed.role &&
      lastEntryEnd === i &&
      lexicon.role(viceRole.id)?.category === "vice_chair" &&
      isNameAt(pastChairColumn(viceRole.to))
    ) {
      takeRole(listed, { normalised: viceRole.id, written: text.slice(viceRole.start, viceRole.end).toLowerCase(), start: viceRole.start, end: viceRole.end });
      listed.end = viceRole.end;
      lastEntryEnd = i = pastChairColumn(viceRole.to);
      continue;
    }
    // An organisation in the title's column after a staff row's items (`Per Holm Förvaltningschef Eva Ek, 12 Norrby
    // Brandförsvar Kim Ahl, …`): whom the name before works for, no name; up to the next given name or label.
    const rowBefore = entries.at(-1);
    if (
      rowBefore &&
      !rowBefore.party &&
      lastEntryEnd === i - 1 &&
      tokens[i - 2]?.text === "," &&
      /^\d{1,3}$/.test(tokens[i - 1].text) &&
      entries.at(-2)?.role &&
      entries.at(-2)!.role!.start >= entries.at(-2)!.person.end &&
      t.cap &&
      t.word &&
      !t.nl &&
      !label &&
      !isTitleAt(i) &&
      !lexicon.isGivenName(t.text)
    ) {
      let k = i;
      while (k < last && k - i < 4 && tokens[k].cap && tokens[k].word && !tokens[k].nl && !lexicon.isGivenName(tokens[k].text) && !labelAt(k)) k++;
      if (k >= last || labelAt(k) || (lexicon.isGivenName(tokens[k].text) && isNameAt(k + 1))) {
        rowBefore.end = tokens[k - 1].end;
        lastEntryEnd = i = k;
        continue;
      }
    }
    // A signature's label right after a listed name with no title, before such rows of staff (`Eva Ek Sekreterare Per
    // Holm Förvaltningschef Kim Ahl, 7 Miljöinspektör`): that name's title, the first row's; the field goes on.
    const listedLast = entries.at(-1);
    if (
      label?.kind.kind === "signature" &&
      capacity &&
      !SINGLE.has(capacity) &&
      !queue.length &&
      listedLast &&
      !listedLast.role &&
      !listedLast.party &&
      lastEntryEnd === i &&
      !t.nl &&
      !labelAt(label.to) &&
      staffRowsAfter(label.to)
    ) {
      takeRole(listedLast, {
        normalised: label.phrase,
        written: text.slice(t.start, tokens[label.to - 1].end).toLowerCase(),
        start: t.start,
        end: tokens[label.to - 1].end,
      });
      listedLast.end = tokens[label.to - 1].end;
      lastEntryEnd = i = label.to;
      continue;
    }
    // The paragraphs signed between a block's names (`Sekreterare Ordförande Justerande Eva Ek Per Holm Kim Ahl Paragrafer
    // 1-20 Bo Alm Siv Berg`, a column of its own flattened among them): the block's names go on after them.
    if (label && block && queue.length && SIGNED_ITEMS.has(label.phrase)) {
      i = label.to;
      while (i < last && !tokens[i].nl && CHAIRED_ITEMS.test(tokens[i].text)) i++;
      continue;
    }
    if (label) {
      closeBlock();
      closeBunch();
      if (!seenPeopleLabel && (label.kind.kind === "people" || label.kind.kind === "signature")) {
        seenPeopleLabel = true;
        const item = FIRST_ITEM.exec(text.slice(t.start, windowEnd));
        if (item) {
          windowEnd = t.start + item.index;
          while (last > 0 && tokens[last - 1].end > windowEnd) last--;
        }
      }
      labels.push({ label: label.phrase, start: t.start, end: tokens[label.to - 1].end });
      // A run of labels: people fields set the capacity; single-person labels queue up for the names after them.
      const run: { kind: LabelKind; start: number; end: number }[] = [{ kind: label.kind, start: t.start, end: tokens[label.to - 1].end }];
      let j = label.to;
      for (;;) {
        while (j < last && /^[.…:_]+$/.test(tokens[j].text)) j++;
        // Column headers of presence between two labels (`Ledamöter Närv. Frånv Tjänstgörande ersättare`) keep the run.
        let k = j;
        while (k < last && !tokens[k].nl && (PRESENCE_HEADER.test(tokens[k].text) || (k > j && tokens[k].text === "."))) k++;
        if (k > j && labelAt(k)) j = k;
        // A people field narrowed after its comma by a phrase of two words or more (`Närvarande, ej tjänstgörande
        // ersättare`, not `Ledamöter, ersättare`): the narrower field's names.
        const narrow = tokens[j]?.text === "," && !tokens[j + 1]?.cap && !tokens[j + 1]?.nl ? labelAt(j + 1, true) : undefined;
        const prev = run[run.length - 1];
        if (narrow?.kind.kind === "people" && narrow.to - j > 2 && prev.kind.kind === "people") {
          prev.kind = narrow.kind;
          prev.end = labels[labels.length - 1].end = tokens[narrow.to - 1].end;
          j = narrow.to;
          continue;
        }
        // A people field joined to the last by `och` in one heading (`Ej tjänstgörande ersättare och övriga deltagare`):
        // fields side by side, the officials among the names the second's.
        const joined = tokens[j]?.text === "och" && prev.kind.kind === "people" ? labelAt(j + 1, true) : undefined;
        if (joined?.kind.kind === "people") j++;
        const next = joined?.kind.kind === "people" ? joined : labelAt(j);
        if (!next) break;
        labels.push({ label: next.phrase, start: tokens[j].start, end: tokens[next.to - 1].end });
        run.push({ kind: next.kind, start: tokens[j].start, end: tokens[next.to - 1].end });
        j = next.to;
      }
      if (run.some((r) => r.kind.capacity === "absent" && ABSENT_ITEMS.test(text.slice(r.end, r.end + 40)))) absentByItems = true;
      // Absence right after a listed name with no colon, then a field with its colon (`Eva Ek (C) Anmält förhinder
      // Övriga: Per Holm (S)`, a column of notes flattened between fields): a note on the rows before, and the names
      // after are the colon's field's.
      if (run.length === 2 && lastEntryEnd === i && run[0].kind.capacity === "absent" && text[run[0].end] !== ":" && text[run[1].end] === ":") run.shift();
      // A roll's caption over its own fields (`Närvarolista Ledamöter … Ersättare …`): the fields say who is who.
      if (run.length > 1 && run[1].kind.kind === "people" && ROLL_CAPTION.has(labels[labels.length - run.length].label)) run.shift();
      // A signature label right after a name listed in a people field with no title (`Övriga Eva Ek Sekreterare`) is that
      // name's title, no line of a block.
      const titleOfListed = !signed && lastEntryEnd === i && entries.length > 0 && !entries[entries.length - 1].role;
      // A label with its colon and a name right after it (`Sekreterare: Eva Ek`) says whose it is: no block is aligned otherwise.
      const colon = tokens[j - 1]?.text === ":" && isNameAt(j);
      // Labels side by side with a signature's (`Justerare Justeringens plats och tid Underskrifter Sekreterare`) keep the
      // block going: a stop label's value stands among the names, in its column (`Omedelbar justering`).
      let inRun = false;
      for (const [n, r] of run.entries()) {
        const phrase = labels[labels.length - run.length + n].label;
        if (r.kind.kind === "signature") {
          if (n > 0 || !titleOfListed) {
            const named = colon && n === run.length - 1 ? entries.length : undefined;
            (signed ??= { labels: [], from: entries.length }).labels.push({ capacity: r.kind.capacity, start: r.start, end: r.end, named });
            inRun = true;
          }
        } else if (inRun && r.kind.kind !== "people") continue;
        else if (r.kind.kind === "opener" && phrase.startsWith("underskrift")) {
          closeSigned();
          signed = { labels: [], from: entries.length };
        } else if (!SIGNED_ITEMS.has(phrase) && !(signed && r.kind.kind === "people" && TIME_AFTER.test(text.slice(r.end, r.end + 5)))) closeSigned();
      }
      // A signature's label with its colon right before a label with none (`Sekreterare: Närvarande tjänstemän Utses att
      // justera: Eva Ek`) was left blank; labels each with its colon are a table's columns in order (below).
      const signatures = run.filter((r, n) => r.kind.kind === "signature" && !(text[r.end] === ":" && n + 1 < run.length && text[run[n + 1].end] !== ":"));
      const people = run.filter((r) => r.kind.kind === "people");
      // A title written before its name: the chair's before the list's first (below), then a vice chair's field alone
      // before the next name where the name before took its title so (`Ordföranden X (m) Vice ordföranden Y (s)`).
      let chairTitle: typeof fieldRole;
      const before = entries.length > segmentStart ? entries[entries.length - 1] : undefined;
      const vice = run.length === 1 && gazetteerAt.get(i)?.kind === "role" ? gazetteerAt.get(i)! : undefined;
      if (vice && before?.role && before.role.end <= before.person.start && lexicon.role(vice.id)?.category === "vice_chair" && isNameAt(j))
        chairTitle = { normalised: vice.id, written: text.slice(vice.start, vice.end).toLowerCase(), start: vice.start, end: vice.end };
      if (people.length) notice = false;
      else if (labels.slice(-run.length).some((l) => NOTICE.test(l.label))) notice = true;
      noticeSigner = false;
      stopValue = run.length > 1 && run[0].kind.kind === "stop" && people.length > 0 ? j : -1;
      for (const side of sideBySide) side.to ??= entries.length;
      queue = [];
      trailing = undefined;
      singleTaken = 0;
      lastSingle = undefined;
      labelSpan = undefined;
      // People fields side by side with one single-person label, each holding a reference, not names (`Beslutande:
      // Icke tjänstgörande ersättare: Sekreterare: … Enligt närvarolista Enligt närvarolista Eva Ek`): the names are
      // the single label's.
      let references = 0;
      if (signatures.length === 1 && people.length > 0 && SINGLE.has(signatures[0].kind.capacity!))
        for (let k = j; k < last && k - j < 40 && !(isNameAt(k) && lexicon.isGivenName(tokens[k].text)); k++)
          if (tokens[k].text.toLowerCase() === "enligt") references++;
      if (references >= people.length) people.length = 0;
      if (signatures.length > 1) {
        queue = signatures.map((r) => ({ capacity: r.kind.capacity!, start: r.start, end: r.end }));
        // The last label's colon before a name (`Utses att justera Underskrifter Sekreterare: Eva Ek`): the name is its;
        // but labels each with its colon (`Utses att justera: Sekreterare: Eva Ek Per Holm`) are columns in order.
        if (colon && run[run.length - 1].kind.kind === "signature" && !signatures.every((r) => text[r.end] === ":")) queue.unshift(queue.pop()!);
        block = { labels: [...queue], from: entries.length };
        capacity = undefined;
      } else if (signatures.length === 1 && people.length === 0) {
        // Right after a name on its line that no signature label took, a title printed under it takes no name after it.
        const under =
          run.length === 1 && lastEntryEnd === i && !t.nl && !SIGNATURE_CAPACITIES.has(entries[entries.length - 1]?.capacity) && titlesUnder(label.to);
        capacity = under ? undefined : signatures[0].kind.capacity;
        labelSpan = { start: signatures[0].start, end: signatures[0].end };
        // The title is the name's before it, where no field took that name (`Rune Alm Ordförande Ulla Dahl sekreterare`).
        const above = under ? entries[entries.length - 1] : undefined;
        if (above?.capacity === "listed") {
          above.capacity = signatures[0].kind.capacity!;
          above.label = labelSpan;
        }
      } else if (people.length) {
        // Fields side by side whose names cannot be told apart: present and absent together are not guessed.
        const caps = new Set(people.map((r) => r.kind.capacity!));
        // A table's column headers (`Tjänstgörande ersättare Ledamöter`) over its rows of members: the members' field.
        let field: (typeof people)[number] | undefined = people.find((r) => r.kind.capacity === "member") ?? people[0];
        // Present and absent headings stacked with no value between them, the names after the last (`Beslutande Övriga
        // deltagande Förhindrade Eva Ek (C) …`, `Frånvarande ledamöter Tjänstgörande ersättare Närvarande, ej tjänstgörande
        // ersättare Eva Ek (M) …`): the headings before the names' own are empty. A roll opening on its members' heading
        // lists the members first; after them, the names are the last heading's, if it is of people present. Headings each
        // with its colon (`Närvarande ledamöter: Frånvarande: Övriga närvarande:`) are a table's columns: not guessed.
        if (caps.has("absent") && caps.size > 1) {
          const final = people[people.length - 1];
          const opening = people[0].kind.capacity === "member" && !entries.some((e) => e.capacity === "member");
          field =
            !isNameAt(j) || people.some((r) => text[r.end] === ":") ? undefined : opening ? people[0] : final.kind.capacity !== "absent" ? final : undefined;
        }
        capacity = field?.kind.capacity;
        field ??= people[0];
        // A bare word of presence after the members' field (`Beslutande:` … `Deltagande:`) lists the others present.
        const presence = (l: { start: number; end: number }) => PRESENCE_FIELD.test(text.slice(l.start, l.end));
        if (capacity === "member" && presence(field) && entries.some((e) => e.capacity === "member" && e.label && !presence(e.label))) capacity = "other";
        // A field of the people from an organisation, its words closed by a colon (`Närvarande från Tillsynsverket: …`,
        // `Närvarande från nämnden vid det inledande mötet: …`): those present from there, not the organ's members.
        if (capacity === "member" && tokens[j]?.text === "från" && fromColon(j + 1) > 0) {
          capacity = "other";
          // An organisation the lexicon knows named there is whom their officials work for (`enhetschefen X` there).
          const org = gazetteerAt.get(j + 1);
          if (org?.kind === "organisation") fromOrg = { id: org.id, label: org.label, start: org.start, end: org.end, to: org.to };
        }
        labelSpan = { start: field.start, end: field.end };
        // The run's last label a signature's with its colon before a name (`Närvarande tjänstemän Utses att justera: Eva
        // Ek Per Holm, föredragande`): that name is the signature's, the names after it the people field's.
        const own = signatures.length === 1 && colon && run[run.length - 1] === signatures[0] ? signatures[0] : undefined;
        // A chair's title with no colon right before the list's first name (`Närvarande: Ordföranden Eva Ek (m) Per Holm
        // (s)`): that member's title, as a title written before its name in the list is.
        const lastLabel = run[run.length - 1];
        if (!own && signatures.length === 1 && lastLabel === signatures[0] && lastLabel.kind.capacity === "chair" && isNameAt(j)) {
          let k = j - 1;
          while (k > i && tokens[k].start > lastLabel.start) k--;
          const title = gazetteerAt.get(k);
          if (title?.kind === "role")
            chairTitle = {
              normalised: title.id,
              written: text.slice(lastLabel.start, lastLabel.end).toLowerCase(),
              start: lastLabel.start,
              end: lastLabel.end,
            };
        }
        const after = signatures.length === 1 && run.indexOf(signatures[0]) > run.indexOf(field) ? signatures[0] : undefined;
        if (!own && after && !run.some((r) => text[r.end] === ":"))
          trailing = { capacity: after.kind.capacity!, start: after.start, end: after.end, from: entries.length };
        if (own && capacity)
          queue = [
            { capacity: own.kind.capacity!, start: own.start, end: own.end },
            { capacity, start: field.start, end: field.end },
          ];
        const others = caps.size > 1 ? people.find((r) => r.kind.capacity === "other" || r.kind.capacity === "staff") : undefined;
        if (others) sideBySide.push({ from: entries.length, capacity: others.kind.capacity!, label: { start: others.start, end: others.end } });
        // Others present headed by the substitutes among them (`Övriga närvarande Ersättare X (S), Y (M) … sekreterare
        // Z`): the names with a party are the substitutes, the officials after them stay others.
        const kind = field.kind.capacity === "other" ? people.find((r) => r.kind.capacity === "nonserving") : undefined;
        if (kind) sideBySide.push({ from: entries.length, capacity: "nonserving", label: { start: kind.start, end: kind.end }, party: true });
        // The fields in order, one for each capacity: `Övriga närvarande Ersättare` is one field, of the reserves present.
        const fields: { capacity: Capacity; start: number; end: number }[] = [];
        for (const r of people) {
          const prev = fields[fields.length - 1];
          if (prev && (prev.capacity === r.kind.capacity || (prev.capacity === "other" && r.kind.capacity === "nonserving"))) {
            prev.capacity = r.kind.capacity!;
            prev.end = r.end;
          } else fields.push({ capacity: r.kind.capacity!, start: r.start, end: r.end });
        }
        // Two fields of seats or more, other than a table's column headers of members and substitutes (above), and not
        // present and absent together: one seat's field beside the others' is told apart by titles (below).
        const seats = new Set(fields.map((f) => f.capacity).filter((c) => MEMBERS.has(c)));
        if (capacity && seats.size > 1 && !(seats.size === 2 && seats.has("member") && seats.has("substitute")))
          bunch = { labels: fields, from: entries.length, capacity };
        // The members' field alone whose value refers to an annex (`Beslutande Se närvarolista`, `Enligt bilaga`): its
        // names are there, so names before the next label (a programme's speakers) are none of its.
        if (run.length === 1 && capacity === "member" && tokens[j] && ANNEX_REFERENCE.test(text.slice(tokens[j].start, tokens[j].start + 40)))
          capacity = undefined;
      } else {
        // `Justerat tisdagen den 4 mars … 2014 Eva Ek Per Holm Kim Ahl 10 Inledning …`, a council's minutes that print no
        // field: the names after the adjustment's date are its signers, and the items begin after them. `Att tillsammans
        // med ordföranden justera … utsågs förste och andre vice ordföranden`: three signers are, in their order, the chair
        // and the two vice chairs, who adjust; where the text says so, a page's title repeating their names alone above
        // (`Eva Ek Per Holm Kim Ahl ¶ Transkript ¶ 1 PROTOKOLL …`) lists no one.
        const adjusted = run.length === 1 && label.phrase === "justerat" && !seenPeopleLabel;
        const presidium = adjusted ? PRESIDIUM_ADJUSTS.exec(text) : null;
        const signers =
          adjusted && (!entries.length || (!!presidium && entries.every((e) => e.capacity === "listed" && !e.party))) ? adjustedSigners(j) : undefined;
        if (signers) {
          const span = { start: t.start, end: tokens[label.to - 1].end };
          // (The chair's is no label's reading: the date parts the name from `Justerat`, which no chair's label is.)
          const seat = presidium &&
            signers.length === 3 && { start: presidium.index + presidium[0].length - presidium[1].length, end: presidium.index + presidium[0].length };
          signers.forEach((person, n) => {
            const chair = !!seat && n === 0;
            const entry: ProtocolEntry = {
              person,
              capacity: chair ? "chair" : "adjuster",
              label: chair ? undefined : span,
              start: person.start,
              end: person.end,
            };
            if (seat && n > 0) entry.role = { normalised: VICE_CHAIRS[n - 1], written: VICE_CHAIRS[n - 1], ...seat };
            entries.push(entry);
          });
          windowEnd = signers.at(-1)!.end;
          break;
        }
        capacity = run.some((r) => r.kind.kind === "opener") ? "other" : undefined;
        noticeSigner = notice && labels.slice(-run.length).some((l) => l.label.startsWith("underskrift"));
      }
      closeColumn();
      segmentStart = entries.length;
      roleRun = [];
      pendingParty = undefined;
      headingParty = undefined;
      groupTown = undefined;
      fieldRole = chairTitle;
      labelEnd = j;
      titlesFirst = false;
      if (fromOrg && fromOrg.start < tokens[i].start) fromOrg = undefined;
      i = j;
      continue;
    }

    // A party's name and its letters before a name (`Socialdemokraterna (S) Eva Ek X`): a heading of a roll call by party.
    const heading = gazetteerAt.get(i);
    if (heading?.kind === "party" && tokens[heading.to]?.text === "(" && tokens[heading.to + 2]?.text === ")" && isNameAt(heading.to + 3)) {
      const letters = tokens[heading.to + 1];
      if (partyOf(letters) === heading.id) {
        headingParty = { id: heading.id, label: letters.text.toUpperCase(), start: heading.start, end: tokens[heading.to + 2].end };
        i = heading.to + 3;
        continue;
      }
    }
    // A municipality heading the names under it in a joint body's field, flattened to one run (`Ledamöter Alby Eva Ek (S)
    // Per Holm (M) Borby Kim Ahl (C) Ekby - Tjänstgörande …`, `-`: nobody in its group): read as a name's first word, it
    // made `Alby Eva` or lost a name whose given name the lexicon lacks. The field opens with one and another follows a
    // party's parenthesis in it, or an earlier field was so headed; then each after a party, a dash or another heads too.
    if (heading?.kind === "municipality" && !heading.genitive && capacity && GROUPED.has(capacity) && headsGroup(heading)) {
      headedField = true;
      groupTown = heading;
      i = heading.to + (tokens[heading.to]?.text === "-" ? 1 : 0);
      continue;
    }
    // A serving word written as a field's before a municipality heading a group (`… Ekby Eva Ek (M) Tjänstgörande Alby
    // Kim Ahl (S) Ersättare för Bo Ek (S)`, the serving reserves' field flattened): a field, no mark of the name before.
    const servingTown = groupTown && t.cap && SERVING.test(t.text) ? gazetteerAt.get(i + 1) : undefined;
    if (servingTown?.kind === "municipality" && !servingTown.genitive && opensGroup(servingTown.to)) {
      capacity = "substitute";
      labelSpan = { start: t.start, end: t.end };
      segmentStart = entries.length;
      groupTown = undefined;
      labelEnd = ++i;
      continue;
    }
    // A roll call's mark right after a name (`Eva Ek X`, `Per Holm -`): the seat and presence its legend says; then the
    // note of the items it held (`From 12/5, ej 14`), no name.
    const rollEntry = entries.length > segmentStart ? entries[entries.length - 1] : undefined;
    const rollMark = rollEntry && lastEntryEnd === i && !t.nl ? rollMarks?.get(t.text) : undefined;
    if (rollEntry && rollMark && !SINGLE.has(rollEntry.capacity) && rollEntry.capacity !== "adjuster" && rollEntry.capacity !== "replaced") {
      // A present mark leaves a reserve's field its seat (`Ersättare Eva Ek N`: present, not serving), where the legend has
      // no mark of its own for a reserve present without serving.
      const present = rollMark === "member" && !presentReserveMark && (rollEntry.capacity === "substitute" || rollEntry.capacity === "nonserving");
      rollEntry.capacity = present ? rollEntry.capacity : rollMark;
      rollEntry.end = t.end;
      i++;
      if (ROLL_NOTE.test(tokens[i]?.text ?? "") && /^\d/.test(tokens[i + 1]?.text ?? "")) {
        i++;
        while (i < last && NOTE_PART.test(tokens[i].text)) i++;
      }
      lastEntryEnd = i;
      continue;
    }
    // A detached column of party letters right after a run of names (`Eva Ek Per Holm Kim Ahl C KD MBP`, a table's
    // column flattened after its names): the parties are the names' in order when there are as many, a local party's
    // letters (`MBP`) among the known ones; otherwise they are no one's (not the last name's).
    // Or before a run of names with no party of their own (`C FP KD MBP Eva Ek Per Holm Kim Ahl Bo Lind`, the column
    // flattened before its names): a name each in order when as many, else no one's (not the last letter the first name's).
    const column: { id: string; label: string; start: number; end: number }[] = [];
    const afterNames = lastEntryEnd === i && entries.length > segmentStart;
    if (afterNames || (t.word && !t.nl && partyOf(t) && t.text === t.text.toUpperCase() && partyOf(tokens[i + 1]))) {
      let known = 0;
      for (let k = i; k < last; k++) {
        const x = tokens[k];
        if (!x.word || x.text !== x.text.toUpperCase()) break;
        const id = partyOf(x);
        const local = !id && isLocalParty(x.text, words, lexicon);
        if (!id && !local) break;
        if (id) known++;
        column.push({ id: id ?? x.text.toLowerCase(), label: x.text, start: x.start, end: x.end });
      }
      if (column.length < 2 || known < 2) column.length = 0;
    }
    if (column.length && afterNames) {
      pairColumn(column);
      i += column.length;
      lastEntryEnd = i;
      continue;
    }
    if (column.length) {
      const a = i + column.length;
      let b = a;
      while (b < last && (b === a || !tokens[b].nl) && isNameAt(b) && !labelAt(b) && !partyOf(tokens[b])) b++;
      const found = b > a && tokens[b]?.text !== "(" ? names(a, b) : [];
      if (found.length === column.length) {
        for (const [k, person] of found.entries()) {
          pendingParty = column[k];
          const entry = take(person);
          if (entry) lastEntryEnd = person.to;
        }
        closeColumn();
        roleRun = [];
        i = b;
        continue;
      }
      i = a;
      continue;
    }

    // A bare party letter before a name (`L Sofia Sjöstrand`, a party column) or after one; under a `Parti` column
    // heading a local party's letters too, kept as written (`RP Per Alm X`).
    if (t.text === "Parti" && words.labels.get(tokens[i + 1]?.text.toLowerCase() ?? "")?.kind === "people") partyColumn = true;
    const capitals = t.word && !t.nl && tokens[i - 1]?.text !== "(" && tokens[i - 1]?.text !== "," && t.text === t.text.toUpperCase();
    const bareParty = capitals
      ? (partyOf(t) ?? (partyColumn && t.text.length <= 3 && isLocalParty(t.text, words, lexicon) ? t.text.toLowerCase() : undefined))
      : undefined;
    if (bareParty && (isNameAt(i + 1) || isInitial(i + 1))) {
      pendingParty = { id: bareParty, label: t.text, start: t.start, end: t.end };
      i++;
      continue;
    }

    // In a column of titles, `Miljö- och hälsoskyddsinspektör`: the title runs from its first part.
    if (roleRun.length > 0 && !prefixStart && t.cap && tokens[i + 1]?.text === "-" && COORD.has(tokens[i + 2]?.text ?? "") && isTitleAt(i + 3)) {
      prefixStart = t.start;
      i += 3;
      continue;
    }
    if (surnameComma(i)) {
      const label = `${tokens[i + 2].text} ${t.text}`;
      const entry = take(newMention("person", label, label, i, i + 3, t.start, tokens[i + 2].end, "protocol:person"));
      if (entry) lastEntryEnd = i + 3;
      closeColumn();
      roleRun = [];
      i += 3;
      continue;
    }
    // A column of affiliations flattened after the names: the names' in order.
    const town = municipalityWrittenAt(i);
    const affiliated = listed && lastEntryEnd === i && town ? affiliationsAt(i, town) : undefined;
    if (affiliated) {
      lastEntryEnd = i = affiliated;
      continue;
    }
    // `Eva Ek Alby kommun (ordf.)`, `Eva Ek Albys kommun`: with no comma, the municipality the listed name stands for.
    if (town && listed && lastEntryEnd === i && !listed.municipality) {
      listed.municipality = town;
      listed.end = town.end;
      lastEntryEnd = i = town.to;
      continue;
    }
    // `Eva Ek Kommunförbundet, Alby`, `Eva Ek Landstinget, ordförande` (a regional network's roll): the body the name
    // comes from is the entry's, and what follows its comma is read as after the name's (the municipality she stands
    // for, her title).
    if (t.text === "," && listed && lastEntryEnd < i && bodyAfterName(lastEntryEnd) === i) {
      listed.end = tokens[i - 1].end;
      lastEntryEnd = i;
    }
    // A heading numbered after a sentence's full stop (`… och Eva Ek. 1 Inledning Inspektionen inleddes …`, not a time
    // `kl 9.30 Eva Ek`): its word and the next sentence's first are no one's name.
    const numbered = tokens[i - 1];
    if (
      t.cap &&
      numbered &&
      /^\d{1,2}$/.test(numbered.text) &&
      !numbered.nl &&
      tokens[i - 2]?.text === "." &&
      !!tokens[i - 3]?.word &&
      !/\d/.test(tokens[i - 3].text) &&
      !lexicon.isGivenName(t.text)
    ) {
      i++;
      while (i < last && isNameAt(i) && !tokens[i].nl) i++;
      continue;
    }
    if (isNameAt(i) || (isInitial(i) && isNameAt(i - 1))) {
      let j = i;
      while (
        j < last &&
        (j === i || !tokens[j].nl || brokenName(i, j)) &&
        !labelAt(j) &&
        (isNameAt(j) || isInitial(j) || middleInitial(i, j) || (tokens[j].text === "." && isInitial(j - 1)) || isParticleBeforeName(j))
      ) {
        // A party's letter is a column's, not the name's, except as a middle initial between the given name that opens
        // the name and a surname that is no given name (`Anna S Gran Upphandlare`).
        if (j > i && partyOf(tokens[j]) && tokens[j].text.length === 1 && !middleInitial(i, j)) break;
        // A roll call's mark after a name of two words or more (`Eva Ek X Per Holm T`) is none of its initials.
        if (j > i + 1 && rollMarks?.has(tokens[j].text)) break;
        // The first part of a compound after a name (`Bengt Rask Miljö- och byggförvaltningen`) is no name's, nor an
        // adjective that opens the next title (`Eva Ek Administrativ chef Per Holm`, `Tekniskt ansvarig`).
        if (j > i && tokens[j + 1]?.text === "-" && COORD.has(tokens[j + 2]?.text ?? "")) break;
        if (j > i + 1 && TITLE_ADJECTIVE.test(tokens[j].text) && !tokens[j + 1]?.cap && isTitleAt(j + 1)) break;
        // An adjective in its plural or definite form after a name (`Eva Ek Tekniska`, the next column's `Tekniska
        // nämnden` cut at a column's edge) is never a surname.
        if (j > i + 1 && PLURAL_ADJECTIVE.test(tokens[j].text) && !lexicon.isGivenName(tokens[j].text)) break;
        // A municipality written with `kommun` after a name (`Eva Ek Alby kommun`) is where she comes from, no surname.
        if (j > i + 1 && municipalityWrittenAt(j)) break;
        j++;
      }
      const found = names(i, j);
      if (stopValue === i && found.length === 1 && !lexicon.isGivenName(tokens[i].text)) found.length = 0;
      for (const person of found) {
        const entry = take(person);
        if (entry) lastEntryEnd = person.to;
      }
      closeColumn();
      roleRun = [];
      i = Math.max(j, i + 1);
      continue;
    }

    const entry = entries.length > segmentStart ? entries[entries.length - 1] : undefined;
    // Labels aligned by position need their names right after them (a name's party in parentheses may follow it:
    // `Sekreterare Ordförande Justerande Eva Ek Ola Ros (S) Kim Ahl (M)`): anything else between and they are a column.
    const partyAfterName = entry && t.text === "(" && tokens[i + 2]?.text === ")" && lastEntryEnd === i;
    // So may the paragraphs a chair signs for, and `och` before the next (`Eva Ek § 36 och Per Holm`).
    const items = lastSingle && /^(?:§+|\d{1,3}|[-–]|och)$/.test(t.text);
    if (!partyAfterName && !items && !/^[.…:_,]+$/.test(t.text)) {
      queue = [];
      lastSingle = undefined;
    }
    // An organisation's letters right after the name and before its comma (`Per Alm PRO, Ordförande`, a council's
    // members by the association they stand for) or a substitution (`Per Alm PRO ersätter Eva Ek`): the name's, and the
    // title after the comma, or the member replaced, is still hers. Not a title's letters (`Eva Ek, VD, Alby Energi AB`).
    if (
      entry &&
      lastEntryEnd === i &&
      t.word &&
      !t.nl &&
      /^\p{Lu}{2,5}$/u.test(t.text) &&
      !partyOf(t) &&
      gazetteerAt.get(i)?.kind !== "role" &&
      !tokens[i + 1]?.nl &&
      (tokens[i + 1]?.text === "," || phraseAt(tokens, i + 1, words.replaces))
    ) {
      lastEntryEnd = i + 1;
      i++;
      continue;
    }
    // `Eva Ek (M) Samtliga` in a table with a column of the items each was away from: away from all of them.
    if (entry && absentByItems && lastEntryEnd === i && t.text === "Samtliga" && !t.nl && MEMBERS.has(entry.capacity)) {
      entry.capacity = "absent";
      entry.end = t.end;
      lastEntryEnd = ++i;
      continue;
    }
    // A field's words in lower case right after a name mark that name (`X ej tjänstgörande ersättare`, `X ej
    // närvarande`, `X anmält förhinder`): not present, or present without serving; a title cannot say more.
    const afterEntry = entry && !t.cap && t.word && (lastEntryEnd === i || (lastEntryEnd === i - 1 && tokens[i - 1].text === ","));
    // A reserve's seat abbreviated alone after the name's comma (`X, Överkalix, (s, ers, t o m 15`), no words after it
    // (its full stop skipped: `ers. för Y` replaces Y): serving among the members, present without serving among the
    // others; a reserve listed as serving or absent keeps her field's capacity.
    const after = tokens[tokens[i + 1]?.text === "." ? i + 2 : i + 1];
    const loneAs = entry?.capacity === "member" ? "substitute" : entry?.capacity === "other" ? "nonserving" : undefined;
    const lone =
      afterEntry && loneAs && tokens[i - 1].text === "," && LONE_SEAT.test(t.text) && !(after?.word && !after.cap && !after.nl)
        ? { capacity: loneAs as Capacity, to: i + 1 }
        : undefined;
    const marked = afterEntry ? (lone ?? markAt(i)) : undefined;
    const serves = marked?.capacity !== "substitute" || (entry && SERVES_AS.has(entry.capacity));
    if (entry && marked && serves && !SINGLE.has(entry.capacity) && entry.capacity !== "adjuster" && entry.capacity !== "replaced") {
      entry.capacity = marked.capacity;
      // Only a mark that writes the seat (`tjg ers`, `ej tjg ers`), not one that only says she did not serve (`ej tjg`).
      const mark = text.slice(t.start, tokens[marked.to - 1].end);
      if (marked.capacity !== "absent" && SEAT_MARK.test(mark)) markSeat(entry, i, mark);
      entry.end = tokens[marked.to - 1].end;
      lastEntryEnd = marked.to;
      i = marked.to;
      continue;
    }
    const absentLength = phraseAt(tokens, i, words.absent);
    // `X (s) utom 47`, `X utom §§ 5-7`: the items the person before missed, not a field of absentees.
    if (absentLength && entry && lastEntryEnd === i && ITEM.test(tokens[i + absentLength]?.text ?? "")) {
      let k = i + absentLength;
      while (k < last && ITEMS.test(tokens[k].text) && !(tokens[k].nl && k > i + absentLength)) k++;
      lastEntryEnd = k;
      i = k;
      continue;
    }
    if (absentLength) {
      capacity = "absent";
      i += absentLength;
      continue;
    }

    // A title of several words in parentheses (`X (chef vård- och omsorgsförvaltningen)`, `X (medicinskt ansvarig
    // sjuksköterska, MAS)`): the person's title, held as staff, as one word in parentheses is (below).
    // Square brackets stand for parentheses (`X [kommunchef]`, as some transcripts set a title).
    const shut = CLOSING.get(t.text);
    if (entry && !entry.role && shut && lastEntryEnd === i && tokens[i + 1]?.word && !tokens[i + 1].cap && tokens[i + 2]?.text !== shut) {
      let close = i + 1;
      while (close < last && close - i < 12 && tokens[close].text !== shut && tokens[close].text !== t.text && !tokens[close].nl) close++;
      let title: string | undefined;
      let titleTo = i + 1;
      for (let k = i + 1; k < close && !title; k++) {
        const g = gazetteerAt.get(k);
        title = g?.kind === "role" ? g.id : (roleBySuffix(tokens[k], ctx.roleSuffixes, true) ?? undefined);
        titleTo = g?.kind === "role" ? g.to : k + 1;
      }
      if (tokens[close]?.text === shut && title) {
        // `X (ordf. arbetsgruppen)`: the chair of another group, held there, not of the body that met.
        const held = heldInAt(titleTo);
        takeRole(entry, {
          normalised: title,
          written: text.slice(tokens[i + 1].start, tokens[close - 1].end).toLowerCase(),
          start: tokens[i + 1].start,
          end: tokens[close - 1].end,
          ...(held?.to === close ? { unit: { name: held.name, start: held.start, end: held.end } } : {}),
        });
        entry.end = tokens[close].end;
        lastEntryEnd = i = close + 1;
        continue;
      }
    }
    // `X, FNUF (ordförande)`: a guest's seat in parentheses after the letters of the organisation she comes from is
    // held there, not in the body that met (as `X (ordf. arbetsgruppen)` above).
    const seat = gazetteerAt.get(i + 2);
    if (
      entry &&
      !entry.role &&
      (lastEntryEnd === i || lastEntryEnd === i - 1) &&
      tokens[i - 1]?.text === "," &&
      t.word &&
      !t.nl &&
      t.text.length > 1 &&
      t.text === t.text.toUpperCase() &&
      !partyOf(t) &&
      tokens[i + 1]?.text === "(" &&
      seat?.kind === "role" &&
      BODY_ROLES.has(lexicon.role(seat.id)?.category ?? "") &&
      tokens[seat.to]?.text === ")"
    ) {
      takeRole(entry, {
        normalised: seat.id,
        written: text.slice(seat.start, seat.end).toLowerCase(),
        start: seat.start,
        end: seat.end,
        unit: { name: t.text, start: t.start, end: t.end },
      });
      entry.end = tokens[seat.to].end;
      lastEntryEnd = i = seat.to + 1;
      continue;
    }
    // A local party's name of words in parentheses in a column of parties (`A (S) B (M) Eva Ek (Bygdens bästa)`): its
    // capitalised first word, then words in lower case, and the name before it with a known party.
    const local = entry && shut && lastEntryEnd === i && !entry.party && !entry.role ? localPartyName(i + 1, shut) : 0;
    if (local && entry) {
      const before = entries[entries.indexOf(entry) - 1];
      if (before?.party && ctx.partyByAbbreviation.get(before.party.label.toUpperCase()) === before.party.id) {
        const label = text.slice(tokens[i + 1].start, tokens[local - 1].end);
        entry.party = { id: label.toLowerCase(), label, start: tokens[i + 1].start, end: tokens[local - 1].end };
        entry.end = tokens[local].end;
        lastEntryEnd = i = local + 1;
        continue;
      }
    }
    // `X (S)`, `X, s,`, `X, (s), Arjeplog`, `X (KFL)`.
    if (entry && shut && tokens[i + 2]?.text === shut && (lastEntryEnd === i || (tokens[i - 1]?.text === "," && lastEntryEnd === i - 1))) {
      // Parties in parentheses one after another (`Eva Ek (MP) (M) (KD) (C)`): a party column flattened after the
      // names, whose rows are lost; the first is no more the name's than the rest.
      // As many as the names before them with no party (`A B C (M) (M) (KD)`): theirs in order, as a bare column's are.
      let k = i;
      const parens: { id: string; label: string; start: number; end: number }[] = [];
      for (let id; tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && (id = partyOf(tokens[k + 1])); k += 3) {
        const x = tokens[k + 1];
        parens.push({ id, label: x.text.toUpperCase(), start: x.start, end: x.end });
      }
      if (parens.length >= 2) {
        pairColumn(parens);
        lastEntryEnd = i = k;
        continue;
      }
      const inner = tokens[i + 1];
      // A title in parentheses (`X (kommunchef)`, `X (Ordförande)`) is the person's capacity, not a party.
      const title = gazetteerAt.get(i + 1)?.kind === "role" ? gazetteerAt.get(i + 1)!.id : roleBySuffix(inner, ctx.roleSuffixes, true);
      // The member a reserve replaces holds a seat too (`X (Ö) ersätter Y (Ö)`).
      const seat = MEMBERS.has(entry.capacity) || entry.capacity === "replaced";
      const localCode = isLocalParty(inner.text, words, lexicon, seat) || localLetters.has(inner.text);
      const id = title ? undefined : (partyOf(inner) ?? (localCode ? inner.text.toLowerCase() : undefined));
      if (title && !entry.role) takeRole(entry, { normalised: title, written: inner.text.toLowerCase(), start: inner.start, end: inner.end });
      else if (id && !entry.party) entry.party = { id, label: inner.text.toUpperCase(), start: inner.start, end: inner.end };
      else if (!id && inner.word && inner.text === inner.text.toUpperCase()) tagged.add(entry);
      if (!title && !partyOf(inner) && inner.word && inner.text === inner.text.toUpperCase()) letters.set(entry, inner);
      entry.end = Math.max(entry.end, tokens[i + 2].end);
      lastEntryEnd = i + 3;
      i += 3;
      // `X (S) Varbergs kommun`: the municipality the member stands for, written as a municipality (never a bare place
      // name, which may be the next heading).
      const g = municipalityWrittenAt(i);
      const affiliated = g ? affiliationsAt(i, g) : undefined;
      if (affiliated) lastEntryEnd = i = affiliated;
      else if (g && !entry.municipality) {
        entry.municipality = g;
        entry.end = g.end;
        lastEntryEnd = g.to;
        i = g.to;
      }
      continue;
    }
    // A parenthesis that never closes (`X, Alby, (s, ordförande Y, Bro, (m Z`, as old minutes were typed): the party
    // in it is the name's where a comma, the next name or the line's end follows.
    if (entry && !entry.party && t.text === "(" && (lastEntryEnd === i || (tokens[i - 1]?.text === "," && lastEntryEnd === i - 1))) {
      const inner = tokens[i + 1];
      const after = tokens[i + 2];
      const party =
        inner?.word && inner.text.length <= 3 && (!after || after.nl || after.text === "," || isNameAt(i + 2) || !!labelAt(i + 2)) ? partyOf(inner) : undefined;
      if (party) {
        entry.party = { id: party, label: inner.text.toUpperCase(), start: inner.start, end: inner.end };
        entry.end = inner.end;
        lastEntryEnd = i + 2;
        i += 2;
        continue;
      }
    }
    if (entry && t.text === "," && lastEntryEnd === i) {
      const next = tokens[i + 1];
      const party =
        next &&
        next.word &&
        next.text.length <= 3 &&
        // Not a unit's letters joined by `&` (`X, S&Q, nämndsekr.`).
        tokens[i + 2]?.text !== "&" &&
        (tokens[i + 2]?.text === "," ||
          !tokens[i + 2] ||
          !tokens[i + 2].word ||
          isNameAt(i + 2) ||
          gazetteerAt.get(i + 2)?.kind === "role" ||
          !!labelAt(i + 2) ||
          // A presence column's mark flattened after the letters (`Per Holm, S ej 12 Kim Ahl, C`): not at those items.
          (tokens[i + 2].text === "ej" && (isNameAt(i + 3) || /^\d/.test(tokens[i + 3]?.text ?? ""))))
          ? partyOf(next)
          : undefined;
      if (party && !entry.party) {
        entry.party = { id: party, label: next.text.toUpperCase(), start: next.start, end: next.end };
        entry.end = next.end;
        lastEntryEnd = i + 2;
        i += 2;
        continue;
      }
      const g = gazetteerAt.get(i + 1);
      if (g?.kind === "municipality" && !entry.municipality) {
        entry.municipality = g;
        entry.end = g.end;
        lastEntryEnd = g.to;
        i = g.to;
        continue;
      }
      // `X, Dalarna, ordf`: one capitalised word between the name's comma and a title's in lower case is where she comes
      // from (a county, a region), maybe with a lower-case word of its office (`X, Alvregionens kansli, sekreterare`),
      // and the title after it is still hers. So is the party after it in a parenthesis that never closes (`X, Gruvbyn,
      // (s`, a locality that is no municipality, below).
      const from = tokens[i + 1];
      const comma = isLowerWordAt(i + 2) && !isTitleAt(i + 2) ? i + 3 : i + 2;
      const title = tokens[comma + 1];
      if (
        from?.word &&
        from.cap &&
        !from.nl &&
        tokens[comma]?.text === "," &&
        ((title?.word && !title.cap && gazetteerAt.get(comma + 1)?.kind === "role") ||
          (title?.text === "(" && !!tokens[comma + 2] && !!partyOf(tokens[comma + 2]))) &&
        !lexicon.isGivenName(from.text)
      ) {
        lastEntryEnd = comma;
        i = comma;
        continue;
      }
      lastEntryEnd = i + 1;
      i++;
      continue;
    }
    // A period where the name's comma belongs, before a title of the lexicon in lower case on its line (`Eva Ek.
    // dietist`, a scan's misread comma): read as that comma. So before the municipality the name stands for and its own
    // comma (`Eva Ek. Alby kommun, vice ordförande`).
    const misreadTown = t.text === "." && lastEntryEnd === i && !tokens[i + 1]?.nl ? municipalityWrittenAt(i + 1) : undefined;
    if (entry && misreadTown && tokens[misreadTown.to]?.text === "," && !entry.municipality) {
      entry.municipality = misreadTown;
      entry.end = misreadTown.end;
      lastEntryEnd = misreadTown.to;
      i = misreadTown.to;
      continue;
    }
    if (
      entry &&
      t.text === "." &&
      lastEntryEnd === i &&
      tokens[i + 1]?.word &&
      !tokens[i + 1].cap &&
      !tokens[i + 1].nl &&
      gazetteerAt.get(i + 1)?.kind === "role"
    ) {
      lastEntryEnd = i + 1;
      i++;
      continue;
    }
    // In a table's row, its party letters in lower case before its mark of presence or the row's end (`Eva Ek c x`).
    const rowParty =
      !bareParty && t.word && !t.cap && !t.nl && t.text.length <= 3 && (tokens[i + 1]?.nl || (tokens[i + 1]?.text === "x" && !tokens[i + 1].nl))
        ? partyOf(t)
        : undefined;
    if ((bareParty || rowParty) && entry && lastEntryEnd === i && !entry.party) {
      entry.party = { id: (bareParty ?? rowParty)!, label: t.text.toUpperCase(), start: t.start, end: t.end };
      lastEntryEnd = i + 1;
      i++;
      // A dash in the presence column after the party (`Per Holm M - Eva Ek S 1`): the member was not there.
      const mark = tokens[i];
      if (mark && /^[-–]$/.test(mark.text) && !mark.nl && !/^\p{Ll}/u.test(tokens[i + 1]?.text ?? "") && MEMBERS.has(entry.capacity)) {
        entry.capacity = "absent";
        entry.end = mark.end;
        lastEntryEnd = ++i;
      }
      continue;
    }

    // The agenda items a substitute served for, between the name and the substitution (`X (S) 9-29 ersätter Y (S)`).
    if (entry && lastEntryEnd === i && ITEM.test(t.text) && t.text !== "§" && !t.nl) {
      let k = i;
      while (k < last && ITEMS.test(tokens[k].text) && !tokens[k].nl) k++;
      if (k < last && phraseAt(tokens, k, words.replaces)) {
        lastEntryEnd = i = k;
        continue;
      }
    }
    // `X (S) ers Y (S)`: a bare `ers` (or `ers.`) between two names with their parties, no comma, is Y serving in X's
    // stead; paired once the signatures are read (see `reserves`).
    if (entry && lastEntryEnd === i && t.text === "ers" && !t.nl && tokens[i - 1].text === ")") {
      const from = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
      let k = from;
      while (k < last && isNameAt(k)) k++;
      const reserve = names(from, k)[0];
      if (reserve?.to === k && tokens[k].text === "(" && partyOf(tokens[k + 1]) && tokens[k + 2]?.text === ")") {
        reserves.push({ member: entry, from });
        i = from;
        continue;
      }
    }
    // `X ersätter Y`, `X tjänstgör för Y`, `X (S) för Y (S)`: the member replaced was not there. Right after the entry,
    // never after a title's words (`förvaltningschef för Intern Service`).
    let replaceLength = entry && lastEntryEnd === i && (entry.capacity !== "replaced" || !t.cap) ? phraseAt(tokens, i, words.replaces) : 0;
    // A serving word before a seat's phrase of replacing (`X (C), tjänstgörande ersättare för Y`) is one phrase with it,
    // the seat written whole (`tjänstgörande ersättare`), not the serving word alone as X's status.
    if (replaceLength === 1 && SERVING.test(t.text) && !tokens[i + 1]?.nl) {
      const seatPhrase = phraseAt(tokens, i + 1, words.replaces);
      if (seatPhrase > 1) replaceLength += seatPhrase;
    }
    // A serving word before a seat of the body at once (`X (S), tjänstgörande ordförande`) says who acts in that seat: her
    // role as written, the seat normalised; no reserve's mark.
    const acted = replaceLength === 1 && SERVING.test(t.text) && !tokens[i + 1]?.nl ? gazetteerAt.get(i + 1) : undefined;
    if (entry && acted?.kind === "role" && !tokens[i + 1].cap && !SEAT_MARK.test(acted.id) && BODY_ROLES.has(lexicon.role(acted.id)?.category ?? "")) {
      takeRole(entry, { normalised: acted.id, written: text.slice(t.start, acted.end).toLowerCase(), start: t.start, end: acted.end });
      entry.end = acted.end;
      lastEntryEnd = i = acted.to;
      continue;
    }
    if (entry && replaceLength) {
      const j = i + replaceLength;
      // A bare word at the line's end, after the items it serves for (`X (C) tjänstgörande § 38-48`): the member
      // replaced is only named on the substitute's line, so the name on the next line is no one replaced; a serving
      // word makes the name before it a serving reserve, also under a field of reserves (`Ersättare` / `X (S),
      // tjänstgörande`): its seat is written with the word (`tjänstgörande ersättare`), not the field's bare `ersättare`.
      // So is a bare serving word after the name's comma in a roll call flattened onto one line (`X (M), tjänstgörande
      // Y (M)`): X's status, and Y the next reserve; only `tjänstgörande för Y` names the member replaced.
      let end = j;
      while (end < last && !tokens[end].nl && ITEMS.test(tokens[end].text)) end++;
      const serving = replaceLength === 1 && SERVING.test(t.text);
      // So is one before the next field (`X (V) tjg Ej närvarande ersättare`), the last of a run marked each so.
      const status = serving && (tokens[i - 1].text === "," || !!labelAt(end));
      if ((serving || (replaceLength === 1 && t.text === "för")) && (status || end >= last || tokens[end].nl)) {
        if (serving && (SERVES_AS.has(entry.capacity) || entry.capacity === "substitute")) {
          entry.capacity = "substitute";
          entry.mark ??= `${t.text.toLowerCase()} ersättare`;
        }
        lastEntryEnd = i = end;
        continue;
      }
      let k = j;
      while (k < last && (isNameAt(k) || isInitial(k))) k++;
      const replaced = names(j, k)[0];
      // `A (M), 1:e vice ordförande tjänstgör B (S), 2:e vice ordförande`: a bare serving word before a name with a seat
      // of its own after its comma is a column's mark beside A, and B a member who was there, no one replaced.
      if (replaced && replaceLength === 1 && SERVING.test(t.text)) {
        let p = replaced.to;
        if (tokens[p]?.text === "(" && tokens[p + 2]?.text === ")") p += 3;
        if (tokens[p]?.text === "," && gazetteerAt.get(p + 1)?.kind === "role") {
          lastEntryEnd = i = j;
          continue;
        }
        // `X (MP) tjg Y (V) tjg`: the same mark after the next name too marks each serving, no one replaced.
        if (tokens[p]?.text.toLowerCase() === t.text.toLowerCase() && !tokens[p].nl) {
          if (SERVES_AS.has(entry.capacity) || entry.capacity === "substitute") {
            entry.capacity = "substitute";
            entry.mark ??= `${t.text.toLowerCase()} ersättare`;
          }
          lastEntryEnd = i = j;
          continue;
        }
      }
      // `X (M), ersätter Y (FP) som justerare`: X adjusts in Y's place; Y, who was there, is replaced as adjuster only.
      const asAdjuster = replaced && AS_ADJUSTER.exec(text.slice(replaced.end, tokens[last - 1].end));
      if (replaced && asAdjuster) {
        entry.capacity = "adjuster";
        const to = replaced.end + asAdjuster[0].length;
        entry.end = to;
        while (i < last && tokens[i].end <= to) i++;
        lastEntryEnd = i;
        continue;
      }
      if (replaced) {
        if (entry.capacity === "member" || entry.capacity === "nonserving" || entry.capacity === "other") entry.capacity = "substitute";
        // The seat the phrase writes before its `för` (`X (S), tgj ers för Y`, `Ersättare för Y`), in lower case as other roles.
        const seat = /^(.+?)\s+för$/iu.exec(text.slice(t.start, tokens[j - 1].end))?.[1];
        if (seat && SEAT_MARK.test(seat)) markSeat(entry, i, seat.toLowerCase());
        // `ersättare för Nilsson Robert Holm (s)`: the member replaced is named by surname only, and the name after it
        // is the next entry's, not the member replaced.
        if (!surnameFirst && replaced.from - j === 1) {
          i = replaced.from;
          continue;
        }
        // `X, tjänstgörande ersättare för Y (M), del av 72`: Y is replaced for those items only; with a row of her own
        // among the members, Y was there.
        const items = itemsAfter(replaced.to);
        if (items.numbered && entries.some((e) => MEMBERS.has(e.capacity) && e.person.label === replaced.label)) {
          entry.end = tokens[items.to - 1].end;
          lastEntryEnd = i = items.to;
          continue;
        }
        entry.replaces = replaced;
        // A member replaced under a municipality heading its group stands for it too.
        entries.push({ person: replaced, capacity: "replaced", start: replaced.start, end: replaced.end, municipality: groupTown });
        entry.end = replaced.end;
        // The party after the member replaced (`för Per Holm (S)`) is theirs.
        lastEntryEnd = replaced.to;
        i = replaced.to;
        continue;
      }
    }

    // A column of notes beside a column of names (`Tjänstgörande ersättare A B Tjänstgör för X Tjänstgör för Y`, `Notering
    // Ersättare för X`): each note's member was replaced; the notes pair with the substitutes below.
    const noteLength = !replaceLength && t.cap && (lastEntryEnd !== i || entry?.capacity === "replaced") ? phraseAt(tokens, i, words.replaces) : 0;
    if (noteLength) {
      let k = i + noteLength;
      while (k < last && (isNameAt(k) || isInitial(k))) k++;
      const replaced = names(i + noteLength, k)[0];
      if (replaced) {
        const note: ProtocolEntry = { person: replaced, capacity: "replaced", start: t.start, end: replaced.end };
        entries.push(note);
        notes.push(note);
        lastEntryEnd = replaced.to;
        i = replaced.to;
        continue;
      }
    }

    // A second seat after the first seat's items (`X (M), ordförande del av 72, ledamot 70-71`, a chair for part of the
    // meeting): the same member's, listed again with it, not a column of titles.
    const second = entry?.role && tokens[i - 1]?.text === "," ? gazetteerAt.get(i) : undefined;
    if (second?.kind === "role" && second.id !== entry!.role!.normalised && BODY_ROLES.has(lexicon.role(second.id)?.category ?? "")) {
      const first = entry!.role!;
      const between = text
        .slice(first.end, t.start)
        .split(/[\s,]+/)
        .filter(Boolean);
      const items = itemsAfter(second.to);
      if (
        items.numbered &&
        between.some((x) => /^\d/.test(x)) &&
        between.every((x) => CHAIRED_ITEMS.test(x)) &&
        BODY_ROLES.has(lexicon.role(first.normalised)?.category ?? "")
      ) {
        const end = tokens[items.to - 1].end;
        const role = { normalised: second.id, written: text.slice(second.start, second.end).toLowerCase(), start: second.start, end: second.end };
        const { person, capacity, label, party, municipality } = entry!;
        entries.push({ person, capacity, label, party, municipality, role, start: second.start, end });
        lastEntryEnd = i = items.to;
        continue;
      }
    }
    // Roles after a name; two or more in a row with no name between are a detached column of titles.
    const role = gazetteerAt.get(i);
    // In a column of titles, a capitalised word with a title's ending is one (`Nämndadministratör`).
    // So is one right after the name's comma (`Eva Ek, Förbundschef`, `Eva Ek (IFK), Skoldirektör`), maybe held in
    // acting (`Eva Ek, tf. Utvecklingschef`).
    const acting = lastEntryEnd > 0 ? actingFrom(tokens, i, lastEntryEnd) : i;
    // The items' column may stand between the name's comma and its title (`Eva Ek, 7 Miljöinspektör`, a table of name,
    // items and title flattened).
    // (Not an ordinal's number, `X, 1:e vice ordförande`: a capitalised word follows the items.)
    const itemsFirst =
      lastEntryEnd > 0 && tokens[lastEntryEnd - 1].text === "," && /^\d{1,3}$/.test(tokens[lastEntryEnd]?.text ?? "") && !!tokens[lastEntryEnd + 1]?.cap;
    const afterItems = t.cap && itemsFirst && lastEntryEnd === i - 1;
    const afterNameComma = (lastEntryEnd === acting && tokens[acting - 1]?.text === ",") || afterItems;
    // So is one right after an official's name, on its line (`Eva Ek Trafikingenjör § 12`): no given name, so no next name.
    const afterOfficial = lastEntryEnd === i && !t.nl && OFFICIALS.has(entry?.capacity) && !lexicon.isGivenName(t.text);
    // After the name's comma the title's ending may be all of it (`Eva Ek, inspektör`, `Per Holm, ekonom`).
    const suffixRole = !role
      ? (roleBySuffix(t, ctx.roleSuffixes, roleRun.length > 0 || afterNameComma || afterOfficial) ??
        (afterNameComma && t.word && !t.cap && ctx.roleSuffixes.includes(t.text) ? t.text : undefined))
      : undefined;
    // A seat of the body left vacant in a members' field (`Ordförande A (S) 1:e vice ordförande - (S) 2:e vice ordförande B
    // (M)`): a dash, and its party's letters, where the name would be. The seat is no one's, and the next seat, written
    // before its name as this one was, is that name's.
    const bodySeat = role?.kind === "role" && BODY_ROLES.has(lexicon.role(role.id)?.category ?? "");
    if (bodySeat && capacity === "member" && /^[-–]$/.test(tokens[role.to]?.text ?? "")) {
      let k = role.to + 1;
      if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
      const next = gazetteerAt.get(k);
      if (next?.kind === "role" && BODY_ROLES.has(lexicon.role(next.id)?.category ?? "") && isNameAt(next.to)) {
        fieldRole = { normalised: next.id, written: text.slice(next.start, next.end).toLowerCase(), start: next.start, end: next.end };
        k = next.to;
      }
      i = k;
      continue;
    }
    // A role of the body with a colon after it is a field (`2:e vice ordförande: Berg Anna (S)`), not the last name's title.
    if (role?.kind === "role" && tokens[role.to]?.text === ":" && BODY_ROLES.has(lexicon.role(role.id)?.category ?? "") && isNameAt(role.to + 1)) {
      closeColumn();
      fieldRole = { normalised: role.id, written: text.slice(role.start, role.end).toLowerCase(), start: role.start, end: role.end };
      capacity = "member";
      labelSpan = { start: role.start, end: role.end };
      queue = [];
      singleTaken = 0;
      lastSingle = undefined;
      segmentStart = entries.length;
      roleRun = [];
      i = role.to + 1;
      continue;
    }
    // A run that opens with a capitalised title before a name, right after its label or after the title of the name
    // before (`Övriga Kurator Eva Ek Socionom Per Holm`, `Ola Ros (S), ersättare Ekonom Eva Ek Jurist Per Holm`): each
    // title of the run is the name's after it, not the one's before. Not a heading over names with their titles after
    // a comma (`Övriga Tjänsteman Eva Ek, kurator`). So in prose, where a title in lower case opens an enumeration after
    // a word of the sentence (`mottogs av kurator Eva Ek, logoped Per Holm och dietist Kim Ahl`), not after a title's
    // first part (`Eva Ek, barn- och utbildningschef Per Holm, …`).
    // So does a title in the definite form, singular or plural, right after a label's colon that closes its words
    // (`Närvarande från Ekverket: enhetschefen Eva Ek, förste vice ordföranden Per Holm samt föredragandena Kim Ahl och Siv
    // Ek`); in such a run an adjective may open a title (`förste vice`, `administrativa chefen`).
    const lead =
      !fieldRole &&
      titlesFirst &&
      t.word &&
      !t.cap &&
      lastEntryEnd >= i - 1 &&
      (tokens[i - 1]?.text === "," || COORD.has(tokens[i - 1]?.text ?? "")) &&
      !COORD.has(t.text) &&
      !isTitleAt(i) &&
      !proseTitleAt(i) &&
      (gazetteerAt.get(i + 1)?.kind === "role" || !!proseTitleAt(i + 1))
        ? 1
        : 0;
    const titleRole = gazetteerAt.get(i + lead);
    const prose = titleRole?.kind !== "role" ? proseTitleAt(i + lead) : undefined;
    // `administratörerna/nämndsekreterarna Eva Ek och Per Holm`: two plural titles joined by a slash are one, each name's.
    const slashed = prose?.plural && tokens[i + lead + 1]?.text === "/" ? proseTitleAt(i + lead + 2) : undefined;
    const proseTo = i + lead + (slashed?.plural ? 3 : 1);
    const titleTo = !fieldRole ? (titleRole?.kind === "role" ? titleRole.to : isTitleAt(i) || prose ? proseTo : 0) : 0;
    if (titleTo && isNameAt(titleTo) && (isNameAt(titleTo + 1) || isParticleBeforeName(titleTo + 1))) {
      const afterTitle = roleRun.length === 1 && lastEntryEnd === i;
      let nameEnd = titleTo;
      while (isNameAt(nameEnd) && nameEnd - titleTo < 4) nameEnd++;
      const prev = tokens[i - 1];
      // So does a capitalised staff title after a name closed by its party or a full stop, where another capitalised
      // title follows its name (`Eva Ek (s) Kommundirektör Per Holm Kommunplanerare Siv Ek`, `… Per Holm. Kommunchef Siv
      // Ek Kanslichef …`): a politician, so named, is no official, and the run is the officials', a title before each.
      // Not where the field's rows so far wrote their titles after the names (`Per Holm Kommunchef Eva Ek (fp)
      // Kommunordförande Siv Ek Chef kansliet`): there the title is the row's, party and all.
      const rowBefore = entries.at(-2);
      const staffRun =
        t.cap &&
        (prev?.text === "." || (prev?.text === ")" && !!entry?.party)) &&
        !(rowBefore?.role && rowBefore.label === entry?.label && rowBefore.role.start >= rowBefore.person.end) &&
        !BODY_ROLES.has(lexicon.role(role?.kind === "role" ? role.id : fullTitle(t.text.toLowerCase()))?.category ?? "") &&
        isTitleAt(nameEnd) &&
        !!tokens[nameEnd]?.cap;
      // A plural title after a row's comma (`X, socialchef, enhetschefer A, B, C`) is no one row's: the run's after it.
      const pluralRun = !!prose?.plural && prev?.text === "," && tokens[nameEnd]?.text === "," && isNameAt(nameEnd + 1) && isNameAt(nameEnd + 2);
      const opens = t.cap
        ? (i === labelEnd || afterTitle || staffRun) && tokens[nameEnd]?.text !== ","
        : pluralRun ||
          (prev?.text === ":" && labelEnd >= 0 && labelEnd < i && lastEntryEnd < labelEnd && !tokens.slice(labelEnd, i).some((x) => x.nl)) ||
          (!!prev?.word &&
            !prev.cap &&
            !prev.nl &&
            prev.text.length > 1 &&
            !COORD.has(prev.text) &&
            !isTitleAt(i - 1) &&
            lastEntryEnd < i - 1 &&
            // `informationschef/tf kulturchef Per Holm`: a qualified second title of the name before, not the next's.
            tokens[i - 2]?.text !== "/");
      const follows = t.cap ? lastEntryEnd === i : (lastEntryEnd === i && prev?.text === ",") || (lastEntryEnd === i - 1 && COORD.has(prev?.text ?? ""));
      if ((titlesFirst && follows) || opens) {
        const written = prose?.plural
          ? slashed?.plural
            ? `${prose.normalised}/${slashed.normalised}`
            : prose.normalised
          : text.slice(t.start, tokens[titleTo - 1].end).toLowerCase();
        const normalised = titleRole?.kind === "role" ? titleRole.id : (prose?.normalised ?? fullTitle(written));
        const staff = !BODY_ROLES.has(lexicon.role(normalised)?.category ?? "");
        fieldRole = { normalised, written, start: t.start, end: tokens[titleTo - 1].end, ...(staff && fromOrg ? { org: fromOrg } : {}) };
        pluralRole = prose?.plural ? fieldRole : undefined;
        titlesFirst = true;
        i = titleTo;
        continue;
      }
    }
    // A title right after the name or its party, after its comma over lower-case words (`X, barn- och
    // utbildningschef`), or in a column of titles.
    const afterComma =
      lastEntryEnd > 0 &&
      lastEntryEnd <= i &&
      tokens[lastEntryEnd - 1].text === "," &&
      // An adjective may open the title capitalised (`X, Administrativ chef`), as the list's entries open capitalised, and
      // so may a first part (`X, 7 Miljö- och hälsoskyddsinspektör`), or an ordinal (`X, 1:e planingenjör`).
      tokens
        .slice(lastEntryEnd, i)
        .every(
          (x, n) =>
            x.text === "-" ||
            (n < ORDINAL_PARTS.length && ordinalAt(tokens, lastEntryEnd)) ||
            (x.word && (!x.cap || (n === (itemsFirst ? 1 : 0) && (TITLE_ADJECTIVE.test(x.text) || tokens[lastEntryEnd + n + 1]?.text === "-")))) ||
            (x.text === "." && n > 0 && !x.nl),
        );
    // A degree between the name's comma and the title's (`X, Ph.D, utredare`, `X, fil dr, forskare`) is no part of it.
    const afterDegree =
      (role?.kind === "role" || !!suffixRole) &&
      !afterComma &&
      lastEntryEnd > 0 &&
      lastEntryEnd < i - 1 &&
      tokens[lastEntryEnd - 1].text === "," &&
      tokens[i - 1].text === "," &&
      DEGREE.test(text.slice(tokens[lastEntryEnd].start, tokens[i - 2].end));
    // So is a unit's capital letters between them (`X, K&Q, nämndsekr.`, `X, VV, sekreterare`): where the official works.
    const afterUnitLetters =
      (role?.kind === "role" || !!suffixRole) &&
      !afterComma &&
      lastEntryEnd > 0 &&
      lastEntryEnd < i - 1 &&
      i - lastEntryEnd <= 4 &&
      tokens[lastEntryEnd - 1].text === "," &&
      tokens[i - 1].text === "," &&
      (tokens[lastEntryEnd + 1]?.text === "&" || (i - lastEntryEnd === 2 && isLettersAt(lastEntryEnd))) &&
      UNIT_LETTERS.test(text.slice(tokens[lastEntryEnd].start, tokens[i - 2].end));
    if ((role?.kind === "role" || suffixRole) && entry && (lastEntryEnd === i || afterComma || afterDegree || afterUnitLetters || roleRun.length > 0)) {
      const start = t.start;
      let to = role?.kind === "role" ? role.to : i + 1;
      const normalised = role?.kind === "role" ? role.id : fullTitle(suffixRole!);
      // A staff title runs on over its field, and a unit right after it is where it is held.
      const staff = !BODY_ROLES.has(lexicon.role(normalised)?.category ?? "");
      // A capitalised title's field is capitalised too, between it and the next title (`Enhetschef Hälsoskydd Enhetschef`).
      // So is a staff title's unit of one capitalised word before its items or its line's end (`enhetschef Solgården, §
      // 21`), a home's or a centre's name that no unit's ending marks; not a place the gazetteer knows.
      const capitalField = (t.cap && isFieldWordAt(to) && isTitleAt(to + 1)) || (staff && isFieldWordAt(to) && !gazetteerAt.has(to) && closesField(to + 1));
      // `affärsområdeschef Logistik, Norrby fastigheter AB`: a capitalised field before an organisation's comma.
      const fieldBeforeOrg = staff && isFieldWordAt(to) && tokens[to + 1]?.text === "," && !!organisationAt(to + 1);
      // `X, chef Fritid Eva Ek, chef …`: in a list of `Name, title`, a capitalised field right before the next name
      // (a known given name and a surname, or two name words and their comma) is the title's, no part of that name; not
      // a surname first (`Skoldirektör Holm Eva (S)`); a unit there (`chef Kulturavdelningen`) is where it is held.
      const fieldBeforeName =
        staff &&
        tokens[i - 1]?.text === "," &&
        isFieldWordAt(to) &&
        !gazetteerAt.has(to) &&
        !unitAt(to) &&
        !lexicon.isSurname(tokens[to].text) &&
        !lexicon.hasSurnameShape(tokens[to].text) &&
        isNameAt(to + 1) &&
        isNameAt(to + 2) &&
        !tokens[to + 1].nl &&
        (lexicon.isGivenName(tokens[to + 1].text) || tokens[to + 3]?.text === ",");
      // `rektor Tallskolan § 13 Eva Nord, …`: a lower-case title's capitalised field closing the entry is the unit it is
      // held in too, though still written with the title; a capitalised title's is the same case of one field's words.
      const namedUnitTo =
        staff && !t.cap && !fieldBeforeOrg && !unitAt(to) && !organisationAt(to) ? unitNameEnd(to) || (capitalField || fieldBeforeName ? to + 1 : 0) : 0;
      const writtenTo = staff ? namedUnitTo || (capitalField || fieldBeforeOrg || fieldBeforeName ? to + 1 : fieldEnd(to)) : to;
      // `chef planavdelningen`: a field of one lower-case word with a unit's ending is the unit, written in lower case.
      const lowerUnit =
        staff && writtenTo === to + 1 && !tokens[to].cap && words.unitEnding.test(tokens[to].text)
          ? { name: tokens[to].text, start: tokens[to].start, end: tokens[to].end, to: writtenTo }
          : undefined;
      const namedUnit = namedUnitTo
        ? { name: text.slice(tokens[to].start, tokens[namedUnitTo - 1].end), start: tokens[to].start, end: tokens[namedUnitTo - 1].end, to: namedUnitTo }
        : undefined;
      const unit = staff ? (lowerUnit ?? unitAt(writtenTo) ?? namedUnit) : heldInAt(writtenTo, afterComma);
      // `kommunchef Borås`: a staff title of the municipality named right after it; not a given name that opens the next
      // name (`handläggare Mark Andersson`).
      const town = staff && !unit && !surnameComma(writtenTo) && gazetteerAt.get(writtenTo)?.kind === "municipality" ? gazetteerAt.get(writtenTo) : undefined;
      const place = town && !(lexicon.isGivenName(tokens[writtenTo].text) && isNameAt(town.to)) ? town : undefined;
      // `enhetschef, Försäkringskassan`, `affärsområdeschef Logistik, Norrby fastigheter AB`: the organisation after it.
      // After `för`, so is one capitalised word closing the entry (`facklig representant för Vision, § 13`): a union's
      // name, which alone in prose is no organisation's (`Vision 2030`), so no lexicon's.
      const forAt = tokens[writtenTo]?.text === "för" && !tokens[writtenTo].nl ? writtenTo + 1 : undefined;
      const org = staff && !unit && !place ? (forAt ? (organisationAt(forAt) ?? soleOrganisationAt(forAt)) : organisationAt(writtenTo)) : undefined;
      // `X, regiondirektör, RSF, Y, …`: letters after the title's own comma that close the entry are the office it is
      // held in (as `X, FNUF (ordförande)` above); so are letters right after it before the entry's comma (`X tf
      // förvaltningschef ABX, Y, …`), or before the next field's label (`X, stationschef RIB Personalföreträdare …`).
      const letterAt = tokens[writtenTo]?.text === "," ? writtenTo + 1 : writtenTo;
      const office =
        staff &&
        !unit &&
        !place &&
        !org &&
        !tokens[letterAt]?.nl &&
        isLettersAt(letterAt) &&
        (closesField(letterAt + 1) || tokens[letterAt + 1].text === "," || !!labelAt(letterAt + 1))
          ? { name: tokens[letterAt].text, start: tokens[letterAt].start, end: tokens[letterAt].end, to: letterAt + 1 }
          : undefined;
      to = unit?.to ?? office?.to ?? place?.to ?? org?.to ?? writtenTo;
      let end = tokens[to - 1].end;
      let items: string | undefined;
      if (tokens[to]?.text === "§") {
        let k = to;
        while (k < last && /^(§|\d+(?:[-–]\d+)?|[-–]|och|,)$/.test(tokens[k].text) && !(tokens[k].text === "," && !/^\d/.test(tokens[k + 1]?.text ?? ""))) k++;
        end = tokens[k - 1].end;
        items = text.slice(tokens[to].start, end);
        to = k;
      }
      // Staff titles run over several lower-case words (`verksamhetschef förskola fritidshem`, `barn- och utbildningschef`).
      const writtenStart = prefixStart ?? (afterComma ? tokens[itemsFirst ? lastEntryEnd + 1 : lastEntryEnd].start : start);
      prefixStart = undefined;
      // `Eva Ek (BUNÖ), Skoldirektör`: a staff title (a secretary's too) right after letters no party has is held where
      // they say.
      const employer =
        (staff || lexicon.role(normalised)?.category === "secretary") && !unit && !place && !org && roleRun.length === 0 ? letters.get(entry) : undefined;
      const lettered = employer && tokens[i - 3] === employer && tokens[i - 1]?.text === "," ? employer : undefined;
      if (lettered && entry.party?.start === lettered.start) delete entry.party;
      const held = unit ?? office ?? (lettered && { name: lettered.text, start: lettered.start, end: lettered.end });
      // `bitr. socialchef`: a deputy's title the lexicon lacks is the deputy's, not the head's.
      const deputy = !normalised.startsWith("biträdande ") && DEPUTY.test(text.slice(writtenStart, start));
      const claim = {
        normalised: deputy ? `biträdande ${normalised}` : normalised,
        written: writtenSeat(
          text
            .slice(writtenStart, lowerUnit || (unit && UNIT_PREPOSITION.has(tokens[writtenTo - 1].text)) ? unit!.end : tokens[writtenTo - 1].end)
            .toLowerCase(),
        ),
        start: writtenStart,
        end,
        items,
        ...(held ? { unit: { name: held.name, start: held.start, end: held.end } } : {}),
        ...(place ? { place } : {}),
        ...(org ? { org } : {}),
      };
      // In a column, a title after a comma is the row's second (`kanslidirektör, sekreterare`), not the next row's; so is
      // one joined to the title before by a slash (`administratör/nämndsekreterare`), in a column or not.
      // A short abbreviation between the slash and the second title qualifies it (`ekonom/stf förvaltningschef`,
      // `kanslichef/tillf. skolchef`).
      const qualifier = tokens[i - 1]?.text === "." ? 2 : 1;
      const slash =
        isLowerWordAt(i - qualifier) && tokens[i - qualifier].text.length <= 5 && tokens[i - qualifier - 1]?.text === "/" ? i - qualifier - 1 : i - 1;
      // The title before may have taken the qualifier as its field (`ekonomichef/tillf`).
      const runEnd = roleRun[roleRun.length - 1]?.end ?? -1;
      const joined = tokens[slash]?.text === "/" && runEnd >= tokens[slash].start && runEnd <= tokens[i - 1].end;
      // So is a secretary's after the row's one title and its comma (`X, administrativ chef, sekr.`): the official kept
      // the minutes, and the first title stays the row's.
      const secondRow = roleRun.length === 1 && entry.role === roleRun[0] && lastEntryEnd === i && !t.nl && lexicon.role(normalised)?.category === "secretary";
      if (((roleRun.length > 1 || secondRow) && tokens[i - 1]?.text === ",") || joined) {
        const before = roleRun[roleRun.length - 1];
        if (lexicon.role(normalised)?.category === "secretary") keepsMinutes.add(before);
        // Both halves of a slash are one title written (`kanslichef/sekreterare`); the first stays its normalised form.
        if (joined) {
          before.written = text.slice(before.start, tokens[writtenTo - 1].end).toLowerCase();
          before.end = end;
          if (entry.role === before) entry.end = Math.max(entry.end, end);
        }
        lastEntryEnd = to;
        i = Math.max(to, i + 1);
        continue;
      }
      roleRun.push(claim);
      if (roleRun.length === 1) {
        if (!entry.role) {
          takeRole(entry, claim);
          entry.end = Math.max(entry.end, end);
        }
      } else {
        // A column of titles: the first title was not the last name's; titles go to the segment's names in order.
        const segment = entries.slice(segmentStart).filter((e) => e.capacity !== "replaced");
        if (roleRun.length === 2 && segment[segment.length - 1]?.role === roleRun[0]) segment[segment.length - 1].role = undefined;
        const target = segment[roleRun.length - 1];
        if (roleRun.length === 2 && segment[0] && !segment[0].role) takeRole(segment[0], roleRun[0]);
        if (target && !target.role) takeRole(target, claim);
      }
      lastEntryEnd = to;
      i = Math.max(to, i + 1);
      continue;
    }
    // Paragraph numbers between titles keep a column of titles going; any other word or `§` ends it.
    if ((t.word && !/^\d/.test(t.text)) || t.text === "§") {
      closeColumn();
      roleRun = [];
    }
    i++;
  }
  closeColumn();
  closeBlock();
  // The official whose row in a column of titles says `sekreterare` too kept the minutes.
  for (const e of entries) if (e.role && keepsMinutes.has(e.role) && (e.capacity === "staff" || e.capacity === "other")) e.capacity = "secretary";
  closeBunch();
  closeSigned();
  retitle();
  for (const e of noticeSigned) if (!entries.some((x) => x !== e && x.person.label === e.person.label)) e.capacity = "listed";
  // An adjuster is one of the body's: a name with a staff title under the adjusters' label (`Utses att justera: Eva Ek
  // föredragande Per Holm`) stands in a column of officials beside it.
  // So is one whose row is an official's, a title the lexicon lacks and the items attended (`Eva Ek, kommunekolog, 28`).
  for (const e of entries)
    if (
      e.capacity === "adjuster" &&
      ((e.role && !BODY_ROLES.has(lexicon.role(e.role.normalised)?.category ?? "")) ||
        (!e.role && !e.party && OFFICIAL_ROW.test(text.slice(e.person.end, e.person.end + 60))))
    )
      e.capacity = "staff";
  // A column of notes as long as the substitutes serving for no one named: a note on each substitute's row, in order.
  const unpaired = entries.filter((e) => e.capacity === "substitute" && !e.replaces);
  if (notes.length && notes.length === unpaired.length) for (const [n, e] of unpaired.entries()) e.replaces = notes[n].person;
  // A member paired with a reserve by `ers` was away, unless she signs or adjusts the minutes: then the pair says less.
  const entryAt = new Map<number, ProtocolEntry>();
  const signers = new Set<string>();
  if (reserves.length)
    for (const e of entries) {
      if (!entryAt.has(e.person.from)) entryAt.set(e.person.from, e);
      if (e.capacity === "adjuster" || SINGLE.has(e.capacity)) signers.add(e.person.label);
    }
  for (const { member, from } of reserves) {
    const reserve = entryAt.get(from);
    const signs = signers.has(member.person.label);
    if (!reserve || signs || member.capacity !== "member" || !SERVES_AS.has(reserve.capacity)) continue;
    member.capacity = "replaced";
    reserve.capacity = "substitute";
    reserve.replaces = member.person;
  }
  // The reserve named with the adjuster (`Utses att justera X med Y som ersättare`, `X och som ersättare Y`) adjusts
  // only in X's stead: listed.
  for (const e of entries)
    if (
      e.capacity === "adjuster" &&
      ((/\bmed\s+$/.test(text.slice(Math.max(0, e.person.start - 5), e.person.start)) && RESERVE_AFTER.test(text.slice(e.person.end, e.person.end + 40))) ||
        RESERVE_BEFORE.test(text.slice(Math.max(0, e.person.start - 24), e.person.start)))
    )
      e.capacity = "listed";
  // Names joined by commas to a name whose title in parentheses is written in the plural (`A, B, C (politiska
  // sekreterare)`) share it: the names before hold no title or party of their own. So do names joined by commas and
  // `och` to one whose title after its comma is a plural (`A, B och C, inspektörer, § 86`).
  for (let k = entries.length - 1; k > 0; k--) {
    const titled = entries[k].role;
    const plural =
      !!titled &&
      /^\s*,\s*$/.test(text.slice(entries[k].person.end, titled.start)) &&
      titled.written.startsWith(titled.normalised) &&
      /^(?:er|ar)$/.test(titled.written.slice(titled.normalised.length));
    if (!titled || (!plural && (text[titled.start - 1] !== "(" || !/^\p{L}+a\s/u.test(titled.written)))) continue;
    const joined = plural ? /^\s*(?:,|och)\s*$/ : /^\s*,\s*$/;
    for (let n = k - 1; n >= 0; n--) {
      const e = entries[n];
      if (e.role || e.party || e.replaces || e.capacity === "replaced" || !joined.test(text.slice(e.end, entries[n + 1].start))) break;
      takeRole(e, titled);
    }
  }
  // Names under fields side by side run on from one field into the next: those with a staff title (`Eva Ek,
  // förbundschef`, also a secretary's: `Eva Ek, nämndsekreterare`), an organisation's letters in parentheses (`Eva Ek
  // (FKL)`) or a substitute's word alone (`Eva Ek (M), ersättare`, who serves for no one) are the others' field's, not
  // members. The rest stay persons, whose capacity is not guessed.
  const sideNames = new Set<ProtocolEntry>();
  for (const side of sideBySide) {
    for (const e of entries.slice(side.from, side.to ?? entries.length)) {
      sideNames.add(e);
      const substitute = e.role?.normalised === "ersättare" && !e.replaces;
      const category = e.role && lexicon.role(e.role.normalised)?.category;
      const staff = e.role && (!BODY_ROLES.has(category ?? "") || category === "secretary");
      if (side.party) {
        if (e.party && !staff && e.capacity === "other") {
          e.capacity = side.capacity;
          e.label = side.label;
          delete e.undecided;
        }
        continue;
      }
      if (e.capacity === "replaced" || (e.party && !substitute)) continue;
      if (staff || substitute || tagged.has(e)) {
        e.capacity = side.capacity;
        e.label = side.label;
        delete e.undecided;
      }
    }
  }
  // A name listed among the members and among the reserves not serving, one of them marked with the part of the meeting
  // it holds (`Beslutande … X (S) 13` and `Ersättare: X (S) ej 13`, `*X, , kl`), is a reserve who served that part.
  const listings = new Map<string, ProtocolEntry[]>();
  for (const e of entries) listings.set(e.person.label, [...(listings.get(e.person.label) ?? []), e]);
  const partial = (e: ProtocolEntry) =>
    /\*\s*$/.test(text.slice(Math.max(0, e.person.start - 2), e.person.start)) || PART_AFTER.test(text.slice(e.person.end, e.person.end + 16));
  for (const same of listings.values()) {
    const member = same.filter((e) => e.capacity === "member");
    const reserve = same.filter((e) => e.capacity === "nonserving");
    if (member.length && reserve.length && same.some(partial)) for (const e of [...member, ...reserve]) e.capacity = "substitute";
    // Unmarked, one member is no reserve of the same body too: the later listing is under a field whose label the text
    // lost (`Ersättare: … Kommunikatör : X (S) med Y (M) som ersättare`, the adjusters' field), no seat.
    else if (member.length && reserve.length) for (const e of reserve) if (e.start > member[0].start) e.capacity = "listed";
  }
  // Names marked with an asterisk among the members' unmarked names (`Beslutande Eva Ek *Per Holm Kim Ahl * Ola Ros`, a
  // council's annex, the legend lost) are marked as something the text no longer says (often a reserve serving): present,
  // in no capacity and no seat said.
  const starred = (e: ProtocolEntry) => /\*\s*$/.test(text.slice(Math.max(0, e.person.start - 2), e.person.start));
  const members = entries.filter((e) => e.capacity === "member");
  const marked = members.filter(starred);
  if (marked.length >= 2 && marked.length < members.length) for (const e of marked) e.undecided = true;
  // A member replaced under the substitutes' own field (`Tjänstgörande ersättare Y (KD) ersätter X (KD),`), with no part
  // of the meeting marked on any listing, was not there; a substitute listed among the members, in the place of the one
  // replaced, may have served part of a meeting whose items the text leaves out.
  for (const e of entries) {
    const replaced = e.replaces && entries.find((r) => r.person === e.replaces);
    if (!replaced || /\d/.test(text.slice(e.person.end, replaced.start))) continue;
    const same = listings.get(replaced.person.label)!;
    if (same.filter((x) => x.capacity === "replaced").length > 1 || same.some(partial)) continue;
    for (const x of same) if (x.capacity === "member" && x.label && e.label && x.label.start !== e.label.start) x.capacity = "replaced";
  }

  /**
   * A member list by municipality in the minutes' body (`… har utsett följande ledamöter och ersättare Alby Eva Berg
   * (S) ledamot Per Holm (M) ersättare Bergby Lena Ek (C) ledamot …`), as a kommunalförbund's minutes record its
   * members' choices: each name with its party and `ledamot` or `ersättare` right after it, under the municipality
   * named before the group. Two or more municipalities' groups make it a list of the seats of the body that met.
   */
  const readSeats = (): ProtocolEntry[] => {
    const seats: ProtocolEntry[] = [];
    let heading: Mention | undefined;
    const headings = new Set<string>();
    const reach = Math.min(text.length, windowEnd + SEATS_REACH);
    for (let k = last; k < tokens.length && tokens[k].end <= reach;) {
      const g = gazetteerAt.get(k);
      if (g?.kind === "municipality" && isNameAt(g.to)) {
        heading = g;
        k = g.to;
      }
      let j = k;
      while (j < tokens.length && isNameAt(j)) j++;
      const party = tokens[j]?.text === "(" && tokens[j + 2]?.text === ")" ? partyOf(tokens[j + 1]) : undefined;
      const seat = tokens[j + 3]?.text.toLowerCase();
      const person = heading && party && seat && SEAT_ROLES.has(seat) && j - k >= 2 ? names(k, j).at(-1) : undefined;
      if (!person || !heading) {
        heading = undefined;
        k = Math.max(j, k + 1);
        continue;
      }
      const word = tokens[j + 3];
      headings.add(heading.id);
      seats.push({
        person,
        capacity: "listed",
        role: { normalised: seat!, written: seat!, start: word.start, end: word.end },
        start: heading.start,
        end: word.end,
      });
      k = j + 4;
    }
    return headings.size >= 2 ? seats : [];
  };
  // Where another signs as the meeting's secretary (`Sekreterare Eva Ek`), a secretary's title of one listed among the
  // others (`Sara Berg, kommunsekreterare`) is their title: they did not keep these minutes.
  const signing = new Set(entries.filter((e) => e.capacity === "secretary").map((e) => e.person.label));
  if (signing.size)
    for (const e of entries)
      if (
        e.role &&
        !signing.has(e.person.label) &&
        (e.capacity === "other" || e.capacity === "staff") &&
        lexicon.role(e.role.normalised)?.category === "secretary"
      )
        e.role = { ...e.role, title: true };
  // `X lämnade synpunkter inför mötet men deltog inte på plats Y`: a note after a listed name that says the person was
  // not there makes her absent; one that says she had no vote (`X (utan rösträtt, med yttranderätt)`), one of the others.
  const sorted = [...entries].sort((a, b) => a.person.start - b.person.start);
  for (const [n, e] of sorted.entries()) {
    let k = n + 1;
    while (k < sorted.length && sorted[k].person.start < e.person.end) k++;
    const next = sorted[k]?.person.start ?? text.length;
    const note = text.slice(e.person.end, Math.min(next, e.person.end + 120));
    if (e.capacity !== "absent" && !note.includes("\n") && NOT_THERE.test(note)) e.capacity = "absent";
    else if (e.capacity === "member" && NO_VOTE.test(note)) e.capacity = "other";
  }
  const header = { entries: entries.filter((e) => e.capacity !== "listed" || e.party || sideNames.has(e)), end: windowEnd, labels, seats: readSeats() };
  return { ...header, entries: titlesAfterNames(text, signatureRun(text, header, lexicon.data.protocol), labels, lexicon.data.protocol) };
}

/**
 * A signature whose labels run first, each closed by a comma, then each name followed by its title with nothing after
 * the last (`Vid protokollet, Justeras, Eva Ek Mötessekreterare Per Holm Justerare`): the header gave each name the run's
 * label and the title before it, the previous name's; each name takes the title right after it instead.
 */
function titlesAfterNames(text: string, entries: ProtocolEntry[], labels: ProtocolHeader["labels"], words: ProtocolWords): ProtocolEntry[] {
  const sorted = [...entries].sort((a, b) => a.person.start - b.person.start);
  const titleAfter = (e: ProtocolEntry) => labels.find((l) => l.start >= e.end && /^[ \t]*$/.test(text.slice(e.end, l.start)));
  for (const [n, first] of sorted.entries()) {
    if (!first.label || first.label.end > first.person.start || !/,[ \t]*$/.test(text.slice(first.label.end, first.person.start))) continue;
    const chain: [ProtocolEntry, ProtocolHeader["labels"][number]][] = [];
    for (let k = n; k < sorted.length; k++) {
      const title = titleAfter(sorted[k]);
      if (!title || !Object.hasOwn(words.peopleFields, title.label)) break;
      chain.push([sorted[k], title]);
      if (sorted[k + 1]?.label?.start !== title.start) break;
    }
    const lastTitle = chain.at(-1)?.[1];
    if (chain.length < 2 || !lastTitle || !/^[ \t]*(?:\n|$)/.test(text.slice(lastTitle.end)) || entries.some((e) => e.label?.start === lastTitle.start))
      continue;
    for (const [e, title] of chain) {
      e.capacity = words.peopleFields[title.label];
      e.label = { start: title.start, end: title.end };
    }
  }
  return entries;
}

/**
 * A signature block flattened with its labels in a run before its names (`Sekreterare Ordförande Justerande Eva Holm
 * Per Lind Ann Berg`): the names follow in the labels' order, each under its own. The reader of the header pairs the
 * names with the last labels it met; here each name after the run takes the label of its rank. A name glued to the next
 * (`Per Lind Ann Berg`, two people the header lists apart) is the two. Left as read where the names and labels differ
 * in number, or anything but a party's letters stands between the names.
 */
function signatureRun(text: string, header: ProtocolHeader, words: ProtocolWords): ProtocolEntry[] {
  const run = signatureRunPattern(words);
  let entries = header.entries;
  for (const m of text.slice(0, header.end).matchAll(run)) {
    const runLabels = [...m[0].matchAll(/\p{L}+/gu)].map((l) => ({ word: l[0].toLowerCase(), start: m.index + l.index, end: m.index + l.index + l[0].length }));
    const after = entries.filter((e) => e.person.start >= m.index + m[0].length).sort((a, b) => a.person.start - b.person.start);
    const names: { entry: ProtocolEntry; person: Mention; split: boolean }[] = [];
    let at = m.index + m[0].length;
    for (const e of after) {
      if (!/^(?:[ \t]*\(\p{L}{1,4}\))?[ \t]*$/u.test(text.slice(at, e.person.start))) break;
      at = e.end;
      // Two names the header lists apart, glued into one (`Per Lind Ann Berg`).
      const parts = header.entries.filter((x) => x !== e && e.person.label.startsWith(x.person.label + " "));
      const second = parts.flatMap((x) =>
        header.entries.filter((y) => y !== e && e.person.label === `${x.person.label} ${y.person.label}`).map((y) => [x, y]),
      )[0];
      if (second) names.push({ entry: e, person: second[0].person, split: true }, { entry: e, person: second[1].person, split: true });
      else names.push({ entry: e, person: e.person, split: false });
    }
    if (names.length !== runLabels.length) continue;
    // Not where the header chose the adjusters (`Utses att justera Bo Alm och Siv Berg`) and the last name is none of
    // them: the names go on past a column between (`… Kim Ahl Paragrafer 1-20 Bo Alm Siv Berg`), as the header read.
    if (words.peopleFields[runLabels.at(-1)!.word] === "adjuster") {
      const chosen = entries.filter((e) => e.capacity === "adjuster" && e.person.end <= m.index).map((e) => surnameOf(e.person.label));
      if (chosen.length && !chosen.includes(surnameOf(names.at(-1)!.person.label))) continue;
    }
    const used = new Set(names.map((n) => n.entry));
    const paired = names.map((n, i): ProtocolEntry => {
      const { word, start, end } = runLabels[i];
      const capacity = words.peopleFields[word];
      // A name read whole keeps its party and role; the halves of a glued one are read where the header lists them.
      return n.split
        ? { person: n.person, capacity, label: { start, end }, start: n.entry.start, end: n.entry.end }
        : { ...n.entry, capacity, label: { start, end } };
    });
    entries = [...entries.filter((e) => !used.has(e)), ...paired];
  }
  return entries;
}

/**
 * Where a page's break inside a list ends (`… Ej tjänstgörande ersättare Page 1 of 14` / `2 SAMMANTRÄDESPROTOKOLL
 * Sammanträdesdatum Eva Ek (SD)`): the footer that counts the pages, the next page's number opening the next line and the
 * words the text's first page opens with, repeated as the page's head. The list goes on after them, in its field; a
 * footer with no repeated head is left as read.
 */
function pageBreakEnd(tokens: readonly Token[], text: string, i: number): number | undefined {
  if (tokens[i].text !== "Page" && tokens[i].text !== "Sida") return undefined;
  const footer = tokens.slice(i, i + 4);
  const number = tokens[i + 4];
  if (footer.length < 4 || !PAGE_OF.test(text.slice(footer[0].start, footer[3].end)) || !number?.nl || !/^\d{1,3}$/.test(number.text)) return undefined;
  // The first page's head: its words after its own number opening a line (`1 SAMMANTRÄDESPROTOKOLL Sammanträdesdatum …`).
  let head = tokens.findIndex((t, h) => h > 0 && h < i && t.text === tokens[i + 5]?.text && (h === 1 || tokens[h - 1].nl) && tokens[h - 1].text === "1");
  if (head < 0) return undefined;
  let k = i + 5;
  while (k < tokens.length && head < i && tokens[k].text === tokens[head].text && !tokens[k].nl) {
    k++;
    head++;
  }
  return k > i + 5 ? k : undefined;
}

// A lexicon's pattern, made once: every minutes' header is read with it.
const SIGNATURE_RUNS = new WeakMap<ProtocolWords, RegExp>();

/** A run of two to four signature labels before a capitalised name (`Sekreterare Ordförande Justerande Eva …`). */
function signatureRunPattern(words: ProtocolWords): RegExp {
  let run = SIGNATURE_RUNS.get(words);
  if (!run) {
    const label = words.signatureLabels
      .filter((l) => !l.includes(" "))
      .map((l) => l[0].toUpperCase() + l.slice(1))
      .join("|");
    run = new RegExp(String.raw`(?<!\p{L})(?:${label})(?:[ \t]+(?:${label})){1,3}[ \t]+(?=\p{Lu})`, "gu");
    SIGNATURE_RUNS.set(words, run);
  }
  return run;
}

/** The items an absence field's column lists (`Frånvarande följande paragrafer`, `Frånvarande §`), right after its label. */
const ABSENT_ITEMS = /^\s*(?:följande\s+)?(?:paragrafer|§)/iu;

/** A note after a name that says the person was not at the meeting. */
const NOT_THERE = /^\s+\p{Ll}[^.;§]{0,80}\b(?:deltog|närvarade|var)\s+(?:inte|ej)\b/u;

/** What stands between two entries of a run before a title written first: paragraphs, commas, `och`, `samt`. */
const GAP_SKIP = /^(?:,|§|§§|-|–|\d+(?:[-–]\d+)?|och|samt)$/;

/** Gives a listed person the role written with their name; `tj ersättare` makes one listed as a member a substitute. */
function takeRole(entry: ProtocolEntry, role: NonNullable<ProtocolEntry["role"]>): void {
  // `ej tjänstgörande ersättare`: the lexicon's words name the serving reserve inside it; written so, a reserve present
  // without serving.
  const not = role.normalised === "tjänstgörande ersättare" && /^(?:ej|icke)\s/.test(role.written);
  entry.role = not ? { ...role, normalised: "ersättare" } : role;
  if (not && (SERVES_AS.has(entry.capacity) || entry.capacity === "substitute")) entry.capacity = "nonserving";
  else if (role.normalised === "tjänstgörande ersättare" && SERVES_AS.has(entry.capacity)) entry.capacity = "substitute";
}

/**
 * A run of name words as people: a name opens at a known given name and takes the words up to the next given name
 * (`Billy Ferm Jaakko Mattila`); two given names in a row open one name (`Bo Lennart Danielsson`); a surname before a
 * lone given name is a surname-first entry (`Nordbeck Carolina`), read as `Carolina Nordbeck`; a run with no known
 * given name is one person when it has two to four words and a party, a comma or a title (`titled`) follows, or it
 * ends like a surname.
 */
export function splitNames(a: number, b: number, tokens: Token[], lexicon: Lexicon, surnameFirst = false, titled = false): Mention[] {
  const out: Mention[] = [];
  // No words (`Anna Berg tjg för` at the text's end: no one named after the word of replacing).
  if (a >= b) return out;
  const given = (k: number) => k < b && tokens[k].text.length > 1 && lexicon.isGivenName(tokens[k].text);
  // `Anna Berg Kommunförbundet`, `Per Holm Sundsvall`: the person's organisation or municipality ends the name.
  const affiliation = (k: number) => k < b && !given(k) && (isAffiliationWord(tokens[k].text, lexicon) || isBodyNoun(tokens[k]));
  const affiliated = (from: number, to: number) => tokens.slice(from, to).some((_, n) => affiliation(from + n));
  // `givenNames`: how many given names end a name written surname first (`Hägglund Per Olof`: 2); 0 as written.
  const make = (from: number, to: number, flip: boolean, givenNames = 1): Mention => {
    const parts = tokens.slice(from, to).map((t) => t.text);
    const label = flip ? [...parts.slice(-givenNames), ...parts.slice(0, -givenNames)].join(" ") : writtenName(tokens, from, to);
    return newMention("person", label, label, from, to, tokens[from].start, tokens[to - 1].end, "protocol:person");
  };
  // Three words before a party that end in a given name are one name (`Tam Kibo Amin (s)`, `Leila Sami Amin (s)`): a lone
  // `Amin (s)` is none. Not so where a surname opens two given names (`Berg Anna Maria (s)`), a surname-first entry; a
  // first word the lexicon knows as neither opens the name (`Nuri Sami Amin (s)`).
  const surnameOpens = lexicon.isSurname(tokens[a].text) || lexicon.hasSurnameShape(tokens[a].text);
  if (tokens[b]?.text === "(" && b - a === 3 && given(b - 1) && !surnameFirst && (given(a) || !given(b - 2) || !surnameOpens) && !affiliated(a, b))
    return [make(nameStart(tokens, a, lexicon), b, false)];
  let firstGiven = a;
  while (firstGiven < b && !given(firstGiven)) firstGiven++;
  if (firstGiven === b) {
    // No known given name: a name only where a party or title follows, or it ends like a surname; or a table's row
    // from its line's start to its party letters in lower case before its mark or the line's end (`Zeki Tran c x`).
    const lastWord = tokens[b - 1].text;
    const after = tokens[b + 1];
    const row = tokens[a].nl && !!tokens[b] && !tokens[b].nl && !tokens[b].cap && !!lexicon.party(tokens[b].text) && (!after || after.nl || after.text === "x");
    // A row of a surname-first list is one too, its given name unknown (`Bolding Nilla HSO, ordförande`).
    const context =
      tokens[b]?.text === "(" ||
      tokens[b]?.text === "," ||
      titled ||
      row ||
      lexicon.isSurname(lastWord) ||
      lexicon.hasSurnameShape(lastWord) ||
      (surnameFirst && b - a === 2);
    if (b - a >= 2 && b - a <= 4 && context && !affiliated(a, b) && !opensNoPerson(tokens, a, lexicon))
      out.push(make(a, b, surnameFirst && b - a === 2 && !lexicon.isSurname(tokens[b - 1].text)));
    return out;
  }
  // In rows with no party an unknown word before the surname is the last row's affiliation's (`SRF Norrbygden Gavlin
  // Ruben`: `Ruben Gavlin`).
  if (surnameFirst && firstGiven - a === 2 && tokens[b]?.text !== "(" && !lexicon.isSurname(tokens[a].text) && !PARTICLES.has(tokens[a + 1].text)) a++;
  if (surnameFirst && firstGiven - a >= 1 && firstGiven - a <= 2 && (firstGiven + 1 === b || given(firstGiven + 1))) {
    // Two given names that end the run are one name's (`Hägglund Per Olof (C)`).
    const two = firstGiven + 2 === b && given(firstGiven + 1) ? 2 : 1;
    out.push(make(a, firstGiven + two, true, two));
    a = firstGiven + two;
    if (a >= b) return out;
    firstGiven = a;
    while (firstGiven < b && !given(firstGiven)) firstGiven++;
    if (firstGiven === b) return out;
  }
  let k = firstGiven;
  if (firstGiven - a === 1 && (firstGiven + 1 === b || given(firstGiven + 1))) {
    // `Dahl Lisa`: read surname first only where the first word is a surname; `Kokab Faris` stands as written.
    out.push(make(a, firstGiven + 1, (lexicon.isSurname(tokens[a].text) || lexicon.hasSurnameShape(tokens[a].text)) && !lexicon.isGivenName(tokens[a].text)));
    k = firstGiven + 1;
  } else if (firstGiven - a >= 2 && firstGiven - a <= 4 && !affiliated(a, firstGiven)) out.push(make(a, firstGiven, false));
  // A given name that opens the next name: a surname follows it (`Lisa Dahl` in `Olle Sten Lisa Dahl`).
  const opensName = (j: number) => given(j) && j + 1 < b && !given(j + 1);
  while (k < b) {
    // Organisations and municipalities between names (`Kommunförbundet`, `Kramfors`) start none.
    if (affiliation(k)) {
      k++;
      continue;
    }
    // Nor does a company's name (`Nordic Malt Vallby`), up to the next given name.
    if (!given(k) && opensNoPerson(tokens, k, lexicon)) {
      while (k < b && !given(k)) k++;
      continue;
    }
    let end = k + 1;
    // Two given names (`Anna Karin Berg`), or a given name and a surname that is one too (`Olle Sten`) before the next name.
    if (given(k) && given(end) && (!given(end + 1) || opensName(end + 1))) end++;
    // `Kayumba van den Brink`: a word before a particle opens the next name.
    const opensByParticle = (e: number) => !PARTICLES.has(tokens[e].text) && PARTICLES.has(tokens[e + 1]?.text ?? "");
    while (
      end < b &&
      end - k < 4 &&
      // After a particle a given name is a surname (`Lisa de Martin`).
      (!given(end) || PARTICLES.has(tokens[end - 1].text)) &&
      // `Ola Berg Ordförandena och …`: a title in the definite plural is no surname.
      !(
        end - k >= 2 &&
        (opensByParticle(end) ||
          affiliationEndsName(tokens, end, lexicon) ||
          isBodyNoun(tokens[end]) ||
          opensOrganisation(tokens, end, lexicon) ||
          pluralTitle(tokens[end].text, lexicon))
      )
    )
      end++;
    while (end > k + 1 && PARTICLES.has(tokens[end - 1].text)) end--;
    if (
      twoNamesOfFour(
        tokens.slice(k, end).map((t) => t.text),
        lexicon,
      )
    )
      end = k + 2;
    if (end - k >= 2 && tokens[end - 1].text !== ".") out.push(make(k === a ? nameStart(tokens, a, lexicon) : k, end, false));
    k = end;
  }
  return out;
}
