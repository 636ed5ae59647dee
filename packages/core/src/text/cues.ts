/**
 * Cues
 * ====
 *
 * Words that tell a rule its text is worth reading closely: a mailing's furniture (`Läs mer`, `nyhetsbrev`) and a
 * protocol's words (`Beslutande`, `justerare`, from `data/protocol.json`) for the genre, `seminarium` or `under ledning
 * av` for meetings, programme labels (`Medverkande`), `i samarbete med` for collaborations, `möte` and `sammanträd`
 * for meetings told in prose, `Relevanta dokument` for a list of other documents. One case-sensitive scan per document finds them all (the first letters are dropped so
 * `Seminariet` and `halvdagsseminarium` match too); the careful, case-blind patterns then run only where a cue was
 * seen. Reading a document scans it and the extraction of that document reuses the result.
 */

import { DEFAULT_LEXICON_DATA } from "../lexicon/default-lexicon";
import { hashBitmap, inHashBitmap } from "./hash";

export interface Cues {
  /** The text may be a newsletter. */
  newsletter: boolean;
  /** A seminar, panel or its chair may be described. */
  seminar: boolean;
  /** Organisations may be said to work together. */
  collaboration: boolean;
  /** The text may be a protocol whose fields stand inline (one of the protocol cue words is in it). */
  protocol: boolean;
  /** The text may be an event's programme (a programme label of `data/protocol.json`, or `leds av`; labels the
   * seminar cue catches, `Panel` or `Moderator`, set that one only). */
  programme: boolean;
  /** A meeting may be told in prose: the text holds `möte`, `ammanträd` or `träff` (a superset of the rules' own tests, which
   * run where this is set; five scans of every text for `möte` and `sammanträd` cost 6 % of extraction). */
  meeting: boolean;
  /** The text may end in a list of other documents, as document-sharing sites add one (`Relevanta dokument`). */
  related: boolean;
  // Words a rule needs before it reads the text, each said exactly when the text holds it (as `includes` says): found
  // in this scan for 3 ms more over the benchmark corpus, where a scan of each text per word, up to eight, cost 0.07
  // CPU-s.
  /** `består av` or `utgörs av`: a body's members may be listed. */
  consists: boolean;
  /** `Hon är` or `Han är`: a seat may be said of a pronoun. */
  pronoun: boolean;
  /** `fullmäktige`. */
  assembly: boolean;
  /** `onferen`: a conference may be told of. */
  conference: boolean;
  /** `workshop`. */
  workshop: boolean;
  /** `Plats`: an event may have a `Plats:` line. */
  place: boolean;
}

/** The shortest set of parts that every word holds one of (`rotokoll` serves `sammanträdesprotokoll` too). */
function minimalParts(parts: string[]): string[] {
  return parts.filter((p, i) => !parts.some((q, j) => j !== i && p.includes(q) && (q !== p || j < i)));
}

// `nder ledning av`, as the readers ask for `under ledning av`: not `anledning av`, which closes most interpellations.
const SEMINAR = ["eminar", "anel", "nder ledning av", "oderator", "oderera", "oderated", "ledde ", "haired", "led the"];
const KINDS = ["newsletter", "seminar", "collaboration", "protocol", "programme", "meeting", "related"] as const;
/** The words found where they stand, whether or not a cue's word holds them. */
const PRESENT = ["consists", "pronoun", "assembly", "conference", "workshop", "place"] as const;
const WORDS: Record<keyof Cues, string[]> = {
  newsletter: ["yhetsbrev", "enaste nytt", "äs mer", "alendari", "ewsletter", "ead more"],
  seminar: SEMINAR,
  collaboration: ["amarbet", "illsammans", "amverkan", "avtal med", "ooperation", "ogether", "artnership"],
  // Protocol headers are often in capitals (`SAMMANTRÄDESPROTOKOLL`), so each part also in upper case.
  protocol: minimalParts(DEFAULT_LEXICON_DATA.protocol.cues.map((w) => w.slice(1))).flatMap((part) => [part, part.toUpperCase()]),
  // Labels the seminar cue already catches (`Panel`, `Moderator`) are left to it: a rule that reads programmes asks
  // for either kind.
  // A programme headed `Program` (capitalised: `program` is a common word in prose).
  programme: minimalParts([...Object.keys(DEFAULT_LEXICON_DATA.protocol.programmeFields).map((w) => w.slice(1)), "leds av", "eddes av"])
    .filter((part) => !SEMINAR.some((w) => part.includes(w)))
    .concat("Program", "PROGRAM"),
  meeting: ["möte", "ammanträd", "träff"],
  related: ["elevanta dokument", "iknande dokument", "elaterade dokument"],
  consists: ["består av", "utgörs av"],
  pronoun: ["Hon är", "Han är"],
  assembly: ["fullmäktige"],
  conference: ["onferen"],
  workshop: ["workshop"],
  place: ["Plats"],
};
// The kinds each word tells, as bits: its own and those of every word inside it, as a match consumes the words it
// holds (`ammanträde` of a protocol holds the meeting cue `ammanträd`).
const ALL_WORDS = [...new Set(KINDS.flatMap((kind) => WORDS[kind]))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const KIND_OF = new Map(
  ALL_WORDS.map((word) => [word, KINDS.reduce((bits, kind, bit) => (WORDS[kind].some((w) => word.includes(w)) ? bits | (1 << bit) : bits), 0)] as const),
);

/** The number of three Latin-1 characters, and its bits mixed for a bitmap's index. */
const trigram = (a: number, b: number, c: number) => (a << 16) | (b << 8) | c;
const mixed = (t: number) => Math.imul(t, 0x9e3779b1) >>> 8;
// The words by their first three characters (every word has four or more, all Latin-1): first the words found where
// they stand (`present`, the bit of their kind after the cues'), as a cue's word found ends the look at its place;
// then the cues', longer words first, so of two words that start at one place the one telling more kinds is taken, as
// an alternation of them in that order matched.
const WORDS_AT = new Map<number, { word: string; kinds: number; present: boolean }[]>();
const addWord = (word: string, kinds: number, present: boolean) => {
  const at = trigram(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2));
  WORDS_AT.set(at, [...(WORDS_AT.get(at) ?? []), { word, kinds, present }]);
};
PRESENT.forEach((kind, n) => {
  for (const word of WORDS[kind]) addWord(word, 1 << (KINDS.length + n), true);
});
for (const word of ALL_WORDS) addWord(word, KIND_OF.get(word)!, false);
// Their first three characters as a bitmap: one read turns nearly every place of a text away. A loop over the text
// with it costs 0.14 CPU-s over the benchmark corpus's texts where one regular expression of all the words took 0.24
// (it tried each word's first letters at every place).
const STARTS = hashBitmap([...WORDS_AT.keys()].map(mixed), 16);

/** Where a word may start at or after `from`: the first place whose three characters start one, else -1. */
function nextStart(text: string, from: number): number {
  const n = text.length;
  if (from + 2 >= n) return -1;
  let a = text.charCodeAt(from);
  let b = text.charCodeAt(from + 1);
  for (let i = from; i + 2 < n; i++) {
    const c = text.charCodeAt(i + 2);
    if ((a | b | c) < 256 && inHashBitmap(STARTS, mixed(trigram(a, b, c)))) return i;
    a = b;
    b = c;
  }
  return -1;
}

/** Each kind's bit. */
const BIT = Object.fromEntries([...KINDS, ...PRESENT].map((kind, bit) => [kind, 1 << bit])) as Record<keyof Cues, number>;

/**
 * Scans a text once for every kind of cue: from the first word found on, as a match takes the words it holds, and for
 * the kinds still unseen; and for the words found where they stand.
 */
export function scanCues(text: string): Cues {
  let unseen = (1 << (KINDS.length + PRESENT.length)) - 1;
  // Where a cue's word may start: after the last one found.
  let cueFrom = 0;
  for (let at = nextStart(text, 0); at >= 0 && unseen !== 0; at = nextStart(text, at + 1)) {
    for (const w of WORDS_AT.get(trigram(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2))) ?? []) {
      if ((w.kinds & unseen) === 0 || (!w.present && at < cueFrom) || !text.startsWith(w.word, at)) continue;
      unseen &= ~w.kinds;
      if (w.present) continue;
      cueFrom = at + w.word.length;
      break;
    }
  }
  // Made once, whole, not set a field at a time: the first document whose cue set a field V8 had kept constant
  // deoptimised the code that read it (`describe`, into which `findDocumentDate` is inlined).
  const seen = (kind: keyof Cues) => (unseen & BIT[kind]) === 0;
  return {
    newsletter: seen("newsletter"),
    seminar: seen("seminar"),
    collaboration: seen("collaboration"),
    protocol: seen("protocol"),
    programme: seen("programme"),
    meeting: seen("meeting"),
    related: seen("related"),
    consists: seen("consists"),
    pronoun: seen("pronoun"),
    assembly: seen("assembly"),
    conference: seen("conference"),
    workshop: seen("workshop"),
    place: seen("place"),
  };
}

// The cues of documents as read, with the text they were found in (a document whose text was replaced is scanned again).
const seen = new WeakMap<object, { text: string; cues: Cues }>();

/** Keeps the cues found while reading a document for its extraction. */
export function rememberCues(doc: { text: string }, cues: Cues): void {
  seen.set(doc, { text: doc.text, cues });
}

/**
 * After a document's text was replaced by the same characters in another string: its note (if any) holds the new
 * string, so that it keeps the old one alive no longer.
 */
export function moveCuesToText(doc: { text: string }): void {
  const known = seen.get(doc);
  if (known && known.text === doc.text) known.text = doc.text;
}

/** The cues of a document: those found while reading it, or a new scan. */
export function cuesOf(doc: { text: string }): Cues {
  const known = seen.get(doc);
  return known && known.text === doc.text ? known.cues : scanCues(doc.text);
}
