/**
 * Lists
 * =====
 *
 * Step 1 of extraction for minutes and e-mails: the people in header fields. Attendance lists come flattened from
 * PDFs and mail clients: `Anna Berg, Ekerö Per Holm, Haninge ... Lena Ek, Nacka, ordförande`
 * (split where `, <municipality>` closes a person), `Karin Berg Lena Holm-Ek Erik Sund`
 * (split where a given name opens the next), or one person a line in the standard municipal protocol form
 * (`Beslutande`, `Tjänstgörande ersättare`, `X (S) ersätter Y (S)`, `ordförande §§ 5–9`).
 */
import type { Lexicon } from "../lexicon/lexicon";
import type { Capacity, ProtocolWords } from "../lexicon/types";
import { compileProtocolWords, fullTitle, isLocalParty, labelPhraseAt, NO_VOTE, phraseAt, SERVING } from "./protocol-words";
import {
  affiliationEndsName,
  brokenWordAt,
  gluedNames,
  isAffiliationWord,
  isNameWord,
  type Mention,
  nameStart,
  newMention,
  opensNoName,
  opensNoPerson,
  opensOrganisation,
  PARTICLES,
  roleBySuffix,
  sharedEndAt,
  twoNamesOfFour,
  writtenName,
} from "./02-mentions";
import { firstAtOrAfter } from "../text/sorted";
import type { Token } from "../text/tokenize";

/** A role written with a listed name, with its paragraphs (`ordförande §§ 5–9`). */
export interface WrittenRole {
  normalised: string;
  written: string;
  start: number;
  end: number;
  items?: string;
  /** The municipality named right after a title (`kommunchef Borås`, `Eva Ek, planchef Vallby kommun`). */
  place?: Mention;
  /** The unit written after a title to its row's end (`Eva Ek, t.f avd.chef Mark och Skog`), where it is held. */
  unit?: { name: string; start: number; end: number };
}

/** What a header field says about the people in it (`data/protocol.json`). */
export type FieldRole = Capacity;

export interface ListedPerson {
  person: Mention;
  field: string;
  fieldRole: FieldRole;
  municipality?: Mention;
  party?: { id: string; start: number; end: number };
  /** Role words written after the name in the list (`ordförande`, `ordförande §§ 5–9`). */
  role?: WrittenRole;
  /** `X ersätter Y`: the person replaced. */
  replaces?: Mention;
  /** Offsets of the whole list entry, for evidence. */
  start: number;
  end: number;
}

export interface ListContext {
  tokens: Token[];
  text: string;
  gazetteerAt: Map<number, Mention>;
  lexicon: Lexicon;
  partyByAbbreviation: Map<string, string>;
  roleSuffixes: readonly string[];
  /** Set by a field that named its people by the given name alone: the header's later fields may too (`Anmält förhinder: Vera`). */
  givenNamesAlone?: boolean;
}

/** A token of a list of agenda items (`§§ 5–9`, `12-15 och 17`). */
const ITEM = /^(§|\d+(?:[-–]\d+)?|[-–]|och|,)$/;

/** The capacities of an office one person holds (a chair, a secretary): its field's list ends at a blank line. */
const ONE_PERSON: ReadonlySet<FieldRole> = new Set(["chair", "secretary"]);

/** Fields whose people a serving mark makes serving reserves (not absentees, staff or officers). */
const SERVES: ReadonlySet<FieldRole> = new Set(["member", "substitute", "nonserving", "other"]);

/** Parties in parentheses one after another (`X (M) (M) (KD)`): a column flattened, which the inline reader reads. */
const PARTY_COLUMN = /\(\p{Lu}{1,3}\)[ \t]*\(\p{Lu}{1,3}\)/u;
/** The fields of seats: members and reserves, serving or not. */
const SEATS: ReadonlySet<FieldRole> = new Set(["member", "substitute", "nonserving"]);
/** The fields a mark of a reserve not serving after a name may correct (`Beslutande`, `Övriga närvarande`). */
const SEATED: ReadonlySet<FieldRole> = new Set(["member", "nonserving", "other"]);

/** A mark of presence in an attendance table's column (`X`, `✓`). */
const PRESENCE_MARK = /^[xX✓✔]$/;

/**
 * A sentence telling who else attended, with no names after a colon (`Dessutom närvarade tjänstemännen vid X`): no
 * entry of the list above it, which a copy with no blank lines runs on into.
 */
const PRESENCE_SENTENCE = /^[ \t]*\p{Lu}\p{Ll}*[ \t]+(?:närvarade|deltog)[ \t]+[^:\n]*$/u;
/**
 * A line no list goes on past: a page's number alone (`2`), or a sentence of the body (`Mötet öppnas.`), a capitalised
 * word and a lower-case one that end with a full stop.
 */
const ENDS_LIST = /^[ \t]*(?:\d{1,3}|\p{Lu}\p{Ll}+[ \t]+\p{Ll}[^\n]*[.!?])[ \t]*$/u;
/** Those present named by where they come from, a line of their own (`Från Länsstyrelsen närvarade X och Y`). */
const FROM_LINE = /^[ \t]*Från\s[^\n]{3,80}?\s(?:närvarade|deltog)[ \t]+(?=\p{Lu})/u;

const FIELD_LINE = /^[ \t]*(?:\*\*)?([A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö ]{1,40}?)(?::\*\*|\*\*:|:|\t|[ \t]*$)[ \t]*(.*)$/;

/**
 * A case's number opening a line (`Diarienummer 2021/KS 12`): a sitting's web page that lists its items under `Datum` /
 * `Plats` gives each its case's number, so before any people field the header is over, and a field in an item's body
 * (`Ordförande: X (M)` in the list of an election's item) is the election's, not the sitting's. The item's number and
 * title (`5 Val av revisorer`) do not end it: the same pages may list the items' titles alone, the sitting's people
 * after them (`Mötesinformation`, then `Närvarande:`).
 */
const CASE_NUMBER = /^[ \t]*Diarienummer(?!\p{L})/u;

/** A capitalised word of a name or title (`Anna`, `Holm-Ek`, `Tf.`). */
const CAPITALISED = String.raw`\p{Lu}[\p{L}.'’-]*`;

/** A name alone on its line: two to four capitalised words (`Anna Berg`, `Lena Holm Ek`). */
const NAME_ALONE = new RegExp(String.raw`^[ \t]*${CAPITALISED}(?:[ \t]+${CAPITALISED}){1,3}[ \t]*$`, "u");

/**
 * A line that may be one more entry of a list: two capitalised words first (a name, or a title and a name), then its
 * party, title or place (its abbreviations' full stops too: `t.f avd.chef`); not prose (`Dessutom närvarade tjänstemännen
 * …`) nor an item. The first word is taken.
 */
const LIST_ENTRY = new RegExp(String.raw`^[ \t]*[•*–-]?[ \t]*(${CAPITALISED})[ \t]+(\p{Lu}[\p{L}'’-]*)(?:[^\n.!?§]|\.(?=\p{L})){0,70}$`, "u");

/** Three capitalised words alone on a line (`Nils Berg Alnö`), a name and its place in a column of them. */
const THREE_WORDS = new RegExp(String.raw`^[ \t]*${CAPITALISED}(?:[ \t]+${CAPITALISED}){2}[ \t]*$`, "u");

/** An organisation's line, no person's: a company (`Vallby Vatten AB`), a region, a county board or a municipality. */
const ORGANISATION_LINE = /^[ \t]*[•*–-]?[ \t]*(?:Region|Länsstyrelsen|Kommun)\b|\bAB[ \t]*$/u;

/**
 * Whether a line is one more entry of a list past a blank line: two capitalised words first, of which the first is a
 * given name (`Hugo Brandt (M)`) or a field's word (`Ordförande Greta Lindqvist (S)`, `Vice ordförande …`), and no
 * organisation's line (`Vallby Vatten AB`, `Region Gävleborg`).
 */
function listEntry(line: string, words: ProtocolWords, isGivenName: (word: string) => boolean): boolean {
  const entry = LIST_ENTRY.exec(line);
  if (!entry || ORGANISATION_LINE.test(line)) return false;
  const first = entry[1].toLowerCase();
  return isGivenName(entry[1]) || Object.hasOwn(words.peopleFields, first) || Object.hasOwn(words.peopleFields, `${first} ${entry[2].toLowerCase()}`);
}

/** A signature block's opening line (`Underskrifter`, `Underskrifter: Paragrafer 1-12`). */
const SIGNATURES = /^[ \t]*Underskrift(?:er)?\b/i;

/** A line to sign on (`_______`). */
const SIGN_LINE = /^[ \t]*_{3,}[ \t]*$/;

/** A signature's label alone on its line, leader dots after it to sign on (`Ordförande ..........`). */
const DOTTED_LABEL = /^[ \t]*([A-Za-zÅÄÖåäö][A-Za-zÅÄÖåäö ]{1,40}?)[ \t]*[.…]{4,}[ \t]*$/;

/**
 * Whether a text's head sets a blank line after every line (a web copy with each line a paragraph): three in four of
 * its first 40 lines with text are followed by a blank one. Not a head with a signature block (`Underskrifter`): that
 * is the standard form of minutes printed from PDF, whose cells each stand on a line of their own and whose rows of
 * names are columns, which the inline protocol reader reads as it reads the copy with no blank lines.
 */
function blankAfterEachLine(lines: readonly string[]): boolean {
  let read = 0;
  let spaced = 0;
  for (let i = 0; i < lines.length - 1 && read < 40; i++) {
    if (lines[i].trim() === "") continue;
    if (SIGNATURES.test(lines[i])) return false;
    read++;
    if (lines[i + 1].trim() === "") spaced++;
  }
  return read >= 8 && spaced * 4 >= read * 3;
}

/** A line of two people fields' labels or more and nothing else (`Beslutande: Ersättare:`). */
function labelsBeside(line: string, words: ProtocolWords): boolean {
  if (line.length > 160) return false;
  let labels = 0;
  for (let rest = line; rest; labels++) {
    const field = FIELD_LINE.exec(rest);
    if (!field || !Object.hasOwn(words.peopleFields, field[1].trim().toLowerCase())) return false;
    rest = field[2];
  }
  return labels >= 2;
}

/**
 * Finds the people fields of a document's header and the value span of each (continuation lines included), among its
 * first `maxLines` lines. A blank line ends a field's list; in a copy with a blank line after every line, blank lines
 * are not counted and end a list only where the next line is no list's entry.
 */
export function peopleFieldSpans(
  text: string,
  words: ProtocolWords,
  isGivenName: (word: string) => boolean = () => false,
  maxLines = 80,
): { name: string; start: number; end: number }[] {
  const spans: { name: string; start: number; end: number }[] = [];
  const lines = text.split("\n");
  const spaced = blankAfterEachLine(lines);
  let offset = 0;
  let current: { name: string; start: number; end: number } | undefined;
  // Whether the current field's list may go on past a blank line: not a signature's label with no colon (`Justerare`),
  // which may stand under its name as well as over it, nor a one person's office (`Ordförande: X`, `Sekreterare`).
  let through = false;
  // Whether the current list is an inline field's, which goes on only by lines that are entries of a list.
  let entriesOnly = false;
  // The current inline list's lines of three capitalised words (`Nils Berg Alnö`): after two, one more goes on whether
  // or not the lexicon knows its given name.
  let threeWords = 0;
  // A signature block's list (`Underskrifter`, then a line to sign on over each name), which goes on only by its lines
  // to sign on and its names.
  let signing: { name: string; start: number; end: number } | undefined;
  // Whether a signature block's labels with leader dots stand over their names, as its first label tells (`signedBelow`).
  let namesBelow: boolean | undefined;
  // The current list if it has no names yet and reads past blank lines, taken out of the spans to go on after a line.
  const openList = () => {
    if (!current || !through || current.end !== current.start) return undefined;
    const open = current;
    spans.splice(spans.indexOf(open), 1);
    return open;
  };
  const reopen = (open: { name: string }) => {
    current = { name: open.name, start: offset + lines[lineAt].length, end: offset + lines[lineAt].length };
    spans.push(current);
    through = true;
    entriesOnly = false;
  };
  let lineAt = 0;
  // Whether the current list goes on at the next line with text: an entry of it, or under its label with no names yet a
  // one person's office (`Ordförande: X (S)`); no other field line with its names.
  const goesOn = (next: string) => {
    const field = FIELD_LINE.exec(next);
    if (!field?.[2]) return listEntry(next, words, isGivenName);
    return current!.end === current!.start && ONE_PERSON.has(words.peopleFields[field[1].trim().toLowerCase()]);
  };
  for (let i = 0, read = 0; i < lines.length && read < maxLines; i++) {
    const line = lines[i];
    if (line.trim() === "") {
      const next = lines[i + 1];
      if (!(spaced && current && through && next !== undefined && goesOn(next))) current = undefined;
      if (!spaced) read++;
      offset += line.length + 1;
      continue;
    }
    if (spans.length === 0 && CASE_NUMBER.test(line)) break;
    // A table's mark set out alone on its line (`X`, `-`, `Tjg`, `§ 4`) is a cell, no line of the header's.
    if (!TABLE_CELL.test(line)) read++;
    lineAt = i;
    const match = FIELD_LINE.exec(line);
    const name = match && tableField(match[1].trim().toLowerCase(), match[2], words);
    const block = match && name ? signatureColumns(lines, i, name, match[2], words) : undefined;
    if (block) {
      // A signature block set in columns (PDF, Word tables): each name under its label.
      let at = offset + line.length + 1;
      for (let k = i + 1; k < block.row; k++) at += lines[k].length + 1;
      let cell = at;
      block.names.forEach((text, k) => {
        const lead = text.length - text.trimStart().length;
        if (text.trim()) spans.push({ name: block.labels[k], start: cell + lead, end: cell + text.trimEnd().length });
        cell += text.length + 1;
      });
      for (let k = i; k <= block.row; k++) offset += lines[k].length + 1;
      i = block.row;
      current = undefined;
      continue;
    }
    if (namesOverLabels(lines, i, words)) {
      // A signature block whose names stand on one line over their labels on the next (`Eva Al Per Ek` / `sekreterare
      // ordförande`): no names of the field above (`Justerare: Per Ek`), but the block's, which the protocol's readers
      // pair by rank.
      current = undefined;
      offset += line.length + 1;
      continue;
    }
    // A signature block one field a line run on from the list above (`Utses att justera`), each label with its leader
    // dots (`Sekreterare ......`), then its name on a line below (`Eva Ek`), past a line that is no name (`Paragrafer
    // 1-20`): the block's first label tells which way it reads; with a name alone over it, the names stand over their
    // labels and the list reads them so. A block no list runs into is the inline protocol reader's.
    const dotted = current || namesBelow ? DOTTED_LABEL.exec(line)?.[1].toLowerCase() : undefined;
    const signs = dotted !== undefined && words.signatureLabels.includes(dotted);
    if (signs) namesBelow ??= nameAbove(lines, i) === undefined;
    const below = signs && namesBelow ? signedBelow(lines, i, words, isGivenName) : undefined;
    if (below !== undefined) {
      for (let k = i; k < below; k++) offset += lines[k].length + 1;
      const lead = lines[below].length - lines[below].trimStart().length;
      spans.push({ name: dotted!, start: offset + lead, end: offset + lines[below].trimEnd().length });
      offset += lines[below].length + 1;
      read += below - i;
      i = below;
      current = undefined;
      continue;
    }
    // A signature printed under its name (`Anna Berg` / `Sekreterare`, then a blank line): the name above is the
    // label's. A label followed by its name on the next line is read as a field below.
    const above = match && name && !match[2] && words.signatureLabels.includes(name) && !lines[i + 1]?.trim() ? nameAbove(lines, i) : undefined;
    if (above !== undefined) {
      const start = offset - lines[i - 1].length - 1;
      spans.push({ name: name as string, start: start + above, end: start + lines[i - 1].trimEnd().length });
      current = undefined;
      offset += line.length + 1;
      continue;
    }
    // A field's word alone on a line in lower case under a name (`Anna Berg (KD)` then `ordförande`) is that name's
    // capacity, a roster's column set out one cell a line: fields are labelled capitalised or with a colon.
    const value = current && match && !match[2] && !line.includes(":") && /^\p{Ll}/u.test(line.trim());
    const inline = match && name && Object.hasOwn(words.peopleFields, name) ? undefined : inlineField(line, words);
    // A table's column head under its people field's label with no names yet (`Ordinarie ledamöter`, then `Närvaro`):
    // the table's rows are that field's.
    const table = match && name && Object.hasOwn(words.peopleFields, name) && !match[2] ? stackedTable(lines, i) : 0;
    const head = current && through && COLUMN_HEAD.test(line) && TABLE_HEAD.test(text.slice(current.start, current.end));
    if (current && current === signing && (SIGN_LINE.test(line) || listEntry(line, words, isGivenName))) current.end = offset + line.length;
    else if (SIGNATURES.test(line) && !match?.[2] && SIGN_LINE.test(lines[i + 1] ?? "")) {
      // `Underskrifter` over `____` / `Anna Berg (KD), ordförande` / `____` / `Per Ek, sekreterare`: each signs with the
      // office after the name, none of the list above.
      current = { name: line.trim().toLowerCase(), start: offset + line.length, end: offset + line.length };
      spans.push(current);
      through = false;
      entriesOnly = true;
      signing = current;
    } else if (value || head) current!.end = offset + line.length;
    // Fields side by side (`Beslutande: Ersättare:`) head columns, whose names field lines cannot tell apart: the
    // inline protocol reader reads them.
    else if (labelsBeside(line, words)) current = undefined;
    else if (match && name && table) {
      // A table's column heads stacked under the label, one cell a line: its rows are the field's, whatever their
      // cells say (`Ordförande` in a `Funktion` column is a row's title, no field of its own).
      let end = offset + line.length;
      for (let k = i + 1; k <= i + table; k++) end += lines[k].length + 1;
      spans.push({ name, start: offset + line.length, end });
      for (let k = i; k < i + table; k++) offset += lines[k].length + 1;
      i += table;
      read += table;
      current = undefined;
    } else if (match && name && Object.hasOwn(words.peopleFields, name)) {
      // Right under a list's label with no names yet (`Beslutande`, then `Ordförande: X (S)`, then the members), a one
      // person's office is an entry of that list, which goes on after it.
      const open = spaced && ONE_PERSON.has(words.peopleFields[name]) && match[2] ? openList() : undefined;
      current = { name, start: offset + line.length - match[2].length, end: offset + line.length };
      spans.push(current);
      through = !ONE_PERSON.has(words.peopleFields[name]) && (!words.signatureLabels.includes(name) || line.includes(":"));
      entriesOnly = false;
      if (open) reopen(open);
    } else if (inline) {
      // `Ordföranden Kristina Berg (m)`: a web copy's field and its one name on a line, with no colon; under a list's
      // label with no names yet, as a field line above.
      const open = spaced ? openList() : undefined;
      const span = { name: inline.name, start: offset + inline.at, end: offset + line.length };
      spans.push(span);
      // A label of seats with the first name (`Beslutande Eva Lind (S), ordförande`, `Ersättare Lisa Vik (S)`, then a name
      // a line): the names under it are its own, not lost when a field follows them (not a row of labels, `Beslutande
      // Ersättare`).
      const seats = !open && SEATS.has(words.peopleFields[inline.name]) && isGivenName(/\p{L}+/u.exec(line.slice(inline.at))?.[0] ?? "");
      current = seats ? span : undefined;
      through = false;
      entriesOnly = true;
      threeWords = THREE_WORDS.test(line.slice(inline.at)) ? 1 : 0;
      if (open) reopen(open);
    } else if (match && name && /^(tid|plats|datum|paragrafer|plats och tid|ämne|subject|skickat|sent)$/.test(name)) {
      current = undefined;
    } else if (!match && line.includes("Från ") && FROM_LINE.test(line)) {
      // Guests, not the seats of the list above: among the others present.
      current = undefined;
      spans.push({ name: "övriga närvarande", start: offset + FROM_LINE.exec(line)![0].length, end: offset + line.length });
    } else if (
      current &&
      line.trim() !== "" &&
      (!/^\s*(§|\d+\.)/.test(line) || (through && TABLE_HEAD.test(text.slice(current.start, offset + line.length)))) &&
      !PRESENCE_SENTENCE.test(line) &&
      !ENDS_LIST.test(line) &&
      (!entriesOnly || (listEntry(line, words, isGivenName) && !PARTY_COLUMN.test(line)) || (threeWords >= 2 && THREE_WORDS.test(line)))
    ) {
      current.end = offset + line.length;
      if (THREE_WORDS.test(line)) threeWords++;
    } else current = undefined;
    offset += line.length + 1;
  }
  return spans;
}

/** Where the name on the line above line `i` starts, if that line holds a name alone (capitalised words, no field). */
function nameAbove(lines: string[], i: number): number | undefined {
  const prev = lines[i - 1];
  if (i === 0 || !prev || prev.length > 60 || !NAME_ALONE.test(prev)) return undefined;
  return prev.length - prev.trimStart().length;
}

/** The line of the name signed under the dotted label at line `i`, within the next three lines and before another label. */
function signedBelow(lines: string[], i: number, words: ProtocolWords, isGivenName: (word: string) => boolean): number | undefined {
  for (let k = i + 1; k <= i + 3 && k < lines.length && !DOTTED_LABEL.test(lines[k]); k++)
    if (NAME_ALONE.test(lines[k]) || listEntry(lines[k], words, isGivenName)) return k;
  return undefined;
}

/** A table's first column head set out alone on its line, over its names (`Namn`). */
const NAME_HEAD = /^[ \t]*Namn[ \t]*$/i;
/** The heads of a table's other columns stacked after `Namn` (`Parti`, `Funktion`, `Organisation`). */
const STACKED_HEAD = /^[ \t]*(?:parti|funktion|roll|uppdrag|befattning|titel|organisation|kommun|representerar)[ \t]*$/i;

/**
 * The lines after a people field's label at `i` that a table stacked one cell a line takes (`Namn` / `Parti` /
 * `Funktion`, then each row's name, party and title): its heads and its rows, up to a blank line, when every row opens
 * with a name alone on its line; else 0, its cells being no rows one can tell apart.
 */
function stackedTable(lines: readonly string[], i: number): number {
  if (!NAME_HEAD.test(lines[i + 1] ?? "")) return 0;
  let heads = 1;
  while (STACKED_HEAD.test(lines[i + 1 + heads] ?? "")) heads++;
  let cells = 0;
  while (lines[i + 1 + heads + cells]?.trim()) cells++;
  if (heads < 2 || cells === 0 || cells % heads !== 0) return 0;
  for (let row = i + 1 + heads; row < i + 1 + heads + cells; row += heads) if (!NAME_ALONE.test(lines[row])) return 0;
  return heads + cells;
}

/** The heads of a table's other columns after a people field's (`Ledamöter Närvarande`, `Ersättare Parti Närvaro`). */
const COLUMN_HEADS = /^(.+?)(?:\s+(?:närvarande|närvaro|frånvaro|parti))+$/;

/** A line of a table's row that marks presence (`X`). */
const MARK_ROW = /^[ \t]*X[ \t]*$/m;

/** A table's row with only dashes in its cells, one a line. */
const DASH_ROW = /^(?:[ \t]*\n[ \t]*[-–][ \t]*)+\s*$/;

/** A table's cell of marks alone on its line (`X`, `-`, a column's head `Tjg`, `Ej tjg`, `JA`, `NEJ`, `§ 4`). */
const TABLE_CELL = /^[ \t]*(?:x|-|–|§[ \t]*\d*|tjg|ej tjg|ja|nej)[ \t]*$/i;

/** A table's column head set out alone on its line, under its people field's label (`Närvaro`). */
const COLUMN_HEAD = /^[ \t]*(?:närvarande|närvaro|frånvaro|parti)[ \t]*$/i;

/**
 * The head cells of a table set out one a line (`Närvaro`, `§ 4`, `§`, `Tjg`, `Ej tjg`, `JA`, `NEJ`) under its people
 * field's label and over its rows, none of its names yet.
 */
const TABLE_HEAD = /^\s*(?:(?:§[ \t]*\d*|tjg|ej tjg|ja|nej|närvarande|närvaro|frånvaro|parti)[ \t]*(?:\n\s*|$))*$/i;

/**
 * A field line's name; a table's head row alone on its line (`Ledamöter Närvarande`, then `Anna Berg X` a row) is the
 * people field of its first column.
 */
function tableField(name: string, rest: string, words: ProtocolWords): string {
  if (rest || Object.hasOwn(words.peopleFields, name)) return name;
  const first = COLUMN_HEADS.exec(name)?.[1];
  return first && Object.hasOwn(words.peopleFields, first) ? first : name;
}

/**
 * Signature labels in columns (`Sekreterare<TAB>Ordförande<TAB>Justerande`) with their names in the same columns on
 * the next line that has text. Only where the columns line up one for one: a block whose names do not is not read as
 * one, so no name is given another's label.
 */
function signatureColumns(
  lines: string[],
  i: number,
  first: string,
  rest: string,
  words: ProtocolWords,
): { labels: string[]; names: string[]; row: number } | undefined {
  if (!words.signatureLabels.includes(first) || !lines[i].includes("\t")) return undefined;
  const labels = [
    first,
    ...rest
      .split("\t")
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean),
  ];
  if (labels.length < 2 || !labels.every((l) => words.signatureLabels.includes(l))) return undefined;
  let row = i + 1;
  while (row < lines.length && lines[row].trim() === "") row++;
  const names = lines[row]?.split("\t") ?? [];
  return names.length === labels.length ? { labels, names, row } : undefined;
}

/** A line of capitalised names and nothing else (`Eva Al Per Ek`). */
const NAMES_LINE = new RegExp(String.raw`^[ \t]*${CAPITALISED}(?:[ \t]+${CAPITALISED}){3,11}[ \t]*$`, "u");

/** A line of names over a line of their signature labels, two words or more a label (`Eva Al Per Ek` / `sekreterare ordförande`). */
function namesOverLabels(lines: string[], i: number, words: ProtocolWords): boolean {
  if (!NAMES_LINE.test(lines[i])) return false;
  let row = i + 1;
  while (row < lines.length && lines[row].trim() === "") row++;
  const labels = (lines[row] ?? "")
    .trim()
    .toLowerCase()
    .split(/[ \t]+/);
  return labels.length >= 2 && labels.every((l) => words.signatureLabels.includes(l)) && lines[i].trim().split(/[ \t]+/).length >= labels.length * 2;
}

const INLINE_FIELD = /^[ \t]*(\p{L}+(?:[ \t]\p{L}+){0,2})[ \t]+(?=\p{Lu}\p{Ll})/u;

/** A line opened by a people field with a name right after it and no colon (`Vice ordföranden Eva Berg (s)`). */
function inlineField(line: string, words: ProtocolWords): { name: string; at: number } | undefined {
  if (line.length > 80) return undefined;
  const m = INLINE_FIELD.exec(line);
  // `Ersättare för Per Holm (S)` under a substitute's name says whom the line before replaces: no field.
  if (!m) return undefined;
  const parts = m[1].split(/[ \t]+/);
  // Its first two words or more (a field may open with a word of replacing, `Tjänstgörande ersättare X`).
  const replacing = (n: number) =>
    (n > 0 || parts.length === 1) &&
    words.replaces.includes(
      parts
        .slice(0, n + 1)
        .join(" ")
        .toLowerCase(),
    );
  if (parts.some((_, n) => replacing(n))) return undefined;
  // The longest field among the first three words (`Även närvarande tjänstemän`, `Vice ordföranden` before `Vice`).
  for (let n = parts.length; n > 0; n--) {
    const name = parts.slice(0, n).join(" ").toLowerCase();
    // E-mail fields (`Till Stockholm`) are not read this way: only fields whose people attend.
    const capacity = Object.hasOwn(words.peopleFields, name) ? words.peopleFields[name] : undefined;
    if (capacity && capacity !== "sender" && capacity !== "recipient") {
      const at = line.indexOf(parts[n - 1]) + parts[n - 1].length;
      return { name, at };
    }
  }
  return undefined;
}

/** Reads the people in one field value. */
export function readPeopleList(field: string, from: number, to: number, ctx: ListContext): ListedPerson[] {
  const { tokens, gazetteerAt } = ctx;
  const fieldRole: FieldRole = Object.hasOwn(ctx.lexicon.data.protocol.peopleFields, field) ? ctx.lexicon.data.protocol.peopleFields[field] : "other";
  const idx: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].start >= from && tokens[i].end <= to) idx.push(i);
  if (idx.length === 0) return [];
  const first = idx[0];
  const last = idx[idx.length - 1] + 1;
  const words = compileProtocolWords(ctx.lexicon.data.protocol);
  const { notNames, notNameEnding, replaces } = words;
  // A table whose column heads stand stacked over its rows, one cell a line (`stackedTable`).
  const stacked = NAME_HEAD.test(/^\s*([^\n]*)/.exec(ctx.text.slice(from, to))![1]);

  // Municipality mode: `Name, Municipality` pairs.
  const muniClosers: Mention[] = [];
  for (let i = first; i < last; i++) {
    const g = gazetteerAt.get(i);
    if (g?.kind === "municipality" && tokens[i - 1]?.text === ",") muniClosers.push(g);
  }
  const people: ListedPerson[] = [];
  // Only where the lines were lost (`Anna Berg, Ekerö Per Holm, Haninge`): an entry a line (`Anna Berg, Umeå kommun`,
  // then `Per Holm, Länsstyrelsen Dalarna`) is read by its segments, where an organisation closes a name too.
  if (muniClosers.length >= 2 && muniClosers.some((m) => m.to < last && !tokens[m.to].nl)) {
    let segStart = first;
    for (const m of muniClosers) {
      const comma = m.from - 1;
      let nameFrom = comma;
      while (nameFrom > segStart && (isNameWord(tokens[nameFrom - 1]) || PARTICLES.has(tokens[nameFrom - 1].text))) nameFrom--;
      if (nameFrom > segStart && people.length) attachTrailing(people[people.length - 1], segStart, nameFrom);
      if (comma - nameFrom >= 2) {
        const entry = makeEntry(nameFrom, comma, fieldRole, field);
        entry.municipality = m;
        entry.end = m.end;
        people.push(entry);
      }
      segStart = m.to;
    }
    if (people.length) attachTrailing(people[people.length - 1], segStart, last);
    return people;
  }

  // A column of places after the names, one entry a line or after a comma or `och` (`Greta Holm Indal`, `Nils Berg
  // Alnö, Ola Ek Torp`): two entries or more whose third word is a known place make the third word of every entry a
  // place, the lexicon's or not (`Anna Lind Rödmyra`, `Ivar Sjö Västerbygdens fornminnesförening`).
  const opensEntry = (i: number) => i === first || tokens[i].nl || tokens[i - 1].text === "," || tokens[i - 1].text === "och";
  let placeLines = 0;
  for (let i = first; i + 2 < last; i++)
    if (opensEntry(i) && isNameWord(tokens[i]) && isNameWord(tokens[i + 1]) && isNameWord(tokens[i + 2]) && !tokens[i + 1].nl && !tokens[i + 2].nl)
      if (isAffiliationWord(tokens[i + 2].text, ctx.lexicon) && !ctx.lexicon.isGivenName(tokens[i + 2].text)) placeLines++;
  const placeColumn = placeLines >= 2;

  // Rows written surname first, one entry a line (`Berg Anna, Vallby kommun`, `Ek Per (S)`): two rows or more whose
  // second word is a given name and whose first is not, more than rows the other way round, make every such row of the
  // list surname first; the order the list uses reads the row either word of which may be a given name.
  const twoWordRow = (i: number) =>
    opensEntry(i) &&
    isNameWord(tokens[i]) &&
    isNameWord(tokens[i + 1]) &&
    !tokens[i + 1].nl &&
    (i + 2 >= last || tokens[i + 2].nl || /^[,(]$/.test(tokens[i + 2].text));
  const givenSecond = (i: number) => ctx.lexicon.isGivenName(tokens[i + 1].text) && !ctx.lexicon.isGivenName(tokens[i].text);
  let surnameRows = 0;
  let givenRows = 0;
  for (let i = first; i + 1 < last; i++)
    if (twoWordRow(i)) {
      if (givenSecond(i)) surnameRows++;
      else if (ctx.lexicon.isGivenName(tokens[i].text) && !ctx.lexicon.isGivenName(tokens[i + 1].text)) givenRows++;
    }
  const surnameFirst = surnameRows >= 2 && surnameRows > givenRows;

  // A small group's notes name each member by the given name alone, with the post after a dash or none (`Maja –
  // kassör, Hugo- webbansvarig, Elsa tolkansvarig`): two entries or more, every one a known given name before a dash
  // or a lower-case word, make a given name alone a person in this field. Given names with nothing after them but a
  // separator (`Ulla, Bosse, Sten och Olle.`) must be three or more, or follow a field read so (`Anmält förhinder: Vera`).
  let givenEntries = 0;
  let bare = false;
  for (let i = first; i < last; i++) {
    if (!opensEntry(i) || !tokens[i].cap) continue;
    const next = i + 1 < last ? tokens[i + 1] : undefined;
    const ends = !next || next.nl || /^[,;.]$/.test(next.text) || next.text === "och";
    const alone = ctx.lexicon.isGivenName(tokens[i].text) && (ends || /^[-–]$/.test(next.text) || (next.word && !next.cap));
    if (!alone) {
      givenEntries = 0;
      break;
    }
    bare ||= ends;
    givenEntries++;
  }
  const givenAlone = givenEntries >= (!bare ? 2 : ctx.givenNamesAlone ? 1 : 3);
  if (givenAlone) ctx.givenNamesAlone = true;

  // A surname wrapped onto a line of its own in a list of one name a line (`Eva Berg` / `Lindqvist` / `Per Holm`): a
  // word alone on its line, no given name, field, title or known place, party or body, between a given name and a
  // surname above and a given name below. Only one such line in the list: a column of them is one of places.
  const wrapAt = (i: number) =>
    tokens[i].nl &&
    tokens[i - 2]?.nl &&
    i + 1 < last &&
    tokens[i + 1].nl &&
    ctx.lexicon.isGivenName(tokens[i - 2].text) &&
    isNameWord(tokens[i - 1]) &&
    isNameWord(tokens[i]) &&
    ctx.lexicon.isGivenName(tokens[i + 1].text) &&
    !ctx.lexicon.isGivenName(tokens[i].text) &&
    !gazetteerAt.has(i) &&
    !titleAt(i) &&
    !Object.hasOwn(ctx.lexicon.data.protocol.peopleFields, tokens[i].text.toLowerCase());
  let wraps = 0;
  let wrapped = -1;
  for (let i = first + 2; i < last; i++)
    if (wrapAt(i)) {
      wraps++;
      wrapped = i;
    }
  if (wraps !== 1) wrapped = -1;

  // Segment mode: separators are commas, semicolons, line breaks and "och" (not one that joins a compound's first half
  // to the end it shares with it: `Energi- och klimatrådgivare`).
  let segStart = first;
  const flush = (segEnd: number) => {
    if (segEnd > segStart) readSegment(segStart, segEnd);
    segStart = segEnd + 1;
  };
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    if (t.text === "," || t.text === ";" || (t.text === "och" && !sharedEndAt(tokens, i - 2))) flush(i);
    // A line break inside a word broken over it (`Sand-` `ström`), or before a wrapped surname, separates nothing.
    else if (t.nl && i > segStart && !brokenWordAt(tokens, i - 1) && i !== wrapped) {
      readSegment(segStart, i);
      segStart = i;
    }
  }
  if (last > segStart) readSegment(segStart, last);
  people.forEach((entry, k) => rowUnit(entry, people[k + 1]));
  municipalityColumn();
  // A table set out one cell a line whose rows mark presence with `X`: a row of dashes alone (`Eva Ek (S)` / `-` / `-`)
  // marks a seat not taken.
  if (MARK_ROW.test(ctx.text.slice(from, to)))
    people.forEach((p, k) => {
      const row = ctx.text.slice(p.end, people[k + 1]?.start ?? to);
      if (DASH_ROW.test(row) && SEATED.has(p.fieldRole)) p.fieldRole = "absent";
    });
  return people;

  function readSegment(a: number, b: number) {
    let i = a;
    const names: ListedPerson[] = [];
    // `Ola Ek, m vice ordförande Eva Al`: the party letters after the comma and the role after them, with no comma
    // between, are the name's before, up to the next name.
    const before = people[people.length - 1];
    if (before && bareParty(before, a)) {
      while (i < b && !isNameWord(tokens[i])) i++;
      attachTrailing(before, a, i);
    }
    while (i < b) {
      if (!isNameWord(tokens[i])) {
        if (tokens[i].text === "(" && names.length) {
          const party = partyInParentheses(i, names[names.length - 1]);
          if (party) {
            names[names.length - 1].party = { id: party, start: tokens[i + 1].start, end: tokens[i + 1].end };
            names[names.length - 1].end = tokens[i + 2].end;
            i += 3;
            continue;
          }
        }
        // `X (utan rösträtt, med yttranderätt)`: present with no vote, one of the others.
        if (
          tokens[i].text === "(" &&
          names.length &&
          names[names.length - 1].fieldRole === "member" &&
          NO_VOTE.test(ctx.text.slice(tokens[i].start, tokens[i].start + 24))
        ) {
          names[names.length - 1].fieldRole = "other";
          i++;
          continue;
        }
        // `Anna Berg Anmält förhinder`, `Anna Berg frånvarande`: a table's row says the member was absent.
        const absent = names.length ? labelPhraseAt(tokens, i, last, words, (capacity) => capacity === "absent") : undefined;
        if (absent) {
          names[names.length - 1].fieldRole = "absent";
          i = absent.to;
          continue;
        }
        // `X (S) ej tjänstgörande ersättare`, `X, ej tjänstgörande`: in lower case right after the name (or its comma),
        // the reserve was present without serving (not after the items it speaks of: `X §§ 1-5 ej tjänstgörande`).
        const marked = tokens[i].cap ? undefined : labelPhraseAt(tokens, i, last, words, (capacity, length) => capacity === "nonserving" && length > 1);
        const reserve = names.length ? names[names.length - 1] : i === a && tokens[a - 1]?.text === "," ? people[people.length - 1] : undefined;
        if (marked && reserve && SEATED.has(reserve.fieldRole) && /^[\s,]*$/.test(ctx.text.slice(reserve.end, tokens[i].start))) {
          reserve.fieldRole = "nonserving";
          reserve.end = tokens[marked.to - 1].end;
          i = marked.to;
          continue;
        }
        // `X ersätter Y`, `X tjg för Y`, `X tjg Y`, and after a comma `X, tjänstgörande ersättare för Y` (the segment before).
        const replaceLength = phraseAt(tokens, i, replaces);
        const replacing = names.length ? names[names.length - 1] : people[people.length - 1];
        if (replaceLength && replacing) {
          const replaced = runOfNames(i + replaceLength, b)[0];
          // `X (MP) tjg Y (V) tjg`: the mark after each name, no name replaced (the next is marked so too).
          const after =
            replaced && tokens[replaced.person.to]?.text === "(" && tokens[replaced.person.to + 2]?.text === ")" ? replaced.person.to + 3 : replaced?.person.to;
          if (replaced && phraseAt(tokens, after!, replaces) === replaceLength && tokens[after!].text === tokens[i].text) {
            replacing.fieldRole = "substitute";
            i += replaceLength;
            continue;
          }
          if (replaced) {
            replacing.replaces = replaced.person;
            replacing.fieldRole = "substitute";
            // The member replaced is named (and may carry a party) but did not attend.
            replaced.fieldRole = "replaced";
            names.push(replaced);
            i = replaced.person.to;
            continue;
          }
          // `Anna Holm (C) tjänstgörande` (`§ 12-15`) with no name after it on its line: a reserve serving, not the
          // replacer of the name on the next line, which segments never reach (nor one `ej tjänstgörande`).
          if (
            SERVING.test(ctx.text.slice(tokens[i].start, tokens[i + replaceLength - 1].end)) &&
            !/^(?:ej|inte)$/i.test(tokens[i - 1]?.text ?? "") &&
            onlyItems(i + replaceLength, b) &&
            SERVES.has(replacing.fieldRole)
          ) {
            replacing.fieldRole = "substitute";
            i = b;
            continue;
          }
        }
        i++;
        continue;
      }
      const run = runOfNames(i, b);
      // A title that opens the line before its name (`Förvaltningschef Anna Berg`, `Tf förvaltningschef Anna Berg`).
      const title = run.length && !names.length && (tokens[a].nl || a === first) ? lineTitle(a, run[0].person.from) : undefined;
      if (title) {
        run[0].role = title;
        run[0].start = title.start;
      }
      names.push(...run);
      i = run.length ? run[run.length - 1].person.to : i + 1;
    }
    if (names.length === 0 && people.length) attachTrailing(people[people.length - 1], a, b);
    else if (names.length) attachTrailing(names[names.length - 1], names[names.length - 1].person.to, b);
    people.push(...names);
  }

  /**
   * A staff row one a line whose title runs on in capitalised words to the line's end (`Eva Ek, t.f avd.chef Mark och
   * Skog`, `Per Holm, planarkitekt Mät & Karta § 4`): those words, less the items, are the unit the title is held in,
   * whatever their ending, and a place that opens them (`Mark`) is no municipality of hers. Not a municipality alone
   * after the title (`kommunchef Borås`, `planchef Vallby kommun`), nor a row with a party or another person: `next`,
   * the name after it in the list, is the only one that could start in the row's rest.
   */
  function rowUnit(entry: ListedPerson, next: ListedPerson | undefined) {
    const role = entry.role;
    if (!role || role.items || entry.party || !(tokens[entry.person.from].nl || entry.person.from === first)) return;
    let j = entry.person.to;
    while (j < last && tokens[j].end <= role.end && !tokens[j].nl) j++;
    if (j >= last || tokens[j].nl || tokens[j].start < role.end || !tokens[j].word || !tokens[j].cap) return;
    let k = j;
    while (k < last && !tokens[k].nl) k++;
    while (k > j + 1 && ITEM.test(tokens[k - 1].text)) k--;
    const [start, end] = [tokens[j].start, tokens[k - 1].end];
    if ((role.place && entry.end >= end) || (next && next.person.start < end)) return;
    role.place = undefined;
    role.unit = { name: ctx.text.slice(start, end), start, end };
    entry.end = Math.max(entry.end, end);
  }

  /**
   * A column of municipalities after the column of names, flattened one cell a line (`Anna Berg` / `Per Ek` / `Vallby
   * kommun` / `Åby`): as many municipalities alone on their lines as names, with nothing between or after them, are the
   * names' in order. Any other count pairs no one.
   */
  function municipalityColumn() {
    if (people.length < 2 || people.some((p) => p.municipality || p.party || p.role || !tokens[p.person.from].nl)) return;
    const places: Mention[] = [];
    for (let i = people[people.length - 1].person.to; i < last;) {
      const g = gazetteerAt.get(i);
      if (g?.kind !== "municipality" || !tokens[i].nl) return;
      const end = /^(?:kommun|stad)$/i.test(tokens[g.to]?.text ?? "") && !tokens[g.to].nl ? g.to + 1 : g.to;
      if (end < last && !tokens[end].nl) return;
      places.push(g);
      i = end;
    }
    if (places.length !== people.length) return;
    people.forEach((p, k) => {
      p.municipality = places[k];
    });
  }

  /** Tokens `[a, b)` name agenda items only (`§ 12-15`), or nothing. */
  function onlyItems(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (!ITEM.test(tokens[k].text)) return false;
    return true;
  }

  /**
   * A run of name words, split where a given name opens the next name. Protocol words (`Ordförande Justerande`, the
   * labels of a signature block set in columns) are never part of one.
   */
  function runOfNames(a: number, b: number): ListedPerson[] {
    // Nor a body's or a unit's word (`Länsstyrelsen Dalarna` after a name and its comma: where the person comes from).
    const nameAt = (k: number) =>
      isNameWord(tokens[k]) && !notNames.has(tokens[k].text) && !titleAt(k) && !notNameEnding.test(tokens[k].text) && !sharedEndAt(tokens, k);
    let end = a;
    while (end < b && (nameAt(end) || (PARTICLES.has(tokens[end].text) && nameAt(end + 1)))) end += brokenWordAt(tokens, end + 1) ? 3 : 1;
    end = Math.min(end, b);
    const { lexicon } = ctx;
    const third = tokens[a + 2]?.text ?? "";
    if (placeColumn && end - a >= 3 && opensEntry(a) && !tokens[a + 2].nl && !lexicon.isGivenName(third) && !lexicon.isSurname(third)) end = a + 2;
    const out: ListedPerson[] = [];
    let k = a;
    while (k < end) {
      // Organisations and municipalities between names (`Kommunförbundet`, `Sundsvall`) start none, and nor does a
      // word before a given name and a surname (`Anna Ek, Civos Per Holm`, the affiliation of the name before).
      if ((!lexicon.isGivenName(tokens[k].text) && isAffiliationWord(tokens[k].text, lexicon)) || opensNoName(tokens, k, end, lexicon)) {
        k++;
        continue;
      }
      // Nor does a company's name (`Stora Ekbo Tallviks bruk`), up to the next given name.
      if (!lexicon.isGivenName(tokens[k].text) && opensNoPerson(tokens, k, lexicon)) {
        while (k < end && !lexicon.isGivenName(tokens[k].text)) k++;
        continue;
      }
      let stop = k + 1;
      // A name ends where a given name opens the next, or at the person's organisation (`Anna Berg Kommunförbundet`).
      while (
        stop < end &&
        !(
          stop - k >= 2 &&
          tokens[stop - 1].text !== "-" &&
          ((lexicon.isGivenName(tokens[stop].text) && end - stop >= 2) ||
            affiliationEndsName(tokens, stop, lexicon) ||
            opensOrganisation(tokens, stop, lexicon))
        )
      )
        stop++;
      if (
        twoNamesOfFour(
          tokens.slice(k, stop).map((t) => t.text),
          ctx.lexicon,
        )
      )
        stop = k + 2;
      // `Kulturens Hus`: a venue's or organisation's name of two words is no name.
      if ((stop - k >= 2 || (givenAlone && k === a && lexicon.isGivenName(tokens[k].text))) && !affiliationEndsName(tokens, stop - 1, lexicon)) {
        const flip = surnameFirst && stop - k === 2 && twoWordRow(k) && lexicon.isGivenName(tokens[k + 1].text);
        const entry = makeEntry(k === a && !flip ? nameStart(tokens, a, lexicon) : k, stop, fieldRole, field, flip);
        for (const person of gluedNames(tokens, entry.person, lexicon)) out.push({ ...entry, person, start: person.start, end: person.end });
      }
      k = stop;
    }
    return out;
  }

  /** A title at token `k`: a role of the lexicon, or a capitalised word with a title's ending (`Nämndsekreterare`). */
  function titleAt(k: number): boolean {
    return gazetteerAt.get(k)?.kind === "role" || !!roleBySuffix(tokens[k], ctx.roleSuffixes, true);
  }

  /** The words `[a, b)` as a title that ends right before a name: a role, and words before it (`Tf förvaltningschef`). */
  function lineTitle(a: number, b: number): ListedPerson["role"] {
    if (b <= a || b - a > 4) return undefined;
    let from = b - 1;
    while (from > a && gazetteerAt.get(from)?.kind !== "role") from--;
    const g = gazetteerAt.get(from);
    const normalised = g?.kind === "role" && g.to === b ? g.id : roleBySuffix(tokens[b - 1], ctx.roleSuffixes, true);
    if (!normalised || tokens.slice(a, b).some((t) => !t.word && !(g && t.start >= g.start))) return undefined;
    return { normalised, written: ctx.text.slice(tokens[a].start, tokens[b - 1].end).toLowerCase(), start: tokens[a].start, end: tokens[b - 1].end };
  }

  /** The entry of the name `[a, b)`; `flip`: written surname first, a surname and a given name (`Berg Anna`). */
  function makeEntry(a: number, b: number, role: FieldRole, name: string, flip = false): ListedPerson {
    const label = flip ? `${tokens[a + 1].text} ${tokens[a].text}` : writtenName(tokens, a, b);
    const person = newMention("person", label, label, a, b, tokens[a].start, tokens[b - 1].end, "list:field");
    return { person, field: name, fieldRole: role, start: person.start, end: person.end };
  }

  /** Role words and parties after a listed name (`, ordförande §§ 5–9`, `(S)`). */
  function attachTrailing(entry: ListedPerson, a: number, b: number) {
    for (let i = a; i < b; i++) {
      const g = gazetteerAt.get(i);
      // `Anna Berg, Umeå kommun` on its line: the municipality she stands for.
      if (g?.kind === "municipality" && i === a && tokens[a - 1]?.text === "," && !entry.municipality && !tokens[a].nl) {
        entry.municipality = g;
        entry.end = Math.max(entry.end, g.end);
      }
      // `Eva Ek, planchef Vallby kommun` on its line: the municipality closing it is where the title is held.
      if (
        g?.kind === "municipality" &&
        entry.role &&
        !entry.role.place &&
        !entry.role.items &&
        i > a &&
        tokens[i - 1].end === entry.role.end &&
        !tokens[i].nl
      ) {
        const to = /^(?:kommun|stad)$/i.test(tokens[g.to]?.text ?? "") && !tokens[g.to].nl ? g.to + 1 : g.to;
        if (to >= b || tokens[to].nl) {
          entry.role.place = g;
          entry.end = Math.max(entry.end, tokens[to - 1].end);
        }
      }
      // `Eva Ek, HR-chef och avdelningschef Service` on its line: a second title joined by `och` to hers is held too,
      // written as one title (the segments split at `och`).
      if (
        g?.kind === "role" &&
        entry.role &&
        !entry.role.items &&
        i === a &&
        !tokens[a].nl &&
        !tokens[a - 1]?.nl &&
        tokens[a - 1]?.text === "och" &&
        tokens[a - 2]?.end === entry.role.end
      ) {
        entry.role.written = ctx.text.slice(entry.role.start, g.end).toLowerCase();
        entry.role.end = g.end;
        entry.end = Math.max(entry.end, g.end);
      }
      // Not a role the name is said not to hold (`X (S), ej tjänstgörande ersättare`): the field's seat is hers.
      if (g?.kind === "role" && !entry.role && !/^(?:ej|inte)$/i.test(tokens[i - 1]?.text ?? "")) {
        const { end, items } = itemsAfter(g.to, g.end, b);
        entry.role = { normalised: g.id, written: ctx.text.slice(g.start, g.end).toLowerCase(), start: g.start, end, items };
        entry.end = Math.max(entry.end, end);
      } else if (!g && !entry.role) {
        // A title the lexicon lacks, by its ending (`bygglovschef`), as the protocol header reader takes it; capitalised
        // right after an official's name (`Eva Ek Trafikingenjör § 12`), and its items with it.
        // So after the name's comma (`Eva Ek, Fritidschef Vallby kommun`), in any field.
        const official =
          (i === entry.person.to ? !SEATS.has(entry.fieldRole) : i === entry.person.to + 1 && tokens[i - 1].text === ",") &&
          !ctx.lexicon.isGivenName(tokens[i].text);
        // `Eva Ek Energi- och klimatrådgivare`: a compound's first half sharing the title's end is one title with it.
        const titleEnd = official && sharedEndAt(tokens, i) ? i + 3 : i;
        const known = titleEnd > i && gazetteerAt.get(titleEnd)?.kind === "role" ? gazetteerAt.get(titleEnd)!.id : undefined;
        const suffixed = known ?? roleBySuffix(tokens[titleEnd], ctx.roleSuffixes, official);
        if (suffixed && titleEnd < b) {
          const { end, items } = itemsAfter(titleEnd + 1, tokens[titleEnd].end, b);
          const written = titleEnd > i ? ctx.text.slice(tokens[i].start, tokens[titleEnd].end).toLowerCase() : suffixed;
          entry.role = { normalised: known ?? fullTitle(suffixed), written, start: tokens[i].start, end, items };
          entry.end = Math.max(entry.end, end);
        }
      }
      if (tokens[i].text === "(") {
        const party = partyInParentheses(i, entry);
        if (party) entry.party = { id: party, start: tokens[i + 1].start, end: tokens[i + 1].end };
      } else if (!entry.party && (rowParty(entry.person.to, i) || bareParty(entry, i))) {
        entry.party = { id: ctx.partyByAbbreviation.get(tokens[i].text.toUpperCase())!, start: tokens[i].start, end: tokens[i].end };
        entry.end = Math.max(entry.end, tokens[i].end);
      }
    }
  }

  /**
   * A party's letters bare between commas right after a name of a field of seats (`Ada Berg, m, ordförande`, `Eva Al,
   * v`), as a PDF's field one a line sets them with no parentheses.
   */
  function bareParty(entry: ListedPerson, i: number): boolean {
    const t = tokens[i];
    return (
      i === entry.person.to + 1 &&
      tokens[i - 1].text === "," &&
      SEATS.has(entry.fieldRole) &&
      t.word &&
      !t.nl &&
      t.text.length <= 2 &&
      (!tokens[i + 1] || tokens[i + 1].nl || !tokens[i + 1].cap) &&
      ctx.partyByAbbreviation.has(t.text.toUpperCase())
    );
  }

  /** The agenda items a title is held for, from `j` up to `b` (`§§ 5–9`), and where the title's entry then ends. */
  function itemsAfter(j: number, end: number, b: number): { end: number; items?: string } {
    if (tokens[j]?.text !== "§") return { end };
    let k = j;
    while (k < b && ITEM.test(tokens[k].text)) k++;
    return { end: tokens[k - 1].end, items: ctx.text.slice(tokens[j].start, tokens[k - 1].end) };
  }

  /**
   * The party in parentheses at `i` (`(S)`); or, right after a name listed in a field of seats, where only a party
   * stands, a local party's letters no lexicon lists (`Eva Ek (BorgA)`, `Per Alm (T)`).
   */
  function partyInParentheses(i: number, entry: ListedPerson): string | undefined {
    const inner = tokens[i + 1];
    if (!inner?.word || tokens[i + 2]?.text !== ")") return undefined;
    const known = ctx.partyByAbbreviation.get(inner.text.toUpperCase());
    if (known || i !== entry.person.to || !SEATS.has(entry.fieldRole) || gazetteerAt.has(i + 1)) return known;
    return isLocalParty(inner.text, words, ctx.lexicon, true) ? inner.text.toLowerCase() : undefined;
  }

  /**
   * A table's row flattened to a line (`Anna Berg X Fp`, `Anna Berg ✓ S`): a party's short form that ends the line,
   * right after the name or after marks of presence, is the person's party. (Before a name on the same line it is the
   * next row's party column, `X S Per Holm`.)
   */
  function rowParty(from: number, i: number): boolean {
    const t = tokens[i];
    // In a table stacked one cell a line (`Namn` / `Parti`), the party's cell stands alone on the line after the name.
    const cell = t.nl && i === from && stacked;
    if (!t.word || (t.nl && !cell) || (tokens[i + 1] && !tokens[i + 1].nl) || !ctx.partyByAbbreviation.has(t.text.toUpperCase())) return false;
    for (let k = from; k < i; k++) if (tokens[k].nl || !PRESENCE_MARK.test(tokens[k].text)) return false;
    return true;
  }
}

/** A roll's cue: its delegates counted, then a colon (`Röstlängden omfattar 40 ombud enligt följande:`). */
const ROLL_CUE = /\bombud\b[^:.\n]{0,60}:/g;

const isCount = (t: Token | undefined) => !!t && t.word && !t.cap && /^\d{1,3}$/.test(t.text);

/**
 * A federation's roll of delegates flattened into one run (`Norrdal 2 Åsa Berglind, Tor Ekvik Västmark 3 Pia Strand,
 * Ola Nygren 2 röster, …`): groups of a district's name, its count and the names of its delegates, the next group's
 * label right after the last name. Two groups or more after the cue are the roll; its people are the meeting's.
 */
export function readRoll(tokens: readonly Token[], text: string): ListedPerson[] {
  if (!text.includes("ombud")) return [];
  const people: ListedPerson[] = [];
  // A name's word, or an initial (`C G Berg`).
  const inName = (i: number) => isNameWord(tokens[i]) || (!!tokens[i]?.cap && tokens[i].word && tokens[i].end - tokens[i].start === 1);
  // A group's label: a capitalised word, the count and a name's word on its line.
  const isLabel = (i: number) => !!tokens[i]?.cap && isCount(tokens[i + 1]) && !tokens[i + 1].nl && inName(i + 2) && !tokens[i + 2].nl;
  for (const cue of text.matchAll(ROLL_CUE)) {
    let i = firstAtOrAfter(tokens, cue.index + cue[0].length, (t) => t.start);
    const found: ListedPerson[] = [];
    let groups = 0;
    while (isLabel(i)) {
      groups++;
      i += 2;
      for (;;) {
        let j = i;
        while (inName(j) && !isLabel(j) && j - i < 4 && (j === i || !tokens[j].nl)) j++;
        if (j - i < 2) break;
        const label = writtenName(tokens, i, j);
        const person = newMention("person", label, label, i, j, tokens[i].start, tokens[j - 1].end, "list:field");
        found.push({ person, field: "ombud", fieldRole: "other", start: person.start, end: person.end });
        i = j;
        // A delegate's votes (`Ola Nygren 2 röster`).
        if (isCount(tokens[i]) && tokens[i + 1]?.text === "röster") i += 2;
        if (tokens[i]?.text !== ",") break;
        i++;
      }
      // Page numbers between the pages the roll runs over (`… Kim Ahl 1` / `2 Sydkusten 4 …`).
      while (isCount(tokens[i]) && (isCount(tokens[i + 1]) || isLabel(i + 1))) i++;
    }
    if (groups >= 2) people.push(...found);
  }
  return people;
}
