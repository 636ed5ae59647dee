/** A string as a regular expression that matches it literally (lexicon terms, file names, role words). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Text that is only a list's bullets and white space (what stands before a list line's first word). */
export const BULLETS_ONLY = /^[\s•·▪►*–-]*$/u;
