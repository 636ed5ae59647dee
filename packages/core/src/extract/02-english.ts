/**
 * English
 * =======
 *
 * English documents go through compromise, whose model is English: its `people()` finds names by its own grammar
 * once our lexicons are added to it (given names as FirstName, surnames as LastName, organisations, municipalities).
 * Its people are merged with our own person pass, which knows Swedish names compromise does not.
 *
 * compromise is loaded only when an English document is extracted: importing it costs about 0.8 s, which every
 * start of the CLI paid, `--help` included, though most corpora hold no English. `loadDocument` awaits
 * `loadEnglish()` for an English document (Node and browser); the synchronous `readDocument` + `extractDocument` path
 * loads it with `require` in Node, and in a browser needs `await loadEnglish()` first.
 * [Reference] https://github.com/spencermountain/compromise
 */
import type nlpType from "compromise";
import { SamverkanError } from "../errors";
import type { Lexicon } from "../lexicon/lexicon";
import { type Mention, isThingWordAfter, newMention } from "./02-mentions";
import type { Token } from "../text/tokenize";

type Nlp = typeof nlpType;

// The first copy of compromise loaded (its ES module or, through `require`, its CommonJS build) serves every call, so
// the lexicon words are added to the copy that reads.
let nlp: Nlp | undefined;
let loading: Promise<Nlp> | undefined;

/**
 * Loads compromise for English documents; resolves at once when it is loaded. `loadDocument` calls it for every
 * English document; call it before `readDocument` + `buildGraph` of English text in a browser.
 */
export function loadEnglish(): Promise<void> {
  if (nlp) return Promise.resolve();
  loading ??= import("compromise").then((m) => (nlp ??= m.default));
  return loading.then(() => undefined);
}

/** Node's `require`, reached without importing a Node module (this file also runs in browsers). */
function nodeRequire(): ((id: string) => unknown) | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const nodeModule = proc?.getBuiltinModule?.("node:module") as { createRequire(url: string): (id: string) => unknown } | undefined;
  return nodeModule?.createRequire(import.meta.url);
}

/** compromise, loaded by `loadEnglish` or else synchronously where Node's `require` is at hand. */
function english(): Nlp {
  if (nlp) return nlp;
  const require = nodeRequire();
  if (!require) {
    throw new SamverkanError(
      "USAGE",
      "samverkan/extract: an English document needs compromise, which is loaded on demand: await loadEnglish() before extracting it, or read it with loadDocument",
    );
  }
  return (nlp = require("compromise") as Nlp);
}

const installed = new WeakSet<Lexicon>();

/** Adds the lexicon's words to compromise (one copy of it per process) once per lexicon. */
function install(nlp: Nlp, lexicon: Lexicon) {
  if (installed.has(lexicon)) return;
  const words: Record<string, string> = {};
  for (const name of lexicon.data.surnames.names) words[name.toLowerCase()] = "LastName";
  for (const name of lexicon.data.givenNames.names) words[name.toLowerCase()] = "FirstName";
  for (const org of lexicon.data.organisations) for (const form of [org.name, ...(org.aliases ?? [])]) words[form.toLowerCase()] = "Organization";
  for (const m of lexicon.data.municipalities) words[m.name.toLowerCase()] = "City";
  nlp.addWords(words);
  installed.add(lexicon);
}

/** Titles compromise takes into a name (`Secretary General Ms. X`, `X Second Vice`): never a name's first or last word. */
const TITLES = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Dr",
  "Prof",
  "Professor",
  "Sir",
  "Lord",
  "Lady",
  "General",
  "Secretary",
  "President",
  "Vice",
  "First",
  "Second",
  "Third",
  "Chair",
  "Chairman",
  "Minister",
  "Governor",
  "Mayor",
  "Director",
  "Deputy",
  "Ambassador",
  "Councillor",
  "Councilor",
  "Commissioner",
]);
/** Lower-case words that join the words of a title-case phrase (`Vice Mayor for Culture and Urban Environment`). */
const TITLE_JOINER = new Set(["and", "of", "for", "&"]);
/** A title glued to a name where a line break was lost (`XSecond`): the name is the part before it. */
const GLUED_TITLE = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

/**
 * The length of text compromise reads at once. Its offsets cost more than linear in a text's length (`json` with
 * offsets took 0.06 s of a 42 KB page, 0.55 s of a 175 KB one; a 700 KB page built in 25.6 CPU-s and 558 MB, in
 * pieces in 6.1 CPU-s and 233 MB, the same graph), so a long text is read in pieces, each cut after a paragraph, else
 * a line, else a sentence: names do not span them.
 */
const ENGLISH_PIECE = 10_000;

/** Where the piece of `text` that starts at `from` ends (see `ENGLISH_PIECE`). */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= 1.5 * ENGLISH_PIECE) return text.length;
  const limit = from + ENGLISH_PIECE;
  for (const cut of ["\n\n", "\n", ". ", " "]) {
    const at = text.lastIndexOf(cut, limit);
    if (at > from + ENGLISH_PIECE / 2) return at + cut.length;
  }
  return limit;
}

/** The people compromise finds in `text`, by their offsets in it. */
function compromisePeople(nlp: Nlp, text: string): { start: number; length: number }[] {
  const people: { start: number; length: number }[] = [];
  for (let from = 0, to: number; from < text.length; from = to) {
    to = pieceEnd(text, from);
    const found = nlp(text.slice(from, to)).people().json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const { offset } of found) people.push({ start: from + offset.start, length: offset.length });
  }
  return people;
}

/**
 * People compromise finds in an English text, as mentions over our tokens: without titles at either end, and none
 * that names a party or organisation (`Christian Democrats`, `Liberal People's Party`).
 */
export function englishPersonMentions(text: string, tokens: Token[], lexicon: Lexicon, taken: (i: number) => boolean): Mention[] {
  const nlp = english();
  install(nlp, lexicon);
  const mentions: Mention[] = [];
  let t = 0;
  for (const person of compromisePeople(nlp, text)) {
    const start = person.start;
    const end = start + person.length;
    while (t < tokens.length && tokens[t].start < start) t++;
    let to = t;
    while (to < tokens.length && tokens[to].end <= end && tokens[to].word) to++;
    let from = t;
    while (from < to && TITLES.has(tokens[from].text)) from++;
    while (to > from && TITLES.has(tokens[to - 1].text)) to--;
    // `Development Cooperation Johan Forsell`: a title's last word before a known given name and a surname.
    while (to - from > 2 && !lexicon.isGivenName(tokens[from].text) && lexicon.isGivenName(tokens[from + 1].text)) from++;
    if (to - from < 2 || taken(from)) continue;
    // `Culture and Urban Environment`, `in the Urban Environment`: a given name that is also a word, in a title-case
    // phrase or after an article, before no surname.
    const joiner = tokens[from - 1];
    if (
      joiner &&
      ((TITLE_JOINER.has(joiner.text) && tokens[from - 2]?.cap) || /^(?:the|The)$/.test(joiner.text)) &&
      lexicon.isAmbiguousGivenName(tokens[from].text) &&
      !lexicon.isSurname(tokens[to - 1].text) &&
      !lexicon.hasSurnameShape(tokens[to - 1].text)
    )
      continue;
    let named = tokens.slice(from, to).map((x) => x.text);
    if (named.some((w, i) => isThingWordAfter(w, named[i - 1], lexicon))) continue;
    let stop = tokens[to - 1].end;
    const glued = GLUED_TITLE.exec(named[named.length - 1]);
    if (glued && TITLES.has(glued[2])) {
      named = [...named.slice(0, -1), glued[1]];
      stop -= glued[2].length;
    }
    const label = named.join(" ");
    mentions.push(newMention("person", label, label, from, to, tokens[from].start, stop, "person:compromise"));
  }
  return mentions;
}

/** Union of two sorted mention lists; where they overlap, the longer mention wins. */
export function mergeMentions(a: Mention[], b: Mention[]): Mention[] {
  const all = [...a, ...b].sort((x, y) => x.from - y.from || y.to - y.from - (x.to - x.from));
  const out: Mention[] = [];
  for (const m of all) {
    const last = out[out.length - 1];
    if (last && m.from < last.to) {
      if (m.to - m.from > last.to - last.from) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
