/**
 * Cues
 * ====
 *
 * Words that tell a rule its text is worth reading closely (`seminarium`, `under ledning av`; `i samarbete med`).
 * One case-sensitive scan per document finds them all (the first letters are dropped so `Seminariet` and
 * `halvdagsseminarium` match too); the careful, case-blind patterns then run only where a cue was seen.
 */

export interface Cues {
  /** A seminar, panel or its chair may be described. */
  seminar: boolean;
  /** Organisations may be said to work together. */
  collaboration: boolean;
}

const CUES = /(eminar|anel|ledning av|oderat|ledde |haired|led the)|(amarbet|illsammans|amverkan|avtal med|ooperation|ogether|artnership)/g;

/** Scans a text once for every kind of cue. */
export function scanCues(text: string): Cues {
  const cues: Cues = { seminar: false, collaboration: false };
  CUES.lastIndex = 0;
  for (let m = CUES.exec(text); m && !(cues.seminar && cues.collaboration); m = CUES.exec(text)) {
    if (m[1]) cues.seminar = true;
    else cues.collaboration = true;
  }
  return cues;
}
