/** A string as a regular expression that matches it literally (lexicon terms, file names, role words). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Text that is only a list's bullets and white space (what stands before a list line's first word). */
export const BULLETS_ONLY = /^[\s•·▪►*–-]*$/u;

/**
 * A programme's time or span of hours, as a pattern's source: `09.00`, `13:15`, `13.35–14.00`, and a span in four digits
 * each (`0900-0915`). Four digits alone are as often a year, so only a span of day hours counts (no `1998-2002`).
 */
export const CLOCK = String.raw`(?:\d{1,2}[.:]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[.:]\d{2})?|(?:0[6-9]|1[0-8])[0-5]\d[ \t]*[-–][ \t]*(?:[01]\d|2[0-3])[0-5]\d)`;
