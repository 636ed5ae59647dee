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
}

/** The shortest set of parts that every word holds one of (`rotokoll` serves `sammanträdesprotokoll` too). */
function minimalParts(parts: string[]): string[] {
  return parts.filter((p, i) => !parts.some((q, j) => j !== i && p.includes(q) && (q !== p || j < i)));
}

// `nder ledning av`, as the readers ask for `under ledning av`: not `anledning av`, which closes most interpellations.
const SEMINAR = ["eminar", "anel", "nder ledning av", "oderator", "oderera", "oderated", "ledde ", "haired", "led the"];
const KINDS = ["newsletter", "seminar", "collaboration", "protocol", "programme", "meeting", "related"] as const;
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
};
// The kinds each word tells, as bits: its own and those of every word inside it, as a match consumes the words it
// holds (`ammanträde` of a protocol holds the meeting cue `ammanträd`).
const ALL_WORDS = [...new Set(KINDS.flatMap((kind) => WORDS[kind]))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
const KIND_OF = new Map(
  ALL_WORDS.map((word) => [word, KINDS.reduce((bits, kind, bit) => (WORDS[kind].some((w) => word.includes(w)) ? bits | (1 << bit) : bits), 0)] as const),
);
// One pattern per set of kinds still unseen (by bit), so the scan goes on for those only; longer words first, so of
// two words that start at one place the one telling more kinds matches. No capture groups: the word found tells its
// kinds, and a pattern without groups runs a third faster.
const PATTERNS = Array.from({ length: 1 << KINDS.length }, (_, unseen) => new RegExp(ALL_WORDS.filter((w) => KIND_OF.get(w)! & unseen).join("|"), "g"));

/** Each kind's bit. */
const BIT = Object.fromEntries(KINDS.map((kind, bit) => [kind, 1 << bit])) as Record<keyof Cues, number>;

/** Scans a text once for every kind of cue. */
export function scanCues(text: string): Cues {
  let unseen = (1 << KINDS.length) - 1;
  let at = 0;
  while (unseen) {
    const pattern = PATTERNS[unseen];
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) break;
    unseen &= ~KIND_OF.get(m[0])!;
    at = pattern.lastIndex;
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
