/** A string as a regular expression that matches it literally (lexicon terms, file names, role words). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
