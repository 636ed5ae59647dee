/**
 * Protocol words
 * ==============
 *
 * The words of `data/protocol.json` (field labels, signature labels, words never in a name, markers of absence and
 * substitution) compiled once into the lookups the list, protocol and person readers share.
 */
import type { Lexicon } from "../lexicon/lexicon";
import type { Capacity, ProtocolWords } from "../lexicon/types";
import { foldHash, hashBitmap } from "../text/hash";
import { escapeRegExp } from "../text/regexp";
import type { Token } from "../text/tokenize";

/** Phrases by their first word (lower case), each as its key and length in tokens. */
/** The adjuster's titles as a pattern's source (`justerare`, `protokollsjusterare`, `justerande`, `justeringsperson`). */
export const ADJUSTER_NOUN = String.raw`(?:protokolls?)?juster(?:are|ande|ingsperson)`;

export type PhraseTable = Map<string, { key: string; length: number }[]>;

export type LabelKind = { kind: "people" | "signature"; capacity: Capacity } | { kind: "stop" | "opener"; capacity?: undefined };

/** The words of `protocol.json` compiled once into the lookups both protocol steps use. */
export interface CompiledWords {
  labels: Map<string, LabelKind>;
  /** Ends in an association's definite head (`Samordningsförbundet`): a proper name may follow. */
  associations: RegExp;
  fragments: Set<string>;
  absent: PhraseTable;
  notNameEnding: RegExp;
  /** Ends in a unit of an administration (`Gatuavdelningen`, `IT-enheten`): the not-name endings that are no body's. */
  unitEnding: RegExp;
  firstWords: Set<string>;
  replaces: PhraseTable;
  notNames: Set<string>;
  /** Words in parentheses that are no party's letters (`tjg`), lower case. */
  notParties: Set<string>;
  /** A bitmap of the not-name words' hashes: most capitalised words are turned away by a token's hash. */
  notNameBits: Uint32Array;
  maxWords: number;
  /** A short form of a body (`bodyShortForms`) where a header may name the body that met; undefined with none. */
  shortForm?: RegExp;
  shortForms: Record<string, string>;
}

/** A `replaces` word that alone says the reserve before it serves (`X (C) tjänstgörande`, `X tjg`), naming no one. */
export const SERVING = /^(?:tjänstgörande|tjänstgör|tjg)$/i;

/** A note in parentheses after a listed name that says the person had no vote (`(utan rösträtt, med yttranderätt)`). */
export const NO_VOTE = /^[ \t]*\([ \t]*(?:utan|ej|ingen)[ \t]+rösträtt/i;

/** Capacities a label gives one person only (a chair or secretary label takes one name). */
export const SINGLE: ReadonlySet<Capacity> = new Set(["chair", "secretary"]);

/** Role categories held in the body that met; a title of any other (`enhetschef`) is a staff title. */
export const BODY_ROLES: ReadonlySet<string> = new Set(["chair", "vice_chair", "politician", "secretary", "adjuster"]);

// Two to four letters (`KvF`, `kd`): a local party's short form, which the lexicon cannot list; in a seat's entry, where
// only a party stands, also one capital (`T`) or five or six letters in mixed case with a capital inside (`BorgA`; in
// capitals they are a word of the minutes, `DELVIS`). A mark of presence (`N`, `E`, `J`, `sjuk`) is in `notParties`.
const LOCAL_PARTY = /^[A-ZÅÄÖa-zåäö]{2,4}$/;
const SEAT_LOCAL_PARTY = /^(?:\p{Lu}|(?=\p{L}{5,6}$)\p{Lu}\p{Ll}+\p{Lu}\p{L}*)$/u;

/**
 * Whether letters no known party has may be a local party's, where a listed name's party stands (in parentheses after
 * it, or in a column of parties; `seat`: after a member's or a reserve's name): not a word the lexicon says is none
 * (`tjg`, `ers`) nor a title (`ordf`).
 */
export const isLocalParty = (text: string, words: CompiledWords, lexicon: Lexicon, seat = false): boolean =>
  (LOCAL_PARTY.test(text) || (seat && SEAT_LOCAL_PARTY.test(text))) && !words.notParties.has(text.toLowerCase()) && !lexicon.role(text.toLowerCase());

const compiled = new WeakMap<ProtocolWords, CompiledWords>();

/**
 * A title found by its ending, written out where it is a chair's abbreviated (`mötesordf`, `mötesordf.` → `mötesordförande`,
 * as `ordf` is `ordförande`), so the chair's title reads as a chair's.
 */
export function fullTitle(title: string): string {
  return title.endsWith("ordf") ? `${title}örande` : title;
}

/** The phrase as the tokenizer splits it, lower case: words and punctuation joined by one space. */
export function phraseKey(words: string[]): string {
  return words.join(" ").toLowerCase();
}

/** Length in tokens of the longest phrase of the table that starts at token `i`, or 0 (also past the last token). */
export function phraseAt(tokens: readonly Token[], i: number, phrases: PhraseTable): number {
  if (i >= tokens.length) return 0;
  for (const p of phrases.get(tokens[i].text.toLowerCase()) ?? []) {
    if (phraseKey(tokens.slice(i, i + p.length).map((x) => x.text)) === p.key) return p.length;
  }
  return 0;
}

/**
 * The longest label phrase of `protocol.json` at token `k`, on its line and before token `end`, whose capacity
 * `accept` takes (with the phrase's length in tokens): that capacity and the token after the phrase.
 */
export function labelPhraseAt(
  tokens: readonly Token[],
  k: number,
  end: number,
  words: CompiledWords,
  accept: (capacity: Capacity, length: number) => boolean,
): { capacity: Capacity; to: number } | undefined {
  let best: { capacity: Capacity; to: number } | undefined;
  const parts: string[] = [];
  for (let j = k; j < end && j - k < words.maxWords && !tokens[j].nl; j++) {
    parts.push(tokens[j].text);
    const capacity = words.labels.get(phraseKey(parts))?.capacity;
    if (capacity && accept(capacity, j - k + 1)) best = { capacity, to: j + 1 };
  }
  return best;
}

export function splitPhrase(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|\S/gu) ?? [];
}

/** Compiles the words of `protocol.json` once per data object. */
export function compileProtocolWords(words: ProtocolWords): CompiledWords {
  let c = compiled.get(words);
  if (c) return c;
  const labels = new Map<string, LabelKind>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  const add = (phrase: string, kind: LabelKind) => {
    const parts = splitPhrase(phrase);
    labels.set(phraseKey(parts), kind);
    firstWords.add(parts[0].toLowerCase());
    maxWords = Math.max(maxWords, parts.length);
  };
  for (const phrase of words.stopLabels) add(phrase, { kind: "stop" });
  for (const phrase of words.signatureOpeners) add(phrase, { kind: "opener" });
  for (const [phrase, capacity] of Object.entries(words.peopleFields)) {
    if (capacity === "sender" || capacity === "recipient") continue;
    add(phrase, { kind: words.signatureLabels.includes(phrase) || SINGLE.has(capacity) || capacity === "adjuster" ? "signature" : "people", capacity });
  }
  // Fields written otherwise: a field of reserves not serving without its noun (`Ej tjänstgörande Anna Berg`,
  // `Närvarande, ej tjg`), and `icke` for `ej` (`Icke tjänstgörande ersättare`, `Icke närvarande`).
  for (const [phrase, capacity] of Object.entries(words.peopleFields)) {
    const forms = [phrase];
    if (capacity === "nonserving" && /\bej (?:tjänstgörande|tjg) (?:ersättare|ers)$/.test(phrase)) forms.push(phrase.replace(/ \S+$/, ""));
    for (const form of [...forms]) if (/\bej\b/.test(form)) forms.push(form.replace(/\bej\b/, "icke"));
    for (const form of forms.slice(1)) if (!labels.has(phraseKey(splitPhrase(form)))) add(form, { kind: "people", capacity });
  }
  const table = (phrases: string[]): PhraseTable => {
    const out: PhraseTable = new Map();
    for (const phrase of phrases) {
      const parts = splitPhrase(phrase);
      const first = parts[0].toLowerCase();
      out.set(
        first,
        [...(out.get(first) ?? []), { key: phraseKey(parts), length: parts.length }].sort((x, y) => y.length - x.length),
      );
    }
    return out;
  };
  const replaces = table(words.replaces);
  const absent = table(words.absentMarkers);
  const notNameEnding = new RegExp(`(?:${words.notNameEndings.join("|")})$`, "i");
  const units = words.notNameEndings.filter((e) => /(en|et)$/.test(e) && !words.bodies.includes(e));
  const unitEnding = new RegExp(`[\\p{L}-](?:${units.join("|")})$`, "u");
  const associations = new RegExp(`(?:${words.associationHeads.filter((h) => /(et|en)$/.test(h)).join("|")})$`, "i");
  c = {
    labels,
    associations,
    firstWords,
    replaces,
    notNames: new Set(words.notNames),
    notParties: new Set(words.notParties),
    notNameBits: hashBitmap(words.notNames.map(foldHash), 12),
    maxWords,
    fragments: new Set(words.fragments),
    absent,
    notNameEnding,
    unitEnding,
    shortForm: shortFormPattern(Object.keys(words.bodyShortForms ?? {})),
    shortForms: words.bodyShortForms ?? {},
  };
  compiled.set(words, c);
  return c;
}

// A short form as a word of its own, not in a compound (`KS-ordföranden`), in the genitive (`KS:s ordförande`), in a
// case number (`Dnr BUN 0214`, `KS 2019/123`, `2023/BUN 0214`, `BUN/2016:360`) or naming a room (`KS sammanträdesrum`,
// `KF salen`); a date may follow it (`KSAU 2021-03-02`).
function shortFormPattern(forms: string[]): RegExp | undefined {
  if (forms.length === 0) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\d/])(?<!(?:[Dd]nr|DNR|[Dd]iarienummer)[.:]?\\s{1,3})(?:${forms
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|")})(?![\\p{L}\\d]|-\\p{L})(?!:s(?!\\p{L}))(?![-/.:]?\\s?\\d+\\s?[/.:]|/)(?!\\s(?:\\p{L}*rum(?:met)?|sal(?:en)?)(?!\\p{L}))`,
    "gu",
  );
}

/**
 * The first body named by its short form in `text[from, to)` (`KSAU`, `KS:s arbetsutskott`, `BUN`), by its full name
 * (`bodyShortForms` of `protocol.json`), with the short form's offsets.
 */
export function shortFormIn(words: ProtocolWords, text: string, from: number, to: number): { name: string; start: number; end: number } | undefined {
  const { shortForm, shortForms } = compileProtocolWords(words);
  if (!shortForm) return undefined;
  shortForm.lastIndex = from;
  const m = shortForm.exec(text.slice(0, to));
  return m ? { name: shortForms[m[0]], start: m.index, end: m.index + m[0].length } : undefined;
}
