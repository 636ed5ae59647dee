/**
 * Ask
 * ===
 *
 * Natural questions in Swedish and English through a small, explicit grammar: each form is a record with a
 * pattern, the query it runs and an example. No language model: a question matches a form or gets a list of the
 * forms it could have used. The interpretation is returned beside the answers so a user sees how it was read.
 */
import { SamverkanError, isSamverkanError } from "../errors";
import { DEFAULT_LEXICON_DATA, DEFAULT_ROLE_SUFFIXES } from "../lexicon/default-lexicon";
import { fold } from "../text/fold";
import { escapeRegExp } from "../text/regexp";
import { isoPeriod } from "../read/dates";
import type { KnowledgeGraph } from "../types";
import { namesMeeting } from "./resolve";
import { attendeesOf, chairOf, meetings, meetingsAttendedBy, meetingsChairedBy, municipalitiesAt, peopleOf, rolesOf, topicsOf } from "./queries";
import type { Answer } from "./types";
import { whoWorksWith } from "./works-with";

/** One question form of the grammar. */
export interface QuestionForm {
  id: string;
  language: "sv" | "en";
  pattern: RegExp;
  /** Name of the query function it runs. */
  query: string;
  example: string;
  /** The role a form asks about without naming it in a group (`justerare` in `vem justerade protokollet …`). */
  role?: string;
  /** Whether the form reads this argument; another form is tried when not. */
  accepts?(arg: string): boolean;
  /** The form reads many sentences (`berätta om X`): when the graph has nothing called its argument, it is no question. */
  loose?: boolean;
  /**
   * `role`: the role a form with a `role` group named (`sekreterare` in `vem är sekreterare i X`); `year`: the year
   * the question ends in, for forms about an organisation's people (`vem var ordförande i X 2019`).
   */
  run(graph: KnowledgeGraph, arg: string, role?: AskedRole, year?: string): Answer[];
}

/** A role a question names (`sekreterare`, `ledamöter`, `the secretary`), read with the shipped role lexicon. */
export interface AskedRole {
  /** As the question wrote it. */
  written: string;
  /** The lexicon's role (`ledamot` for `ledamöter`, `sekreterare` for `secretary`), else as written. */
  role: string;
  /** The lexicon's category (`chair`, `secretary`, `adjuster`, `politician`, …). */
  category?: string;
}

export interface Interpretation {
  form: string;
  language: "sv" | "en";
  /** Query function and its argument, as a user would call it from TypeScript. */
  query: string;
  argument: string;
  /** The year a question about meetings was narrowed to (`… chair in 2019`, `… ledde X 2019`). */
  year?: string;
  /** The role the question named, as the lexicon writes it (`vem är sekreterare i X`). */
  role?: string;
}

export interface AskResult {
  question: string;
  interpretation: Interpretation | null;
  answers: Answer[];
  /** Said when there is no answer to give: unparsed question, unknown or ambiguous name. */
  message?: string;
  candidates?: { id: string; label: string }[];
}

const chaired = (g: KnowledgeGraph, x: string) => meetingsChairedBy(g, x);
const attended = (g: KnowledgeGraph, x: string) => meetingsAttendedBy(g, x);
const chairs = (g: KnowledgeGraph, x: string) => chairOf(g, x);
const attendees = (g: KnowledgeGraph, x: string) => attendeesOf(g, x);
const speakers = (g: KnowledgeGraph, x: string) => attendeesOf(g, x).filter((a) => a.detail === "spoke_at");
const municipalities = (g: KnowledgeGraph, x: string) => municipalitiesAt(g, x);
const works = (g: KnowledgeGraph, x: string) => whoWorksWith(g, x);
const roles = (g: KnowledgeGraph, x: string) => rolesOf(g, x);
const people = (g: KnowledgeGraph, x: string, _role?: AskedRole, at?: string) => peopleOf(g, x, { at });
// The chair of an organisation now: its `ordförande`, not its vice chairs.
const chairsOf = (g: KnowledgeGraph, x: string, _role?: AskedRole, at?: string) =>
  peopleOf(g, x, { role: "ordförande", at }).filter((a) => !/vice/i.test(a.detail ?? ""));
const organisations = (g: KnowledgeGraph, x: string) => rolesOf(g, x).filter((r) => r.kind === "organisation");
const onTopic = (g: KnowledgeGraph, x: string) => meetings(g, { topic: x });
const topics = (g: KnowledgeGraph, x: string) => topicsOf(g, x);
const byOrganiser = (g: KnowledgeGraph, x: string) => meetings(g, { organiser: x });
// Meetings known to be held in a period (`juni 2016`): dated in it, not only by a year or month that holds it.
const inPeriod = (g: KnowledgeGraph, x: string) => {
  const period = isoPeriod(x)!;
  return meetings(g, { from: period, to: period }).filter((a) => a.date?.startsWith(period));
};
// A period for the forms about meetings in one; a place there (`i Nacka`) is read by those about an organiser's.
const isPeriod = (x: string) => isoPeriod(x) !== undefined;

/** The party a person belongs to, from their roles. */
const partyOf = (g: KnowledgeGraph, x: string) =>
  rolesOf(g, x).flatMap((r) => (r.kind === "party" ? [{ ...r, label: g.getNodeAttribute(r.id, "label"), detail: r.detail }] : []));
/**
 * The municipalities a person stands for: those they represent or hold a role in, and those of the bodies they hold
 * a role in (`ledamot (Kommunstyrelsen)` of Nacka), with the quotes of those ties.
 */
const municipalityOf = (g: KnowledgeGraph, x: string) =>
  union([
    rolesOf(g, x).flatMap((r): Answer[] => {
      if (r.kind === "municipality") return [{ ...r, label: g.getNodeAttribute(r.id, "label") }];
      const place = r.kind === "organisation" ? (g.getNodeAttributes(r.id) as { partOf?: string }).partOf : undefined;
      if (!place || !g.hasNode(place) || g.getNodeAttribute(place, "kind") !== "municipality") return [];
      return [{ ...r, id: place, kind: "municipality", label: g.getNodeAttribute(place, "label"), detail: r.label }];
    }),
  ]);
/** Whether a question's argument names a meeting by its date (`Miljönämnden 2014-11-11`), not an organisation. */
const notAMeeting = (arg: string) => !namesMeeting(arg);

/** Answers of several queries, each person once, their evidence together. */
function union(lists: Answer[][]): Answer[] {
  const seen = new Map<string, Answer>();
  for (const answer of lists.flat()) {
    const prev = seen.get(answer.id);
    if (!prev) seen.set(answer.id, answer);
    else if (prev.evidence !== answer.evidence) seen.set(answer.id, { ...prev, evidence: [...prev.evidence, ...answer.evidence] });
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The role's words to look for: the lexicon's and, for an English question, the English word too (English documents'
 * roles are written in English). A body's chair and vice chairs are among its members (`ledamöter`), though their
 * minutes list them by their office.
 */
function roleWords(role: AskedRole): string[] {
  const words = new Set([role.role, fold(role.written).replace(/^the /, "")]);
  if (role.role === "ledamot") words.add("ordförande");
  return [...words];
}
// People holding a role in an organisation or municipality (`vem är sekreterare i Tekniska nämnden`).
const holders = (g: KnowledgeGraph, x: string, role?: AskedRole, at?: string) => union(roleWords(role!).map((r) => peopleOf(g, x, { role: r, at })));
// Who held a role at a meeting: the chair is who chaired it; others by their role in its minutes or their field.
const heldAt = (g: KnowledgeGraph, x: string, role?: AskedRole) =>
  role!.category === "chair" ? chairOf(g, x) : union(roleWords(role!).map((r) => attendeesOf(g, x, { role: r, capacity: role!.category })));

/** Role words of the shipped lexicon, folded, to their entry; the words as written, Swedish and English apart. */
const ROLE_WORDS = new Map<string, { role: string; category: string }>();
const SV_ROLE_WORDS = new Set<string>();
const EN_ROLE_WORDS = new Set<string>();
for (const r of DEFAULT_LEXICON_DATA.roles) {
  for (const [words, written] of [
    [[r.role, ...(r.aliases ?? [])], SV_ROLE_WORDS],
    [r.en ?? [], EN_ROLE_WORDS],
  ] as const) {
    for (const w of words) {
      written.add(w.toLowerCase());
      if (!ROLE_WORDS.has(fold(w))) ROLE_WORDS.set(fold(w), r);
    }
  }
}
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
/**
 * Flags of the patterns holding the role words: case-blind, without `u`. V8 compiles a case-blind Unicode pattern of
 * the lexicon's 1,000 role words for about a second, and again when it tiers up, on a question that no form reads;
 * without `u` it takes milliseconds, and Swedish letters still match either case.
 */
const ROLE_FLAGS = "i";
/** A Swedish role: a lexicon word, or a compound title by its ending (`förvaltningschef`). */
const ROLE_SV = `(?<role>${alternation(SV_ROLE_WORDS)}|[a-zà-öø-ÿ][a-zà-öø-ÿ-]*(?:${alternation(DEFAULT_ROLE_SUFFIXES)}))`;
/** An English role of the lexicon, singular or plural (`the secretary`, `members`). */
const ROLE_EN = `(?:the )?(?<role>(?:${alternation(EN_ROLE_WORDS)})s?)`;

/** The role a matched question names. */
function askedRole(written: string): AskedRole {
  const key = fold(written);
  const entry = ROLE_WORDS.get(key) ?? (key.endsWith("s") ? ROLE_WORDS.get(key.slice(0, -1)) : undefined);
  return entry ? { written, role: entry.role, category: entry.category } : { written, role: key };
}

// Starts where its run of spaces starts (the lookbehind), so a long run of spaces costs one try, not one per space.
const YEAR_AT_END = /(?<!\s)\s+(?:(?:in|during|under|år|i)\s+)?((?:19|20)\d\d)$/i;
const MEETING_QUERIES = new Set(["meetingsChairedBy", "meetingsAttendedBy", "meetings({topic})", "meetings({organiser})", "meetings"]);
/** Whether a question's closing year narrows a form's query: meetings to that year's, people to those tied then. */
const narrowedByYear = (form: QuestionForm) => MEETING_QUERIES.has(form.query) || form.query.startsWith("peopleOf");

/** The grammar, most specific forms first. */
export const QUESTION_FORMS: readonly QuestionForm[] = [
  {
    id: "chaired-en",
    language: "en",
    pattern: /^(?:which|what|how many) (?:meetings|sessions|seminars) (?:did|has|have) (.+?) (?:chair|chaired|lead|led|preside over|moderate|moderated)$/i,
    query: "meetingsChairedBy",
    example: "which meetings did Karin Berg chair",
    run: chaired,
  },
  {
    id: "chaired-en-2",
    language: "en",
    pattern:
      /^(?:which|what) (?:meetings|sessions|seminars) (?:was|were|has|have) (.+?) (?:been )?(?:the )?(?:chair|chairman|chairperson|chairwoman|moderator) (?:of|at|for)$/i,
    query: "meetingsChairedBy",
    example: "which meetings was Karin Berg the chair of",
    run: chaired,
  },
  {
    id: "chaired-sv",
    language: "sv",
    pattern: /^(?:på |vid |i )?(?:vilka|hur många) (?:möten|sammanträden|seminarier|träffar|sammankomster) (?:har )?(?:ledde|lett|leder|modererade) (.+)$/i,
    query: "meetingsChairedBy",
    example: "vilka möten ledde Karin Berg?",
    run: chaired,
  },
  {
    id: "chaired-sv-perfect",
    language: "sv",
    pattern:
      /^(?:på |vid |i )?vilka (?:möten|sammanträden|seminarier|träffar|sammankomster) har (.+?) (?:lett|modererat|varit ordförande(?: (?:för|på|i|vid))?)$/i,
    query: "meetingsChairedBy",
    example: "vilka möten har Karin Berg lett",
    run: chaired,
  },
  {
    id: "chaired-sv-2",
    language: "sv",
    pattern:
      /^(?:på |vid |i )?vilka (?:möten|sammanträden|seminarier|träffar|sammankomster) (?:var|är|har) (.+?) (?:varit )?(?:ordförande|mötesordförande|moderator)(?: (?:för|på|i|vid))?$/i,
    query: "meetingsChairedBy",
    example: "vilka sammanträden var Karin Berg ordförande för",
    run: chaired,
  },
  {
    id: "chaired-when-en",
    language: "en",
    pattern:
      /^when (?:did|has|have) (.+?) (?:chair|chaired|lead|led|preside over|presided over|moderate|moderated)(?: (?:a |any |the )?(?:meetings?|sessions?|seminars?))?$/i,
    query: "meetingsChairedBy",
    example: "when did Karin Berg chair a meeting",
    run: chaired,
  },
  {
    id: "chaired-when-sv",
    language: "sv",
    pattern: /^när (?:var|har|är) (.+?) (?:varit )?(?:ordförande|mötesordförande|lett (?:möten|sammanträden|mötet|sammanträdet|seminarier))$/i,
    query: "meetingsChairedBy",
    example: "när var Karin Berg ordförande",
    run: chaired,
  },
  {
    id: "chaired-when-sv-2",
    language: "sv",
    pattern: /^när ledde (.+?) (?:möten|sammanträden|mötet|sammanträdet|seminarier|seminariet)$/i,
    query: "meetingsChairedBy",
    example: "när ledde Karin Berg möten",
    run: chaired,
  },
  {
    id: "attended-en",
    language: "en",
    pattern: /^(?:which|what) (?:meetings|sessions|seminars) (?:did|has|have) (.+?) (?:attend|attended|go to|take part in|speak at)$/i,
    query: "meetingsAttendedBy",
    example: "which meetings did Erik Sund attend",
    run: attended,
  },
  {
    id: "attended-sv",
    language: "sv",
    pattern:
      /^(?:på |vid |i )?vilka (?:möten|sammanträden|seminarier|träffar|sammankomster) (?:deltog|har deltagit|var|närvarade) (.+?)(?: med)?(?: (?:i|på|vid))?$/i,
    query: "meetingsAttendedBy",
    example: "vilka möten deltog Erik Sund i",
    run: attended,
  },
  {
    id: "chaired-by-en",
    language: "en",
    pattern: /^(?:(?:list|show|find|which|what) )?(?:(?:me|all|the) )*(?:meetings|sessions|seminars) (?:chaired|led|presided over|moderated) by (.+)$/i,
    query: "meetingsChairedBy",
    example: "meetings chaired by Karin Berg",
    run: chaired,
  },
  {
    id: "chaired-by-sv",
    language: "sv",
    pattern:
      /^(?:(?:lista|visa)(?: alla)? |vilka )?(?:möten|sammanträden|seminarier|träffar) (?:som|där) (.+?) (?:ledde|har lett|lett|modererade|(?:var|har varit) (?:ordförande|mötesordförande|moderator)(?: (?:för|på|i|vid))?)$/i,
    query: "meetingsChairedBy",
    example: "möten som Karin Berg ledde",
    run: chaired,
  },
  {
    id: "attended-by-en",
    language: "en",
    pattern: /^(?:(?:list|show|find|which|what) )?(?:(?:me|all|the) )*(?:meetings|sessions|seminars) (?:attended by|with) (.+)$/i,
    query: "meetingsAttendedBy",
    example: "meetings attended by Erik Sund",
    run: attended,
  },
  {
    id: "attended-by-sv",
    language: "sv",
    pattern:
      /^(?:(?:lista|visa)(?: alla)? |vilka )?(?:möten|sammanträden|seminarier|träffar) (?:som|där) (.+?) (?:deltog|var med|närvarade|har deltagit)(?: (?:i|på|vid))?$/i,
    query: "meetingsAttendedBy",
    example: "möten där Erik Sund deltog",
    run: attended,
  },
  {
    id: "chair-of-org-en",
    language: "en",
    pattern: /^who (?:chairs|leads|(?:is|was) (?:the )?(?:chair|chairman|chairperson|chairwoman) of) (?!the meeting|the session|the seminar)(.+)$/i,
    query: "peopleOf({role: ordförande})",
    example: "who chairs Storsthlm",
    accepts: notAMeeting,
    run: chairsOf,
  },
  {
    id: "chair-of-org-sv",
    language: "sv",
    pattern: /^vem (?:(?:är|var) ordförande (?:i|för)|leder|ledde) (?!mötet|sammanträdet|seminariet)(.+)$/i,
    query: "peopleOf({role: ordförande})",
    example: "vem är ordförande i Storsthlm",
    accepts: notAMeeting,
    run: chairsOf,
  },
  {
    id: "member-of-en",
    language: "en",
    pattern: /^(?:which|what) organi[sz]ations? (?:is|was|are|were) (.+?) (?:a )?(?:member|members|part) (?:of|in)$/i,
    query: "rolesOf (organisations)",
    example: "which organisations is Lena Holm-Ek a member of",
    run: organisations,
  },
  {
    id: "member-of-sv",
    language: "sv",
    pattern: /^(?:i )?vilka organisationer (?:(?:är|var) (.+?) (?:medlem|ledamot|med)(?: i)?|(?:tillhör|tillhörde) (.+))$/i,
    query: "rolesOf (organisations)",
    example: "vilka organisationer är Lena Holm-Ek medlem i",
    run: organisations,
  },
  {
    id: "role-of-org-en",
    language: "en",
    pattern: new RegExp(`^who (?:is|was|are|were) ${ROLE_EN} (?:of|in|at|on|for) (?!the (?:meeting|session|seminar)\\b)(?<arg>.+)$`, ROLE_FLAGS),
    query: "peopleOf({role})",
    example: "who is the secretary of Kommunstyrelsen",
    accepts: notAMeeting,
    run: holders,
  },
  {
    id: "role-of-org-sv",
    language: "sv",
    pattern: new RegExp(
      `^(?:vem|vilka) (?:är|var|blev|sitter som|satt som) ${ROLE_SV} (?:i|för|på|vid|hos) (?!(?:mötet|sammanträdet|seminariet)\\b)(?<arg>.+)$`,
      ROLE_FLAGS,
    ),
    query: "peopleOf({role})",
    example: "vem är sekreterare i Kommunstyrelsen",
    accepts: notAMeeting,
    run: holders,
  },
  {
    id: "role-at-meeting-en",
    language: "en",
    pattern: new RegExp(`^who (?:was|were) ${ROLE_EN} (?:at|of|for|in) (?:the )?(?:meeting|session)(?: (?:on|of|held on))? (?<arg>.+)$`, ROLE_FLAGS),
    query: "attendeesOf({role})",
    example: "who was the secretary at the meeting on 2016-10-11",
    run: heldAt,
  },
  {
    id: "role-at-meeting-sv",
    language: "sv",
    // Not the chair (`vem var ordförande den …`): `chair-of-sv` reads that.
    pattern: new RegExp(
      `^vem (?:var|blev) (?!ordförande\\b|mötesordförande\\b)${ROLE_SV}(?: (?:på|vid|för|i))?(?: (?:mötet|sammanträdet))?(?: den| på)? (?<arg>.+)$`,
      ROLE_FLAGS,
    ),
    query: "attendeesOf({role})",
    example: "vem var justerare den 11 oktober 2016",
    run: heldAt,
  },
  {
    id: "adjusted-en",
    language: "en",
    pattern:
      /^who (?:adjusted|checked|signed|approved|verified) the minutes(?: (?:of|for|from|at))?(?: the (?:meeting|session))?(?: (?:on|of|held on))? (.+)$/i,
    query: "attendeesOf({role: justerare})",
    example: "who adjusted the minutes of the meeting on 2016-10-11",
    role: "justerare",
    run: heldAt,
  },
  {
    id: "adjusted-sv",
    language: "sv",
    pattern:
      /^(?:vem|vilka) (?:justerade|har justerat|skrev under|undertecknade) (?:protokollet(?: (?:från|för|på|vid|i))?(?: (?:mötet|sammanträdet))?(?: den| på)? (.+)|(\S+s protokoll .+))$/i,
    query: "attendeesOf({role: justerare})",
    example: "vem justerade protokollet den 11 oktober 2016",
    role: "justerare",
    run: heldAt,
  },
  {
    id: "adjusted-sv-2",
    language: "sv",
    pattern: /^(?:vem|vilka) (?:justerade|har justerat) (?!protokollet$)(?:(?:mötet|sammanträdet) )?(?:den |på )?(.+)$/i,
    query: "attendeesOf({role: justerare})",
    example: "vem justerade den 11 oktober 2016",
    role: "justerare",
    accepts: namesMeeting,
    run: heldAt,
  },
  {
    id: "minutes-taker-en",
    language: "en",
    pattern: /^who (?:took|kept|wrote) the minutes(?: (?:of|for|from|at))?(?: the (?:meeting|session))?(?: (?:on|of|held on))? (.+)$/i,
    query: "attendeesOf({role: sekreterare})",
    example: "who took the minutes at the meeting on 2016-10-11",
    role: "sekreterare",
    run: heldAt,
  },
  {
    id: "minutes-taker-sv",
    language: "sv",
    pattern: /^vem (?:förde|skrev|tog) (?:protokollet(?: (?:från|för|på|vid|i))?(?: (?:mötet|sammanträdet))?(?: den| på)? (.+)|(\S+s protokoll .+))$/i,
    query: "attendeesOf({role: sekreterare})",
    example: "vem förde protokollet den 11 oktober 2016",
    role: "sekreterare",
    run: heldAt,
  },
  {
    id: "role-present-sv",
    language: "sv",
    pattern: new RegExp(
      `^vilka ${ROLE_SV} (?:var närvarande|närvarade|deltog|tjänstgjorde|var med|fanns(?: med| det)?)(?: (?:på|vid|i) (?:mötet|sammanträdet))?(?: den| på| i)? (?<arg>.+)$`,
      ROLE_FLAGS,
    ),
    query: "attendeesOf({role})",
    example: "vilka ersättare tjänstgjorde den 11 oktober 2016",
    accepts: namesMeeting,
    run: heldAt,
  },
  {
    id: "role-present-en",
    language: "en",
    pattern: new RegExp(
      `^(?:which|what) ${ROLE_EN} (?:were|was) (?:present|there)(?: (?:at|on|in))?(?: the (?:meeting|session))?(?: (?:on|of|held on))? (?<arg>.+)$`,
      ROLE_FLAGS,
    ),
    query: "attendeesOf({role})",
    example: "which substitutes were present at the meeting on 2016-10-11",
    run: heldAt,
  },
  {
    id: "party-of-en",
    language: "en",
    pattern: /^(?:which|what) (?:party|parties) (?:does|did|is|was) (.+?)(?: (?:belong to|represent|a member of|member of|in|from|with))?$/i,
    query: "rolesOf (parties)",
    example: "which party does Lena Holm-Ek belong to",
    accepts: notAMeeting,
    run: partyOf,
  },
  {
    id: "party-of-sv",
    language: "sv",
    pattern:
      /^(?:vilket|vilka) (?:parti|partier) (?:tillhör|tillhörde|representerar|representerade|företräder|företrädde|är|var) (.+?)(?: (?:med i|medlem i|från))?$/i,
    query: "rolesOf (parties)",
    example: "vilket parti tillhör Lena Holm-Ek",
    accepts: notAMeeting,
    run: partyOf,
  },
  {
    id: "municipality-of-en",
    language: "en",
    pattern:
      /^(?:(?:which|what) (?:municipality|municipalities) (?:does|did|is|was) (.+?)(?: (?:represent|belong to|from|work for|work in))?|where (?:is|was|does|did) (.+?)(?: come)? from)$/i,
    query: "rolesOf (municipalities)",
    example: "which municipality does Lena Holm-Ek represent",
    accepts: notAMeeting,
    run: municipalityOf,
  },
  {
    id: "municipality-of-sv",
    language: "sv",
    pattern:
      /^(?:vilken|vilka) (?:kommun|kommuner) (?:representerar|representerade|företräder|företrädde|tillhör|kommer|kom|är|var) (.+?)(?: (?:från|ifrån|med i))?$/i,
    query: "rolesOf (municipalities)",
    example: "vilken kommun representerar Lena Holm-Ek",
    accepts: notAMeeting,
    run: municipalityOf,
  },
  {
    id: "met-when-en",
    language: "en",
    pattern: /^when (?:did|does|has|have) (.+?) (?:meet|met|convene|convened|hold meetings|held meetings)$/i,
    query: "meetings({organiser})",
    example: "when did Kommunstyrelsen meet",
    run: byOrganiser,
  },
  {
    id: "met-when-sv",
    language: "sv",
    pattern:
      /^när (?:sammanträdde|sammanträder|möttes|träffades|har|hade) (.+?)(?: (?:sammanträtt|haft möten|haft sammanträden|möte|möten|sammanträde|sammanträden))?$/i,
    query: "meetings({organiser})",
    example: "när sammanträdde Kommunstyrelsen",
    run: byOrganiser,
  },
  {
    id: "sits-on-en",
    language: "en",
    pattern: /^who (?:sits|sat|serves|served) (?:on|in) (.+)$/i,
    query: "peopleOf",
    example: "who sits on Kommunstyrelsen",
    run: people,
  },
  {
    id: "sits-on-sv",
    language: "sv",
    pattern: /^vilka (?:sitter|satt|ingår|ingick|är med|var med) i (.+)$/i,
    query: "peopleOf",
    example: "vilka sitter i Kommunstyrelsen",
    run: people,
  },
  {
    id: "who-is-en",
    language: "en",
    pattern: /^who (?:is|was) (?!the |a |an )(.+)$/i,
    query: "rolesOf",
    example: "who is Lena Holm-Ek",
    accepts: notAMeeting,
    run: roles,
  },
  {
    id: "who-is-sv",
    language: "sv",
    pattern: /^vem (?:är|var) (?!ordförande )(.+?)(?: och vad (?:gör|gjorde) (?:hon|han|hen|de))?$/i,
    query: "rolesOf",
    example: "vem är Lena Holm-Ek",
    accepts: notAMeeting,
    run: roles,
  },
  {
    id: "chair-of-en",
    language: "en",
    pattern: /^who (?:chaired|led|presided over|moderated) (?:the )?(?:meeting|session|seminar)?\s*(?:on|of|held on)?\s*(.+)$/i,
    query: "chairOf",
    example: "who chaired the meeting on 11 October 2016",
    run: chairs,
  },
  {
    id: "chair-at-en",
    language: "en",
    pattern:
      /^who (?:was|were) (?:the )?(?:chair|chairman|chairperson|chairwoman|moderator)(?: (?:of|at|for) (?:the )?(?:meeting|session|seminar|conference|panel))?(?: (?:on|at|of|in|held on))? (.+)$/i,
    query: "chairOf",
    example: "who was the chair on 11 October 2016",
    accepts: namesMeeting,
    run: chairs,
  },
  {
    id: "speakers-en",
    language: "en",
    pattern:
      /^who (?:spoke|talked|presented|gave a talk|were the speakers|was a speaker) (?:(?:at|in) (?:the )?(?:meeting|session|seminar|conference|panel)?\s*(?:on|of|in|held on)?\s*(.+)|on (\d.+))$/i,
    query: "attendeesOf (speakers)",
    example: "who spoke at the seminar on 2024-03-12",
    run: speakers,
  },
  {
    id: "speakers-sv",
    language: "sv",
    pattern:
      /^(?:vilka|vem) (?:talade|pratade|föreläste|var talare|var talarna|höll föredrag|höll anföranden) (?:på|vid|i) (?:mötet|sammanträdet|seminariet|konferensen|panelen)?\s*(?:den|på)?\s*(.+)$/i,
    query: "attendeesOf (speakers)",
    example: "vilka talade på seminariet den 12 mars 2024",
    run: speakers,
  },
  {
    id: "chair-of-sv",
    language: "sv",
    pattern: /^vem (?:var ordförande|ledde|var mötesordförande|modererade)(?: (?:för|på|vid|i))?(?: (?:mötet|sammanträdet|seminariet))?(?: den| på| i)? (.+)$/i,
    query: "chairOf",
    example: "vem var ordförande den 11 oktober 2016",
    run: chairs,
  },
  {
    id: "attendees-en",
    language: "en",
    pattern:
      /^who (?:attended|was at|were at|was present (?:at|on)|were present (?:at|on)|took part in|participated in) (?:the )?(?:meeting|session|seminar|conference)?\s*(?:on|of)?\s*(.+)$/i,
    query: "attendeesOf",
    example: "who attended the meeting on 2016-10-11",
    run: attendees,
  },
  {
    id: "attendees-sv",
    language: "sv",
    pattern:
      /^(?:vilka|vem) (?:deltog|var närvarande|närvarade|var med|medverkade|var där) ?(?:på|i|vid)? ?(?:(?:mötet|sammanträdet) med |mötet|sammanträdet|seminariet|konferensen|panelen)?\s*(?:den|på)?\s*(.+)$/i,
    query: "attendeesOf",
    example: "vilka deltog på mötet den 11 oktober 2016",
    // `vilka deltog från Nacka` asks who represented Nacka.
    accepts: (arg) => !/^(?:från|för) /i.test(arg),
    run: attendees,
  },
  {
    id: "municipalities-at-en",
    language: "en",
    pattern:
      /^which municipalities (?:were|was) (?:represented|present|there) (?:at|in|on) (?:the )?(?:meeting|session|seminar|conference)?\s*(?:on|of|held on)?\s*(.+)$/i,
    query: "municipalitiesAt",
    example: "which municipalities were represented at the meeting on 2016-10-11",
    run: municipalities,
  },
  {
    id: "municipalities-at-sv",
    language: "sv",
    pattern:
      /^vilka kommuner (?:var representerade|var företrädda|deltog|var med|var närvarande) ?(?:på|vid|i)? ?(?:mötet|sammanträdet|seminariet|konferensen)?\s*(?:den|på)?\s*(.+)$/i,
    query: "municipalitiesAt",
    example: "vilka kommuner var representerade på mötet den 11 oktober 2016",
    run: municipalities,
  },
  {
    id: "works-with-en",
    language: "en",
    pattern: /^who (?:works|worked|collaborates|collaborated|cooperates) with (.+)$/i,
    query: "whoWorksWith",
    example: "who works with Lena Holm-Ek",
    run: works,
  },
  {
    id: "works-with-en-2",
    language: "en",
    pattern: /^who (?:(?:does|did) (.+?) (?:work|collaborate) with|(?:did|has|have) (.+?) (?:meet|met))$/i,
    query: "whoWorksWith",
    example: "who does Lena Holm-Ek work with",
    run: works,
  },
  {
    id: "works-with-sv",
    language: "sv",
    pattern: /^(?:vem|vilka)(?: personer)? (?:(?:samarbetar|arbetar|jobbar|samverkar) (.+?) med|har (.+?) (?:träffat|mött))$/i,
    query: "whoWorksWith",
    example: "vem samarbetar Lena Holm-Ek med",
    run: works,
  },
  {
    id: "works-with-sv-2",
    language: "sv",
    pattern: /^(?:vem|vilka) (?:samarbetar|arbetar|jobbar|samverkar) med (.+)$/i,
    query: "whoWorksWith",
    example: "vilka samarbetar med Lena Holm-Ek",
    run: works,
  },
  {
    id: "works-with-sv-3",
    language: "sv",
    pattern:
      /^(?:med (?:vem|vilka) (?:samarbetar|arbetar|jobbar|samverkar|har|hade) (.+?)(?: (?:samarbetat|arbetat|jobbat|samverkat))?|(?:vem|vilka) (?:har|hade) (.+?) (?:samarbetat|arbetat|jobbat|samverkat) med)$/i,
    query: "whoWorksWith",
    example: "vem har Lena Holm-Ek samarbetat med",
    run: works,
  },
  {
    id: "works-with-en-3",
    language: "en",
    pattern:
      /^(?:who (?:has|have|had) (.+?) (?:worked|collaborated|cooperated) with|with whom (?:does|did|has) (.+?) (?:work|worked|collaborate|collaborated))$/i,
    query: "whoWorksWith",
    example: "who has Lena Holm-Ek worked with",
    run: works,
  },
  {
    id: "about-sv",
    language: "sv",
    pattern: /^(?:berätta(?: mer)? om (.+)|vad (?:är|var|har|hade) (.+?) för (?:roll|roller|uppdrag|befattning))$/i,
    query: "rolesOf",
    example: "berätta om Lena Holm-Ek",
    loose: true,
    run: roles,
  },
  {
    id: "about-en",
    language: "en",
    pattern: /^tell me (?:more )?about (.+)$/i,
    query: "rolesOf",
    example: "tell me about Lena Holm-Ek",
    loose: true,
    run: roles,
  },
  {
    id: "roles-en",
    language: "en",
    pattern: /^(?:what|which) (?:roles|positions|posts|offices) (?:has|have|did|does) (.+?) (?:held|hold|had|have)$/i,
    query: "rolesOf",
    example: "what roles has Lena Holm-Ek held",
    run: roles,
  },
  {
    id: "roles-sv",
    language: "sv",
    pattern: /^vilka (?:uppdrag|roller|poster|befattningar) (?:har|hade) (.+?) (?:haft|har|hade)$/i,
    query: "rolesOf",
    example: "vilka uppdrag har Lena Holm-Ek haft",
    run: roles,
  },
  {
    id: "roles-en-2",
    language: "en",
    pattern: /^what (?:role|roles|position|positions|title|titles|post|posts|job) (?:does|did|has|had) (.+?)(?: (?:have|hold|held|had))?$/i,
    query: "rolesOf",
    example: "what role does Lena Holm-Ek have",
    run: roles,
  },
  {
    id: "roles-sv-2",
    language: "sv",
    pattern: /^(?:vilken|vilka) (?:roll|roller|uppdrag|befattning|befattningar|titel|titlar|post|poster) (?:har|hade) (.+)$/i,
    query: "rolesOf",
    example: "vilken roll har Lena Holm-Ek",
    run: roles,
  },
  {
    id: "roles-sv-3",
    language: "sv",
    pattern: /^vad (?:gör|gjorde|jobbar|jobbade|arbetar|arbetade) (.+?)(?: med)?$/i,
    query: "rolesOf",
    example: "vad gör Lena Holm-Ek",
    accepts: notAMeeting,
    run: roles,
  },
  {
    id: "roles-en-3",
    language: "en",
    pattern: /^what (?:(?:does|did) (.+?) do|is (.+?)['’]s (?:role|job|title|position))$/i,
    query: "rolesOf",
    example: "what does Lena Holm-Ek do",
    accepts: notAMeeting,
    run: roles,
  },
  {
    id: "role-holders-sv",
    language: "sv",
    pattern: new RegExp(`^vilka ${ROLE_SV} (?:har|hade|finns (?:i|på)|fanns (?:i|på)|sitter i|satt i|ingår i|ingick i) (?<arg>.+)$`, ROLE_FLAGS),
    query: "peopleOf({role})",
    example: "vilka ledamöter har Kommunstyrelsen",
    run: holders,
  },
  {
    id: "role-holders-en",
    language: "en",
    pattern: new RegExp(`^(?:list|show|name)(?: me)?(?: all)? ${ROLE_EN} (?:of|in|at|on|for) (?<arg>.+)$`, ROLE_FLAGS),
    query: "peopleOf({role})",
    example: "list the members of Kommunstyrelsen",
    run: holders,
  },
  {
    id: "represented-en",
    language: "en",
    pattern: /^who (?:represented|represents|is from|was from|were from|came from|works for|worked for|works at) (.+)$/i,
    query: "peopleOf",
    example: "who represented Nacka",
    run: people,
  },
  {
    id: "represented-sv",
    language: "sv",
    pattern: /^(?:vem|vilka) (?:representerade|representerar|företrädde|företräder|arbetar på|arbetade på|jobbar på) (.+)$/i,
    query: "peopleOf",
    example: "vem representerade Nacka",
    run: people,
  },
  {
    id: "represented-sv-2",
    language: "sv",
    pattern: /^vilka från (.+?) (?:deltog|var med|medverkade|var där)$/i,
    query: "peopleOf",
    example: "vilka från Nacka deltog",
    run: people,
  },
  {
    id: "represented-sv-3",
    language: "sv",
    pattern: /^(?:vem|vilka) (?:deltog|var med|medverkade|var där|kom) (?:från|för) (.+)$/i,
    query: "peopleOf",
    example: "vilka deltog från Nacka",
    run: people,
  },
  {
    id: "represented-en-2",
    language: "en",
    pattern: /^who (?:from|of) (.+?) (?:attended|took part|participated|was there|were there|came)$/i,
    query: "peopleOf",
    example: "who from Nacka attended",
    run: people,
  },
  {
    id: "represented-en-3",
    language: "en",
    pattern: /^who (?:is|was|are|were) (?:the )?(?:representatives?|delegates?) (?:of|from|for) (.+)$/i,
    query: "peopleOf",
    example: "who were the representatives of Nacka",
    run: people,
  },
  {
    id: "people-from-en",
    language: "en",
    pattern:
      /^(?:(?:which|what|list|show(?: me)?) )?(?:the )?(?:people|persons|politicians|members|officials)(?: (?:are|were|come|came))? (?:from|of|in) (.+?)(?: (?:attended|took part|were there))?$/i,
    query: "peopleOf",
    example: "people from Nacka",
    accepts: notAMeeting,
    run: people,
  },
  {
    id: "people-from-sv",
    language: "sv",
    pattern:
      /^(?:vilka )?(?:personer|politiker|ledamöter|företrädare|tjänstemän|förtroendevalda)(?: (?:finns|fanns|kommer|kom))? (?:från|i|för) (.+?)(?: (?:finns med|fanns med|var med|är med|deltog|medverkade))?$/i,
    query: "peopleOf",
    example: "vilka politiker från S",
    run: people,
  },
  {
    id: "topic-en",
    language: "en",
    pattern: /^(?:which|what) meetings (?:discussed|dealt with|were about|covered) (.+)$/i,
    query: "meetings({topic})",
    example: "which meetings discussed nyanlända",
    run: onTopic,
  },
  {
    id: "topic-sv",
    language: "sv",
    pattern: /^vilka möten (?:diskuterade|behandlade|handlade om|tog upp) (.+)$/i,
    query: "meetings({topic})",
    example: "vilka möten diskuterade nyanlända",
    run: onTopic,
  },
  {
    id: "meetings-in-en",
    language: "en",
    pattern: /^(?:which|what) (?:meetings|sessions|seminars) (?:were|was) (?:held|there)(?: (?:in|during|on))?(?: the year)? (.+)$/i,
    query: "meetings({from, to})",
    example: "which meetings were held in June 2016",
    accepts: isPeriod,
    run: inPeriod,
  },
  {
    id: "meetings-in-sv",
    language: "sv",
    pattern: /^vilka (?:möten|sammanträden|seminarier) (?:hölls|ägde rum|var det|fanns det|har hållits)(?: (?:i|under|den|på))?(?: år)? (.+)$/i,
    query: "meetings({from, to})",
    example: "vilka möten hölls i juni 2016",
    accepts: isPeriod,
    run: inPeriod,
  },
  {
    id: "meetings-at-en",
    language: "en",
    pattern: /^(?:which|what) (?:meetings|sessions|seminars) (?:were|was) held (?:in|at|by) (.+)$/i,
    query: "meetings({organiser})",
    example: "which meetings were held in Nacka",
    run: byOrganiser,
  },
  {
    id: "meetings-at-sv",
    language: "sv",
    pattern: /^vilka (?:möten|sammanträden|seminarier) (?:hölls|har hållits|ägde rum) (?:i|på|hos) (.+)$/i,
    query: "meetings({organiser})",
    example: "vilka möten hölls i Nacka",
    run: byOrganiser,
  },
  {
    id: "meetings-all-en",
    language: "en",
    pattern: /^(?:(?:list|show)(?: me)?(?: all)?(?: the)? (?:meetings|sessions|seminars)|(?:which|what) (?:meetings|sessions|seminars) are there)$/i,
    query: "meetings",
    example: "list all meetings",
    run: (g) => meetings(g),
  },
  {
    id: "meetings-all-sv",
    language: "sv",
    pattern:
      /^(?:(?:lista|visa)(?: alla)? (?:möten|mötena|sammanträden|sammanträdena|seminarier|seminarierna)|vilka (?:möten|sammanträden|seminarier) finns(?: det)?)$/i,
    query: "meetings",
    example: "lista alla möten",
    run: (g) => meetings(g),
  },
  {
    id: "meetings-of-org-en",
    language: "en",
    pattern: /^(?:which|what) (?:meetings|sessions) (?:did|has|have|does) (.+?) (?:hold|held|have|had)$/i,
    query: "meetings({organiser})",
    example: "which meetings did Kommunstyrelsen hold",
    run: byOrganiser,
  },
  {
    id: "meetings-of-org-sv",
    language: "sv",
    pattern: /^vilka (?:möten|sammanträden) (?:har|hade|höll) (?!hållits$)(.+?)(?: haft| hållit)?$/i,
    query: "meetings({organiser})",
    example: "vilka sammanträden hade Kommunstyrelsen",
    run: byOrganiser,
  },
  {
    id: "topics-of-en",
    language: "en",
    pattern: /^what (?:was|were) (?:discussed|on the agenda) (?:at|on) (?:the meeting )?(?:on )?(.+)$/i,
    query: "topicsOf",
    example: "what was discussed at the meeting on 2016-10-11",
    run: topics,
  },
  {
    id: "topics-of-sv",
    language: "sv",
    pattern: /^vad (?:diskuterades|behandlades) (?:på|vid) (?:mötet )?(?:den )?(.+)$/i,
    query: "topicsOf",
    example: "vad diskuterades på mötet den 11 oktober 2016",
    run: topics,
  },
  {
    id: "topics-of-en-2",
    language: "en",
    pattern:
      /^what (?:topics|issues|matters|items|questions) (?:were|was) (?:discussed|dealt with|on the agenda|raised) (?:at|on|in) (?:the meeting )?(?:on |of )?(.+)$/i,
    query: "topicsOf",
    example: "what topics were discussed at the meeting on 2016-10-11",
    run: topics,
  },
  {
    id: "topics-of-sv-2",
    language: "sv",
    pattern: /^vilka (?:ämnen|frågor|ärenden) (?:diskuterades|behandlades|togs upp) (?:på |vid )?(?:mötet |sammanträdet )?(?:den )?(.+)$/i,
    query: "topicsOf",
    example: "vilka ämnen diskuterades den 11 oktober 2016",
    run: topics,
  },
  {
    id: "topics-of-sv-3",
    language: "sv",
    pattern: /^vad handlade (?:mötet|sammanträdet|seminariet) (?:den |på )?(.+?) om$/i,
    query: "topicsOf",
    example: "vad handlade mötet den 11 oktober 2016 om",
    run: topics,
  },
];

/**
 * Normalises a question: trims, drops closing punctuation and quotes, collapses spaces. Each pattern anchored at the
 * end only starts where its run of characters starts (the lookbehind): tried at every position of a long run of
 * spaces or quotes inside the question, it was quadratic (120,000 spaces took 10 s).
 */
function normalise(question: string): string {
  return question
    .normalize("NFC")
    .trim()
    .replace(/^["'”“]+|(?<!["'”“])["'”“]+$/g, "")
    .replace(/(?<![?!.\s])[?!.\s]+$/, "")
    .replace(/\s+/g, " ");
}

/** The forms a question can take, one line each, for help texts and unparsed questions. */
export function describeQuestionForms(): string {
  return QUESTION_FORMS.map((f) => `  ${f.example}`).join("\n");
}

/** Most meetings a question about a meeting is answered for at once, when its reference names several. */
const MEETINGS_AT_ONCE = 12;

/**
 * Runs a form; when its argument names several meetings (`den 12 mars 2024`, a day two bodies met, or `kommunstyrelsens
 * möten i mars 2024`), up to `MEETINGS_AT_ONCE` of them, each answer saying which meeting it is of.
 */
function runOnMeetings(graph: KnowledgeGraph, form: QuestionForm, argument: string, role: AskedRole | undefined, year: string | undefined): Answer[] {
  try {
    return form.run(graph, argument, role, year);
  } catch (error) {
    const candidates = isSamverkanError(error) && error.code === "AMBIGUOUS_ENTITY" ? (error.candidates ?? []) : [];
    if (!candidates.length || candidates.length > MEETINGS_AT_ONCE || !candidates.every((c) => c.id.startsWith("meeting:"))) throw error;
    const byId = new Map<string, Answer>();
    for (const meeting of candidates) {
      for (const answer of form.run(graph, meeting.id, role, year)) {
        const detail = [meeting.label, answer.detail].filter(Boolean).join(": ");
        const seen = byId.get(answer.id);
        if (!seen) byId.set(answer.id, { ...answer, detail });
        else byId.set(answer.id, { ...seen, detail: `${seen.detail}; ${detail}`, evidence: [...seen.evidence, ...answer.evidence] });
      }
    }
    return [...byId.values()];
  }
}

/**
 * Answers a question in Swedish or English.
 * @example
 * ask(graph, "vilka möten ledde Karin Berg?").answers[0].evidence[0].quote
 */
export function ask(graph: KnowledgeGraph, question: string): AskResult {
  const text = normalise(question);
  if (!text) throw new SamverkanError("BAD_QUERY", "samverkan/ask: the question is empty");
  // A question about meetings or an organisation's people may end in a year (`which meetings did X chair in 2019`,
  // `vilka möten ledde X 2019`, `vem var ordförande i Kommunstyrelsen 2019`): read without it, its meetings are those
  // of that year and its people those tied to the organisation then. Other questions keep their years (a meeting's date).
  const dated = YEAR_AT_END.exec(text);
  const rest = dated ? text.slice(0, dated.index) : "";
  const byYear = dated ? QUESTION_FORMS.filter(narrowedByYear).map((form) => ({ form, asked: rest, year: dated[1] })) : [];
  for (const { form, asked, year } of [...byYear, ...QUESTION_FORMS.map((form) => ({ form, asked: text, year: undefined }))]) {
    const match = form.pattern.exec(asked);
    if (!match) continue;
    const argument = (match.groups?.arg ?? match.slice(1).find((group) => group !== undefined) ?? "").trim().replace(/^(?:the|den|det|mötet)\s+/i, "");
    if (form.accepts && !form.accepts(argument)) continue;
    const roleWord = match.groups?.role ?? form.role;
    const role = roleWord ? askedRole(roleWord) : undefined;
    const interpretation: Interpretation = {
      form: form.id,
      language: form.language,
      query: role ? form.query.replace("{role}", `{role: ${role.role}}`) : form.query,
      argument,
      ...(year ? { year } : {}),
      ...(role ? { role: role.role } : {}),
    };
    try {
      const answers = runOnMeetings(graph, form, argument, role, year).filter((a) => !year || !MEETING_QUERIES.has(form.query) || a.date?.startsWith(year));
      return {
        question,
        interpretation,
        answers,
        ...(answers.length ? {} : { message: form.language === "sv" ? "Inga svar i grafen." : "No answers in the graph." }),
      };
    } catch (error) {
      // A name that holds its year (`Agenda 2030`) is read again with it; a loose form's unknown name is no question.
      if ((year || form.loose) && isSamverkanError(error) && error.code === "UNKNOWN_ENTITY") continue;
      // A name the graph does not hold, or holds more than once, or a period that is none: said, not thrown.
      if (isSamverkanError(error) && (error.code === "UNKNOWN_ENTITY" || error.code === "AMBIGUOUS_ENTITY" || error.code === "BAD_QUERY")) {
        return { question, interpretation, answers: [], message: error.message, ...(error.candidates ? { candidates: error.candidates } : {}) };
      }
      throw error;
    }
  }
  return {
    question,
    interpretation: null,
    answers: [],
    message: `Could not read the question. Questions it knows (Swedish and English), for example:\n${describeQuestionForms()}`,
  };
}
