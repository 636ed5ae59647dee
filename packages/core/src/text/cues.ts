/**
 * Cues
 * ====
 *
 * Words that tell a rule its text is worth reading closely: a mailing's furniture (`Läs mer`, `nyhetsbrev`) for the
 * genre, `seminarium` or `under ledning av` for meetings, `i samarbete med` for collaborations. One case-sensitive
 * scan per document finds them all (the first letters are dropped so `Seminariet` and `halvdagsseminarium` match
 * too); the careful, case-blind patterns then run only where a cue was seen. Reading a document scans it and the
 * extraction of that document reuses the result.
 */

export interface Cues {
  /** The text may be a newsletter. */
  newsletter: boolean;
  /** A seminar, panel or its chair may be described. */
  seminar: boolean;
  /** Organisations may be said to work together. */
  collaboration: boolean;
}

const CUES =
  /(yhetsbrev|enaste nytt|äs mer|alendari|ewsletter|ead more)|(eminar|anel|ledning av|oderat|ledde |haired|led the)|(amarbet|illsammans|amverkan|avtal med|ooperation|ogether|artnership)/g;

/** Scans a text once for every kind of cue. */
export function scanCues(text: string): Cues {
  const cues: Cues = { newsletter: false, seminar: false, collaboration: false };
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m && !(cues.newsletter && cues.seminar && cues.collaboration); m = CUES.exec(text)) {
    if (m[1]) cues.newsletter = true;
    else if (m[2]) cues.seminar = true;
    else cues.collaboration = true;
  }
  return cues;
}

// The cues of documents as read, with the text they were found in (a document whose text was replaced is scanned again).
const seen = new WeakMap<object, { text: string; cues: Cues }>();

/** Keeps the cues found while reading a document for its extraction. */
export function rememberCues(doc: { text: string }, cues: Cues): void {
  seen.set(doc, { text: doc.text, cues });
}

/** The cues of a document: those found while reading it, or a new scan. */
export function cuesOf(doc: { text: string }): Cues {
  const known = seen.get(doc);
  return known && known.text === doc.text ? known.cues : scanCues(doc.text);
}
