/**
 * Rules
 * =====
 *
 * The registry of extraction rules. Every fact names the rule that read it, and that name is an id in this list: a
 * wrong edge points at one record here, which says in which step the rule runs, for which genres, and why it is
 * right. The steps are the numbered files of this folder, run in their order by `extractDocument`; `docs/DESIGN.md`
 * lists this registry, and each rule has a case in `rules.test.ts`.
 */
import type { Genre } from "../types";

/** The steps of extraction, in the order they run (each is a file `NN-name.ts`). */
export const STEPS = ["01-lists", "02-mentions", "03-appositions", "04-protocol", "05-meetings", "06-collaborations", "graph"] as const;
export type Step = (typeof STEPS)[number];

export interface ExtractionRule {
  id: string;
  step: Step;
  /** Genres whose documents the rule reads; `any` for all. */
  genres: readonly Genre[] | "any";
  /** One line: what the rule reads and why that states the fact. */
  reason: string;
}

const MINUTES_EMAIL: readonly Genre[] = ["minutes", "email"];
const NOT_MINUTES: readonly Genre[] = ["newsletter", "text", "email"];
const PROGRAMME: readonly Genre[] = ["newsletter", "text"];

/** Every rule, in step order. */
export const RULES = [
  {
    id: "list:field",
    step: "01-lists",
    genres: MINUTES_EMAIL,
    reason: "A name in a header field line (`Närvarande`, `Beslutande`, `Från`) is a person, with the field's capacity.",
  },
  { id: "list:party", step: "01-lists", genres: MINUTES_EMAIL, reason: "A party in parentheses after a listed name (`Anna Berg (S)`) is that person's party." },
  {
    id: "list:municipality",
    step: "01-lists",
    genres: MINUTES_EMAIL,
    reason: "`Name, Municipality` in an attendance list: the person stands for that municipality.",
  },
  {
    id: "protocol:person",
    step: "01-lists",
    genres: ["minutes"],
    reason:
      "A name in an inline protocol field (`Beslutande`, `Övriga närvarande`, `Underskrifter`) is a person; so is one the lexicon does not know in an attendance table's row, from the line's start to its party letters and mark (`Zeki Tran c x`).",
  },
  {
    id: "protocol:party",
    step: "01-lists",
    genres: ["minutes"],
    reason: "Party letters next to a listed name (`(S)`, `, s,`, a column `L Sofia Sjöstrand`) are that person's party.",
  },
  {
    id: "protocol:municipality",
    step: "01-lists",
    genres: ["minutes"],
    reason:
      "A municipality after a listed name (`Britta Berg, (s), Arjeplog`, `Jana Berg (S) Varbergs kommun`), or heading a group of names in a people field (`Ledamöter Alby Eva Ek (S) Per Holm (M) Borby …`), is the one the member stands for.",
  },
  { id: "gazetteer", step: "02-mentions", genres: "any", reason: "A phrase of the lexicon (municipality, organisation, party) names that entity." },
  { id: "gazetteer:genitive", step: "02-mentions", genres: "any", reason: "A lexicon phrase in the genitive (`KSLs`, `Nackas`) names that entity." },
  {
    id: "organisation:shape",
    step: "02-mentions",
    genres: "any",
    reason: "A head like `Kommunförbundet` with the proper name after it, or a genitive before `kommunalförbund`, names an association outside the lexicon.",
  },
  {
    id: "person:given-name",
    step: "02-mentions",
    genres: "any",
    reason: "A run of capitalised words opened by a known given name is a person, also after a title glued to it (`ordförandeJan Åke Berg`).",
  },
  {
    id: "person:byline",
    step: "02-mentions",
    genres: "any",
    reason: "A line of two words in capitals, a known given name and a surname (`KARIN LUNDSTRÖM`, a press text's byline), is a person, named in title case.",
  },
  {
    id: "person:context",
    step: "02-mentions",
    genres: "any",
    reason: "Capitalised words ending in a known surname, or with a role, party or speaker colon next to them, are a person.",
  },
  { id: "person:compromise", step: "02-mentions", genres: "any", reason: "In English documents, a person that compromise's grammar finds." },
  { id: "apposition:party", step: "03-appositions", genres: "any", reason: "A party right after a name (`X (S)`, `X, moderat`) is the person's party." },
  {
    id: "apposition:represents",
    step: "03-appositions",
    genres: "any",
    reason: "A municipality in a politician's apposition (`X (S) Botkyrka`) is the one they represent.",
  },
  {
    id: "apposition:municipality-heading",
    step: "03-appositions",
    genres: "any",
    reason:
      "In a run of names that opens with a municipality and has more between its names (`Bollebygd X (S) ledamot Y (M) Borås Z (S)`), each municipality heads the names after it.",
  },
  {
    id: "apposition:role",
    step: "03-appositions",
    genres: "any",
    reason: "A role and its organisation after a name (`X, kommundirektör i Ekerö`) is held by the person.",
  },
  { id: "apposition:role-only", step: "03-appositions", genres: "any", reason: "A role after a name with no organisation is kept on the person." },
  {
    id: "roster:heading",
    step: "03-appositions",
    genres: NOT_MINUTES,
    reason:
      "A heading that names a board, a committee or a group (`Styrgrupp för Gymnasieregion`; a bare `Styrelse` is the body of the organisation the text opens with) over lines that each open with a name: those people sit in it, each in the seat written after the name (`ordförande`), else as `ledamot`; a staff unit's list (`Kansliet`) gives its titles there, no seats.",
  },
  {
    id: "apposition:page-body",
    step: "03-appositions",
    genres: "any",
    reason:
      "On an English page about a body (`The Regional Council`), an officer's title with no organisation (`First Vice President`, a title line above the name) is held in that body; on a Swedish page headed by a body (`Direktionen`), a seat (`X är ordförande`).",
  },
  {
    id: "apposition:page-office",
    step: "03-appositions",
    genres: PROGRAMME,
    reason:
      "On a page about one municipality (its head's, `Älvdalens kommun`, or the only one it names as such) or one region that names no other, an office of a municipality or a region written with no place (`kommunstyrelsens ordförande X`, `X, kommundirektör`, `X (S), regionråd med ansvar för …`) is held there; inferred, the title and the place's mention its chain.",
  },
  {
    id: "apposition:election",
    step: "03-appositions",
    genres: "any",
    reason:
      "`X valdes till ordförande` (with the body from the title and the term from the section): an elected role. A seat given with `som` later in the sentence of an election that names its body is in that body (`X valdes som ordförande i kulturnämnden, med Y som förste vice ordförande`, quoted from the election), and a seat after the name in the body the sentence opens with (`I fritidsnämnden blev X ordförande`).",
  },
  {
    id: "apposition:part-of",
    step: "03-appositions",
    genres: "any",
    reason: "A new body named with its parent (`Socialnämnden, Ekerö kommun`) belongs to it.",
  },
  {
    id: "left-role",
    step: "03-appositions",
    genres: "any",
    reason: "A role written just before a name (`moderator X`, `Civilminister X`) is held by the person.",
  },
  {
    id: "left-role:run",
    step: "03-appositions",
    genres: "any",
    reason:
      "A title before a name in a run (`kommundirektör X, enhetschef Y`, `förvaltningschef för Intern Service X`, `Socialförvaltningen, enhetschef X`, `Länsstyrelsens rättschef X`) is that person's, held in the unit it names or whose genitive it follows; in a run that puts titles after names (`A, kommundirektör X, ekonom`) it is the name's before.",
  },
  {
    id: "left-role:of",
    step: "03-appositions",
    genres: "any",
    reason:
      "A role written before a name with whose it is (`Nackas kommunstyrelseordförande X`, `kommunstyrelsens ordförande i Huddinge, X`, in minutes `Bildningsutskottets ordförande X`: a body of the header's municipality; a county's governor after its genitive with or without `län`, `Västra Götalands landshövding X`) is held there; a political one there represents the municipality.",
  },
  { id: "left-role:election", step: "03-appositions", genres: "any", reason: "`Förste vice ordförande blev X`: a role elected in the body the text is about." },
  {
    id: "left-role:elected",
    step: "03-appositions",
    genres: "any",
    reason:
      "`Till ordförande i socialnämnden väljs X`, `Som förste vice ordförande valdes X`, `att till ledamöter i styrelsen välja X och Y`, `Till ny ordförande valdes X, till 1:e vice ordförande valdes Y`, `Till övriga ledamöter valdes: X, Y`: the people a clause elects hold its role in the body it names, also inside a role of the lexicon (`Till ordförande i kommunstyrelsen valdes X, till 1:e vice ordförande Y`: both in Kommunstyrelsen) (in minutes the body of the header's municipality or region), else in the body of the election before it in the paragraph (`Som förste vice ordförande valdes X och som andre vice ordförande Y`, quoted from that election), else in the organisation the section is about, else as their own title; a term in the clause (`för perioden 2023–2026`) is kept, and names no body; an office of the meeting itself (`Till sekreterare för mötet valdes X`) is held as a title, with no body carried to it.",
  },
  {
    id: "left-role:label",
    step: "03-appositions",
    genres: "any",
    reason:
      "A role written as a label that opens its line, maybe after a list's bullet (`Redaktör: X`, `• Sekreterare: X`, `Kontaktperson:` above X, a staff page's title line above its name where the page's lines open with a title) is held by the person named after it; a body or organisation between the title and the colon (`• Vice ordförande fritidsnämnden: X`, `Ledamot Storsthlm: X`) is where it is held. Such a line is no title of the name above it.",
  },
  { id: "photo-credit", step: "03-appositions", genres: "any", reason: "`Foto: X` makes X a photographer." },
  {
    id: "protocol:meeting",
    step: "04-protocol",
    genres: ["minutes"],
    reason: "A protocol header is one meeting: its organ, municipality or region, date and place.",
  },
  {
    id: "protocol:organ",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "The organ of a protocol (`Organ`, the title, the page header, also in capitals: `BEREDNINGSGRUPPEN FÖR …`) is the body that met; in a board's minutes with no body named, the company named at the top (`… för Vallby Bostäder AB`).",
  },
  {
    id: "protocol:attended",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "Everyone listed as present (members, serving and other substitutes, staff, secretary, adjusters) attended, with the capacity as written; under fields side by side (`Ersättare: Övriga närvarande:`) a name with a staff or secretary's title, an organisation's letters in parentheses or `ersättare` alone after its party (`Eva Ek (M), ersättare`) is of the others' field; a name with a staff title under the adjusters' label (`Utses att justera: Eva Ek föredragande Per Holm`) is an official's, not an adjuster; one listed under fields side by side with the absent's (`Närvarande: Frånvarande: A B C`) whom the first paragraphs choose to adjust or keep the minutes attended in that office; an official whose row in a column of titles also says `sekreterare` (`kanslidirektör, sekreterare`) attended as the secretary; where the members are listed elsewhere (`Beslutande Enligt bilaga`), a politician an item says answers, tells or moves (`X (s) svarar`, `Y (M) yrkar`) attended.",
  },
  {
    id: "protocol:signature-chair",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "The name under `Ordförande` in the signature block or a chair field chaired the meeting; labels and names are aligned by position, across a name's party and the paragraphs a chair signs for, and a second chair joined by `och` (`Ordförande: Justerare: Eva Ek 36 och Per Holm Kim Ahl`) is the chair's label's too.",
  },
  {
    id: "protocol:listed-chair",
    step: "04-protocol",
    genres: ["minutes"],
    reason: "Where no label names the chair, the member marked `ordförande` in the attendance list chaired (with the paragraphs, when given).",
  },
  {
    id: "protocol:opening-chair",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "Where the header names no chair, the listed person the minutes say opened the meeting chaired it (`Mötet öppnades av ordförande X`, `Ordförande X öppnade mötet`, `X hälsade välkommen och öppnade mötet`).",
  },
  {
    id: "protocol:role",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "A listed person's role in the body that met, from an inline header or field lines: as written (`1:e vice ordförande`, also as a field of its own: `2:e vice ordförande: X`) or implied by the field (`ledamot`, `ersättare`, `sekreterare`, `justerare`), held instead in a body written after it in lower case, with or without `i` (`X (M), vice ordföranden revisionen`, a guest's); a secretary's title of one listed among the others where another signs as the meeting's secretary (`Sara Berg, kommunsekreterare` beside `Sekreterare Eva Ek`) is their title, not the meeting's office; a listed person the first paragraphs choose to adjust (`Att jämte ordföranden justera dagens protokoll utsågs X`), to chair the meeting (`Till mötesordförande utses X`) or as its secretary (`Till sekreterare för mötet valdes X`) holds that role, and so does one who signs in the adjuster's place (`X (M), ersätter Y (FP) som justerare`: X adjusts, Y does not); in a member list by municipality in the minutes' body (a municipality, then `Name (party) ledamot`, `Name (party) ersättare`; two or more municipalities) each holds that seat.",
  },
  {
    id: "protocol:roster-municipality",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "In a roster (members and substitutes under field lines, with no date, paragraph or meeting field), a member stands for the municipality named alone on the line above them; in a roster of a municipality's own body (`Kommunfullmäktige`, a nämnd; not a region's, a joint board's or a förbund's) on a page naming that one municipality and no member's, for that municipality.",
  },
  {
    id: "protocol:staff-title",
    step: "04-protocol",
    genres: ["minutes"],
    reason:
      "A title after a listed official (`Anita Berg, kommunsekreterare`, also a title known by its ending, capitalised right after the comma: `Anita Berg, Förbundschef`, also past a degree: `Anita Berg, Ph.D, utredare`, or after a period misread for the comma: `Anita Berg. dietist`) is that person's role, from an inline header or field lines, with its field written after it (`enhetschef elevhälsan`); a unit named right after it (`avdelningschef Gatuavdelningen`) is where it is held, as are letters no party has before the title (`Eva Ek (BUNÖ), Skoldirektör`) and an organisation or company after it (`enhetschef, Försäkringskassan`, `… Logistik, X AB`), and a municipality named right after it (`kommunchef Borås`) is where it is held and whom the official stands for; in the minutes of an association or company that met as itself (`Samordningsförbundet X`, `X AB`), a title with no organisation after it is held there.",
  },
  {
    id: "meeting:minutes",
    step: "05-meetings",
    genres: ["minutes"],
    reason: "Minutes with field lines (`Tid`, `Plats`, `Närvarande`) are one meeting titled by the document.",
  },
  {
    id: "meeting:minutes:organiser",
    step: "05-meetings",
    genres: ["minutes"],
    reason: "An organisation named in the minutes' title or place organised the meeting.",
  },
  { id: "minutes:field", step: "05-meetings", genres: ["minutes"], reason: "A person in a field line of minutes attended in the field's capacity." },
  { id: "minutes:field-chair", step: "05-meetings", genres: ["minutes"], reason: "The person in an `Ordförande` field line chaired." },
  {
    id: "minutes:listed-chair",
    step: "05-meetings",
    genres: ["minutes"],
    reason:
      "A listed person marked `ordförande` (optionally `§§ 5–9`) chaired; a role between two names (`Anna Berg (S), ordförande Per Holm`) is the name's before it, or after it where the run opens with a role (`ordförande Anna Berg, vice ordförande Per Holm`).",
  },
  { id: "minutes:staff", step: "05-meetings", genres: ["minutes"], reason: "Staff listed in minutes (`Kansliet`) work for the organiser." },
  {
    id: "minutes:presenter",
    step: "05-meetings",
    genres: ["minutes"],
    reason: "A person who opens a line of the notes with a verb of telling (`X redovisar`) spoke at the meeting.",
  },
  {
    id: "minutes:title-lines",
    step: "05-meetings",
    genres: ["minutes"],
    reason:
      "Minutes that list people a line each by title (`Kassör, Tomas Berg` / `Generalsekreterare, Anna Wik`): each holds the title, no organisation named.",
  },
  {
    id: "meeting:conference",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason:
      "The first line of an e-mailed report that names an event is the event reported on; in a press text, a newsletter or an e-mail, a conference named where a sentence opens (`På konferensen Mötesplats X den 12 maj 2022 samlades …`), dated by that sentence, whose paragraph says who talked at it; and an event a sentence says took place or was arranged (`Nätverkets höstträff gick av stapeln den 9–10 oktober 2023 i Haninge`, `länskonferensen som Länsstyrelsen arrangerade i Solna den 14 mars`), with a full date or a municipality, whose section states who led, talked at or came to it.",
  },
  {
    id: "conference:speaker",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason:
      "A person of the conference's paragraph whose own verb says she talked, right after her name, party, appositions set off by commas and names joined by `och` (`X, kommundirektör, och Y samtalade om …`; not `X kritiserade det Y presenterade`, nor `X, som berättade …`), spoke at it; of an event told in prose, those its section says talked (`Därefter talade X`, `X var siste talare`).",
  },
  {
    id: "meeting:conference:organiser",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason:
      "An organisation on the event line of an e-mailed report organised it, as does the one a sentence says arranged an event told in prose (`som Länsstyrelsen arrangerade`, `arrangerad av X`).",
  },
  { id: "email:sender-reports", step: "05-meetings", genres: ["email"], reason: "The sender of a report on an event attended it." },
  { id: "email:speaker", step: "05-meetings", genres: ["email"], reason: "A person opening a line of the notes (`Karin Berg: ...`) spoke at the event." },
  {
    id: "programme:event",
    step: "05-meetings",
    genres: PROGRAMME,
    reason:
      "A programme that lists people under labels (`Medverkande`, `Medverkar gör:`, `Paneldeltagare:`) is one event, dated by the line that dates it (`Seminarium 2019.04.08`, `hölls 21 mars`); one person listed makes one only in a text so dated.",
  },
  {
    id: "programme:participant",
    step: "05-meetings",
    genres: PROGRAMME,
    reason:
      "A person listed under a programme label (a line each, or after it on its line: `Medverkar gör: X, rektor, och Y`) took part in the event, in the label's capacity (`speaker`, `chair`; `X, moderator` chaired); one named with an item of a programme, timed or under a `Program` heading (`09.00 Välkommen, X, kommundirektör`, `• Landshövding X hälsar välkommen`, or on the lines under the item's title) spoke, or chaired as `X, moderator`.",
  },
  { id: "programme:moderator", step: "05-meetings", genres: PROGRAMME, reason: "The person under `Moderator:` or `Samtalsledare:` chaired the event." },
  { id: "programme:led-by", step: "05-meetings", genres: PROGRAMME, reason: "`Seminariet leds av journalisten X`, `under ledning av X`: X chaired the event." },
  {
    id: "reported:meeting",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason:
      "`Regionstyrelsen sammanträdde den 4 oktober`, `möte i kommunfullmäktige den 11 december`, `Oktobermötet`: a body's meeting told in a report, keyed as its minutes are (a generic body, `Nätverket`, is the one its section's heading names); the people the report says took part in it (`Vid mötet deltog X, Y och Z`) attended it, and the one who kept its notes (`Anteckningar fördes av X`) as its secretary; those an event told in prose or a seminar's section says came (`Från Botkyrka kom A och B`, `Participants included A and B`, an e-mail's `Från Tyresö deltog jag och B`, the sender for `jag`) attended it.",
  },
  {
    id: "reported:chair",
    step: "05-meetings",
    genres: PROGRAMME,
    reason:
      "In a report of one meeting, the person said to lead it (`Mötet leddes av X`, `Ordförande för mötet var X`, `X ledde mötet`) chaired it, else the person named chair of that very body (`kommunfullmäktiges ordförande X`, `X ... som fullmäktigeordförande`), who holds the chair; a vice chair named so (`kommunfullmäktiges 1:e vice ordförande X`) holds that role; each represents the municipality whose body it is.",
  },
  {
    id: "meeting:seminar",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason: "A section about a seminar or panel (`seminarium`, `moderator`, `under ledning av`) is one.",
  },
  { id: "seminar:under-ledning-av", step: "05-meetings", genres: NOT_MINUTES, reason: "`under ledning av X`, `chaired by X`: X chaired the seminar." },
  {
    id: "seminar:ledde",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason: "`X ledde samtalet/seminariet`, `X modererade` right after the name: X chaired it.",
  },
  {
    id: "seminar:moderator",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason: "`moderator X`, `Moderator var X`, `Moderator: X`, `X, moderator`: X chaired it.",
  },
  {
    id: "seminar:participant",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason:
      "The people a seminar's section says took the floor spoke at it: in a sentence with a word of speaking (`X talade`, `föredragshållare`, `samtalade`, `medverkade`, `panelen`, `bjöd på ett seminarium`, `presented`), opening the lines under a label that says so (`Deltagare:`, `I panelen medverkade:`) or a timed item, or named after a quote's `sa`; not a guest, a technician, a picture's names or a delegation named besides.",
  },
  { id: "meeting:board", step: "05-meetings", genres: "any", reason: "`styrelsemötet den 9 maj`: a board meeting of the organisation named nearby." },
  { id: "meeting:board:organiser", step: "05-meetings", genres: "any", reason: "The organisation whose board met organised the board meeting." },
  { id: "meeting:calendar", step: "05-meetings", genres: ["newsletter"], reason: "A newsletter calendar pairs dates with titles: each pair is an event." },
  { id: "calendar:date", step: "05-meetings", genres: ["newsletter"], reason: "The calendar date stated for an event." },
  { id: "meeting:event", step: "05-meetings", genres: NOT_MINUTES, reason: "A section with `Tid:` and `Plats:` lines is an event." },
  {
    id: "event:speaker",
    step: "05-meetings",
    genres: NOT_MINUTES,
    reason:
      "In an event's section, a name that opens a line of the list under a speakers' label (`Talare som medverkar är bland annat:`, `Medverkande:`) spoke at it.",
  },
  { id: "meeting:body", step: "05-meetings", genres: "any", reason: "`styrgruppen X har haft sitt första möte`: a body's meeting told in a sentence." },
  { id: "body-meeting", step: "05-meetings", genres: "any", reason: "The body of a meeting told in a sentence, and that it organised it." },
  { id: "body-meeting:chair", step: "05-meetings", genres: "any", reason: "The person named the body's chair in that sentence chaired its meeting." },
  { id: "body-meeting:chair-role", step: "05-meetings", genres: "any", reason: "That person holds the chair of the body." },
  { id: "topic-lexicon", step: "05-meetings", genres: "any", reason: "A topic term of the lexicon in a meeting's text was discussed there." },
  {
    id: "collaboration-cue",
    step: "06-collaborations",
    genres: "any",
    reason: "Organisations named in one sentence with `i samarbete med`, `tillsammans med`, `together with` collaborate.",
  },
  // genre39
  {
    id: "apposition:electing-body",
    step: "03-appositions",
    genres: "any",
    reason:
      "`Förbundsdirektionen har beslutat att välja X (M), Vallby kommun som ordförande och Y som vice ordförande`, `Regionstyrelsen fick följande sammansättning:` over `X (S), ordförande, Y, vice ordförande`: a seat written after a name with no body of its own is held in the body that opens the sentence (or the line leading into the list) and elects them or is made up of them.",
  },
  {
    id: "infer:chair-by-term",
    step: "graph",
    genres: "any",
    reason: "Inferred: the chair elected for a term chaired the board's meetings in it (the chain is on the edge).",
  },
] as const satisfies readonly ExtractionRule[];

/** The id of a registered rule. */
export type RuleId = (typeof RULES)[number]["id"];

const BY_ID = new Map<string, ExtractionRule>(RULES.map((r) => [r.id, r]));

/** The record of a rule id, or undefined for an id that is not registered. */
export function ruleInfo(id: string): ExtractionRule | undefined {
  return BY_ID.get(id);
}
