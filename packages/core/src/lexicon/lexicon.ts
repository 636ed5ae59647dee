/**
 * Lexicon
 * =======
 *
 * Compiles the domain lists into the lookups the extraction needs: a phrase gazetteer over tokens (municipalities in
 * all their forms, organisations with aliases, parties, counties, roles) and name tests for people. Logic takes the
 * data as a parameter, so users can swap or extend the lists.
 *
 * Matching rules: abbreviations (`KSL`, `Af`, `MIG`, `S`) match only as written, so the pronoun "mig" is not the
 * Migration Agency. Names match as written, and a lower-case form in the lists (`landstinget`) also capitalised at a
 * sentence start; roles, being common nouns, match in any case. A final `s` is accepted as a genitive (`KSLs`,
 * `Nackas`, `Storsthlms`).
 */
import { continueFoldHash, HASH_MASK, HASH_START, hashBitmap, hashFlagTable, inHashBitmap } from "../text/hash";
import type { Token } from "../text/tokenize";
import { BEYOND_LATIN1, slugify, withoutForeignMarks } from "../text/fold";
import { escapeRegExp } from "../text/regexp";
import type { LexiconData, OrganisationEntry, PartyEntry, RoleEntry } from "./types";

export type GazetteerKind = "municipality" | "organisation" | "party" | "county" | "role";

/** What a gazetteer phrase refers to. */
export interface GazetteerEntry {
  kind: GazetteerKind;
  /** Entity id without kind prefix (`nacka`, `storsthlm`, `m`) or the normalised role. */
  id: string;
  label: string;
  /** The phrase is an abbreviation and matched case-sensitively. */
  abbreviation: boolean;
}

/** A gazetteer hit over tokens `[from, to)`. */
export interface GazetteerMatch {
  entry: GazetteerEntry;
  from: number;
  to: number;
  start: number;
  end: number;
  genitive: boolean;
}

export interface Lexicon {
  data: LexiconData;
  /**
   * May a gazetteer phrase start with a word of this hash (`Token.h`)? One read of a bitmap, which turns most words
   * away: where it says no, `matchAt` finds nothing. For a caller that tries every token, before the call.
   */
  mayStartMatch(h: number): boolean;
  /** Longest gazetteer match starting at token `i`, if any. */
  matchAt(tokens: Token[], i: number, kinds?: ReadonlySet<GazetteerKind>): GazetteerMatch | undefined;
  isGivenName(word: string): boolean;
  /** Given names that are also ordinary words (`Per`, `Bo`): need more evidence. */
  isAmbiguousGivenName(word: string): boolean;
  isSurname(word: string): boolean;
  /** Ends like a Swedish surname (`-ström`, `-qvist`, `-sson`). */
  hasSurnameShape(word: string): boolean;
  role(normalised: string): RoleEntry | undefined;
  organisation(id: string): OrganisationEntry | undefined;
  party(id: string): PartyEntry | undefined;
  municipalityCounty(id: string): { county: string; code?: string } | undefined;
  /** Is a word (as written) a locality, city district or island of the place list (`Ornö`, `Visby`, `Kista`)? */
  isPlace(word: string): boolean;
  /** The region of the county a municipality (by its id) is in: the lexicon's region with that `county`. */
  regionOf(municipality: string): OrganisationEntry | undefined;
  /** The county of an organisation when `form` (as written, maybe with a genitive s) is one of its local aliases. */
  localFormCounty(id: string, form: string): string | undefined;
  /** Topic terms in `text[from, to)`, matched case-insensitively at word starts. */
  findTopics(text: string, from?: number, to?: number): { id: string; label: string; start: number; end: number }[];
}

const MAX_PHRASE = 10;
/**
 * A letter: a module constant (as is `BEYOND_LATIN1`), as a literal in a function is a new object each time it is met
 * (`matchAt` reads 834,000 words of the benchmark corpus; with these, the tokenizer's hash of the first word and one
 * match object for the longest, it allocates 32 MB instead of 80).
 */
const LETTER = /\p{L}/u;
/** Endings of Swedish nouns in the definite, plural and genitive forms, after a topic term. */
const INFLECTION = "e?n|e?t|[aeo]r(?:na)?|na|e?ns|e?ts|[aeo]rnas|s";

function isAbbreviation(phrase: string): boolean {
  return !phrase.includes(" ") && (phrase.length <= 3 || /\p{Lu}.*\p{Lu}/u.test(phrase)) && /^\p{Lu}/u.test(phrase);
}

/** Splits a phrase into the token texts the tokenizer would produce. */
function phraseTokens(phrase: string): string[] {
  return phrase.match(/[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|\S/gu) ?? [];
}

/** The words of tokens `[i, j]` joined by one space, as phrases are keyed. */
function phraseOf(tokens: Token[], i: number, j: number): string {
  let phrase = tokens[i].text;
  for (let k = i + 1; k <= j; k++) phrase += ` ${tokens[k].text}`;
  return phrase;
}

/** Role categories of a body's presidium (`ordförande`, `1:e vice ordförande`). */
export const PRESIDIUM_CATEGORIES: ReadonlySet<string> = new Set(["chair", "vice_chair"]);
/** Role categories of an elected seat in a body: its presidium and its members (`ledamot`, `kommunalråd`). */
export const SEAT_CATEGORIES: ReadonlySet<string> = new Set([...PRESIDIUM_CATEGORIES, "politician"]);

/** Genitive of a Swedish name: `Nacka` → `Nackas`; names ending in s, x or z take no extra s. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** Flags of a phrase hash: a whole phrase's, a proper prefix of one. */
const PHRASE = 1;
const PREFIX = 2;

/** Builds the lookups from lexicon data. */
export function createLexicon(data: LexiconData): Lexicon {
  const exact = new Map<string, GazetteerEntry>();
  const folded = new Map<string, GazetteerEntry>();
  const add = (phrase: string, entry: Omit<GazetteerEntry, "abbreviation">, caseSensitive = false) => {
    const tokens = phraseTokens(phrase.normalize("NFC"));
    if (tokens.length === 0 || tokens.length > MAX_PHRASE) return;
    const key = tokens.join(" ");
    const abbreviation = caseSensitive || isAbbreviation(phrase);
    // A literal, not a spread copy of `entry`: a spread gave each entry a hidden class of its own, so every reader of
    // `entry.kind` (matchAt, the gazetteer pass) met ever new ones and was deoptimised.
    const full: GazetteerEntry = { kind: entry.kind, id: entry.id, label: entry.label, abbreviation };
    if (!exact.has(key)) exact.set(key, full);
    // Proper names match as written; a lower-case form ("landstinget") also at a sentence start ("Landstinget").
    // Roles are common nouns and match in any case.
    if (entry.kind === "role" && !abbreviation) {
      if (!folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), full);
    } else if (/^\p{Ll}/u.test(key)) {
      const capitalised = key[0].toUpperCase() + key.slice(1);
      if (!exact.has(capitalised)) exact.set(capitalised, full);
    }
  };

  const counties = new Set<string>();
  const municipalityInfo = new Map<string, { county: string; code?: string }>();
  for (const m of data.municipalities) {
    const id = slugify(m.name);
    municipalityInfo.set(id, { county: m.county, code: m.code });
    const entry = { kind: "municipality" as const, id, label: m.name };
    const seat = data.places?.seats?.[m.name];
    for (const form of [m.official, m.name, `${m.name} kommun`, `${genitive(m.name)} kommun`, `${genitive(m.name)} stad`, seat]) {
      if (form) add(form, entry, true);
    }
    counties.add(m.county);
  }
  for (const county of counties) {
    add(county, { kind: "county", id: slugify(county), label: county });
    add(county.replace(/ län$/, "s län"), { kind: "county", id: slugify(county), label: county });
  }
  const localForms = new Map<string, Set<string>>();
  const regionByCounty = new Map<string, OrganisationEntry>();
  for (const o of data.organisations) {
    const entry = { kind: "organisation" as const, id: o.id, label: o.name };
    for (const form of [o.name, ...(o.aliases ?? []), ...(o.localAliases ?? [])]) add(form, entry);
    if (o.localAliases?.length && o.county) localForms.set(o.id, new Set(o.localAliases.map((f) => f.toLowerCase())));
    if (o.type === "region" && o.county) regionByCounty.set(o.county, o);
  }
  for (const p of data.parties) {
    const entry = { kind: "party" as const, id: p.id, label: p.name };
    const skip = new Set(p.ambiguous ?? []);
    add(p.name, entry);
    if (p.abbreviation.length > 1) add(p.abbreviation, entry, true);
    for (const alias of p.aliases ?? []) if (!skip.has(alias) && alias.length > 1 && !alias.startsWith("(")) add(alias, entry, alias.length <= 3);
  }
  for (const r of data.roles) {
    const entry = { kind: "role" as const, id: r.role, label: r.role };
    for (const form of [r.role, ...(r.aliases ?? []), ...(r.en ?? [])]) add(form, entry, false);
  }

  const given = new Set(data.givenNames.names.map((n) => n.normalize("NFC")));
  // The older spelling with `th` of a name in `-it` or `-itt` (`Berit` → `Berith`, `Britt` → `Brith`), as the lists
  // hold `Birgith` and `Lisbeth` beside `Birgit` and `Lisbet`: derived, not listed name by name.
  for (const name of [...given]) {
    if (name.endsWith("it")) given.add(`${name}h`);
    else if (name.endsWith("itt")) given.add(`${name.slice(0, -1)}h`);
  }
  const ambiguous = new Set((data.givenNames.ambiguous ?? []).map((n) => n.normalize("NFC")));
  const surnames = new Set(data.surnames.names.map((n) => n.normalize("NFC")));
  const suffixes = (data.surnames.suffixes ?? []).map((s) => s.toLowerCase()).sort((a, b) => b.length - a.length);
  const surnameShaped = (word: string): boolean => {
    const lower = word.toLowerCase();
    return suffixes.some((s) => lower.length > s.length + 1 && lower.endsWith(s));
  };
  // `Anna-Karin`, and `Sven-Göthe`: a given name joined to a second part the list lacks, which no surname list has
  // either (`Ernst-Lindgren` is a double surname).
  const hyphenatedGiven = (word: string): boolean => {
    const parts = word.split("-");
    if (parts.length !== 2) return parts.every((p) => given.has(p));
    const [first, second] = parts;
    return given.has(first) && (given.has(second) || (/^\p{Lu}\p{Ll}{2,}$/u.test(second) && !surnames.has(second) && !surnameShaped(second)));
  };
  /**
   * A word no listed given name as written may still be one: a double given name with an inner capital (`MonaLisa`,
   * `AnnaKarin`: both parts are given names), a hyphenated one (`hyphenatedGiven`) or one written with a mark the list
   * lacks (`Zoë`, `Irène`: the listed name without it; the Swedish letters å, ä and ö keep theirs, being letters of
   * their own). One pass over the letters tells which can be, before any lookup or copy: this runs on every capitalised
   * word the lexicon does not know.
   */
  const givenOtherwise = (word: string): boolean => {
    let hyphen = false;
    let inner = 0;
    let mayHaveMark = false;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c === 45) hyphen = true;
      // Upper-case letters of Latin-1 by their codes.
      else if (inner === 0 && i >= 2 && i < word.length - 1 && ((c >= 65 && c <= 90) || (c >= 192 && c <= 222 && c !== 215))) inner = i;
      if (c >= 192 && c <= 255) mayHaveMark = true;
    }
    if (hyphen && hyphenatedGiven(word)) return true;
    if (inner > 0 && given.has(word.slice(0, inner)) && given.has(word.slice(inner))) return true;
    if (!mayHaveMark) return false;
    const bare = withoutForeignMarks(word);
    return bare !== undefined && given.has(bare);
  };
  const places = new Set(Object.values(data.places?.places ?? {}).flatMap((list) => list.map((p) => p.normalize("NFC"))));
  const roles = new Map(data.roles.map((r) => [r.role, r]));
  // `vice förbundsordförande`: the deputy of a title the lexicon knows only without `vice` (the gazetteer reads the
  // two words as one role) is a vice chair where the title is a chair, and of the title's category otherwise.
  const deputyRole = (normalised: string): RoleEntry | undefined => {
    const base = normalised.startsWith("vice ") ? roles.get(normalised.slice(5)) : undefined;
    if (!base) return undefined;
    const entry = { role: normalised, category: base.category === "chair" ? "vice_chair" : base.category, en: base.en?.map((e) => `vice ${e}`) };
    roles.set(normalised, entry);
    return entry;
  };
  const orgs = new Map(data.organisations.map((o) => [o.id, o]));
  const parties = new Map(data.parties.map((p) => [p.id, p]));

  const topicByTerm = new Map<string, { id: string; label: string }>();
  for (const t of data.topics) for (const term of [t.label, ...t.terms]) topicByTerm.set(term.toLowerCase().normalize("NFC"), { id: t.id, label: t.label });
  const topicTerms = [...topicByTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // A term is a whole word, or that word with an inflection (`projektmedlen`, `strukturfonderna`), never the start
  // of another word: `eu` is not in `Europakontor`, `uppföljning` not in `Uppföljningsflagga`.
  const topicRe = topicTerms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${topicTerms.join("|")})(?:${INFLECTION})?(?![\\p{L}\\p{N}])`, "giu") : undefined;

  // Case-blind hashes of every phrase (also with a genitive `s`) and of every proper prefix of one, compared with the
  // hash the tokenizer computed and its continuation over the next words: a phrase is spelt out as a string only when
  // the hashes say it may be there, and a match stops growing as soon as no phrase can continue it.
  const hashFlags = new Map<number, number>();
  const flag = (h: number, f: number) => hashFlags.set(h & HASH_MASK, (hashFlags.get(h & HASH_MASK) ?? 0) | f);
  for (const key of [...exact.keys(), ...folded.keys()]) {
    for (const form of new Set([key, key.toLowerCase()])) {
      const words = form.split(" ");
      let h = HASH_START;
      words.forEach((word, n) => {
        h = continueFoldHash(n === 0 ? h : continueFoldHash(h, " "), word);
        if (n < words.length - 1) flag(h, PREFIX);
      });
      flag(h, PHRASE);
      flag(continueFoldHash(h, "s"), PHRASE);
    }
  }
  const flagsOf = hashFlagTable(hashFlags);
  // The hashes a match can start with, as a bitmap: one memory read turns most words away.
  const startBits = hashBitmap(hashFlags.keys(), 18);

  /** The entry of a phrase written with a genitive `s`, given without it. */
  const genitiveLookup = (key: string, lowerKey: string): GazetteerEntry | undefined => {
    const hit = exact.get(key) ?? folded.get(lowerKey);
    // A genitive "s" is not accepted on a bare one-letter abbreviation ("S" + "s" is not a party).
    if (hit && hit.abbreviation && key.length < 2) return undefined;
    return hit;
  };

  return {
    data,
    mayStartMatch: (h) => inHashBitmap(startBits, h),
    matchAt(tokens, i, kinds) {
      const first = tokens[i].h;
      if (!inHashBitmap(startBits, first) || flagsOf(first) === 0) return undefined;
      let best: GazetteerEntry | undefined;
      let bestTo = i;
      let bestGenitive = false;
      // The first word's hash is the one the tokenizer computed: cut to 30 bits, which go on as the full state's would
      // (the low bits of a product depend only on the low bits of its factors).
      let h = first;
      for (let j = i; j < tokens.length && j - i < MAX_PHRASE; j++) {
        if (j > i && tokens[j].nl) break;
        const word = tokens[j].text;
        if (j > i) h = continueFoldHash(continueFoldHash(h, " "), word);
        // Characters beyond Latin-1 fold differently in the hash and in `toLowerCase`: such words skip the test.
        const sure = !BEYOND_LATIN1.test(word);
        const flags = flagsOf(h & HASH_MASK);
        if (!sure || flags & PHRASE) {
          const key = j === i ? word : phraseOf(tokens, i, j);
          // The lower-case key only where the phrase as written is none (most matches are).
          let entry = exact.get(key);
          let genitiveForm = false;
          if (!entry) {
            const lowerKey = key.toLowerCase();
            entry = folded.get(lowerKey);
            if (!entry && word.length > 2 && word.charCodeAt(word.length - 1) === 115 && LETTER.test(word[word.length - 2])) {
              entry = genitiveLookup(key.slice(0, -1), lowerKey.slice(0, -1));
              genitiveForm = entry !== undefined;
            }
          }
          if (entry && (!kinds || kinds.has(entry.kind))) {
            best = entry;
            bestTo = j + 1;
            bestGenitive = genitiveForm;
          }
        }
        if (sure && !(flags & PREFIX)) break;
      }
      // One match object, for the longest: a longer phrase often follows a shorter one (`Region` `Stockholm`).
      return best && { entry: best, from: i, to: bestTo, start: tokens[i].start, end: tokens[bestTo - 1].end, genitive: bestGenitive };
    },
    isGivenName: (word) => given.has(word) || givenOtherwise(word),
    isAmbiguousGivenName: (word) => ambiguous.has(word),
    isSurname: (word) => surnames.has(word) || (word.includes("-") && word.split("-").some((p) => surnames.has(p))),
    hasSurnameShape: surnameShaped,
    role: (normalised) => roles.get(normalised) ?? deputyRole(normalised),
    organisation: (id) => orgs.get(id),
    party: (id) => parties.get(id),
    municipalityCounty: (id) => municipalityInfo.get(id),
    isPlace: (word) => places.has(word),
    regionOf(municipality) {
      const county = municipalityInfo.get(municipality)?.county;
      return county === undefined ? undefined : regionByCounty.get(county);
    },
    localFormCounty(id, form) {
      const forms = localForms.get(id);
      const lower = form.toLowerCase();
      return forms && (forms.has(lower) || (lower.endsWith("s") && forms.has(lower.slice(0, -1)))) ? orgs.get(id)?.county : undefined;
    },
    findTopics(text, from = 0, to = text.length) {
      if (!topicRe) return [];
      const found: { id: string; label: string; start: number; end: number }[] = [];
      for (const m of text.slice(from, to).matchAll(topicRe)) {
        const topic = topicByTerm.get(m[1].toLowerCase());
        if (topic) found.push({ id: topic.id, label: topic.label, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
      }
      return found;
    },
  };
}
