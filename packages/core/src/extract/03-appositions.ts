/**
 * Appositions
 * ===========
 *
 * Step 4 of extraction: what the words right after a person's name say about them. Swedish writes it as an
 * apposition: `X, kommundirektör i Ekerö kommun`, `X (S) Botkyrka`, `X, tidigare vd på SKL och kommundirektör i
 * Södertälje och Täby`, `X, fd KSO Nynäshamn, statsvetare`, `X (M) ... återvaldes till förbundsordförande`. A small
 * left-to-right reader walks the tokens of the clause and collects party, roles and their organisations or
 * municipalities. It stops at the end of the clause, at the next person, or after a few words it cannot place.
 * A signature block (`Name (KD)` on one line, `1 v ordf Socialnämnden, Ekerö kommun` on the next) is read as one.
 */
import { BULLETS_ONLY, escapeRegExp } from "../text/regexp";
import { SEAT_CATEGORIES, type Lexicon } from "../lexicon/lexicon";
import {
  actingFrom,
  ASSOCIATION_HEAD,
  brokenWordAt,
  GROUP_NAME,
  definiteRoleBySuffix,
  type Mention,
  isNameWord,
  isPlaceAt,
  isThingWord,
  MUNICIPALITY,
  roleBySuffix,
  partyOfWord,
} from "./02-mentions";
import { compileProtocolWords, isLocalParty, phraseKey, splitPhrase } from "./protocol-words";
import { nameKey } from "../text/fold";
import { firstAtOrAfter } from "../text/sorted";
import { type Token, tokenize } from "../text/tokenize";

/** An organisation or municipality a role belongs to; `isNew` for bodies not in the lexicon. */
export interface Target {
  kind: "municipality" | "organisation";
  id: string;
  label: string;
  start: number;
  end: number;
  isNew?: boolean;
  /** For new bodies: municipality or organisation they belong to. */
  partOf?: Target;
}

export interface RoleClaim {
  /** Role as written, lower case; undefined for a bare affiliation (`X, Haninge kommun`). */
  role?: string;
  normalised?: string;
  target?: Target;
  former: boolean;
  elected: boolean;
  start: number;
  end: number;
}

export interface Apposition {
  party?: { id: string; start: number; end: number };
  /** Municipality a politician stands for (`(S) Botkyrka`, `kommunstyrelsens ordförande i Nacka`). */
  represents?: Target;
  roles: RoleClaim[];
  /** Offset where the apposition ends (evidence runs from the name to here). */
  end: number;
  /** The clause ended at another person joined by `och`/`samt`: targets are shared with that person. */
  coordinatedWith?: Mention;
  /** `ordförande i styrgrupperna för A, respektive B`: the bodies of the role, in the order of the people named. */
  respectively?: Target[];
  /** The municipality heading the person in a list (see `headedMunicipalities`), which they stand for. */
  heading?: Target;
}

const SEP = new Set([",", "-", "–", "/", "&"]);
const STOP = new Set([".", "!", "?", ";", ":", ")", '"', "”", "»"]);
const FORMER = new Set(["fd", "f.d", "tidigare", "förre", "förra", "före", "detta", "dåvarande", "förutvarande", "former", "ex"]);

/** Whether a title written as `<word> <title>` was held before (`fd ordförande`, `f.d. ordförande`, `före detta …`). */
export function writtenFormer(written: string): boolean {
  const space = written.search(/[ \t]/);
  return space > 0 && FORMER.has(written.slice(0, space).toLowerCase().replace(/\.$/, ""));
}
/**
 * The first token of the words before token `k` saying the role at `k` is no longer held (`tidigare`, `förra`,
 * `före detta`, `f.d.`, which is read as four tokens), on its line; -1 if there are none.
 */
export function formerBefore(tokens: readonly Token[], k: number): number {
  if (k < 1 || tokens[k].nl) return -1;
  if (FORMER.has(tokens[k - 1].text.toLowerCase())) return k - 1;
  const abbreviated = k >= 4 && tokens[k - 1].text === "." && tokens[k - 2].text === "d" && tokens[k - 3].text === "." && /^[fF]$/.test(tokens[k - 4].text);
  return abbreviated && !tokens[k - 3].nl ? k - 4 : -1;
}
const ELECTED = new Set([
  "valdes",
  "återvaldes",
  "omvaldes",
  "valts",
  "invalts",
  "omvalts",
  "återvalts",
  "blev",
  "utsågs",
  "utsetts",
  "utsedd",
  "vald",
  "omvald",
  "nyvald",
  "valda",
  "omvalda",
  "nyvalda",
  "utsedda",
  "elected",
  "appointed",
]);
/** An active election's verb, whose object is the one elected (`valde X till ordförande`). */
const ELECTS_NAME = /^(?:valde|omvalde|utsåg|väljer|utser)$/;
const FILLER = new Set([
  "i",
  "på",
  "för",
  "vid",
  "hos",
  "inom",
  "från",
  "till",
  "och",
  "samt",
  "bland",
  "annat",
  "the",
  "of",
  "at",
  "for",
  "in",
  "av",
  "det",
  "den",
  "de",
  "vardags",
  "också",
  "även",
  "numera",
  "nu",
  "om",
  "tf",
  "t",
  "f",
  "som",
  "är",
  "var",
  "and",
  "in",
  "with",
  "a",
  "an",
  "v",
  "ordinarie",
  "sedan",
  "mellan",
  // `X, verksam vid KTH`, `X, anställd på Y`: where one works.
  "verksam",
  "anställd",
]);
const COORD = new Set(["och", "samt", "and", "&"]);
/** Between a name and its workplace: a comma, one lower-case word (a title the lexicon lacks) and a preposition. */
const UNKNOWN_TITLE_THEN_PREP = /^\s*(?:\([^()\n]*\)\s*)?,\s*\p{Ll}[\p{Ll}-]+\s+(?:vid|på|hos|i)\s+$/u;
/** Or a unit of it, with its adjective (`, statsvetenskapliga institutionen vid`). */
const UNIT_THEN_PREP =
  /^\s*(?:\([^()\n]*\)\s*)?,\s*(?:\p{Ll}[\p{Ll}-]+\s+)?(?:institutionen|avdelningen|enheten|kliniken|sektionen|fakulteten)\s+(?:vid|på|hos|i)\s+$/u;
/** Adjectives between an owner's genitive and its role that say when it is held (`Ekerös nya kommundirektör`, `nuvarande`). */
export const NEW_ADJECTIVE = /^(?:ny|nya|nye|nytt|tillträdande|nyvald|nyvalda|nyvalde|nuvarande|avgående)$/;
/** The future's auxiliary before `att` (`kommer att övergå i rollen som …`). */
const FUTURE: ReadonlySet<string> = new Set(["kommer"]);
/** `kommer vår särskolechef X att …`: the future's auxiliary before the name (and its title), the clause inverted. */
function futureBefore(person: Mention, ctx: AppositionContext): boolean {
  for (let k = person.from - 1; k >= 0 && person.from - k <= 4 && !ctx.tokens[k + 1].nl; k--) if (FUTURE.has(ctx.tokens[k].text)) return true;
  return false;
}
/** Nouns of an office taken up (`tillträdde X tjänsten som …`, `posten som`, `uppdraget som`). */
const OFFICE_NOUN = /^(?:tjänsten|posten|uppdraget|uppdrag|uppdragen|rollen|befattningen)$/;
/** Verbs of taking an office over (`får rollen som`), and those that take it with `över` only (`tog över posten som`). */
const TAKES = /^(?:får|fick|axlar|axlade)$/;
const TAKES_OVER = /^(?:tar|tog)$/;

/** `får rollen som`, `tar också över posten som`: the office's noun at `k` is taken over by the clause's subject. */
function takesOver(k: number, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  if (tokens[k + 1]?.text !== "som") return false;
  let q = k - 1;
  const over = tokens[q]?.text === "över";
  if (over) q--;
  while (q > 0 && ADVERB_BEFORE_VERB.has(tokens[q].text)) q--;
  const verb = tokens[q]?.text ?? "";
  return TAKES.test(verb) || (over && TAKES_OVER.test(verb));
}
/**
 * Words of stepping down from the role a `som` a few words on names (`kliver av som gruppledare`, `avgår som`, `lämnar
 * posten som`, `Xs (S) avsägelse från sitt uppdrag som ordförande`): that role is a former one, as `tidigare` makes it.
 */
const STEPS_DOWN = new Set(["avsägelse", "avsäger", "avsade", "avgår", "avgick", "kliver", "klev", "lämnar", "lämnade", "slutar", "slutade"]);
const SOM_AHEAD = /^(?:\s+\p{Ll}+){0,4}\s+som\s/u;
/** Auxiliaries of an election in the perfect tense (`har valts`, `har blivit vald`). */
const AUXILIARY = new Set(["har", "hade", "blivit"]);
/** Adverbs between a name and its election verb (`har X nu utsetts`, `har X därmed valts`). */
const ADVERB_BEFORE_VERB = new Set(["nu", "därmed", "istället", "också", "även", "åter", "formellt", "enhälligt"]);
export const COPULA = new Set(["är", "var", "blir", "blev"]);
/**
 * A verb in the past tense (`svarade`, `sade`, `tyckte`); not a participle in -ande, -ende (`nuvarande`), one made an
 * adjective of a title (`nyvalde ordförande`) or an ordinal (`förste`, `femte ledamot`).
 */
const PAST_TENSE = /^(?!ny\p{Ll}{3}|förste$|femte$|sjätte$)\p{Ll}+(?:ade|[^n]de|te)$/u;
/** A verb in the present tense (`beslutar`, `leder`, `fattar`), as a word before a body's noun writes it. */
const PRESENT_TENSE = /^\p{Ll}{3,}(?:ar|er)$/u;
/** Words ending like one that are none (`under`, `efter`, `eller`), which may stand before a body. */
const NOT_PRESENT = /^(?:under|efter|därefter|eller|heller)$/;
/** A conjunction that puts the verb before its subject (`Om X blir chef beslutar kommunstyrelsen`), right before a name. */
const INVERTING = /(?:^|[^\p{L}])(?:om|när|då|eftersom|innan|medan|ifall)\s+$/iu;
/** `m.fl.`, `m. fl.` (and others) after a name. */
const AND_OTHERS = /^m\. ?fl\.?/;
/** `som` within a word or two after a verb (`arbetade tidigare som chef`, `tillträdde som statsminister`). */
const SOM_AFTER_VERB = /^\s+(?:\p{Ll}+\s+)?som\s/u;
/** Words of a time between a copula and the role (`sedan 2019`, `sedan i höstas`), which place nothing. */
const TIME_WORD =
  /^(?:\d{4}|därför|fortfarande|dessutom|alltså|höstas|våras|somras|höst|vår|sommar|vinter|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)$/;
/** Token `k` is a word of a time: one of `TIME_WORD`, or the `med` of `från och med`, `till och med`. */
function isTimeWord(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k].text.toLowerCase();
  return TIME_WORD.test(word) || (word === "med" && tokens[k - 1]?.text === "och" && /^(?:från|till)$/.test(tokens[k - 2]?.text ?? ""));
}
/** Words that join the words of a time (`från och med i höst`). */
const TIME_JOINER = new Set(["från", "och", "till", "i"]);

/**
 * Where a run of words of a time ending right before token `k` on its line opens, at most six words back (`från och
 * med i höst` before the copula of `Ekerös nya kommundirektör från och med i höst blir X`); `k` where there is none.
 */
export function timeRunBefore(tokens: readonly Token[], k: number): number {
  let from = k;
  while (from > 0 && k - from < 6 && !tokens[from].nl && (isTimeWord(tokens, from - 1) || TIME_JOINER.has(tokens[from - 1].text))) from--;
  return from;
}
/** An election's agent and `att bli` before the title elected to (`utsågs av ett enhälligt fullmäktige att bli`). */
const AGENT_THEN_BECOME = /^\s+av\s+(?:\p{L}+\s+){1,4}?att\s+bli\s+/u;
/** A negation: what follows it (`X är inte ordförande`) is no role of the person. */
const NEGATION = new Set(["inte", "ej", "icke", "aldrig", "not", "never"]);
/** Verbs that say where a person lives or comes from (`bor i`, `född i`, `lives in`), which places no office. */
const RESIDES = new Set(["bor", "bodde", "född", "föddes", "uppvuxen", "uppväxt", "lives", "lived", "born"]);
const CLAUSE_OPENER = new Set(["hur", "varför", "vad", "vilka", "vilken", "vilket", "huruvida", "skriver", "frågar", "svarar", "uppmanar", "kräver"]);
const ROLE_KIND: ReadonlySet<"role"> = new Set(["role"]);
/** Endings of nouns that name bodies: committees, boards, groups, councils, networks, administrations. */
export const BODY =
  /(nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|styrgrupp|styrgruppen|grupp|gruppen|råd|rådet|förvaltning|förvaltningen|nätverk|nätverket|beredning|beredningen|direktion|direktionen|kansli|kansliet|fullmäktige|kommitté|kommittén|delegation|delegationen|sekretariat|sekretariatet|enhet|enheten|avdelning|avdelningen|kontor|kontoret|presidium|presidiet)$/;
const BODY_WORD = `\\p{Ll}*${BODY.source.slice(0, -1)}`;
/** A list of lower-case bodies from a comma on, closed by `och`/`samt` (`, fritidsrådet och skolrådet`). */
const BODY_LIST = new RegExp(`^,(?:\\s*${BODY_WORD}\\s*,){0,4}\\s*${BODY_WORD}\\s+(?:och|samt)\\s+${BODY_WORD}(?!\\p{L})`, "u");
/** A body's name in the genitive (`polisstyrelsens`, `Utbildningsutskottets`): a role after it is that body's. */
export const OF_A_BODY =
  /(?:nämndens|styrelsens|utskottets|rådets|förvaltningens|fullmäktiges|gruppens|kommitténs|delegationens|beredningens|direktionens|kontorets)$/i;
/** An event a body holds, after its genitive (`Nordiska rådets session`, `förbundets årsmöte`, `SKR:s kongress`). */
const EVENT_OF =
  /^\p{Ll}*(?:session|möte|sammanträde|konferens|kongress|stämm|seminari|träff|plenum|generalförsamling|workshop)(?:en|et|t|a|an|um|er|erna|n)?$/u;
const ORG_PREP = new Set(["på", "för", "vid", "hos", "at", "of", "for", "inom"]);
const ORG_PREP_OR_IN = new Set([...ORG_PREP, "i", "in"]);
/** Adjectives that are part of a title (`politisk redaktör`, `trafikpolitisk talesperson`, `biträdande direktör`, `ansvarig chef`). */
const TITLE_ADJECTIVE = /^\p{L}{3,}(?:isk|ande|ende|ig)$/u;
/** Adverbs of such an adjective (`operativt ansvarig`, `medicinskt ansvarig`). */
const TITLE_ADVERB = /^\p{L}{3,}(?:iskt|ivt|ellt)$/u;
const NOT_TITLE = /^(?:nuvarande|blivande|avgående|kommande|sittande)$|(?:demokratisk|partistisk)$/;
/** Roles whose `i` names a field, not a place (`professor i statsvetenskap`, `lektor i matematik`). */
const FIELD_ROLES: ReadonlySet<string> = new Set(["academic"]);
/** The last word of an English body's name the thing words of 02-mentions leave out (`Executive Board`). */
const ENGLISH_BODY = /^(?:Board|Authority|Office|Department|Ministry|Union|Secretariat|Assembly|Parliament|Government)$/;
/** An English adjective before a field's word (`Global Affairs`, `Public Health`, `Urban Development`). */
const ENGLISH_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+(?:al|ic|ive|ary)|Public|Urban|Foreign|Corporate|Digital)$/u;
/** The last word of an English title's field after `of` (`Director of Communications`, `Head of Global Affairs`). */
const ENGLISH_FIELD =
  /^(?:Affairs|Communications?|Operations|Development|Planning|Finance|Policy|Research|Strategy|Innovation|Sustainability|Marketing|Sales|Education|Health|Environment|Transport|Housing|Culture|Economics)$/;
/** How the name of a ministry or an agency ends (`Finansdepartementet`, `Trafikverket`), after a title with no preposition too. */
const AGENCY_END = /\p{Ll}(?:departementet|verket|myndigheten|inspektionen)$/u;
/** How an institution's own name ends, a compound in the definite form (`Båtmuseet`, `Dansskolan`, `Vårdcentralen`). */
const INSTITUTION_END = /\p{Ll}(?:museet|skolan|centralen|kliniken|biblioteket|sjukhuset)$/u;
/** Heads of organisation names written in lower case after the name (`Kommunalekonomiska föreningen`). */
const ORG_HEAD = /^(?:föreningen|förbundet|institutet|stiftelsen|sällskapet|akademien|bolaget|verket|nätverket)$/;
const OPENERS = new Set([",", "(", "-", "–"]);
/** A company's chief executive: the organisation named right after the title, or after `i`, is a company (`vd Y`). */
const CHIEF_EXECUTIVE = /^(?:(?:vice )?vd|verkställande direktör)$/;
/** An academic degree written after a name (`Ph.D`, `PhD`, `fil.dr`, `med. dr`, `fil lic`), as a pattern's source. */
export const ACADEMIC_DEGREE = String.raw`(?:Ph\.?\s?D|(?:fil|med|tekn|jur|ekon)\.?\s?(?:dr|lic|kand|mag))\.?`;
/** A degree opening what follows a name's comma, before a comma, a line's end or a title in lower case. */
const DEGREE = new RegExp(`^${ACADEMIC_DEGREE}(?=\\s*[,\\n]|\\s+\\p{Ll})`, "iu");
/** The last word of a company's name (`Y Turism AB`, `Y Energi Aktiebolag`). */
const COMPANY = /^(?:AB|Aktiebolag|HB|KB)$/;

/** A company is no body of a municipality: an organisation of its own, keyed by its name. */
const asCompany = (target: Target): Target => ({ ...target, id: nameKey(target.label), isNew: false });

/** A company's head at a name's end (`Sjöstadsbolaget`, `Vallbybostäder`, `Ekhem`, `Mälarenergi`). */
const COMPANY_HEAD = /\p{Ll}(?:bolaget|bostäder|byggen|hem|fastigheter|energi|vatten)$/u;

/**
 * Whether the name at tokens `[j, to)` after a chief executive's title is a company's: no place (`vd i Sverige`); after
 * `i`, where a region is as often named (`vd i Norrbotten`, `vd i Mälardalen`), only one the lexicon knows, or one with
 * a company's form or head (`i Sjöstadsbolaget`).
 */
function namesCompany(j: number, to: number, ctx: AppositionContext, afterIn = false): boolean {
  for (let k = j; k < to; k++) if (isPlaceAt(ctx.tokens, k, ctx.lexicon)) return false;
  if (!afterIn) return true;
  const last = ctx.tokens[to - 1].text;
  return COMPANY.test(last) || COMPANY_HEAD.test(last) || ctx.gazetteerAt.get(j)?.kind === "organisation";
}

/** The company named from token `k` (after a preposition or none) up to token `end`, a name's start, if any. */
function companyBefore(k: number, end: number, ctx: AppositionContext): Target | undefined {
  const from = ORG_PREP_OR_IN.has(ctx.tokens[k].text) ? k + 1 : k;
  const company = from < end ? readOrganisationName(from, ctx) : undefined;
  return company?.to === end && namesCompany(from, end, ctx) ? asCompany(company.target) : undefined;
}

/** A company's name (`Y Turism AB`): where a person named with it works. */
export function isCompany(target: Target): boolean {
  return COMPANY.test(target.label.slice(target.label.lastIndexOf(" ") + 1));
}

/** Regions by the name of their county as a title writes it after it (`Skåne`, `Västra Götaland`, `Uppsala`), per lexicon. */
const regionsByName = new WeakMap<Lexicon, Map<string, Target>>();

function regionNames(lexicon: Lexicon): Map<string, Target> {
  let names = regionsByName.get(lexicon);
  if (!names) {
    regionsByName.set(lexicon, (names = new Map()));
    for (const org of lexicon.data.organisations) {
      if (org.type !== "region") continue;
      const region: Target = { kind: "organisation", id: org.id, label: org.name, start: 0, end: 0 };
      if (org.name.startsWith("Region ")) names.set(org.name.slice(7), region);
      if (org.county) names.set(org.county.replace(/s? län$/, ""), region);
    }
  }
  return names;
}

/**
 * The name at token `k`, one word or two (the longer first), that `names` knows (a region's or county's name as a title
 * writes it after it): its target, where it is written, and the token after it.
 */
function nameAfterTitle(k: number, ctx: AppositionContext, names: ReadonlyMap<string, Target>): { target: Target; to: number } | undefined {
  const { tokens } = ctx;
  if (!tokens[k]?.cap || tokens[k].nl) return undefined;
  for (const to of [k + 2, k + 1]) {
    if (to > tokens.length || (to === k + 2 && (!tokens[k + 1]?.cap || tokens[k + 1].nl))) continue;
    const found = names.get(ctx.text.slice(tokens[k].start, tokens[to - 1].end));
    if (found) return { target: { ...found, start: tokens[k].start, end: tokens[to - 1].end }, to };
  }
  return undefined;
}

/**
 * `regionråd Skåne`, `regionstyrelsens ordförande Uppsala`: a region's title, then, with no preposition, the name of
 * its region or county, at token `k` (one word or two); the region and the token after its name.
 */
function regionAfterTitle(role: string, k: number, ctx: AppositionContext): { target: Target; to: number } | undefined {
  return /region|landsting/.test(role) ? nameAfterTitle(k, ctx, regionNames(ctx.lexicon)) : undefined;
}

/**
 * A title of the lexicon that names its municipality last (`Mayor of Stockholm`, an English name of Stockholm's
 * finansborgarråd): that municipality is where it is held.
 */
export function placeInTitle(g: Mention, ctx: Pick<AppositionContext, "tokens" | "lexicon">): Target | undefined {
  if (g.kind !== "role") return undefined;
  for (let k = g.from + 1; k < g.to; k++) {
    const m = ctx.tokens[k].cap ? ctx.lexicon.matchAt(ctx.tokens, k, MUNICIPALITY) : undefined;
    if (m?.to === g.to && !m.genitive) return { kind: "municipality", id: m.entry.id, label: m.entry.label, start: m.start, end: m.end };
  }
  return undefined;
}

/** Offices of a county's state administration (`landshövding`, `länsöverdirektör`, `länsråd`). */
const COUNTY_OFFICE = /^(?:landshövding|läns\p{Ll}+)$/u;

/**
 * `landshövding i Stockholm`, `länsöverdirektör i Jönköping`: a county's office held in a municipality that names its
 * county (`Stockholms län`) is held in the county, as `landshövding i Stockholms län` is; undefined for any other.
 */
export function countyOfOffice(role: string | undefined, target: Target, lexicon: Lexicon): Target | undefined {
  if (target.kind !== "municipality" || !role || !COUNTY_OFFICE.test(role)) return undefined;
  const county = lexicon.municipalityCounty(target.id)?.county;
  if (!county || county.replace(/s? län$/, "") !== target.label) return undefined;
  return { kind: "organisation", id: county, label: county, start: target.start, end: target.end, isNew: true };
}

/** The one county board a page names (null: none, or several), per document (see `pageCountyBoard`). */
const countyBoards = new WeakMap<AppositionContext, Target | null>();

/**
 * `Ministern besökte Länsstyrelsen Ekby` … `hälsades av landshövding X och länsöverdirektör Y`: a county's office
 * written with no place, on a page that names one county board with its county (and no other), is held there, as the
 * page-office rule holds a municipality's office in the page's municipality; undefined for any other title.
 */
function pageCountyBoard(claim: RoleClaim, ctx: AppositionContext): Target | undefined {
  if (claim.target || claim.former || !COUNTY_OFFICE.test(claim.normalised ?? "")) return undefined;
  let board = countyBoards.get(ctx);
  if (board === undefined) {
    board = null;
    for (const g of ctx.gazetteerAt.values()) {
      // Named with its county (`Länsstyrelsen Ekby`): a bare `länsstyrelsen` may be any county's.
      if (g.kind !== "organisation" || ctx.lexicon.organisation(g.id)?.type !== "county_board" || !/\s/.test(ctx.text.slice(g.start, g.end))) continue;
      if (board && board.id !== g.id) {
        board = null;
        break;
      }
      board ??= { kind: "organisation", id: g.id, label: ctx.lexicon.organisation(g.id)!.name, start: g.start, end: g.end };
    }
    countyBoards.set(ctx, board);
  }
  return board ?? undefined;
}

/** The head of a municipality's English name (`City of Lund`, `Municipality of Umeå`). */
const CITY_OF = /^(?:City|Municipality|Town)$/;

/** Counties by their name as written without `län` (`Kronoberg`, `Västra Götaland`), per lexicon. */
const countiesByName = new WeakMap<Lexicon, Map<string, Target>>();

function countyNames(lexicon: Lexicon): Map<string, Target> {
  let names = countiesByName.get(lexicon);
  if (!names) {
    countiesByName.set(lexicon, (names = new Map()));
    for (const m of lexicon.data.municipalities) {
      names.set(m.county.replace(/s? län$/, ""), { kind: "organisation", id: m.county, label: m.county, start: 0, end: 0, isNew: true });
    }
  }
  return names;
}

/**
 * `County Governor of Kronoberg X`, `landshövding i Västernorrland`: a county's office, then at token `k` the county's
 * name without `län` (one word or two), is held in that county (a name that is also a municipality's is read as one,
 * see `countyOfOffice`); the county and the token after its name.
 */
function countyAfterOffice(role: string | undefined, k: number, ctx: AppositionContext): { target: Target; to: number } | undefined {
  return role && COUNTY_OFFICE.test(role) ? nameAfterTitle(k, ctx, countyNames(ctx.lexicon)) : undefined;
}

/** `socialministern`, `statsrådet`: a title as written in the definite form of the lexicon's role `normalised`. */
function isDefiniteTitle(written: string, normalised: string | undefined): boolean {
  const lower = written.toLowerCase();
  return !!normalised && lower !== normalised && lower.startsWith(normalised) && /^(?:n|en|et)$/.test(lower.slice(normalised.length));
}

/**
 * `X sitter redan i kommunstyrelsen och är andre vice ordförande i fullmäktige`: a few lower-case words of a clause of
 * the name's own, then a second whose copula stands right before a role: the copula's token, or -1.
 */
function secondCopula(j: number, ctx: AppositionContext): number {
  const { tokens } = ctx;
  if (!tokens[j]?.word || tokens[j].cap) return -1;
  for (let k = j + 1; k <= j + 6 && tokens[k]?.word && !tokens[k].cap && !tokens[k].nl; k++)
    if (tokens[k].text === "och" && COPULA.has(tokens[k + 1]?.text ?? "") && !tokens[k + 2]?.nl && ctx.gazetteerAt.get(k + 2)?.kind === "role") return k + 1;
  return -1;
}

/** An apposition opens with punctuation, a role, a former/elected marker or a preposition before a target. */
function opensApposition(j: number, ctx: AppositionContext): boolean {
  const t = ctx.tokens[j];
  if (!t) return false;
  if (t.nl) return true;
  if (OPENERS.has(t.text) || ctx.gazetteerAt.has(j) || roleBySuffix(t, ctx.roleSuffixes)) return true;
  const lower = t.text.toLowerCase();
  if (FORMER.has(lower) || ELECTED.has(lower)) return true;
  // `X m.fl. (MP)`: the party after `m.fl.`.
  if (lower === "m" && AND_OTHERS.test(ctx.text.slice(t.start, t.start + 8))) return true;
  // `har istället X nu utsetts till`: an adverb before the election verb, where the clause put the name first.
  if (ADVERB_BEFORE_VERB.has(lower) && ELECTED.has(ctx.tokens[j + 1]?.text.toLowerCase() ?? "")) return true;
  // `har utsetts till vd`, `(har) blivit valda till ordförande`: an election in the perfect tense.
  if (AUXILIARY.has(lower)) {
    const next = ctx.tokens[j + 1]?.text.toLowerCase() ?? "";
    if (ELECTED.has(next) || (AUXILIARY.has(next) && ELECTED.has(ctx.tokens[j + 2]?.text.toLowerCase() ?? ""))) return true;
  }
  // `justitie och inrikesminister`: a role within three words; `fortsätter som förste respektive andre vice ordförande`.
  const roleAt = (k: number) => ctx.gazetteerAt.get(k)?.kind === "role" && !ctx.tokens[k].nl;
  if (!t.cap && (roleAt(j + 1) || roleAt(j + 2) || elidedSeat(j, ctx) || elidedSeat(j + 1, ctx) || elidedSeat(j + 2, ctx))) return true;
  // `tillträdde X som länsöverdirektör`: `som` and a title known by its ending.
  if (lower === "som" && !ctx.tokens[j + 1]?.nl && roleBySuffix(ctx.tokens[j + 1], ctx.roleSuffixes)) return true;
  // `är sedan 2019 ordförande`, `är sedan i höstas vice ordförande`: a copula, words of a time, then a role.
  if (COPULA.has(lower)) {
    let k = j + 1;
    while (k < j + 7 && ctx.tokens[k]?.word && !ctx.tokens[k].nl && (FILLER.has(ctx.tokens[k].text) || isTimeWord(ctx.tokens, k))) k++;
    if (k > j + 1 && roleAt(k)) return true;
  }
  // `X är förbundschef för Y`: a copula, then a title known by its ending and what it is held in.
  if (COPULA.has(lower) && roleBySuffix(ctx.tokens[j + 1], ctx.roleSuffixes) && ORG_PREP_OR_IN.has(ctx.tokens[j + 2]?.text ?? "") && !ctx.tokens[j + 1].nl)
    return true;
  // `X är Stockholms nya stadsdirektör`: a copula, a place's genitive and the role.
  if (COPULA.has(lower)) {
    const owner = ctx.gazetteerAt.get(j + 1);
    let k = owner?.genitive && (owner.kind === "municipality" || owner.kind === "organisation") && !ctx.tokens[j + 1].nl ? owner.to : -1;
    if (k > 0 && NEW_ADJECTIVE.test(ctx.tokens[k]?.text ?? "")) k++;
    if (k > 0 && roleAt(k)) return true;
  }
  // `som blir Ekerös nya kommundirektör`, `som är förbundets ordförande`: a relative clause's copula before a role, or a
  // genitive and the role.
  if (lower === "som" && COPULA.has(ctx.tokens[j + 1]?.text ?? "")) {
    let k = j + 2;
    if (ctx.gazetteerAt.get(k)?.genitive) k = ctx.gazetteerAt.get(k)!.to;
    // `som är flerårig fullmäktigeledamot`: or an adjective of the title.
    if (NEW_ADJECTIVE.test(ctx.tokens[k]?.text ?? "") || isTitleAdjective(k, ctx)) k++;
    if (roleAt(k)) return true;
  }
  // `sitter kvar som förste vice ordförande`, `börjar som tillförordnad kommunchef`: a verb's few words, then `som` a
  // role, or a word that qualifies it and the role.
  // `tillträdde X tjänsten som regionchef`: an office's noun, then `som` and a title known by its ending.
  for (let k = j + 1; k <= j + 3 && !t.cap && ctx.tokens[k]?.word && !ctx.tokens[k].cap && !ctx.tokens[k].nl; k++)
    if (ctx.tokens[k].text === "som")
      return (
        roleAt(k + 1) ||
        (!!ctx.tokens[k + 1]?.word && !ctx.tokens[k + 1].cap && roleAt(k + 2)) ||
        (OFFICE_NOUN.test(lower) && !!roleBySuffix(ctx.tokens[k + 1], ctx.roleSuffixes))
      );
  if (secondCopula(j, ctx) > 0) return true;
  // `kommer under mandatperioden (att) vara ordförande`: the future's auxiliary, a short adverbial, its infinitive, a role.
  if (FUTURE.has(lower))
    for (let k = j + 2; k <= j + 6 && ctx.tokens[k]?.word && !ctx.tokens[k].nl; k++) if (/^(?:vara|bli)$/.test(ctx.tokens[k].text)) return roleAt(k + 1);
  // `kommer att övergå i rollen som tillförordnad utbildningschef`: a longer verb phrase ending in an office's noun.
  for (let k = j + 1; k <= j + 5 && !t.cap && ctx.tokens[k]?.word && !ctx.tokens[k].cap && !ctx.tokens[k].nl; k++)
    if (OFFICE_NOUN.test(ctx.tokens[k].text) && ctx.tokens[k + 1]?.text === "som" && !ctx.tokens[k + 1].nl)
      return roleAt(k + 2) || (!!ctx.tokens[k + 2]?.word && !ctx.tokens[k + 2].cap && roleAt(k + 3)) || !!roleBySuffix(ctx.tokens[k + 2], ctx.roleSuffixes);
  const next = ctx.gazetteerAt.get(j + 1);
  return /^(från|på|i|vid|hos|till|from|at)$/.test(lower) && !!next && next.kind !== "role";
}

export interface AppositionContext {
  tokens: Token[];
  text: string;
  gazetteerAt: Map<number, Mention>;
  personAt: Map<number, Mention>;
  lexicon: Lexicon;
  roleSuffixes: readonly string[];
  partyByAbbreviation: Map<string, string>;
  /** An English document: a title line above a name is the name's (see `labelRole`). */
  english?: boolean;
}

/**
 * Whether token `k` is letters a local party may have (`BåP`, `WP`; `isLocalParty`), with two capitals as press writes
 * a party's short form (not `tv`, `th` of a picture's caption, nor a pen name, `Slas`) and nothing the gazetteer knows.
 */
function localPartyAt(k: number, ctx: AppositionContext): boolean {
  const t = ctx.tokens[k];
  return /^\p{Lu}\p{Ll}?\p{Lu}/u.test(t.text) && !ctx.gazetteerAt.has(k) && isLocalParty(t.text, compileProtocolWords(ctx.lexicon.data.protocol), ctx.lexicon);
}

const partiesWritten = new WeakMap<AppositionContext, boolean>();

/** Whether the text writes a known party in parentheses right after some name (`Eva Ek (M)`), once per document. */
function partiesInParentheses(ctx: AppositionContext): boolean {
  let found = partiesWritten.get(ctx);
  if (found === undefined) {
    const { tokens } = ctx;
    found = [...ctx.personAt.values()].some(
      (p) => tokens[p.to]?.text === "(" && tokens[p.to + 2]?.text === ")" && ctx.partyByAbbreviation.has(tokens[p.to + 1].text.toUpperCase()),
    );
    partiesWritten.set(ctx, found);
  }
  return found;
}

/** Reads the apposition after a person mention. */
export function readApposition(person: Mention, ctx: AppositionContext): Apposition {
  const result = readClause(person, ctx);
  // `X (C) ersätter Y (L) som justerare`, `X tjg för Y som ordförande`: the role after the one replaced is the other's.
  if (result.roles.length > 0 && REPLACED_BEFORE.test(ctx.text.slice(Math.max(0, person.start - 24), person.start)))
    result.roles = result.roles.filter((r) => !r.role || !AS_ROLE.test(ctx.text.slice(person.end, r.start)));
  // `X föreslås som regiondirektör`, `styrelsen föreslås utse X till regiondirektör`: a proposal, which gives no role
  // (the decision may name another).
  if (result.roles.length > 0) {
    if (PROPOSED_BEFORE.test(ctx.text.slice(Math.max(0, person.start - 60), person.start))) result.roles = [];
    else result.roles = result.roles.filter((r) => !PROPOSED.test(ctx.text.slice(Math.max(person.end, r.start - 40), r.start)));
  }
  // Most names have no role in their clause (43,100 of 43,800 on the benchmark): only what follows a role's absence applies.
  if (result.roles.length === 0) {
    addCapacity(person, ctx, result);
    joinedSeats(result, ctx);
    return result;
  }
  // `X, Vice President, Head of Sales, Acme AB`: a company's vice president, beside a head's title or in a company, is
  // one of its executives, no deputy chair.
  if (result.roles.some((r) => /^head\b/.test(r.role ?? "") || (r.target && isCompany(r.target))))
    for (const r of result.roles)
      if (r.role?.endsWith("vice president") && ctx.lexicon.role(r.normalised ?? "")?.category === "vice_chair") r.normalised = "vice president";
  // `X, Partille kommun som vice ordförande`: a municipality or region right after the name's comma, with no title of
  // its own, beside a politician's title held now, is the one X represents, no workplace (not `X i Skara, tidigare
  // riksdagsledamot`, where X lives); only a seat in an elected body, or in none named: a working group's, network's or
  // steering group's member or chair (`X, Region Uppsala, ledamot i styrgruppen för e-hälsa`) works there.
  // Or before a copula right before the name (`Vice ordförande blev X, Knivsta`).
  // Only a bare target can be that seat's place, and what follows gives none a title nor takes one's target.
  const political = result.roles.some((r) => !r.role && r.target) && politicalSeat(result, person, ctx);
  // `<Org> som företräddes av X, enhetschef`: a title after a name of the run is held in the organisation it stood for.
  const untargeted = result.roles.filter((r) => r.role && !r.target && !r.former);
  const unit = untargeted.length > 0 ? runOrganisation(person, ctx) : undefined;
  if (unit) for (const r of untargeted) r.target = unit;
  else for (const r of untargeted) r.target = pageCountyBoard(r, ctx);
  const district = untargeted.some((r) => !r.target && isSeat(r)) ? districtCommittee(person, ctx) : undefined;
  if (!result.roles.some((r) => r.role)) addCapacity(person, ctx, result);
  if (district) for (const r of untargeted) if (!r.target && isSeat(r)) r.target = district;
  const electedTo = untargeted.some((r) => !r.target && isSeat(r)) ? electedToBody(person, ctx) : undefined;
  if (electedTo) for (const r of untargeted) if (!r.target && isSeat(r)) r.target = electedTo;
  for (const r of untargeted) if (!r.target && r.normalised?.startsWith("vice ")) r.target = deputyOfEarlier(r.normalised.slice(5), person, ctx);
  joinedSeats(result, ctx);
  const seat = political
    ? result.roles.find((r) => !r.role && r.target && isPlace(r.target, ctx.lexicon) && /^\s*,\s*$/.test(ctx.text.slice(person.end, r.target.start)))
    : undefined;
  if (seat) {
    result.roles = result.roles.filter((r) => r !== seat);
    result.represents ??= seat.target;
  }
  return result;
}

/** A role the name has in a capacity or as a body's leader, for a clause that gives it none. */
function addCapacity(person: Mention, ctx: AppositionContext, result: Apposition): void {
  const capacity = capacityOf(person, ctx) ?? ledBody(person, ctx);
  if (capacity) {
    result.roles.push(capacity);
    result.end = Math.max(result.end, capacity.end);
  }
}

/**
 * `X, som var vice ordförande, är ny ordförande och Y, V, är vice ordförande i nämnden`: seats of a clause joined to the
 * next name's, with no body of their own, are held in the body that clause names for its seat.
 */
function joinedSeats(result: Apposition, ctx: AppositionContext): void {
  const joined = result.coordinatedWith;
  if (joined && result.roles.some((r) => r.role && !r.target && isSeat(r))) {
    const body = readClause(joined, ctx).roles.find((r) => isSeat(r) && r.target?.kind === "organisation")?.target;
    if (body) for (const r of result.roles) if (r.role && !r.target && isSeat(r)) r.target = body;
  }
}

/** Whether the clause holds a politician's seat now, or one written before a copula right before the name. */
function politicalSeat(result: Apposition, person: Mention, ctx: AppositionContext): boolean {
  if (
    result.roles.some(
      (r) => r.normalised && !r.former && SEAT_CATEGORIES.has(ctx.lexicon.role(r.normalised)?.category ?? "") && electedSeat(r, ctx.text, ctx.lexicon),
    )
  )
    return true;
  const fronted = titleThenCopula(person, ctx);
  return !!fronted && fronted.to === person.from - 1 && frontedSeat(fronted, person, ctx);
}

/**
 * `X som gör sitt första möte i sin roll som generalsekreterare`: the title a relative clause on the name says X acts
 * in, within its sentence and before any other name.
 */
function capacityOf(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  const { tokens } = ctx;
  if (tokens[person.to]?.text !== "som") return undefined;
  for (let k = person.to + 1; k < person.to + 14 && k + 3 < tokens.length && !tokens[k].nl && !ctx.personAt.has(k) && !/^[.!?;:]$/.test(tokens[k].text); k++) {
    if (tokens[k].text !== "sin" || tokens[k + 1].text !== "roll" || tokens[k + 2].text !== "som" || tokens[k + 1].nl || tokens[k + 2].nl) continue;
    const g = ctx.gazetteerAt.get(k + 3);
    return g?.kind === "role" && !tokens[k + 3].nl ? claimOf(g, ctx.text) : undefined;
  }
  return undefined;
}

/** A passive of leading (`Socialnämnden leds av X`). */
const LED = /^(?:leds|leddes|ledas)$/;

/**
 * `Socialnämnden leds av X. Tekniska nämnden av Y.`: an elected body led by the name has it as its chair, and so has
 * each body opening the sentences after it with the verb left out; `depth` counts those back to the verb.
 */
function ledBody(person: Mention, ctx: AppositionContext, depth = 0): RoleClaim | undefined {
  const { tokens, text } = ctx;
  const av = person.from - 1;
  if (depth > 8 || tokens[av]?.text !== "av" || tokens[person.from].nl || tokens[av].nl) return undefined;
  const led = LED.test(tokens[av - 1]?.text ?? "") && !tokens[av - 1].nl;
  const j = led ? av - 2 : av - 1;
  if (j < 0 || !tokens[j].word || tokens[j + 1].nl || !ELECTED_BODY.test(tokens[j].text)) return undefined;
  if (led) {
    const body = readBody(j, ctx);
    return body && body.to === j + 1
      ? { role: "ordförande", normalised: "ordförande", target: body.target, former: false, elected: false, start: body.target.start, end: tokens[av].end }
      : undefined;
  }
  // The verb left out: the body's words open the sentence (`Tekniska nämnden av Y.`), and the one before told of a
  // body led by a name.
  let from = j;
  while (from > 0 && j - from < 4 && !tokens[from].nl && tokens[from - 1].text !== ".") from--;
  if (tokens[from - 1]?.text !== "." || tokens[from].nl || !tokens[from].cap) return undefined;
  const previous = mentionEndingAt(ctx.personAt, from - 1);
  if (!previous || !ledBody(previous, ctx, depth + 1)) return undefined;
  const label = text.slice(tokens[from].start, tokens[j].end);
  const target: Target = { kind: "organisation", id: label, label, start: tokens[from].start, end: tokens[j].end, isNew: true };
  return { role: "ordförande", normalised: "ordförande", target, former: false, elected: false, start: target.start, end: tokens[av].end };
}

/** The first token of the person's sentence, a few names and their parties back (at most 30 tokens, on its line). */
function sentenceStart(person: Mention, ctx: AppositionContext): number {
  const { tokens } = ctx;
  let s = person.from;
  while (s > 0 && person.from - s < 30 && !tokens[s].nl && !/^[.!?;:]$/.test(tokens[s - 1].text)) s--;
  return s;
}

/** A district's committee (`stadsdelsnämnd`), and the kind named in the plural (`stadsdelsnämnderna`), as its singular. */
const DISTRICT_COMMITTEE = /^(?:stadsdels|kommundels|områdes)nämnd$/;
const DISTRICT_COMMITTEES = /(?<!\p{L})((?:stadsdels|kommundels|områdes)nämnd)er(?:na)?(?!\p{L})/iu;
const districtKinds = new WeakMap<AppositionContext, string | null>();

/**
 * `I Norrby är X, M, ordförande och Y, S, vice ordförande` in a text about the district committees
 * (`stadsdelsnämnderna`): the seats of a sentence opened by `I <Place> är` are held in the place's committee (`Norrby
 * stadsdelsnämnd`).
 */
function districtCommittee(person: Mention, ctx: AppositionContext): Target | undefined {
  let kind = districtKinds.get(ctx);
  if (kind === undefined) {
    kind = DISTRICT_COMMITTEES.exec(ctx.text)?.[1]?.toLowerCase() ?? null;
    districtKinds.set(ctx, kind);
  }
  if (!kind) return undefined;
  const { tokens } = ctx;
  const s = sentenceStart(person, ctx);
  const place = tokens[s + 1];
  if (tokens[s].text !== "I" || tokens[s + 2]?.text !== "är" || !isNameWord(place) || ctx.personAt.has(s + 1) || ctx.gazetteerAt.has(s + 1)) return undefined;
  const label = `${place.text} ${kind}`;
  return { kind: "organisation", id: label, label, start: place.start, end: place.end, isNew: true };
}

/**
 * `A valdes till gruppledare för Liberalerna i Vallby och B omvaldes till vice gruppledare`: a deputy's title with no
 * body, after `och` in the sentence of an earlier name's title (`gruppledare`) held in a body, is held in that body.
 */
function deputyOfEarlier(title: string, person: Mention, ctx: AppositionContext): Target | undefined {
  const { tokens } = ctx;
  if (tokens[person.from - 1]?.text !== "och" || tokens[person.from].nl) return undefined;
  for (let k = person.from - 2, s = sentenceStart(person, ctx); k >= s; k--) {
    const earlier = ctx.personAt.get(k);
    if (earlier) return readClause(earlier, ctx).roles.find((r) => r.normalised === title && r.target)?.target;
  }
  return undefined;
}

/**
 * `Till valberedning valdes nio ledamöter med X (M) som ordförande och Y (S) som vice ordförande`: the seats of a
 * sentence opened by `Till <body> valdes|utsågs` are held in that body.
 */
function electedToBody(person: Mention, ctx: AppositionContext): Target | undefined {
  const { tokens } = ctx;
  const s = sentenceStart(person, ctx);
  const presidium = presidiumOf(s, ctx);
  if (presidium) return presidium;
  if (tokens[s].text !== "Till" || !tokens[s + 1] || tokens[s + 1].nl) return undefined;
  const body = readBody(s + 1, ctx);
  const verb = tokens[body?.to ?? 0]?.text;
  return body && body.target.start === tokens[s + 1].start && (verb === "valdes" || verb === "utsågs") ? body.target : undefined;
}

/** A presidium named at a sentence's start, then the copula before its seats. */
const PRESIDIUM = /^(?:presidium|presidiet|presidie)$/;
const PRESIDIUM_COPULA = /^(?:blir|blev|är|utgörs)$/;

/**
 * `Övriga i kommunstyrelsens presidium blir A (L), förste vice ordförande, och B (S), andre vice ordförande`, `KS
 * presidium blir …`: the seats of a sentence opened by a body's presidium and a copula are held in that body (its
 * genitive, or the short form the lexicon knows).
 */
function presidiumOf(s: number, ctx: AppositionContext): Target | undefined {
  const { tokens } = ctx;
  const at = /^(?:Övriga|Resten)$/.test(tokens[s].text) && tokens[s + 1]?.text === "i" ? s + 2 : s;
  const owner = tokens[at];
  if (!owner || !PRESIDIUM.test(tokens[at + 1]?.text ?? "") || !PRESIDIUM_COPULA.test(tokens[at + 2]?.text ?? "")) return undefined;
  if (tokens.slice(s + 1, at + 3).some((t) => t.nl)) return undefined;
  const short = compileProtocolWords(ctx.lexicon.data.protocol).shortForms[owner.text];
  if (!short) return bodyInGenitive(at, ctx, true);
  return { kind: "organisation", id: short, label: short, start: owner.start, end: owner.end, isNew: true };
}

/**
 * A seat before a copula (`Vice ordförande blev X, Knivsta`) is one for the place after the name only as a sentence's
 * first words, no body's or meeting's title (`Bolagets ordförande är`, `Mötesordförande var`), in a paragraph that
 * tells of no association or company (`Föreningen … har valt ny styrelse. Ordförande blev X, Heby`), and with the
 * place's name alone (`X, Knivsta IF` is a club's).
 */
function frontedSeat(title: Mention, person: Mention, ctx: AppositionContext): boolean {
  const { tokens, text } = ctx;
  const before = tokens[title.from - 1];
  if (!/^(?:(?:förste|andre) )?(?:vice )?ordförande$/.test(title.id) || !(title.from === 0 || tokens[title.from].nl || /^[.!?:]$/.test(before?.text ?? "")))
    return false;
  const paragraph = text.slice(Math.max(0, text.lastIndexOf("\n\n", tokens[title.from].start)), tokens[title.from].start);
  if (/förening|bolag|klubb/iu.test(paragraph) || /\b(?:AB|IF)\b/u.test(paragraph)) return false;
  const place = ctx.gazetteerAt.get(person.to + 1);
  return !place || !/^\s+\p{Lu}/u.test(text.slice(place.end, place.end + 2));
}

/** The elected bodies whose seats a politician holds for the place she represents. */
const ELECTED_BODY = /fullmäktige|styrelse|nämnd|direktion|utskott|presidi|riksdag|parlament|council|board|assembly|parliament/iu;

/** A title's seat in an elected body (`ordförande i kommunstyrelsen`) or in none named (`som vice ordförande`): not one
 * in a working group, network or steering group (`ledamot i styrgruppen`, `chair of the working group`). */
function electedSeat(role: RoleClaim, text: string, lexicon: Lexicon): boolean {
  const body = role.target?.label ?? /^\s*(?:i|in|of|för|på|at)\s+([^,.;:()]*)/iu.exec(text.slice(role.end, role.end + 120))?.[1];
  return body === undefined || (role.target ? isPlace(role.target, lexicon) : false) || ELECTED_BODY.test(body);
}

/** A municipality or a region, which a politician represents. */
function isPlace(target: Target, lexicon: Lexicon): boolean {
  return target.kind === "municipality" || (!target.isNew && lexicon.organisation(target.id)?.type === "region");
}

/**
 * A proposal's verb right before a role (`föreslås som`, `som föreslås till`, `föreslogs bli`, `nominerats till ny`), or
 * a candidacy (`kandidat till kommunstyrelsens ordförande`, `nominerad till`), which holds no office yet; not one
 * earlier in the clause (`X, som föreslogs av partiet, är sedan 2019 ordförande`).
 */
const PROPOSED =
  /(?:^|[^\p{L}])(?:föreslås|föreslogs|föreslagits|föreslagen|nomineras|nominerats|nominerades|nominerad|kandidat|kandiderar)(?:\s+(?:som|till|att bli|bli))?\s+(?:ny\s+)?$/u;
/** A body proposed to appoint the name after it (`Landstingsstyrelsen föreslås den 27 november utse X till`). */
const PROPOSED_BEFORE = /(?:^|[^\p{L}])(?:föreslås|föreslogs)(?:\s+[\p{L}\d]+){0,4}?\s+(?:utse|välja)\s+$/u;

/** Words that open a gloss in parentheses (`(alltså personalchef)`, `(dvs. ekonomichef)`). */
const GLOSS = /^(?:alltså|dvs|d\.v\.s)$/i;

/** `som` right after a name and its party, before a role. */
const AS_ROLE = /^\s*(?:\([^()\n]{1,12}\)\s*)?som\s+$/;
/** Words before a name that say another takes its place (`X ersätter`, `X tjg för`). */
const REPLACED_BEFORE = /(?:\bersätter|\btjg\.?\s+för|\btjänstgör\s+för)\s+$/i;

/** Whether an active election's verb stands right before the name, on its line (`Fullmäktige valde X (S) till …`). */
const electsName = (person: Mention, tokens: readonly Token[]) => ELECTS_NAME.test(tokens[person.from - 1]?.text ?? "") && !tokens[person.from].nl;

/**
 * The name after `och` at token `k`, past a title or a party's genitive written before it (`X och regionråd Y`, `X och
 * länsöverdirektör Y`, `moderaternas X och centerpartiets Y`).
 */
function nameAfterCoord(k: number, ctx: AppositionContext): Mention | undefined {
  const { tokens } = ctx;
  const g = ctx.gazetteerAt.get(k + 1);
  const at = g?.kind === "role" || (g?.kind === "party" && g.genitive) ? g.to : roleBySuffix(tokens[k + 1], ctx.roleSuffixes) ? k + 2 : k + 1;
  return tokens[k + 1] && !tokens[k + 1].nl && !tokens[at]?.nl ? ctx.personAt.get(at) : undefined;
}

/** `kommundirektör A, Socialförvaltningen, enhetschef B`: whether from token j on, the words are the next name's title. */
function titleOfNext(j: number, ctx: AppositionContext): boolean {
  const { tokens, personAt } = ctx;
  let q = j + 1;
  while (q < tokens.length && q - j <= 8 && !tokens[q].nl && !personAt.has(q)) q++;
  const next = personAt.get(q);
  const title = next && !tokens[q].nl ? runTitle(next, ctx) : undefined;
  return !!title && title.start <= tokens[j].start;
}

/**
 * `• Vice ordförande fritidsnämnden: B`: whether a line that opens with a title and a colon after its words labels the
 * name after the colon, not the one above it.
 */
function labelsLine(j: number, ctx: AppositionContext): boolean {
  const { tokens, gazetteerAt } = ctx;
  let role = false;
  for (let q = j; q < tokens.length && q - j <= 8 && (q === j || !tokens[q].nl) && !ctx.personAt.has(q);) {
    if (tokens[q].text === ":") return role;
    const g = gazetteerAt.get(q);
    // Past a title's own colon (`1:e vice ordförande`).
    if (g?.kind === "role") role = true;
    q = g ? g.to : q + 1;
  }
  return false;
}

/**
 * `A och andre vice ordförande och oppositionsråd, B`: whether titles joined by `och` right before the next name, with or
 * without a comma, are that name's, however many there are.
 */
function titlesBeforeName(j: number, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  let q = j;
  while (q < tokens.length && q - j <= 10 && !tokens[q].nl) {
    const g = ctx.gazetteerAt.get(q);
    if (g?.kind === "role") q = g.to;
    else if (roleBySuffix(tokens[q], ctx.roleSuffixes) || (q > j && tokens[q].text === "och")) q++;
    else break;
  }
  if (tokens[q]?.text === "," && !tokens[q].nl) q++;
  return q > j && ctx.personAt.has(q) && !tokens[q].nl;
}

/**
 * With no title, only a target right after the name says where the person is (`X, Haninge kommun`, `X vid KTH`), or
 * after a word the lexicon lacks and its preposition (`X, sociolog på Y`) or a unit of Y's (`X, statsvetenskapliga
 * institutionen vid Y`); one after other words is what the clause goes on about (`X, enligt TT`, `X, sin
 * slutredovisning för regeringen`), and one after `som` opens a clause of its own (`X, som Regeringskansliet anlitat`).
 * `unknown` counts the words before it the lexicon lacks.
 */
function saysWhere(target: Target, unknown: number, person: Mention, ctx: AppositionContext): boolean {
  const between = ctx.text.slice(person.end, target.start);
  return unknown === 0
    ? !/\bsom\s+$/.test(between)
    : (unknown === 1 && UNKNOWN_TITLE_THEN_PREP.test(between)) || (unknown <= 2 && UNIT_THEN_PREP.test(between));
}

/** A lower-case body's genitive at token `k` (`samhällsservicenämndens`), on the line of the token after it. */
const isBodyGenitive = (k: number, tokens: readonly Token[]) =>
  !tokens[k].cap && tokens[k].word && !!tokens[k + 1] && !tokens[k + 1].nl && OF_A_BODY.test(tokens[k].text);

/** Whether the token after `k` is a role, so `k` may be its adjective (`acting chair`, `former mayor`). */
const opensRoleNext = (k: number, ctx: AppositionContext) => ctx.gazetteerAt.get(k + 1)?.kind === "role" || !!roleBySuffix(ctx.tokens[k + 1], ctx.roleSuffixes);

/** Whether an election's verb stands right before token `k`, or an adverb between them (`valdes då om`, `valdes nu om`). */
function electedBefore(k: number, tokens: readonly Token[]): boolean {
  const before = tokens[k - 1]?.text.toLowerCase() ?? "";
  const verb = before === "då" || ADVERB_BEFORE_VERB.has(before) ? tokens[k - 2]?.text.toLowerCase() : before;
  return ELECTED.has(verb ?? "");
}

/**
 * Whether the future's auxiliary stands before the `att` or infinitive at `k`, or a short adverbial between (`kommer
 * under mandatperioden (att) vara ordförande`), within the clause of the name ending at token `to`.
 */
function futureAuxiliaryBefore(k: number, to: number, tokens: readonly Token[]): boolean {
  for (let q = k - 1; q >= to && k - q <= 4 && !tokens[q + 1].nl && tokens[q].text !== ","; q--) if (FUTURE.has(tokens[q].text)) return true;
  return false;
}

/** Whether token `k` is a word of a time (or a filler) in a run of them right after a copula, after the name ending at `to`. */
function timeAfterCopula(k: number, to: number, tokens: readonly Token[]): boolean {
  for (let q = k; q > to && k - q < 6; q--) {
    const word = tokens[q].text.toLowerCase();
    if (COPULA.has(word)) return q < k;
    if (!isTimeWord(tokens, q) && !FILLER.has(word)) return false;
  }
  return false;
}

/** The `)` closing the `(` at token `k`, a few words on in its line; -1 if there is none. */
function closingParenthesis(k: number, tokens: readonly Token[]): number {
  for (let c = k + 1; c < k + 8 && tokens[c] && !tokens[c].nl; c++) if (tokens[c].text === ")") return c;
  return -1;
}

/** Whether the parenthesis at token `k` holds a title (and what follows it up to its close, on its line). */
function titleInParentheses(k: number, person: Mention, ctx: AppositionContext): boolean {
  const { tokens, gazetteerAt } = ctx;
  let q = k + 1;
  // Past adjectives and a body's genitive (`(socialnämndens ordförande)`, `(barn- och utbildningsnämndens …)`).
  while (q < k + 6 && tokens[q]?.word && !tokens[q].nl && !gazetteerAt.has(q)) {
    if (isTitleAdjective(q, ctx) || isBodyGenitive(q, tokens)) q++;
    else if (tokens[q + 1]?.text === "-" && tokens[q + 2]?.text === "och") q += 3;
    else break;
  }
  const g = gazetteerAt.get(q);
  // `X ( Förbundschef )`: a title alone in parentheses may be capitalised (see `alone` in readClauseWords).
  const alone = k === person.to && q === k + 1 && tokens[q + 1]?.text === ")";
  if (!(g?.kind === "role" || (!g && roleBySuffix(tokens[q], ctx.roleSuffixes, alone))) || tokens[q].nl) return false;
  for (let c = g ? g.to : q + 1; c < k + 10 && tokens[c] && !tokens[c].nl; c++) if (tokens[c].text === ")") return true;
  return false;
}

/** A word of the clause that says nothing of where a title is held: no preposition. */
const plainWord = (x: Token) => !ORG_PREP_OR_IN.has(x.text) && x.text !== "av";

/**
 * What the line break at token `j` in the clause of `person` does: ends it, or opens a signature's line with the title
 * (`signature`) or, after that, a contact card's line saying where the title is held (`card`). Its tests in the order of
 * their cost: most line breaks end the clause.
 */
function lineBreakInClause(
  j: number,
  person: Mention,
  ctx: AppositionContext,
  result: Apposition,
  role: RoleClaim | undefined,
  signatureUsed: boolean,
  cardLineUsed: boolean,
): "end" | "signature" | "card" {
  const { tokens, gazetteerAt, personAt } = ctx;
  const t = tokens[j];
  const roleHere = gazetteerAt.get(j);
  if (signatureUsed) {
    if (cardLineUsed) return "end";
    // A contact card's next line may say where the title is held (`Sekreterare i regionstyrelsen`): one more line
    // that opens with a role and a preposition, read once.
    const saysWhere = roleHere?.kind === "role" && !tokens[roleHere.to]?.nl && ORG_PREP_OR_IN.has(tokens[roleHere.to]?.text ?? "");
    // A press contact's card: the line under its title that is only the organisation or municipality
    // (`Landstingsstyrelsens ordförande` over `Norrbottens läns landsting`) is where the title is held.
    const placeLine =
      !!role &&
      !role.target &&
      (roleHere?.kind === "organisation" || roleHere?.kind === "municipality") &&
      !roleHere.genitive &&
      (roleHere.to >= tokens.length || tokens[roleHere.to].nl);
    return saysWhere || placeLine ? "card" : "end";
  }
  if (result.roles.length > 0 || result.represents) return "end";
  // In lines that alternate between names and titles, the title under a name is the next name's where the run's
  // titles stand above their names, and this name's, with a name under it, where they stand below; a name's line
  // may hold its party (`Lena Ahl (S)` / `Kassör`).
  const inRun =
    atLineStart(person.from, tokens) &&
    isNameLine(person.from, ctx) &&
    j === nextLine(person.from, tokens) &&
    isTitleLine(j, ctx) &&
    isNameLine(nextLine(j, tokens), ctx);
  if (inRun && titlesAboveNames(person.from, ctx)) return "end";
  // Signature blocks: the name alone on its line, the role on the next.
  if (!(!tokens[person.to] || tokens[person.to].nl || inRun || result.party)) return "end";
  // A contact card's title opens its line capitalised (`Regionsekreterare`): known by its ending too.
  // Not a title written before the next line's name (`Klimatminister Eva Ek har sagt`): that title is hers.
  let opensWithRole = inRun || (!!roleBySuffix(t, ctx.roleSuffixes, true) && !personAt.has(j + 1));
  for (let k = j; !opensWithRole && k < j + 4 && k < tokens.length; k++) {
    const g = !tokens[k].nl || k === j ? gazetteerAt.get(k) : undefined;
    opensWithRole = g?.kind === "role" && !personAt.has(g.to);
  }
  if (!opensWithRole) return "end";
  // Not a label followed by the line to sign on (`Ordförande .........`) or by a colon (`Kontaktperson:`): it
  // belongs to the name below it.
  const lineEnd = ctx.text.indexOf("\n", t.start);
  const signingLine =
    /[._…]{3}/.test(ctx.text.slice(t.start, lineEnd < 0 ? undefined : lineEnd)) ||
    tokens[roleHere?.kind === "role" ? roleHere.to : j + 1]?.text === ":" ||
    labelsLine(j, ctx);
  return signingLine ? "end" : "signature";
}

/**
 * Whether the capitalised word at token `j` of the clause after `person` may still be a title known by its ending: a
 * title written in title case (`Biträdande Stadsbyggnadsdirektör`) or opening the line after a name alone on its line;
 * or a title-cased title alone after the name's comma (`X, Förbundschef` at the line's end, as a byline writes it), or
 * in parentheses right after the name (`X ( Förbundschef )`, as a list's entries write where each is from); or after an
 * acting title's marker right after the comma (`X, tf. Utvecklingschef`). Asked only of a word no lexicon entry opens.
 */
function titleCased(j: number, person: Mention, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  if ((isTitleAdjective(j - 1, ctx) && tokens[j - 1].cap) || tokens[j].nl) return true;
  const comma = tokens[person.to]?.text === ",";
  if (j === person.to + 1)
    return (
      (comma && (!tokens[j + 1] || tokens[j + 1].nl || /^[,.]$/.test(tokens[j + 1].text))) || (tokens[person.to].text === "(" && tokens[j + 1]?.text === ")")
    );
  return comma && j > person.to + 1 && actingFrom(tokens, j, person.to + 1) === person.to + 1;
}

/**
 * The clause after a person mention: its roles, party and targets. A third of the calls end at once (no apposition
 * opens after the name); the reading of its words is readClauseWords, so that this part stays small enough to optimise.
 */
function readClause(person: Mention, ctx: AppositionContext): Apposition {
  const { tokens, lexicon } = ctx;
  const result: Apposition = { roles: [], end: person.end };
  let role: RoleClaim | undefined;
  let j = person.to;
  // `BerntssonSecond Vice President`: a title glued to the name where a line break was lost (02-english ends the
  // name before it) opens the apposition, its first word inside the name's last token.
  if (person.end < tokens[person.to - 1].end) {
    const lineEnd = ctx.text.indexOf("\n", person.end);
    const glued = lexicon.matchAt(tokenize(ctx.text, person.end, lineEnd < 0 ? ctx.text.length : lineEnd), 0, ROLE_KIND);
    let after = j;
    while (glued && after < tokens.length && tokens[after].start < glued.end) after++;
    // `landshövding A XKommunchef B`: a glued title right before the next name on its line is that name's.
    if (glued && !(ctx.personAt.has(after) && !tokens[after].nl)) {
      const elected = electsName(person, tokens);
      role = {
        role: ctx.text.slice(glued.start, glued.end).toLowerCase(),
        normalised: glued.entry.id,
        former: false,
        elected,
        start: glued.start,
        end: glued.end,
      };
      result.roles.push(role);
      result.end = glued.end;
      while (j < tokens.length && tokens[j].start < glued.end) j++;
    }
  }
  const below = !role ? titleBelowInRow(person, ctx) : undefined;
  if (below) {
    result.roles.push({
      role: ctx.text.slice(below.start, below.end).toLowerCase(),
      normalised: below.id,
      former: false,
      elected: electsName(person, tokens),
      start: below.start,
      end: below.end,
    });
    return result;
  }
  if (!role && !opensApposition(j, ctx)) {
    // `X och Y, Haninge kommun`: X is coordinated with Y, also with a title between (`X och länsöverdirektör Y`).
    if (COORD.has(tokens[j]?.text.toLowerCase() ?? "") && !tokens[j].nl) result.coordinatedWith = nameAfterCoord(j, ctx);
    return result;
  }
  return readClauseWords(person, ctx, result, role, j);
}

/** readClause's reading of the words after the name from token `j` on, `role` the title glued to it if any. */
function readClauseWords(person: Mention, ctx: AppositionContext, result: Apposition, role: RoleClaim | undefined, j: number): Apposition {
  const { tokens, gazetteerAt, personAt, lexicon } = ctx;
  let former = false;
  // `Fullmäktige valde X (S) till regionstyrelsens ordförande`: an active election's verb right before the name elects
  // to the title after it, as a passive after the name does.
  let elected = electsName(person, tokens);
  // Where the election verb stands (`utsågs`, `valdes`): a title before it is held already, no share of the new one's body.
  let electedAt = 0;
  let unknown = 0;
  let lastWasCoord = false;
  let signatureUsed = false;
  let cardLineUsed = false;
  // Roles from here on share a target named after them (a card's line saying where is not its title's).
  let shareFrom = 0;
  // Where an English title's field ends (`Head of Public Affairs`): what follows may say where the title is held.
  let fieldTo = -1;
  // `Anna Bergs pressekreterare X`: a name in the genitive owns the title after it, it holds none.
  const genitive = person.end + 1 === tokens[person.to - 1].end && ctx.text.charCodeAt(person.end) === 115;
  const addTarget = (found: Target, j: number) => {
    const target = (role && !role.target && countyOfOffice(role.normalised, found, lexicon)) || found;
    // `X (MP) Vårgårda`, `X (SD), Region Kalmar län`: a politician's municipality or region is the one she represents
    // (below), no workplace besides; and `X (S), ordförande, Ekerö`: a roster line's seat is in the body listed, not in
    // the municipality after its comma.
    const place = isPlace(target, lexicon);
    // `X från Ekby`: a town a name with no title comes from is no workplace (not `från Ekby kommun`, the municipality
    // as an employer); with a party, after the name or before it (`miljöpartisten X från Ekby`), the one it represents.
    const hometown =
      !role &&
      target.kind === "municipality" &&
      /(?<!\p{L})från\s+$/u.test(ctx.text.slice(person.end, target.start)) &&
      !/(?:kommun|stad)s?$/i.test(ctx.text.slice(target.start, target.end));
    const represented = place && (!!result.party || (hometown && !!partyOfWord(tokens[person.from - 1]?.text ?? "", lexicon)));
    const seatThenPlace = represented && !!role && !role.target && isSeat(role) && /^\s*,\s*$/.test(ctx.text.slice(role.end, target.start));
    if (seatThenPlace) {
      // The seat keeps no target.
    } else if (role && !role.target) {
      // `processledare och digital strateg på Storsthlm`: roles joined before the target share it; not a role that
      // names its municipality's body (`ordförande i kommunstyrelsen och ledamot i Storsthlms styrelse`), but for a place.
      const from = Math.max(shareFrom, electedAt, result.roles.find((x) => x.target)?.end ?? 0);
      for (const r of result.roles) {
        if (!r.target && r !== role && r.start >= from && !(target.isNew && isOffice(r)) && (place || !namesOwnBody(r.normalised))) r.target = target;
      }
      role.target = target;
    } else if (role && role.target && lastWasCoord) {
      role = { ...role, target, start: target.start, end: target.end };
      result.roles.push(role);
    } else if (role?.target?.isNew && !role.target.partOf && /^\s*(?:,|på|i|inom|vid|hos|för)?\s*$/.test(ctx.text.slice(role.target.end, target.start))) {
      // A new body belongs to what follows it at once (`naturavdelningen på Naturvårdsverket`, `Socialnämnden, Ekerö
      // kommun`), not to what the clause names later (`utskottet - den borgerliga regeringen`).
      role.target.partOf = target;
      // `kommunalråd och vice ordförande i kommunstyrelsen i Ludvika`: the office is the municipality's, not its body's.
      for (const r of result.roles) if (!r.target && isOffice(r)) r.target = target;
    } else if (!role && !represented && !hometown && saysWhere(target, unknown, person, ctx))
      result.roles.push({ target, former, elected, start: target.start, end: target.end });
    if (represented || (target.kind === "municipality" && role?.normalised && SEAT_CATEGORIES.has(lexicon.role(role.normalised)?.category ?? ""))) {
      result.represents ??= target;
    }
    result.end = tokens[j - 1].end;
  };

  const limit = Math.min(tokens.length, person.to + 40);
  // What the name's first clause says before the second's copula places nothing (`sitter i kommunstyrelsen och är …`).
  const second = role ? -1 : secondCopula(j, ctx);
  if (second > 0) j = second;
  while (j < limit) {
    const t = tokens[j];
    if (t.nl) {
      const line = lineBreakInClause(j, person, ctx, result, role, signatureUsed, cardLineUsed);
      if (line === "end") break;
      if (line === "card") {
        cardLineUsed = true;
        shareFrom = t.start;
      }
      signatureUsed = true;
    }
    if (j > person.to && personAt.has(j)) {
      if (lastWasCoord) result.coordinatedWith = personAt.get(j);
      break;
    }
    // `Ola Berg, s, (omval)`, `Kim Ek, kd.`: a party's letters alone right after the name's comma (not `v. ordf`).
    if (j === person.to + 1 && !result.party && tokens[person.to].text === "," && t.word && t.text.length <= 3) {
      const party = ctx.partyByAbbreviation.get(t.text.toUpperCase());
      const next = tokens[j + 1];
      const ends = !next || next.nl || /^(?:[,;()]|och)$/.test(next.text) || (next.text === "." && (!tokens[j + 2] || tokens[j + 2].nl || tokens[j + 2].cap));
      if (party && ends) {
        result.party = { id: party, start: t.start, end: t.end };
        result.end = t.end;
        j++;
        continue;
      }
    }
    // `Andre vice ordförande blev X, Socialdemokraterna.`: a party's name alone after the name's comma, ending the clause.
    const named = j === person.to + 1 && !result.party && tokens[person.to].text === "," ? gazetteerAt.get(j) : undefined;
    if (named?.kind === "party" && !named.genitive && (!tokens[named.to] || tokens[named.to].nl || /^[.,;]$/.test(tokens[named.to].text))) {
      result.party = { id: named.id, start: named.start, end: named.end };
      result.end = named.end;
      j = named.to;
      continue;
    }
    // `av X m.fl. (MP)`: `m.fl.` (and others) between the name and its party says nothing of the name.
    const others = j === person.to && t.text === "m" ? AND_OTHERS.exec(ctx.text.slice(t.start, t.start + 8)) : null;
    if (others) {
      while (tokens[j] && tokens[j].start < t.start + others[0].length) j++;
      continue;
    }
    if (t.text === "(") {
      const inner = tokens[j + 1];
      const party = inner && ctx.partyByAbbreviation.get(inner.text.toUpperCase());
      // `X (C), två vakanta från (M)`: a second party is another's, what comes with it too.
      if (party && result.party && j > person.to) break;
      if (party && tokens[j + 2]?.text === ")") {
        result.party = { id: party, start: inner.start, end: inner.end };
        result.end = tokens[j + 2].end;
        j += 3;
        continue;
      }
      // `X (C}`, `X (S tackade …`: a known party's bracket misread or left open right after the name, a letter next.
      const open = tokens[j + 2];
      const shut = !!open && /^[}\]]$/.test(open.text);
      if (party && j === person.to && open && !open.nl && (shut || /^\p{Ll}/u.test(open.text))) {
        result.party = { id: party, start: inner.start, end: inner.end };
        result.end = shut ? open.end : inner.end;
        j += shut ? 3 : 2;
        continue;
      }
      // `X (M, vice ordförande i kommunstyrelsen)`: the party, then the title and its body, read as after the name's comma.
      if (party && j === person.to && tokens[j + 2]?.text === "," && titleInParentheses(j + 2, person, ctx)) {
        result.party = { id: party, start: inner.start, end: inner.end };
        result.end = inner.end;
        j += 2;
        continue;
      }
      // `X (BåP)`, `X (WP) valdes till …`: right after the name, letters no lexicon lists are a local party's where the
      // text writes other names' known parties so; elsewhere they are still no word of the clause, which goes on.
      if (!party && j === person.to && tokens[j + 2]?.text === ")" && localPartyAt(j + 1, ctx)) {
        if (partiesInParentheses(ctx)) result.party ??= { id: inner.text.toLowerCase(), start: inner.start, end: inner.end };
        result.end = tokens[j + 2].end;
        j += 3;
        continue;
      }
      // `X, kommunstyrelsens ordförande (Socialdemokraterna)`, `(Centern)`: the party's name in parentheses.
      const named = gazetteerAt.get(j + 1);
      if (!result.party && named?.kind === "party" && !named.genitive && tokens[named.to]?.text === ")") {
        result.party = { id: named.id, start: named.start, end: named.end };
        result.end = tokens[named.to].end;
        j = named.to + 1;
        continue;
      }
      // `X, som är hr-chef (alltså personalchef) i Y kommun`: a gloss of the title in parentheses says no more of it;
      // what follows it says where the title is held.
      const close = role && tokens[j - 1]?.end === role.end && GLOSS.test(inner?.text ?? "") ? closingParenthesis(j, tokens) : -1;
      if (close > 0) {
        j = close + 1;
        continue;
      }
      // `X (kommundirektör)`, `X (vd på Y)`: a title in parentheses, read as one after a comma; the clause ends at `)`.
      if (titleInParentheses(j, person, ctx)) {
        j++;
        continue;
      }
      // `X, Vice President (Volvo)`, `X, hållbarhetschef (Skanska)`: an organisation alone in parentheses right after a
      // title (and its field, `Head of Public Affairs (Scania)`) is where it is held.
      if (
        role &&
        !role.target &&
        (tokens[j - 1]?.end === role.end || j === fieldTo) &&
        gazetteerAt.get(j + 1)?.kind !== "role" &&
        !BODY.test(tokens[j + 1]?.text.toLowerCase() ?? "")
      ) {
        const known = gazetteerAt.get(j + 1);
        const org =
          known?.kind === "organisation" || known?.kind === "municipality"
            ? { target: { kind: known.kind, id: known.id, label: known.label, start: known.start, end: known.end }, to: known.to }
            : readOrganisationName(j + 1, ctx);
        // Any other capitalised word there is as often a region, a former employer or a state (`landshövding
        // (Dalarna)`, `Professor of Economics (Emeritus)`, `Member of Parliament (Labour)`): only a name that reads as an
        // organisation's (as right after a title) or a company's (`(Norrfrakt AB)`) is.
        if (org && (known?.kind === "municipality" || readsAsOrganisation(j + 1, ctx, org)) && tokens[org.to]?.text === ")" && !tokens[org.to].nl) {
          addTarget(org.target, org.to);
          result.end = tokens[org.to].end;
          j = org.to + 1;
          continue;
        }
      }
      break;
    }
    // `X, Ph.D, utredare`: an academic degree says nothing the graph keeps and does not end the clause.
    const degree = tokens[j - 1]?.text === "," ? DEGREE.exec(ctx.text.slice(t.start, t.start + 12)) : null;
    if (degree) {
      const end = t.start + degree[0].length;
      while (j < limit && tokens[j].start < end) j++;
      continue;
    }
    // "1.", "v." and an acting title's "tf." are numbering and abbreviation, not the end of the clause.
    if (
      t.text === "." &&
      tokens[j + 1] &&
      !tokens[j + 1].nl &&
      (/^\d+$/.test(tokens[j - 1]?.text ?? "") || /^(v|f|t|d)$/i.test(tokens[j - 1]?.text ?? "") || actingFrom(tokens, j + 1, person.to) <= j)
    ) {
      j++;
      continue;
    }
    // "systemvetenskap.SU": a full stop glued to an abbreviation separates, it does not end the clause.
    if (t.text === "." && tokens[j + 1] && tokens[j + 1].start === t.end && gazetteerAt.has(j + 1)) {
      j++;
      continue;
    }
    if (STOP.has(t.text)) break;
    if (SEP.has(t.text)) {
      // `ordförande i kulturnämnden, fritidsrådet och skolrådet`: a comma in a list of bodies closed by `och` joins the
      // role's next body as the `och` does.
      const bodyList = t.text === "," && role?.target?.end === tokens[j - 1].end && BODY_LIST.test(ctx.text.slice(t.start, t.start + 160));
      lastWasCoord = t.text === "," || t.text === "&" ? lastWasCoord || t.text === "&" || bodyList : false;
      j++;
      continue;
    }
    const g = gazetteerAt.get(j);
    // `X väljs till ordförande för revisorerna`: a seat for the holders of a title in the plural (definite) is held in
    // their group, which is no title of X's.
    if (g?.kind === "role" && role && !role.target && isSeat(role) && /^\s+för\s+$/.test(ctx.text.slice(role.end, t.start)) && /\p{Ll}na$/u.test(t.text)) {
      const written = ctx.text.slice(g.start, g.end);
      const label = written[0].toUpperCase() + written.slice(1);
      role.target = { kind: "organisation", id: label, label, start: g.start, end: g.end, isNew: true };
      role.end = result.end = g.end;
      j = g.to;
      continue;
    }
    // `ansvarig chef`: a word with a role's ending that is the adjective of the role after it.
    if (!g && isTitleAdjective(j, ctx) && (gazetteerAt.get(j + 1)?.kind === "role" || roleBySuffix(tokens[j + 1], ctx.roleSuffixes))) {
      j++;
      continue;
    }
    // `X, landshövdingens stab`, `Y har fått statsministerns uppdrag`: a title in the genitive owns the word after it,
    // it is no title of the name's (one with its body, `ledamot av riksdagens trafikutskott`, is read as before); nor one
    // of words with no preposition (`yrkade bifall till verkställande direktörens förslag`).
    if (g?.kind === "role" && g.genitive && tokens[g.to]?.word && !tokens[g.to].nl && tokens.slice(j, g.to).every(plainWord)) {
      j = g.to;
      continue;
    }
    if (g?.kind === "role" || (!g && roleBySuffix(t, ctx.roleSuffixes, t.cap && titleCased(j, person, ctx)))) {
      let to = g ? g.to : j + 1;
      if (genitive && j === person.to) break;
      // `A (S), Ersättare: B`: a title and a colon label the name after them.
      if (tokens[to]?.text === ":" && personAt.has(to + 1)) break;
      // `A Nämndsekreterare Ledamöter B (M) C (S)`: a title in the plural right before a name heads the names after it.
      if (g && personAt.has(to) && isIndefinitePlural(ctx.text.slice(g.start, g.end).toLowerCase(), g.id)) break;
      // Right after the name too, in a run of titles each before its name (`Sekreterare A Ordförande B Justerare C`,
      // a signature block flattened onto one line): the title before the next name is that name's.
      if (titleOfNext(j, ctx) && (j > person.to || runTitle(person, ctx))) break;
      // (Not the `och` of a joined title: `hälso- och sjukvårdsregionråd, B` is the name's before it.)
      if (result.roles.length === 0 && tokens[j - 1]?.text === "och" && joinedStart(tokens, j) === j && titlesBeforeName(j, ctx)) break;
      // `X (S) till statsminister Y`: a title after a word of the clause and right before a name is that name's.
      if (personAt.has(to) && j > person.to && FILLER.has(tokens[j - 1].text.toLowerCase())) break;
      // `X (C), till vice ordförande [i nämnden] valdes Y`, `X (M), och ordförande är Y`: a role an election verb or a
      // copula hands to the name after it is that name's.
      if (j > person.to && electsNext(to, ctx)) break;
      // `X (m) till socialministern om …`: a title in the definite form after `till` is whom X asks or writes to (its
      // first part may be broken off at a line's end, `kommunikations-` `ministern`).
      const cut = brokenWordAt(tokens, j - 1);
      const asked = tokens[j - 1 - cut]?.text.toLowerCase() === "till";
      if (j - cut > person.to && asked && isDefiniteTitle(ctx.text.slice(t.start, g ? g.end : t.end), g?.id)) break;
      // `professor i analytisk kemi vid X`: the field belongs to the title (its words still count as unplaced).
      const field = FIELD_ROLES.has(lexicon.role(g?.id ?? "")?.category ?? "") && tokens[to]?.text === "i" ? fieldAt(to + 1, ctx) : 0;
      if (field) to += 1 + field;
      // The adjectives right before it are part of the title (`politisk redaktör`), the role stays the lexicon's.
      let from = j;
      while (from > person.to && isTitleAdjective(from - 1, ctx) && !tokens[from].nl) from--;
      // `X, tf socialchef`: an acting title keeps its marker.
      from = actingFrom(tokens, from, person.to);
      // `avd.chef`: an abbreviation glued to the title is written with it.
      if (
        from === j &&
        from - 2 > person.to &&
        tokens[from - 1].text === "." &&
        tokens[from - 1].end === t.start &&
        tokens[from - 2].end === tokens[from - 1].start &&
        tokens[from - 2].word
      )
        from -= 2;
      // `samhällsservicenämndens ordförande`, `barn- och lärandenämndens ordförande`: the body it is held in, in the
      // genitive, is part of the role as written (as the lexicon's `kommunstyrelsens ordförande` is).
      // It is held in that body when its name is a compound (`Förbundsdirektionens` names one, `styrelsens` none).
      // (Past `nya`, `nuvarande`: `regionstyrelsens nya ordförande`.)
      const qualified = from - 2 > person.to && NEW_ADJECTIVE.test(tokens[from - 1].text) && !tokens[from].nl ? 1 : 0;
      const owned = !g?.genitive && from - 1 - qualified > person.to && isBodyGenitive(from - 1 - qualified, tokens);
      // A municipality's own board too where the lexicon does not read it with the seat (`X (S), regionstyrelsens nya
      // ordförande`, `X, kommunstyrelsens 1e vice ordförande`: the lexicon's `kommunstyrelsens ordförande` is read whole).
      const owner = owned ? bodyInGenitive(from - 1 - qualified, ctx, true) : undefined;
      if (owned) from = joinedStart(tokens, from - 1 - qualified);
      // `forsknings- och innovationsdirektör`: a first part joined to the title by `- och` is written with it.
      else if (joinedStart(tokens, from) > person.to) from = joinedStart(tokens, from);
      // `vice stadsbyggnadsdirektör`: a deputy's title known by its ending is the deputy's, as the lexicon's are.
      const deputy = !g && from === j && j - 1 > person.to && /^[Vv]ice$/.test(tokens[j - 1].text) && !tokens[j].nl;
      if (deputy) from = j - 1;
      const end = field ? tokens[to - 1].end : g ? g.end : t.end;
      const written = ctx.text.slice(tokens[from].start, end).toLowerCase();
      const normalised = g ? g.id : `${deputy ? "vice " : ""}${ctx.text.slice(t.start, t.end).toLowerCase()}`;
      role = { role: written, normalised, former, elected, start: tokens[from].start, end };
      result.roles.push(role);
      result.end = role.end;
      j = to;
      unknown = field;
      lastWasCoord = false;
      role.target = (g && placeInTitle(g, ctx)) || owner;
      // `socialnämndens ordförande i Uppsala kommun`: the place after the title is the one the body is part of.
      const placeAfter = owner && tokens[to]?.text === "i" && !tokens[to].nl ? ctx.gazetteerAt.get(to + 1) : undefined;
      const within = placeAfter && {
        kind: placeAfter.kind as Target["kind"],
        id: placeAfter.id,
        label: placeAfter.label,
        start: placeAfter.start,
        end: placeAfter.end,
      };
      if (owner && within && isPlace(within, lexicon) && role.target === owner) {
        owner.partOf = within;
        // A seat in that place's nämnd is held for it, as `ordförande i Uppsala kommun` was.
        if (SEAT_CATEGORIES.has(lexicon.role(normalised)?.category ?? "")) result.represents ??= within;
        result.end = within.end;
        j = placeAfter.to;
      }
      // `regionråd Skåne`: the region the title is held in, named with no preposition.
      const region = regionAfterTitle(written, to, ctx);
      // `regionchef Stockholm på Jernhusen`: with a preposition after it the name says the title's area, and what follows
      // holds the title.
      // (Only when what follows reads as an organisation: `regionråd Skåne för Moderaterna`, `… på plats i Malmö`.)
      if (region && ORG_PREP.has(tokens[region.to]?.text ?? "") && !tokens[region.to].nl && readsAsOrganisation(region.to + 1, ctx)) j = region.to;
      else if (region) {
        role.target = region.target;
        result.end = region.target.end;
        j = region.to;
      } else if (
        !field &&
        !role.target &&
        result.roles.length === 1 &&
        !isSeat(role) &&
        !SEAT_CATEGORIES.has(lexicon.role(normalised)?.category ?? "") &&
        !CHIEF_EXECUTIVE.test(normalised)
      ) {
        // `enhetschef Björkgården, § 12`, `avdelningschef Miljöskydd, Mark & Vatten`: a staff title's unit, up to the
        // end of a list's entry, is written with it; a company's (`vd Knivstabostäder`) is the company, no unit.
        const unit = unitOfTitle(to, ctx);
        if (unit > to) {
          role.end = result.end = tokens[unit - 1].end;
          role.role = ctx.text.slice(role.start, role.end).toLowerCase();
          j = unit;
        }
      }
      continue;
    }
    const prep = tokens[j - 1]?.text.toLowerCase() ?? "";
    if (g && (g.kind === "municipality" || g.kind === "organisation")) {
      if (titleOfNext(j, ctx)) break;
      // `X (M) har till Sveriges Television sagt`, `X till TT`: whom X speaks to is no workplace of X's; an
      // organisation in the genitive owns what follows (`X valdes om till Storsthlms förbundsordförande`).
      if (!role && prep === "till" && !g.genitive) break;
      // `X i Expressen`, `X i riksdagen`, `X om regeringen`: where X spoke or what about is no workplace either; a place
      // after `i` is where X is from (`Göran Persson i Simrishamn`, as the Riksdag tells namesakes apart).
      if (!role && !g.genitive && (prep === "om" || (prep === "i" && g.kind === "organisation"))) break;
      // `X och Y på DN Debatt`: a newspaper after `på` is where X writes (a byline's `X, Dagens Nyheter` is X's workplace).
      if (!role && prep === "på" && g.kind === "organisation" && lexicon.organisation(g.id)?.type === "media") break;
      // `rektor på Stockholm Science and Innovation School`: a longer unknown name wins over a municipality in it.
      const longer = role && !role.target && ORG_PREP.has(prep) ? readOrganisationName(j, ctx) : undefined;
      if (longer && longer.to > g.to) {
        addTarget(longer.target, longer.to);
        j = longer.to;
        continue;
      }
      const target: Target = { kind: g.kind, id: g.id, label: g.label, start: g.start, end: g.end };
      // `Storsthlms förbundsordförande`, `Ekerös nya kommundirektör`: a genitive names the organisation of the role that
      // follows.
      const qualified = g.genitive && NEW_ADJECTIVE.test(tokens[g.to]?.text ?? "") && !tokens[g.to].nl ? 1 : 0;
      const next = gazetteerAt.get(g.to + qualified);
      // Or a title known by its ending (`Nackas stadsjurist`).
      const suffixed = g.genitive && !next && !tokens[g.to + qualified]?.nl ? roleBySuffix(tokens[g.to + qualified], ctx.roleSuffixes) : undefined;
      if (g.genitive && (next?.kind === "role" || suffixed)) {
        const end = next ? next.end : tokens[g.to + qualified].end;
        const written = ctx.text.slice(next ? next.start : tokens[g.to + qualified].start, end).toLowerCase();
        role = { role: written, normalised: next ? next.id : suffixed!, former, elected, start: g.start, end, target };
        result.roles.push(role);
        result.end = end;
        j = next ? next.to : g.to + qualified + 1;
        unknown = 0;
        continue;
      }
      // `X, tidigare minister, vid Nordiska rådets session`: a body's event in the genitive is where X was, no workplace.
      if (g.genitive && !next && !tokens[g.to]?.nl && EVENT_OF.test(tokens[g.to]?.text ?? "")) break;
      // `ordförande i Stockholms stads kulturnämnd`, `i Nackas kommunstyrelse`: a place's genitive names whose body it is.
      const body = g.genitive && !next && !tokens[g.to]?.cap && BODY.test(tokens[g.to]?.text ?? "") ? readBody(g.to, ctx) : undefined;
      if (body?.target.isNew && body.target.start === tokens[g.to].start) {
        body.target.partOf = target;
        addTarget(body.target, body.to);
        if (target.kind === "municipality" && (result.party || (role?.normalised && SEAT_CATEGORIES.has(lexicon.role(role.normalised)?.category ?? ""))))
          result.represents ??= target;
        j = body.to;
        unknown = 0;
        lastWasCoord = false;
        continue;
      }
      addTarget(target, g.to);
      j = g.to;
      unknown = 0;
      lastWasCoord = false;
      continue;
    }
    // `landshövding i Gävleborgs län`, `Landshövding Uppsala län`: a role held in a county (a county is no municipality
    // or organisation of the lexicon). Right after the role: `justitieministern om polisen i Jönköpings län` names where
    // the matter is, not the role.
    const afterRole = ((prep === "i" || prep === "för") && tokens[j - 2]?.end === role?.end) || tokens[j - 1]?.end === role?.end;
    if (g?.kind === "county" && role && !role.target && afterRole) {
      addTarget({ kind: "organisation", id: g.label, label: g.label, start: g.start, end: g.end, isNew: true }, g.to);
      j = g.to;
      unknown = 0;
      continue;
    }
    // `ordförande för Moderaterna i Umeå`: the role is held in the party, which is the person's, and the place after it
    // is the party's branch, no municipality the person holds the role in. One the branch elected to (`valdes om till
    // gruppledare för Liberalerna i Sigtuna`) is held in the branch (part of the municipality).
    if (g?.kind === "party" && !g.genitive && role && !role.target && /^(?:för|i|inom)$/.test(prep) && tokens[j - 2]?.end === role.end) {
      result.party ??= { id: g.id, start: g.start, end: g.end };
      const place = tokens[g.to]?.text === "i" && !tokens[g.to + 1]?.nl ? gazetteerAt.get(g.to + 1) : undefined;
      if (role.elected && place?.kind === "municipality" && !place.genitive) {
        const label = `${g.label} i ${place.label}`;
        const partOf: Target = { kind: "municipality", id: place.id, label: place.label, start: place.start, end: place.end };
        role.target = { kind: "organisation", id: label, label, start: g.start, end: place.end, isNew: true, partOf };
      }
      result.end = Math.max(result.end, role.target?.end ?? g.end);
      break;
    }
    if (g) {
      j = g.to;
      continue;
    }
    const lower = t.text.toLowerCase();
    if (!t.cap || /^\d/.test(t.text)) {
      // `Om X blir tillförordnad chef beslutar kommunstyrelsen`: after a conjunction that inverts the clause that
      // follows, a body right after a verb in the present tense is that verb's subject, not where the role is held
      // (`X är ordförande och leder kommunstyrelsen` is the chair of the board).
      if (
        BODY.test(lower) &&
        role &&
        j - 1 > person.to &&
        PRESENT_TENSE.test(tokens[j - 1].text) &&
        !NOT_PRESENT.test(tokens[j - 1].text) &&
        INVERTING.test(ctx.text.slice(Math.max(0, person.start - 12), person.start))
      )
        break;
      if (BODY.test(lower) && role) {
        const body = readBody(j, ctx);
        if (body) {
          addTarget(body.target, body.to);
          j = body.to;
          unknown = 0;
          continue;
        }
      }
      // `X, moderat styrelseordförande i Region Skåne`: a party's adjective before the title is the person's party.
      const party = !result.party && (gazetteerAt.get(j + 1)?.kind === "role" || roleBySuffix(tokens[j + 1], ctx.roleSuffixes)) && partyOfWord(lower, lexicon);
      if (party) {
        result.party = { id: party, start: t.start, end: t.end };
        j++;
        continue;
      }
      // `X och Y fortsätter som förste respektive andre vice ordförande i nämnden`: an ordinal given in turn before a seat
      // written once is a seat of its own, which `respektive` hands to the first name.
      const elided = elidedSeat(j, ctx);
      if (elided) {
        const { to, ...seat } = elided;
        role = { ...seat, former, elected, start: t.start, end: tokens[to - 1].end };
        result.roles.push(role);
        result.end = role.end;
        unknown = 0;
        j = to;
        continue;
      }
      // `ordförande i de politiska styrgrupperna för Infrastruktur, respektive Digitalisering`: a body each.
      const each = role && !role.target ? bodiesInTurn(j, ctx) : undefined;
      if (each) {
        role!.target = each.targets[each.targets.length - 1];
        result.respectively = each.targets;
        result.end = tokens[each.to - 1].end;
        j = each.to;
        continue;
      }
      if (FORMER.has(lower) || (STEPS_DOWN.has(lower) && SOM_AHEAD.test(ctx.text.slice(t.end, t.end + 60)))) former = true;
      // `X, som förra mandatperioden var vice ordförande, är ny ordförande`: a present copula after the former role
      // opens the one held now.
      else if (lower === "är" && former && role) former = false;
      // `X blir förste vice ordförande`: a seat taken with `blir` is an election as one with `blev` (the copula opens no
      // clause of its own, as `blev` does); one kept with `fick fortsatt förtroende som` is an election too.
      else if (ELECTED.has(lower) || lower === "blir" || (lower === "förtroende" && tokens[j + 1]?.text === "som")) {
        elected = true;
        electedAt = t.start;
        // `utsågs av ett enhälligt fullmäktige att bli regionstyrelsens ordförande`: the agent and `att bli` stand where
        // `till` does, and the title after them is the one elected to.
        const agent = AGENT_THEN_BECOME.exec(ctx.text.slice(t.end, t.end + 80));
        if (agent) {
          const to = t.end + agent[0].length;
          while (j < limit && tokens[j].start < to) j++;
          continue;
        }
      } else if (COORD.has(lower) && !timeAfterCopula(j, person.to, tokens)) {
        // `och`/`samt` go on only into another target, role or person: `samt representanter från ...` ends it.
        // (Past `tillika` and an adjective of a new seat: `och tillika nyvald ordförande för X`.)
        let next = j + 1;
        while (next < j + 3 && !tokens[next]?.nl && (tokens[next]?.text === "tillika" || NEW_ADJECTIVE.test(tokens[next]?.text ?? ""))) next++;
        const g2 = gazetteerAt.get(next);
        // Not into a title written before the next name (`X samt statsminister Y`): that title is Y's.
        const titleOfNext = personAt.has(g2?.kind === "role" ? g2.to : next + 1);
        const continues =
          personAt.has(next) ||
          (g2 && g2.kind !== "county" && !(g2.kind === "role" && titleOfNext)) ||
          (roleBySuffix(tokens[next], ctx.roleSuffixes) && !titleOfNext) ||
          /^(bland|i|på)$/.test(tokens[next]?.text ?? "") ||
          // `barn- och lärandenämndens ordförande`: a joined body's name in the genitive before its role.
          (tokens[j - 1]?.text === "-" && !!tokens[next] && isBodyGenitive(next, tokens) && gazetteerAt.get(next + 1)?.kind === "role") ||
          // `sekreterare i regionstyrelsen och arbetsutskottet`: a second body of the same role.
          (!!role?.target && !tokens[next]?.nl && BODY.test(tokens[next]?.text.toLowerCase() ?? "") && !!readBody(next, ctx));
        // `X blir ny ordförande, och ordförandeposten i nämnden till Y`: after a role, `, och` opens a clause of its own,
        // whose body is not the role's; not where a role of the name's own follows (`, och därmed oppositionsråd`).
        const roleFollows = gazetteerAt.get(ADVERB_BEFORE_VERB.has(tokens[next]?.text ?? "") ? next + 1 : next)?.kind === "role";
        if (role && !role.target && tokens[j - 1]?.text === "," && !personAt.has(next) && !roleFollows) break;
        // `regionråd A och regionråd B från Region Y`: A, with nothing of its own, is coordinated with the titled name.
        if (titleOfNext && j === person.to && !result.party) result.coordinatedWith = nameAfterCoord(j, ctx);
        // Inside a role's description (`professor i data och systemvetenskap`) "och" joins words, not people.
        if (!continues && !(role && !role.target)) break;
        lastWasCoord = true;
        j++;
        continue;
      } else if (NEGATION.has(lower)) break;
      // `fråga X hur ministern ser på`, `X (S) skriver kommunstyrelsens ordförande`: a question word or a verb of saying
      // right after the name opens a clause; the role in it is someone else's (not in a clause of the name's own, `X,
      // som skriver om regionen, är kommunalråd`).
      else if (CLAUSE_OPENER.has(lower) && (j === person.to || tokens[j - 1].text === ")")) break;
      // `X (V) till kommunikationsministern om trafiken i Göteborg`: before any title, `om` opens what is asked or said
      // about, and the place in it is none of X's (not the particle of `valdes om`, `valdes då om`, nor in a clause of the
      // name's own, `X, som skriver om regionen, är kommunalråd`).
      else if (lower === "om" && !role && !electedBefore(j, tokens) && !/\bsom\b/.test(ctx.text.slice(person.end, t.start))) break;
      // `säger X, M, att regeringens förslag …`: `att` opens a clause of what X says, none of X's bodies (not the
      // future's `kommer att`, `ska`'s infinitive: `X kommer att övergå i rollen som …`).
      else if (lower === "att" && !futureAuxiliaryBefore(j, person.to, tokens) && !(j === person.to && futureBefore(person, ctx))) break;
      else if (
        (lower === "att" || FUTURE.has(lower) || OFFICE_NOUN.test(lower) || (/^(?:vara|bli)$/.test(lower) && futureAuxiliaryBefore(j, person.to, tokens))) &&
        (j > person.to || FUTURE.has(lower))
      ) {
        // `X (M) får rollen som vice ordförande i kommunstyrelsen`, `tar också över posten som`: an office taken over is
        // one the name is elected to, as with `blir`.
        if (OFFICE_NOUN.test(lower) && takesOver(j, ctx)) {
          elected = true;
          electedAt = t.start;
        }
        // The adverbial between the future's auxiliary and its `att` or infinitive costs nothing (`kommer under året
        // (att) vara`).
        if (!FUTURE.has(lower) && !OFFICE_NOUN.test(lower)) unknown = 0;
        j++;
        continue;
      }
      // `X, kommunalråd, bor i Växjö`: where the person lives or was born is no place of an office.
      else if (RESIDES.has(lower)) {
        // Skip the residence's phrase to its comma (`född i Lund, är …`); what follows is still the name's.
        let q = j + 1;
        while (q < tokens.length && q - j <= 6 && !tokens[q].nl && tokens[q].text !== "," && !personAt.has(q)) q++;
        if (tokens[q]?.text !== ",") break;
        j = q + 1;
        unknown = 0;
        continue;
      }
      // `Xs (V) fråga svarade kommunalrådet`: a verb in the past tense ends what is said of the name; the role after
      // it is someone else's (not one the verb takes on: `arbetade tidigare som chef`).
      else if (PAST_TENSE.test(t.text) && !ELECTED.has(lower) && !SOM_AFTER_VERB.test(ctx.text.slice(t.end, t.end + 20))) break;
      // `X, met with the chair of Y`: in English a lower-case word opening what follows the name's comma, not a
      // title's adjective (`acting chair`), is the sentence's verb; the role after it is someone else's.
      else if (ctx.english && j === person.to + 1 && tokens[person.to]?.text === "," && !t.cap && !opensRoleNext(j, ctx)) break;
      // Words of a time right after a copula place nothing and cost nothing (`är sedan 2019 ordförande`).
      else if (!FILLER.has(lower) && !(isTimeWord(tokens, j) && timeAfterCopula(j, person.to, tokens)) && ++unknown > 2) break;
      j++;
      continue;
    }
    // `ordförande i Vård- och omsorgsnämnden`, `Kultur-, turism- och fritidsnämnden`: a body's joined name written with
    // a capital, read from its noun after the `och`.
    if (role && tokens[j + 1]?.text === "-" && tokens[j + 1].start === t.end) {
      let q = j + 2;
      while (q < j + 8 && tokens[q] && !tokens[q].nl && tokens[q].text !== "och") q++;
      const noun = tokens[q]?.text === "och" ? tokens[q + 1] : undefined;
      const body = noun && !noun.cap && !noun.nl && BODY.test(noun.text) ? readBody(q + 1, ctx) : undefined;
      if (body && body.target.start === t.start) {
        addTarget(body.target, body.to);
        j = body.to;
        unknown = 0;
        continue;
      }
    }
    // `ordförande i Älvsjö stadsdelsnämnd`: a place's name and an indefinite body after the role's preposition.
    if (role && !role.target && ORG_PREP_OR_IN.has(prep) && !tokens[j + 1]?.cap && BODY.test(tokens[j + 1]?.text ?? "")) {
      const body = readBody(j + 1, ctx);
      if (body && body.target.start === t.start) {
        addTarget(body.target, body.to);
        j = body.to;
        continue;
      }
    }
    // `X, Mayor, City of Lund`, `Municipality of Umeå`: a municipality's English name is the municipality.
    const city = CITY_OF.test(t.text) && tokens[j + 1]?.text === "of" ? gazetteerAt.get(j + 2) : undefined;
    if (city?.kind === "municipality" && !city.genitive) {
      addTarget({ kind: "municipality", id: city.id, label: city.label, start: t.start, end: city.end }, city.to);
      j = city.to;
      unknown = 0;
      continue;
    }
    // `X, County Governor of Kronoberg`, `X, landshövding i Västernorrland`: a county's name without `län`.
    const county = role && !role.target && (prep === "of" || prep === "i") ? countyAfterOffice(role.normalised, j, ctx) : undefined;
    if (county) {
      addTarget(county.target, county.to);
      j = county.to;
      unknown = 0;
      continue;
    }
    // `Biträdande Stadsbyggnadsdirektör`: a title-cased adjective before the role it belongs to.
    if (isTitleAdjective(j, ctx) && (gazetteerAt.get(j + 1)?.kind === "role" || roleBySuffix(tokens[j + 1], ctx.roleSuffixes, true))) {
      j++;
      continue;
    }
    // A capitalised word that is no lexicon entry: a body (`Socialnämnden`) or, after a role and a preposition,
    // the name of an organisation the lexicon lacks (`rektor på Stockholm Science and Innovation School`).
    if (BODY.test(lower) && role) {
      const body = titleOfNext(j, ctx) ? undefined : readBody(j, ctx);
      if (body) {
        addTarget(body.target, body.to);
        j = body.to;
        continue;
      }
    }
    // `X, Y Turism AB`: a company named after a comma is where the person works, with or without a title.
    if (tokens[j - 1]?.text === ",") {
      const company = readOrganisationName(j, ctx);
      if (company && COMPANY.test(tokens[company.to - 1].text)) {
        addTarget(asCompany(company.target), company.to);
        j = company.to;
        continue;
      }
      // `X, platschef, Båtmuseet`: after a title's own comma, a name whose head says it is an organisation holds it.
      if (company && role && !role.target && role.end === tokens[j - 2]?.end && headedAsOrganisation(j, company.to, tokens)) {
        addTarget(company.target, company.to);
        j = company.to;
        continue;
      }
    }
    // Or right after the role, where a list of speakers leaves out the preposition (`ordförande Kommunalekonomiska
    // föreningen`, `vd Företagarna Nacka`), when a head says it is an organisation (a capitalised word there is as often
    // a name: `statsrådet Lars`).
    const adjoining = role && role.end === tokens[j - 1]?.end;
    if (role && !role.target && (ORG_PREP.has(prep) || adjoining || prep === "i")) {
      const org = readOrganisationName(j, ctx);
      // After `i`, a capitalised name is as often a place: an association's name only, its head last or first
      // (`ordförande i Östermalms företagarförening`, `i Företagarföreningen Östermalm Handel`).
      // A chief executive's organisation, right after the title or after `i`, is the company (`vd Knivstabostäder`,
      // `verkställande direktör i Sjöstadsbolaget`), unless it is a place (`vd i Sverige`).
      const company = !!org && CHIEF_EXECUTIVE.test(role.normalised ?? "") && namesCompany(j, org.to, ctx, prep === "i");
      // A company's form last (`i Ekby Hamn AB`), or two capitalised words of which none names a place the gazetteer
      // knows (`ersättare i Ekby Fiske`), is an organisation's name as well.
      const named =
        !!org && (COMPANY.test(tokens[org.to - 1].text) || (org.to - j >= 2 && tokens.slice(j, org.to).every((w, n) => w.cap && !gazetteerAt.has(j + n))));
      const place = prep === "i" && !company && !named && !(org && (ASSOCIATION_HEAD.test(tokens[org.to - 1].text) || ASSOCIATION_HEAD.test(tokens[j].text)));
      // `Vice Mayor for City Planning`, `Minister for Foreign Affairs`: an English `for` names the title's field, a body
      // only when its last word says it is one (`Director for the Nordic Council`).
      // A minister's `för` names the field too (`samordningsminister för EU-frågorna`, `statsråd med ansvar för EU-frågor`).
      const academic = FIELD_ROLES.has(lexicon.role(role.normalised ?? "")?.category ?? "");
      // One word, or an adjective and the field (`Global Affairs`), not a company's name ending in one (`X Housing`).
      const fieldName =
        org && ENGLISH_FIELD.test(tokens[org.to - 1].text) && (org.to - j === 1 || (org.to - j === 2 && ENGLISH_ADJECTIVE.test(tokens[j].text)));
      // An English title's field with no `of`, as a card writes it (`Manager Public Affairs på Scania`).
      const bareField = adjoining && fieldName && /^\p{Lu}/u.test(ctx.text.slice(role.start, role.end));
      const field =
        (prep === "for" && org && !isThingWord(tokens[org.to - 1].text) && !ENGLISH_BODY.test(tokens[org.to - 1].text)) ||
        (prep === "of" && fieldName) ||
        bareField ||
        (prep === "för" && isMinister(role.normalised, lexicon)) ||
        // `Professor of Environmental Change`: an academic's `of` names the field.
        (prep === "of" && academic);
      if (org && !field && !place && (!adjoining || company || headedAsOrganisation(j, org.to, tokens))) {
        addTarget(company ? asCompany(org.target) : org.target, org.to);
        j = org.to;
        continue;
      }
      // Where the academic's title is held follows the field (`Professor of Environmental Change, X University`), and
      // where any title is, after its field (`Head of Public Affairs at Scania`, `… (Scania)`, `… på Scania`).
      if (org && (prep === "of" || bareField) && ((academic && tokens[org.to]?.text === ",") || (field && /^(?:at|på|\()$/.test(tokens[org.to]?.text ?? "")))) {
        j = fieldTo = org.to;
        continue;
      }
    }
    break;
  }
  return result;
}

/**
 * A role written as a label before the name: `Redaktör: X`, `Moderator: X`, or `Kontaktperson:` alone on the line
 * above the name; on an English page, a title line above the name (see `titleLine`). The label opens its line and
 * is nothing but the role, so it names no organisation. Or a lead-in's `följande <title>:` over the name's line (see
 * `leadInTitle`).
 */
export function labelRole(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  const { tokens, gazetteerAt } = ctx;
  const colon = person.from - 1;
  const lead = tokens[person.from]?.nl && !ctx.english ? leadInTitle(person, ctx) : undefined;
  if (lead) return lead;
  if (tokens[colon]?.text !== ":" || tokens[colon].nl) return ctx.english && tokens[person.from]?.nl ? titleLine(person, ctx) : undefined;
  // `Ordförande: A, Sekreterare: X`: a title and its colon after another entry's comma on the line.
  for (let k = colon - 1; k >= colon - 4 && k > 0 && !tokens[k].nl; k--) {
    const g = gazetteerAt.get(k);
    if (g?.kind !== "role" || g.to !== colon || !/^[,;]$/.test(tokens[k - 1].text)) continue;
    // Not the adjuster's reserve (`Justerare: A, Ersättare: X`).
    if (g.id === "ersättare" && ADJUSTER_BEFORE.test(ctx.text.slice(ctx.text.lastIndexOf("\n", g.start) + 1, g.start))) return undefined;
    return claimOf(g, ctx.text);
  }
  // The label opens its line, maybe after a list's bullet (`• Ordförande: X`); a colon that opens the text has none.
  if (colon === 0) return undefined;
  let k = colon - 1;
  while (k > 0 && colon - k < 6 && !tokens[k].nl) k--;
  if (k > 0 && !tokens[k].nl) return undefined;
  if (BULLETS_ONLY.test(tokens[k].text) && k + 1 < colon) k++;
  const g = gazetteerAt.get(k);
  if (g?.kind !== "role" || g.to > colon) return undefined;
  const role = claimOf(g, ctx.text);
  if (g.to === colon) return role;
  // `Vice ordförande fritidsnämnden: X`, `Ledamot Storsthlm: X`, `Ledamot Umeå: X`: the body, organisation or
  // municipality after the title, and nothing else, is where it is held (the lexicon's first: a place is no body).
  const named = gazetteerAt.get(g.to);
  if (named?.to === colon && !named.genitive && (named.kind === "organisation" || named.kind === "municipality"))
    return { ...role, target: { kind: named.kind, id: named.id, label: named.label, start: named.start, end: named.end } };
  if (named) return undefined;
  const body = readBody(colon - 1, ctx);
  return body?.to === colon && body.target.start === tokens[g.to].start ? { ...role, target: body.target } : undefined;
}

/** The lines of names a lead-in's title reaches over (see `leadInTitle`). */
const LEAD_IN_LINES = 30;

/**
 * The title a lead-in ending in `följande <title>:` gives each name of the lines under it, one name (and its party) a
 * line (`Majoriteten i Hjo består av följande kommunalråd:` / `A (M)` / `B (L)`), in the lexicon's singular.
 */
function leadInTitle(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  const { tokens, personAt, gazetteerAt } = ctx;
  for (let s = person.from, lines = 0; lines < LEAD_IN_LINES; lines++) {
    const line = previousLine(s, tokens);
    if (line < 0) return undefined;
    const named = personAt.get(line);
    if (named) {
      const end = tokens[named.to]?.text === "(" && tokens[named.to + 2]?.text === ")" ? named.to + 3 : named.to;
      if (end !== s) return undefined;
      s = line;
      continue;
    }
    const colon = s - 1;
    if (tokens[colon].text !== ":") return undefined;
    for (let k = colon - 1; k > line && colon - k <= 3; k--) {
      const g = gazetteerAt.get(k);
      if (g?.kind === "role" && g.to === colon && tokens[k - 1].text.toLowerCase() === "följande") return claimOf(g, ctx.text);
    }
    return undefined;
  }
  return undefined;
}

/** Where the joined name ending at token `k` opens (`barn- och lärandenämndens` at `barn`), else `k`. */
export function joinedStart(tokens: readonly Token[], k: number): number {
  if (k >= 3 && tokens[k - 1].text === "och" && tokens[k - 2].text === "-" && tokens[k - 2].start === tokens[k - 3].end && tokens[k - 3].word) return k - 3;
  // `klimatoch miljöstrateg`: a PDF's copy lost the hyphen and the space (no Swedish word but `och` ends so).
  return k >= 1 && !tokens[k].nl && /^\p{Ll}{3,}och$/u.test(tokens[k - 1].text) ? k - 1 : k;
}

/** Abbreviations written with a full stop inside an organisation's name (`Kungl. Djurgårdens förvaltning`). */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(["Kungl", "Kgl", "St"]);

/** The claim of a title of the lexicon as written, held nowhere yet. */
const claimOf = (g: Mention, text: string): RoleClaim => ({
  role: text.slice(g.start, g.end).toLowerCase(),
  normalised: g.id,
  former: false,
  elected: false,
  start: g.start,
  end: g.end,
});

/** An adjuster's label and name before a reserve's label on its line (`Justerare: A Ersättare:`). */
const ADJUSTER_BEFORE = /\b(?:protokolls?)?juster(?:are|ande)\s*:\s*[^:\n]{1,60}$/i;

/**
 * An English page's title line above the name (`Chairman`, `President of the Regional Council` over `X`): a role
 * that opens the line, and at most what it is of. Not the title of a name alone on the line above it (a contact card
 * reads `Y\nSecretary General`), unless that name is this one's.
 */
function titleLine(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  const { tokens, gazetteerAt, personAt, text } = ctx;
  let first = person.from - 1;
  while (first > 0 && !tokens[first].nl && person.from - first < 12) first--;
  const g = gazetteerAt.get(first);
  if (!tokens[first]?.nl || g?.kind !== "role") return undefined;
  // `of the Regional Council`: capitalised words after `of the`.
  const of = g.to < person.from && /^(?:of|for)$/.test(tokens[g.to].text) && tokens[g.to + 1]?.text === "the";
  for (let k = of ? g.to + 2 : g.to; k < person.from; k++) if (!tokens[k].cap) return undefined;
  const name = personAt.get(previousLine(first, tokens));
  if (name && name.label !== person.label && /^\s*(?:\([^()\n]{1,40}\))?\s*$/.test(text.slice(name.end, tokens[first].start))) return undefined;
  const end = tokens[person.from - 1].end;
  return { role: text.slice(g.start, end).toLowerCase(), normalised: g.id, former: false, elected: false, start: g.start, end };
}

/** Whether token `k` opens its line. */
const atLineStart = (k: number, tokens: readonly Token[]) => k === 0 || tokens[k].nl;

/** The first token of the line before the one token `s` opens, or -1. */
function previousLine(s: number, tokens: readonly Token[]): number {
  if (s <= 0) return -1;
  let k = s - 1;
  while (k > 0 && !tokens[k].nl) k--;
  return k;
}

/** The first token of the line after token `k`'s, or the count of tokens. */
function nextLine(k: number, tokens: readonly Token[]): number {
  let n = k + 1;
  while (n < tokens.length && !tokens[n].nl) n++;
  return n;
}

/**
 * A line of names only over a line of as many titles, no name under them (`Eva Ek Per Holm Kim Ahl` over `Sekreterare
 * Ordförande Justerare`, a signature block's columns flattened): the title in the person's column, by order.
 */
function titleBelowInRow(person: Mention, ctx: AppositionContext): Mention | undefined {
  const { tokens } = ctx;
  // A short line, a block's few signers (a long line of names is a list, and scanning it for each name is quadratic).
  let k = person.from;
  while (k > 0 && !tokens[k].nl && person.from - k < ROW_TOKENS) k--;
  if (k > 0 && !tokens[k].nl) return undefined;
  return ctx.personAt.has(k) ? titleInRow(k, person, ctx) : undefined;
}

/**
 * titleBelowInRow's title for a line of names opening at token `k`. (Only a line opening with a name gets here: in a
 * function of its own, the branches it had not yet run cost titleBelowInRow two deopts and three compiles.)
 */
function titleInRow(k: number, person: Mention, ctx: AppositionContext): Mention | undefined {
  const { tokens, personAt, gazetteerAt } = ctx;
  let column = -1;
  let names = 0;
  for (; k < tokens.length && (names === 0 || !tokens[k].nl); names++) {
    const name = personAt.get(k);
    if (!name || names === ROW_NAMES) return undefined;
    if (name === person) column = names;
    k = name.to;
    if (k + 2 < tokens.length && tokens[k].text === "(" && !tokens[k].nl && tokens[k + 2].text === ")") k += 3;
  }
  if (names < 2 || column < 0) return undefined;
  const titles: Mention[] = [];
  while (k < tokens.length && titles.length <= names && (titles.length === 0 || !tokens[k].nl)) {
    const title = gazetteerAt.get(k);
    if (title?.kind !== "role") break;
    titles.push(title);
    k = title.to;
  }
  // Only words no name's nor title's after them on their line (a page's link), and no name on the next.
  const lineFrom = k;
  for (; k < tokens.length && !tokens[k].nl; k++) if (k - lineFrom > ROW_TOKENS || personAt.has(k) || gazetteerAt.get(k)?.kind === "role") return undefined;
  return titles.length === names && !personAt.has(k) ? titles[column] : undefined;
}

/** At most so many signers in a row of names, and tokens before a name on its row or after the titles on theirs. */
const ROW_NAMES = 6;
const ROW_TOKENS = 30;

/** Whether the line token `s` opens is a name alone, with its party in parentheses. */
function isNameLine(s: number, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  const person = ctx.personAt.get(s);
  if (!person) return false;
  let end = person.to;
  if (tokens[end]?.text === "(" && !tokens[end].nl && tokens[end + 2]?.text === ")") end += 3;
  return end >= tokens.length || tokens[end].nl;
}

/** Whether the line token `s` opens is a title: a role, or a word with a title's ending, and no name after it. */
function isTitleLine(s: number, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  if (!(ctx.gazetteerAt.get(s)?.kind === "role" || roleBySuffix(tokens[s], ctx.roleSuffixes, true))) return false;
  for (let k = s + 1; k < tokens.length && !tokens[k].nl; k++) if (k - s > 12 || ctx.personAt.has(k)) return false;
  return true;
}

/**
 * Lines that alternate between a title and a name (a staff page, a contact list): whether the titles stand above their
 * names, as the run's first line says (`Landshövding` / `A` / `Planeringschef` / `B`), or below them (`A` /
 * `Förbundsdirektör` / `B` / `Kommunikationschef`). `s` opens a name's line in the run.
 */
export function titlesAboveNames(s: number, ctx: AppositionContext): boolean {
  let known = runDirections.get(ctx);
  if (!known) runDirections.set(ctx, (known = new Map()));
  // Up the run, a title then a name, to its first line or a name whose answer is known: every name on the way shares it.
  const chain: number[] = [];
  let above: boolean | undefined;
  while (above === undefined) {
    chain.push(s);
    const title = previousLine(s, ctx.tokens);
    if (title < 0 || !isTitleLine(title, ctx)) above = false;
    else {
      const name = previousLine(title, ctx.tokens);
      if (name < 0 || !isNameLine(name, ctx)) above = true;
      else above = known.get(name) ?? ((s = name), undefined);
    }
  }
  for (const name of chain) known.set(name, above);
  return above;
}

/** Whether the titles of each run of title and name lines stand above their names, by a name line's first token. */
const runDirections = new WeakMap<AppositionContext, Map<number, boolean>>();

/** Prepositions that end no title's words before a name (`kommundirektör i Eckerö efter X`). */
const NO_TITLE_END = new Set(["efter", "under", "enligt", "genom", "mellan", "inför", "kring", "trots", "sedan", "bakom", "utan", "via"]);

/**
 * What separates the entries of a run of people: commas, agenda items (`, § 12,`) and the items one attended (`X
 * 17-28, områdeschef Y`, one token). Not `och`: a title after it is the next name's (`X och kommundirektör Y`), as an
 * apposition never opens with `och`.
 */
const RUN_SEPARATOR = /^(?:,|§|§§|-|–|\d+(?:[-–]\d+)?)$/;

/**
 * Per document, each name of a run's verdict (see `runTitle`): whether the title before it is its own, and the
 * organisation the run stood for (`… som företräddes av`).
 */
const runVerdicts = new WeakMap<AppositionContext, Map<Mention, { owned: boolean; unit?: Target }>>();

/** A title written right before a name, and the person right before that title in a run (`A, title B`). */
interface TitleBefore {
  claim: RoleClaim;
  /** The title's first token. */
  from: number;
  /** A unit named before the title and a comma. */
  unit?: Target;
  previous?: Mention;
}

/**
 * Whether tokens `from` to `to` are a unit written right after a title with no preposition, as a run's entries name
 * it (`enhetschef hemtjänst X`, `tf. avdelningschef vård- och stödavdelning X`, `rektor Björkskolan X`): at most four
 * tokens of one line, words with no digits, `och` only after a first part's hyphen, not ending in a word of the clause
 * (`ordförande blev X`).
 */
function isBareUnit(from: number, to: number, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  if (to - from < 1 || to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // `vård- och stöd…`: a hyphen closes a first part, and `och` joins it to the last.
    const joint =
      t.text === "-" ? k > from && t.start === tokens[k - 1].end && tokens[k + 1]?.text === "och" : t.text === "och" ? tokens[k - 1].text === "-" : t.word;
    if (t.nl || /\d/.test(t.text) || !joint) return false;
  }
  const last = tokens[to - 1];
  return last.word && (last.cap || !(last.text.length < 4 || FILLER.has(last.text) || ELECTED.has(last.text) || NO_TITLE_END.has(last.text)));
}

/** Whether token `k` opens a sentence: the text's or a line's first word, or the first after `.`, `!` or `?`. */
function opensSentence(k: number, tokens: readonly Token[]): boolean {
  return k === 0 || tokens[k].nl || /^[.!?]$/.test(tokens[k - 1].text);
}

/** A title written in the indefinite plural of its role (`ledamöter`, `styrelseledamöter`, `tjänstemän`, `chefer`). */
function isIndefinitePlural(written: string, role: string): boolean {
  if (written === role) return false;
  const plurals = [`${role}er`, `${role}ar`, role.replace(/man$/, "män"), role.replace(/ot$/, "öter"), role.replace(/person$/, "personer")];
  return plurals.some((p) => p !== role && written.endsWith(p));
}

/**
 * The title written on the name's line right before it: a lexicon role or a word with a title's ending (`enhetschef
 * Anna Berg`), with its adjectives (`biträdande`), what it is held in after a preposition (`förvaltningschef för Intern
 * Service Anna Berg`, `ordförande i utbildningsnämnden Anna Berg`) and a unit before it and a comma
 * (`Socialförvaltningen, enhetschef Anna Berg`).
 */
function titleBefore(person: Mention, ctx: AppositionContext): TitleBefore | undefined {
  const { tokens, gazetteerAt, personAt, text } = ctx;
  if (tokens[person.from]?.nl) return undefined;
  // Where the title ends: right before the name, or before its comma in prose (`nuvarande kommunchef, X, slutar`), or
  // before the words that tell its holder is leaving it (`ordförande för regionstyrelsen efter avgående X`).
  const outgoing = tokens[person.from - 1]?.text === "avgående" && tokens[person.from - 2]?.text === "efter" && !tokens[person.from - 2].nl;
  const at = commaBeforeName(person, ctx) ? person.from - 1 : outgoing ? person.from - 2 : person.from;
  // The role: the last one within five words before the name, on its line, with only its qualifier after it.
  let from = -1;
  let to = -1;
  let normalised = "";
  let definite: string | undefined;
  let bySuffix = false;
  // `vd:n X`, `3:e vice ordförande X`: a lexicon role right before the name may hold punctuation.
  for (let j = person.from - 1; j >= 0 && person.from - j <= 6 && from < 0; j--) {
    const g = gazetteerAt.get(j);
    if (g?.kind === "role" && g.to === at) {
      from = j;
      to = g.to;
      normalised = g.id;
    }
  }
  // An English title's field may take more words (`Minister for Foreign Affairs and Nordic Cooperation X`).
  const reach = ctx.english ? 8 : 6;
  for (let j = person.from - 1; j >= 0 && person.from - j <= reach && from < 0; j--) {
    const t = tokens[j];
    const g = gazetteerAt.get(j);
    if (g?.kind === "role" && g.to <= person.from) {
      from = j;
      to = g.to;
      normalised = g.id;
    } else if (personAt.has(j) || (!t.word && t.text !== "-" && !(t.text === "." && NAME_ABBREVIATIONS.has(tokens[j - 1]?.text ?? "")))) break;
    else if (!g && roleBySuffix(t, ctx.roleSuffixes, true)) {
      from = j;
      to = j + 1;
      normalised = t.text.toLowerCase();
      bySuffix = true;
    }
    // `säger förbundsordföranden X`: a title in the definite form, right before the name; capitalised only as a
    // sentence's first word (`Kommundirektören X sa att …`), where the upper case says nothing of a proper name.
    else if (!g && j === person.from - 1 && (definite = definiteRoleBySuffix(t, ctx.roleSuffixes, opensSentence(j, tokens)))) {
      from = j;
      to = j + 1;
      normalised = definite;
    }
    if (from >= 0 || t.nl) break;
  }
  if (from < 0 || (at < person.from && to !== at && !outgoing)) return undefined;
  // `… Siv Ek (S) Ledamöter Bo Ask (M)`: a title in the indefinite plural is a list's heading (a notice flattened),
  // no one person's.
  if (!bySuffix && isIndefinitePlural(text.slice(tokens[from].start, tokens[to - 1].end).toLowerCase(), normalised)) return undefined;
  return titleBeforeAt(person, ctx, at, from, to, normalised, bySuffix);
}

/**
 * titleBefore's claim for the role found at tokens `from` to `to` (its lexicon id or, `bySuffix`, its ending's), the
 * title ending at token `at`. (Most names have no title before them: what follows, in a function of its own, leaves
 * titleBefore small enough to optimise cheaply.)
 */
function titleBeforeAt(
  person: Mention,
  ctx: AppositionContext,
  at: number,
  from: number,
  to: number,
  normalised: string,
  bySuffix: boolean,
): TitleBefore | undefined {
  const { tokens, gazetteerAt, text } = ctx;
  let bareUnit = false;
  let target: Target | undefined;
  // `kommunalråd Nacka X`, `regionråd Skåne X`: where an office is held, named with no preposition (not a seat: in
  // `ledamot A (S) ersättare Borås B` the place heads the next entries of a list).
  const place = to < at && /råd$/.test(normalised) && !ORG_PREP_OR_IN.has(tokens[to].text) ? gazetteerAt.get(to) : undefined;
  const region = to < at && !place ? regionAfterTitle(text.slice(tokens[from].start, tokens[to - 1].end).toLowerCase(), to, ctx) : undefined;
  // `journalisten och debattören X`: a title joined by `och` to a second one the lexicon lacks, in the same definite
  // form right before the name; both are the name's. In English, a title's field goes on in title case after `and`
  // (`Minister for Culture and Democracy X`).
  const joinedTitle =
    (to + 2 === person.from && tokens[to].text === "och" && DEFINITE_NOUN.test(tokens[to - 1].text) && isDefiniteNoun(person.from - 1, ctx)) ||
    (!!ctx.english && tokens[to]?.text === "and" && person.from - to <= 3 && tokens.slice(to + 1, person.from).every((x) => x.cap && x.word && !x.nl));
  // `vd Knivstabostäder X`, `vd för Vallbybostäder X`: a chief executive's company, with a preposition or none.
  const company = to < at && CHIEF_EXECUTIVE.test(normalised) ? companyBefore(to, at, ctx) : undefined;
  if (region?.to === at) target = region.target;
  else if (place?.to === at && !place.genitive && (place.kind === "municipality" || place.kind === "organisation"))
    target = { kind: place.kind, id: place.id, label: place.label, start: place.start, end: place.end };
  else if (company) target = company;
  else if (to < at && !joinedTitle && !(ORG_PREP_OR_IN.has(tokens[to].text) || (tokens[to].text === "av" && normalised === "ledamot"))) {
    // `enhetschef hemtjänst X`, `rektor Björkskolan X`: a unit with no preposition is written as part of the title, as
    // after a name's comma; read only as a run's entry (checked below, once the name before it is known).
    if (!isBareUnit(to, at, ctx)) return undefined;
    bareUnit = true;
  } else if (to < at && !joinedTitle) {
    // `för Intern Service`, `i utbildningsnämnden`: a preposition and at most four words of the title's line.
    // A member is one `av` a body too (`ledamoten av landstingsfullmäktige X`).
    const prep = tokens[to].text;
    if (at - to < 2 || at - to > 5) return undefined;
    // Words of one name (not `chef för X och Y`, where the title's name ends before `och`), ending in a noun or a name
    // (not `statsråd i regeringen av X`).
    for (let k = to + 1; k < at; k++) if (tokens[k].nl || COORD.has(tokens[k].text)) return undefined;
    const last = tokens[at - 1];
    // Not `suppleant i styrelsen utsågs X`: an election's clause (read by extract-document's `electedTo`) is no title.
    // Nor `kommundirektör i Eckerö efter X`: a preposition opens what is said of the name, it ends no title.
    if (!last.cap && (last.text.length < 4 || FILLER.has(last.text) || ELECTED.has(last.text) || NO_TITLE_END.has(last.text))) return undefined;
    const g = gazetteerAt.get(to + 1);
    const county = !g ? countyAfterOffice(normalised, to + 1, ctx) : undefined;
    if (g && g.to === at && (g.kind === "municipality" || g.kind === "organisation"))
      target = { kind: g.kind, id: g.id, label: g.label, start: g.start, end: g.end };
    else if (county?.to === at) target = county.target;
    else if (BODY.test(last.text.toLowerCase())) {
      const body = readBody(at - 1, ctx);
      if (body && body.target.start === tokens[to + 1].start && body.to === at) target = body.target;
    } else if (!g && prep === "för" && tokens[to + 1].cap) {
      // `förvaltningschef för Norrby Service X`: a unit the lexicon lacks, its capitalised name up to the person's.
      const unit = readOrganisationName(to + 1, ctx);
      if (unit?.to === at) target = unit.target;
    }
  }
  // `vice stadsbyggnadsdirektör X`: a deputy's title known by its ending is the deputy's, as the lexicon's are.
  if (bySuffix && from > 0 && !tokens[from].nl && /^[Vv]ice$/.test(tokens[from - 1].text)) {
    from--;
    normalised = `vice ${normalised}`;
  }
  // `socialnämndsordförande X`, `vice valberedningsordförande X`: a chair's title naming its body is the seat in it.
  const chaired = bySuffix && !target ? chairedBody(normalised) : undefined;
  if (chaired) {
    normalised = chaired.seat;
    target = { kind: "organisation", id: chaired.body, label: chaired.body, start: tokens[to - 1].start, end: tokens[to - 1].end, isNew: true };
  }
  // `social- och skolchef X`: a first part joined to the title by `- och` is written with it.
  if (bySuffix && !tokens[from].nl) from = joinedStart(tokens, from);
  // The adjectives before it belong to the title (`biträdande`, `tf`); `tidigare`, `fd` say it is no longer held.
  while (from > 0 && !tokens[from].nl) {
    const acting = isTitleAdjective(from - 1, ctx) ? from - 1 : actingFrom(tokens, from);
    if (acting === from) break;
    from = acting;
  }
  const written = text.slice(tokens[from].start, tokens[at - 1].end).toLowerCase();
  // `Länsstyrelsens rättschef X`, `Nackas stadsjurist X`: a title known by its ending, after the genitive of an
  // organisation or a municipality, is held there (a lexicon title's owner is read with it in extract-document).
  const owner = bySuffix && !target && to === at && !tokens[from].nl ? genitiveBefore(from, ctx) : undefined;
  if (owner && !insidePersonName(owner.from, ctx.personAt) && (owner.kind === "municipality" || owner.kind === "organisation")) {
    target = { kind: owner.kind, id: owner.id, label: owner.label, start: owner.start, end: owner.end };
    from = owner.from;
  }
  // `Förbundsdirektionens nuvarande ordförande X`: a body named in the genitive before the title is where it is held.
  // (Past `nya`, `nuvarande`: `Kulturnämndens nya ordförande X`.)
  const qualified = from > 1 && !tokens[from].nl && NEW_ADJECTIVE.test(tokens[from - 1].text.toLowerCase()) && !tokens[from - 1].nl ? 1 : 0;
  // A municipality's own board only past an adjective (`regionstyrelsens nya ordförande X`): without one, 05-reported
  // reads `Kommunfullmäktiges vice ordförande X` as the chair of the sitting the text tells.
  const body = !target && from > qualified && !tokens[from].nl ? bodyInGenitive(from - 1 - qualified, ctx, qualified > 0) : undefined;
  if (body) {
    target = body;
    from = joinedStart(tokens, from - 1 - qualified);
  }
  const formerFrom = formerBefore(tokens, from);
  const former = formerFrom >= 0;
  if (former) from = formerFrom;
  // A unit named before the title and a comma (`Socialförvaltningen, enhetschef X`) is where it is held.
  let unit: { target: Target; from: number } | undefined;
  const comma = from - 1;
  if (comma > 0 && tokens[comma].text === "," && !tokens[from].nl && !tokens[comma].nl) {
    const g = mentionEndingAt(gazetteerAt, comma);
    // Not right after another title (`A, 2:e vice ordförande SKR, bostadsminister B`: SKR is A's), nor a minister's.
    const afterTitle = (at: number) => [1, 2, 3, 4, 5, 6].some((n) => gazetteerAt.get(at - n)?.kind === "role" && gazetteerAt.get(at - n)!.to === at);
    // Nor the end of a name (`Tomas Berg, landshövdingen X` is no governor of Berg).
    if (
      g &&
      (g.kind === "municipality" || g.kind === "organisation") &&
      !afterTitle(g.from) &&
      !isMinister(normalised, ctx.lexicon) &&
      !insidePersonName(g.from, ctx.personAt)
    )
      unit = { target: { kind: g.kind, id: g.id, label: g.label, start: g.start, end: g.end }, from: g.from };
    // A body the lexicon lacks is a named unit when capitalised (`Kulturförvaltningen`), not a noun of the sentence.
    else if (!g && tokens[comma - 1].cap && BODY.test(tokens[comma - 1].text.toLowerCase())) {
      const body = readBody(comma - 1, ctx);
      let first = comma - 1;
      while (first > 0 && tokens[first - 1].start >= (body?.target.start ?? Infinity)) first--;
      if (body?.to === comma) unit = { target: body.target, from: first };
    }
  }
  const end = tokens[at - 1].end;
  const claim: RoleClaim = { role: written, normalised, target, former, elected: false, start: tokens[from].start, end };
  const previous = personBefore(unit?.from ?? from, ctx);
  if (bareUnit && !previous) return undefined;
  // `A (S), Ekerö kommun, vice ordförande B`: a municipality right after an entry is that member's, no unit of B's title.
  if (unit?.target.kind === "municipality" && previous) return { claim, from, unit: undefined, previous };
  return { claim, from, unit: unit?.target, previous };
}

/** A verb saying who stood for an organisation (`som företräddes av`). */
const REPRESENTED = /^(?:företräddes|representerades)$/;
/** Words inside an organisation's description that open none (`… kliniken vid Bystads lasarett`). */
const IN_DESCRIPTION = new Set(["vid", "i", "på", "inom", "för", "och"]);

/**
 * `… till Rehabenheten, Norrby vårdcentral vid Bystads lasarett som företräddes av enhetschef A, sjukgymnast B`: the
 * organisation a run opening at token `from` stood for, the first name of the phrase before `som` (after the clause's
 * word that opens it, not a preposition of its description).
 */
function representedUnit(from: number, ctx: AppositionContext): Target | undefined {
  const { tokens, gazetteerAt } = ctx;
  if (tokens[from - 1]?.text !== "av" || !REPRESENTED.test(tokens[from - 2]?.text ?? "") || tokens[from - 3]?.text !== "som") return undefined;
  for (let k = from - 4; k > 0 && from - k < 16 && !tokens[k].nl && !/^[.!?;:]$/.test(tokens[k].text); k--) {
    const before = tokens[k - 1];
    if (!tokens[k].cap || !tokens[k].word || !before.word || before.cap || IN_DESCRIPTION.has(before.text)) continue;
    const g = gazetteerAt.get(k);
    if (g?.kind === "organisation") return { kind: g.kind, id: g.id, label: g.label, start: g.start, end: g.end };
    return g ? undefined : readOrganisationName(k, ctx)?.target;
  }
  return undefined;
}

/** A prize's noun as the subject that received it (`Priset mottogs av`, `Stipendiet togs emot av`). */
const PRIZE = /^\p{L}*(?:priset|stipendiet|diplomet)$|^utmärkelsen$/iu;
/** A body's verb of what it is made up of, before `av` and a run of names (`består av`, `utgörs av`). */
const CONSISTS = /^(?:består|bestod|utgörs|utgjordes)$/;
/** Words of a run of names with titles after them (`X ordförande, Y, enhetschef och logoped samt Z`). */
const RUN_WORD = /^(?:,|och|samt|\(|\))$/;

/**
 * The organisation a run of names with their titles after them stood for (`<Org> som företräddes av X, enhetschef
 * samt Y, projektledare`), or received a prize for (`… till <Org>. Priset mottogs av X ordförande, Y konsulent`):
 * back from the name over the run's names, lower-case words and joiners (bounded, within one sentence) to `av`.
 */
function runOrganisation(person: Mention, ctx: AppositionContext): Target | undefined {
  const { tokens, gazetteerAt, personAt } = ctx;
  let k = person.from - 1;
  while (k > 0 && person.from - k < 40 && tokens[k].text !== "av") {
    const t = tokens[k];
    const p = personAround(k, personAt);
    if (p) k = p.from - 1;
    else if (t.nl || !(RUN_WORD.test(t.text) || (t.word && !t.cap) || gazetteerAt.get(k)?.kind === "role")) return undefined;
    else k--;
  }
  if (tokens[k]?.text !== "av" || tokens[k].nl) return undefined;
  // `Kulturnämnden består av A (ordförande), B (kassör), C och D`: the body the run makes up holds each office written in
  // parentheses in it (not a workplace's title, `A, förvaltningschef Vallby kommun`; a bare `Styrelsen` names no body
  // readBody takes).
  const consists = k > 1 && CONSISTS.test(tokens[k - 1].text) && !tokens[k - 1].nl && tokens[person.to]?.text === "(";
  if (consists && BODY.test(tokens[k - 2].text.toLowerCase())) {
    const body = readBody(k - 2, ctx);
    if (body?.to === k - 1) return body.target;
  }
  const represented = representedUnit(k + 1, ctx);
  if (represented) return represented;
  // `… till <Org>. Priset mottogs av`, `Priset togs emot av`: the prize's sentence names who received it.
  const verb = tokens[k - 1]?.text === "emot" && tokens[k - 2]?.text === "togs" ? k - 2 : tokens[k - 1]?.text === "mottogs" ? k - 1 : -1;
  const dot = verb - 2;
  if (verb < 0 || !PRIZE.test(tokens[verb - 1]?.text ?? "") || tokens[dot]?.text !== ".") return undefined;
  for (let j = dot - 1; j > 0 && dot - j <= 8 && !tokens[j].nl; j--) {
    if (tokens[j - 1].text !== "till") continue;
    const g = gazetteerAt.get(j);
    if (g?.kind === "organisation" && g.to === dot) return { kind: g.kind, id: g.id, label: g.label, start: g.start, end: g.end };
    const unit = !g && tokens[j].cap ? readOrganisationName(j, ctx) : undefined;
    if (unit?.to === dot) return unit.target;
  }
  return undefined;
}

/**
 * `nuvarande kommunchef, X, slutar`, `avslutar bildningsnämndens ordförande, X (L).`: in prose, a title the lexicon
 * knows, after a word of its clause (not a list's comma or a name), and a comma before a name that the sentence's end,
 * or its own comma and the clause's next word, closes (past its party), is the name's, as an apposition before it. A
 * list's title after its name (`A, ordförande, B, sekreterare`) has a name or a comma before it.
 */
function commaBeforeName(person: Mention, ctx: AppositionContext): boolean {
  const { tokens, gazetteerAt } = ctx;
  const comma = person.from - 1;
  // Swedish prose only: English writes its own (`to the Mayor, X, head of planning`).
  if (ctx.english || tokens[comma]?.text !== "," || tokens[comma].nl || tokens[person.from].nl) return false;
  let title: Mention | undefined;
  for (let j = comma - 1; j >= 0 && comma - j <= 4 && !title; j--) {
    const g = gazetteerAt.get(j);
    if (g?.kind === "role" && g.to === comma) title = g;
  }
  const before = title && tokens[title.from - 1];
  if (!title || !before?.word || before.cap || tokens[title.from].nl || ctx.personAt.has(title.from - 1) || insidePersonName(title.from - 1, ctx.personAt))
    return false;
  // `A som tf. kommundirektör, X, tf. ekonomichef`: a title after a name's `som` is that name's, a list's entry.
  if (before.text === "som" && personBefore(title.from - 1, ctx)) return false;
  let k = person.to;
  if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")" && !tokens[k + 2].nl) k += 3;
  if (k >= tokens.length || tokens[k].nl || /^[.!?]$/.test(tokens[k].text)) return true;
  // Its own comma, with the clause going on after it (not a list's next entry: `båda förtroendevalda, A, (S) X samt B`).
  const next = tokens[k + 1];
  return tokens[k].text === "," && !!next?.word && !next.cap && !next.nl;
}

/** Whether token `k` is inside a person's name (`Stina Lunds`: no genitive of Lund). */
export function insidePersonName(k: number, personAt: Map<number, Mention>): boolean {
  return !!personAround(k, personAt);
}

/** The person whose name holds token `k`, starting at most three tokens before it. */
function personAround(k: number, personAt: Map<number, Mention>): Mention | undefined {
  for (let n = 0; n < 4 && n <= k; n++) {
    const p = personAt.get(k - n);
    if (p && p.to > k) return p;
  }
  return undefined;
}

/**
 * The nearest mention starting one to four tokens before token `end` that ends right there. One shared loop: it
 * allocates nothing, and its one site meets every shape of mention early (a `find` callback in each caller met new ones
 * late and deoptimised `titleBefore` and `readRunTitle`).
 */
function mentionEndingAt(mentions: ReadonlyMap<number, Mention>, end: number): Mention | undefined {
  for (let n = 1; n <= 4; n++) {
    const m = mentions.get(end - n);
    if (m?.to === end) return m;
  }
  return undefined;
}

/**
 * `Länsstyrelsens rättschef`, `Nackas nya stadsjurist`: the mention in the genitive, among the four tokens before the
 * title at token `from`, that ends right before it or before the adjective of a new holder.
 */
function genitiveBefore(from: number, ctx: AppositionContext): Mention | undefined {
  const { tokens, gazetteerAt } = ctx;
  for (let n = 1; n <= 4; n++) {
    const m = gazetteerAt.get(from - n);
    if (m && (m.to === from || (m.to === from - 1 && NEW_ADJECTIVE.test(tokens[from - 1].text))) && m.genitive) return m;
  }
  return undefined;
}

/** The person whose entry ends right before token `at` in a run (over `,`, `(S)`, `§ 12`), if any. */
function personBefore(at: number, ctx: AppositionContext): Mention | undefined {
  const { tokens, personAt } = ctx;
  let k = at - 1;
  // `Stefan Lunds tidigare statssekreterare X`: a name in the genitive right before the title owns it, it is no entry.
  if (tokens[k]?.text.endsWith("s") && tokens[k].word && !tokens[at].nl) return undefined;
  while (k >= 0 && at - k < 12 && !tokens[k + 1].nl) {
    const t = tokens[k];
    if (t.text === ")" && tokens[k - 2]?.text === "(") k -= 3;
    else if (RUN_SEPARATOR.test(t.text)) k--;
    else break;
  }
  if (k < 0) return undefined;
  // A name ends here when a person mention starts at most five words back and reaches to here.
  for (let q = k; q >= 0 && k - q < 5; q--) {
    const p = personAt.get(q);
    if (p) return p.to === k + 1 ? p : undefined;
    if (!tokens[q].word) return undefined;
  }
  return undefined;
}

/** Each name's `runTitle`, per document: `readClause` reads the next name's before extract-document asks for it. */
const runTitles = new WeakMap<AppositionContext, Map<Mention, RoleClaim | undefined>>();

/**
 * The title a person holds by a run's layout: the title written right before the name (`kommundirektör Anna Berg`,
 * `vd Per Holm`, `förvaltningschef för Intern Service Anna Berg`, `Socialförvaltningen, enhetschef Anna Berg`).
 * In a run of names and titles, `A, title B, title C` puts the titles after their names (`B` holds none of them)
 * unless the run opens with a title (`title A, title B`): the chain of titles back to the run's first name decides.
 * Walked as a loop (a long run would overflow the stack of a recursive reading), each name's verdict kept per document.
 */
export function runTitle(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  let titles = runTitles.get(ctx);
  if (!titles) runTitles.set(ctx, (titles = new Map()));
  if (titles.has(person)) return titles.get(person);
  const title = readRunTitle(person, ctx);
  titles.set(person, title);
  return title;
}

/** What `runTitle` reads for a name, before it is kept. */
function readRunTitle(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  const own = titleBefore(person, ctx);
  if (!own) return pluralTitle(person, ctx);
  // `Ersättarna är A, B och C`: the plural seat is the first name's in the singular, as it is the others'.
  const seat = COPULA.has(ctx.tokens[person.from - 1]?.text ?? "") ? seatLabelBefore(person, ctx) : undefined;
  if (seat) return seat;
  let verdicts = runVerdicts.get(ctx);
  if (!verdicts) runVerdicts.set(ctx, (verdicts = new Map()));
  // Back along the run to its first name, or to a name whose verdict is known: every name on the way shares it.
  const chain = [person];
  let title: TitleBefore | undefined = own;
  let owned: boolean | undefined;
  let unit: Target | undefined;
  while (owned === undefined) {
    // The run's first name has no title of its own before it: the run opens with one only as `title är A`, or as a
    // title two names share (`justerare A och B, ersättare C`).
    // Or after a title the lexicon lacks, in the definite form (`författaren och historikern A, statssekreterare B`).
    if (!title) {
      const first = chain[chain.length - 1];
      owned = !!titleThenCopula(first, ctx) || sharesTitleBefore(first, ctx) || joinsTitledName(person, ctx) || isDefiniteNoun(first.from - 1, ctx);
    } else if (!title.previous) {
      owned = true;
      // The run's organisation, said before it (`som företräddes av`), or that of the titled name `och` joins it to.
      const och = title.from - 1;
      const joined = och >= 0 && ctx.tokens[och].text === "och" ? mentionEndingAt(ctx.personAt, och) : undefined;
      unit = representedUnit(title.from, ctx) ?? (joined && (runTitle(joined, ctx), verdicts.get(joined)?.unit));
    } else {
      const known = verdicts.get(title.previous);
      if (known) ({ owned, unit } = known);
      else {
        chain.push(title.previous);
        title = titleBefore(title.previous, ctx);
      }
    }
  }
  for (const p of chain) verdicts.set(p, { owned, unit });
  if (!owned) return undefined;
  if (own.unit) return { ...own.claim, target: own.claim.target ?? own.unit, start: own.unit.start };
  const held = own.claim.target ? undefined : (unit ?? pageCountyBoard(own.claim, ctx));
  return held ? { ...own.claim, target: held } : own.claim;
}

/** What joins the entries of a list after a plural title: commas, `och`, `samt`. */
const LIST_JOINER = /^(?:,|och|samt|&)$/;
/** The plural title each listed name holds (null: none), per document (see `pluralTitle`). */
const pluralTitles = new WeakMap<AppositionContext, Map<Mention, RoleClaim | null>>();
/** A title written in the plural: definite (`kommunalråden`, `ledamöterna`, `ordförandena`) or `ledamöter`. */
const PLURAL_TITLE = /(?:na|råden|öter)$/;

/**
 * A title written in the plural before a list of names is each name's (`kommunalråden A, B och C`, `de tre
 * regionråden A (S), B (M) och C (C)`): back along the list, over commas, `och` and parties, to its first name,
 * whose title it is. A name with a title of its own ends the list (`kommunalråden A, B och kommunchef C`).
 */
function pluralTitle(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  let known = pluralTitles.get(ctx);
  if (!known) pluralTitles.set(ctx, (known = new Map()));
  // Back along the list, to a name whose verdict is known or whose title decides; every name on the way shares it.
  const chain: Mention[] = [];
  let title: RoleClaim | null | undefined;
  for (let p: Mention | undefined = person; title === undefined;) {
    chain.push(p);
    const previous = previousEntry(p, ctx);
    if (!previous || chain.length > 12) title = (!previous && seatLabelBefore(p, ctx)) || null;
    else if ((title = known.get(previous)) === undefined) {
      const own = titleBefore(previous, ctx);
      if (own) {
        // The title's noun: its last word, or the word before what it is held in (`ordförandena i nämnderna`).
        const words = own.claim.role!.split(" ");
        const held = words.findIndex((w, i) => i > 0 && ORG_PREP_OR_IN.has(w));
        title = PLURAL_TITLE.test(words[held > 0 ? held - 1 : words.length - 1]) && !own.previous ? own.claim : null;
      } else p = previous;
    }
  }
  for (const p of chain) known.set(p, title);
  return title ?? undefined;
}

/** A seat in the plural (`Ledamöter`, `Övriga ledamöter`, `ersättarna`), as a heading or a list's label writes it. */
const PLURAL_SEAT = /^(?:(?:övriga|ordinarie|nya|nyvalda)\s+)?(ledamöter(?:na)?|ersättar(?:e|na)|suppleanter(?:na)?)$/i;
const SEAT_BY_INITIAL: Record<string, string> = { l: "ledamot", e: "ersättare", s: "suppleant" };

/** The seat, in the singular, of a seat written in the plural (`Övriga ledamöter` → `ledamot`); undefined for any other words. */
export function seatOfPlural(words: string): string | undefined {
  const m = PLURAL_SEAT.exec(words);
  return m ? SEAT_BY_INITIAL[m[1][0].toLowerCase()] : undefined;
}

/**
 * `Ersättare: A (S), B (M) och C (KD)`: a seat in the plural and a colon right before a list's first name is each
 * name's. So is one opening a sentence before a copula (`De ordinarie ledamöterna är A, B och C.`), in the singular
 * (`ordinarie ledamot`) and held in the body its sentence or the one before names (`i utskottet`).
 */
function seatLabelBefore(person: Mention, ctx: AppositionContext): RoleClaim | undefined {
  const { tokens, text } = ctx;
  const colon = person.from - 1;
  const copula = COPULA.has(tokens[colon]?.text ?? "");
  if ((tokens[colon]?.text !== ":" && !copula) || tokens[person.from].nl || tokens[colon].nl) return undefined;
  for (const words of [2, 1]) {
    const from = colon - words;
    if (from < 0 || tokens.slice(from + 1, colon + 1).some((t) => t.nl)) continue;
    const written = text.slice(tokens[from].start, tokens[colon - 1].end);
    const seat = seatOfPlural(written);
    if (seat && copula) {
      const opener = tokens[from - 1]?.text === "De" && !tokens[from].nl ? from - 1 : from;
      if (opener > 0 && !tokens[opener].nl && !/^[.!?]$/.test(tokens[opener - 1].text)) return undefined;
      const ordinary = /^ordinarie\s/i.test(written) ? "ordinarie " : "";
      return {
        role: ordinary + seat,
        normalised: seat,
        former: false,
        elected: false,
        start: tokens[from].start,
        end: tokens[colon - 1].end,
        target: seatsBody(opener, ctx),
      };
    }
    // `Justerare: A Ersättare: B`: the adjuster's reserve, no substitute's seat in a body.
    const lineStart = text.lastIndexOf("\n", tokens[from].start) + 1;
    if (seat && ADJUSTER_BEFORE.test(text.slice(lineStart, tokens[from].start))) return undefined;
    if (seat)
      return {
        role: written.toLowerCase(),
        normalised: seat,
        former: false,
        elected: false,
        start: tokens[from].start,
        end: tokens[colon - 1].end,
      };
  }
  return undefined;
}

/** The list's entry right before the person's, across commas, `och` and a party in parentheses, on the line. */
function previousEntry(person: Mention, ctx: AppositionContext): Mention | undefined {
  const { tokens, personAt } = ctx;
  let k = person.from - 1;
  let joined = false;
  while (k >= 0 && !tokens[k + 1].nl) {
    if (LIST_JOINER.test(tokens[k].text)) {
      joined = true;
      k--;
    } else if (tokens[k].text === ")" && tokens[k - 2]?.text === "(" && !tokens[k - 2].nl) k -= 3;
    else break;
  }
  if (!joined || k < 0 || tokens[k + 1].nl) return undefined;
  for (let q = k; q >= 0 && k - q < 5; q--) {
    const previous = personAt.get(q);
    if (previous) return previous.to === k + 1 ? previous : undefined;
    if (!tokens[q].word) return undefined;
  }
  return undefined;
}

/**
 * The body a sentence opening at token `s` seats its list in: one after `i` in one of the two sentences before (`… ska
 * finnas med i utskottet. De ordinarie ledamöterna är … Ersättarna är …`); a bare kind (`utskottet`) is the one of that kind the text named before
 * (`ett barn- och utbildningsutskott` → `Barn- och utbildningsutskottet`).
 */
function seatsBody(s: number, ctx: AppositionContext): Target | undefined {
  const { tokens } = ctx;
  let ends = 0;
  for (let k = s - 1; k > 0 && s - k < 80; k--) {
    if (/^[.!?]$/.test(tokens[k].text) && ++ends > 2) break;
    if (tokens[k - 1].text !== "i" || !tokens[k].word || !BODY.test(tokens[k].text.toLowerCase())) continue;
    const body = readBody(k, ctx);
    if (body) return body.target;
    const noun = tokens[k].text.toLowerCase();
    const kind = [noun.slice(0, -2), noun.slice(0, -1)].find((n) => BODY.exec(n)?.[0] === n);
    if (!kind || !/(?:en|et|n)$/.test(noun)) return undefined;
    const namings = kindNamings(kind, noun.slice(kind.length), ctx);
    const named = namings[firstAtOrAfter(namings, tokens[k].start + 1, (m) => m.index! + m[0].length) - 1];
    if (!named) return undefined;
    const label = named[1][0].toUpperCase() + named[1].slice(1) + noun;
    return { kind: "organisation", id: label, label, start: tokens[k].start, end: tokens[k].end, isNew: true };
  }
  return undefined;
}

/** `ordförande är A`, `Ordförande i styrelsen är A`: a role, and what it is held in, then a copula right before the name. */
function titleThenCopula(person: Mention, ctx: AppositionContext): Mention | undefined {
  const { tokens, gazetteerAt } = ctx;
  const copula = person.from - 1;
  if (!COPULA.has(tokens[copula]?.text ?? "") || tokens[person.from].nl) return undefined;
  for (let j = copula - 1; j >= 0 && copula - j <= 6 && !tokens[j + 1].nl; j--) {
    const g = gazetteerAt.get(j);
    if (g) return g.kind === "role" && (g.to === copula || ORG_PREP_OR_IN.has(tokens[g.to].text)) ? g : undefined;
  }
  return undefined;
}

/** A noun in the definite form (`historikern`, `författaren`, `debattören`), as prose writes a title right before a name. */
const DEFINITE_NOUN = /^\p{Ll}{4,}(?:en|rn)$/u;

/** Prepositions before a noun of a time or place (`under eftermiddagen`, `på scenen`), which is no title. */
const BEFORE_TIME_OR_PLACE = new Set(["under", "på", "i", "efter", "före", "vid", "inför", "sedan"]);

/**
 * Whether token `k` is a noun in the definite form on the line of the name after it: no body (`styrelsen`), nor a
 * time or place after its preposition (`under eftermiddagen A`).
 */
function isDefiniteNoun(k: number, ctx: AppositionContext): boolean {
  const t = ctx.tokens[k];
  if (!t?.word || ctx.tokens[k + 1]?.nl || !DEFINITE_NOUN.test(t.text) || BODY.test(t.text) || ctx.gazetteerAt.has(k)) return false;
  return !BEFORE_TIME_OR_PLACE.has(ctx.tokens[k - 1]?.text.toLowerCase() ?? "");
}

/** Whether a name is joined by `och` to the name before it, which has a title of its own before it (`justerare A och B`). */
function sharesTitleBefore(person: Mention, ctx: AppositionContext): boolean {
  const joiner = ctx.tokens[person.from - 1]?.text;
  if (joiner !== "och" && joiner !== "samt") return false;
  const previous = previousEntry(person, ctx);
  const title = previous && titleBefore(previous, ctx);
  return !!title && !title.previous;
}

/**
 * Whether the run goes on from the name to `och` and a titled name (`A, kommundirektör B och ekonom C`): `B och
 * ekonom` cannot be B's apposition, so the run's titles stand before their names, whatever its first name lacks.
 */
function joinsTitledName(person: Mention, ctx: AppositionContext): boolean {
  const { tokens, personAt } = ctx;
  for (let p = person, steps = 0; steps < 12; steps++) {
    let k = p.to;
    if (tokens[k]?.text === "(" && tokens[k + 2]?.text === ")") k += 3;
    const joiner = tokens[k]?.text;
    const joined = joiner === "och" || joiner === "samt";
    if ((!joined && joiner !== ",") || tokens[k].nl) return false;
    let q = k + 1;
    while (q < tokens.length && q - k <= 8 && !tokens[q].nl && !personAt.has(q)) q++;
    const next = personAt.get(q);
    if (!next || tokens[q].nl || titleBefore(next, ctx)?.claim.start !== tokens[k + 1].start) return false;
    if (joined) return true;
    p = next;
  }
  return false;
}

/** Whether the words from token `j` on, within the clause, end in an election verb or a copula right before a name (`valdes Y`, `är Y`). */
function electsNext(j: number, ctx: AppositionContext): boolean {
  const { tokens, personAt } = ctx;
  for (let k = j; k < tokens.length && k - j < 6 && tokens[k].word && !tokens[k].nl && !personAt.has(k); k++) {
    // `X blir förste vice ordförande och andre vice ordförande blir Y`, `X valdes till kommunalråd och till
    // oppositionsråd valdes Y`: the verb hands Y the title after `och` (`och till`), not X's.
    if (tokens[k].text === "och" && ctx.gazetteerAt.get(k + (tokens[k + 1]?.text === "till" ? 2 : 1))?.kind === "role") return false;
    if (ELECTED.has(tokens[k].text.toLowerCase()) || COPULA.has(tokens[k].text)) {
      // `och avdelningschef är kommunikationsdirektör Y`: the copula may hand the role to a name with a title of its own.
      const title = ctx.gazetteerAt.get(k + 1);
      const next = tokens[k + 1]?.nl ? k + 1 : title?.kind === "role" ? title.to : !title && roleBySuffix(tokens[k + 1], ctx.roleSuffixes) ? k + 2 : k + 1;
      return personAt.has(next) && !tokens[next].nl;
    }
  }
  return false;
}

/**
 * A word that is a title's adjective (`politisk`, `biträdande`), on the same line as the word after it; not a time
 * (`dåvarande`, `nuvarande`) or a party (`socialdemokratisk`), which say something else of the person.
 */
function isTitleAdjective(k: number, ctx: AppositionContext): boolean {
  const t = ctx.tokens[k];
  if (!t?.word || ctx.gazetteerAt.has(k) || ctx.personAt.has(k) || ctx.tokens[k + 1]?.nl) return false;
  const lower = t.text.toLowerCase();
  if (TITLE_ADVERB.test(lower)) return isTitleAdjective(k + 1, ctx);
  return TITLE_ADJECTIVE.test(lower) && !FORMER.has(lower) && !NOT_TITLE.test(lower);
}

/** The words of a field after `professor i` (`statsvetenskap`, `socialt arbete`, `medie- och kommunikationsvetenskap`), 0 if none. */
function fieldAt(j: number, ctx: AppositionContext): number {
  const { tokens } = ctx;
  const isWord = (k: number) =>
    tokens[k]?.word && !tokens[k].cap && !tokens[k].nl && !ctx.gazetteerAt.has(k) && !FILLER.has(tokens[k].text) && !BODY.test(tokens[k].text);
  let to = j;
  while (to - j < 5) {
    if (isWord(to)) to++;
    // `medie- och kommunikationsvetenskap`: a first part joined to the last by `- och`.
    else if (to > j && tokens[to].text === "-" && tokens[to].start === tokens[to - 1].end && tokens[to + 1]?.text === "och" && isWord(to + 2)) to += 3;
    else break;
  }
  return to - j;
}

/**
 * The unit written after a staff title at token `j` in a list of people, one entry a line or each ended by a comma, a
 * `§` or the next name (`enhetschef Björkgården, § 12`, `avd.chef Livsmedel o Hälsoskydd`, `chef för projekt- och
 * verksamhetsutveckling, B`), or in prose up to a comma, the sentence's end or where the title is held
 * (`enhetschef Vård och omsorg, berättade`): capitalised words, or lower-case ones after `för`, joined by `och`, `o`,
 * `&`, a comma or a first part's dash. Words the lexicon knows, an organisation's name, a person's, or an entry that
 * goes on into a clause give none. The token after the unit, or `j`.
 */
function unitOfTitle(j: number, ctx: AppositionContext): number {
  const { tokens, personAt, gazetteerAt } = ctx;
  // A place's name joined to the next word by `&` is a word of the unit (`Miljöskydd, Mark & Vatten`).
  const free = (k: number) =>
    k < tokens.length &&
    !tokens[k].nl &&
    !personAt.has(k) &&
    (!gazetteerAt.has(k) || (gazetteerAt.get(k)!.kind === "municipality" && gazetteerAt.get(k)!.to === k + 1 && tokens[k + 1]?.text === "&"));
  const ends = (k: number) => k >= tokens.length || tokens[k].nl || tokens[k].text === "§" || personAt.has(k);
  // In prose (`enhetschef Vård och omsorg, berättade`, `… i Vallby kommun.`): a comma before the clause's next word or
  // where the title is held, the sentence's end, or a preposition before a name (an entity of the lexicon, or one it
  // lacks: `för social hållbarhet på Xbolaget`) closes the unit.
  const known = (k: number) => {
    const g = gazetteerAt.get(k);
    return !!g && !g.genitive && (g.kind === "municipality" || g.kind === "organisation") && !free(k) && !tokens[k].nl;
  };
  const closesUnit = (k: number) => {
    const [t, next] = [tokens[k], tokens[k + 1]];
    if (t.text === ",") return (!!next?.word && !next.cap && !next.nl) || known(k + 1);
    if (/^[.;)]$/.test(t.text)) return !next || next.nl || next.start > t.end;
    return ORG_PREP_OR_IN.has(t.text) && (known(k + 1) || (!!next?.cap && !next.nl));
  };
  const fieldAfterFor = tokens[j]?.text === "för";
  let k = fieldAfterFor ? j + 1 : j;
  // Not an organisation's name (`vd Norrfrakt AB`): where the title is held, no unit.
  if (!free(k) || !tokens[k].word || tokens[k].cap === fieldAfterFor || (!fieldAfterFor && readsAsOrganisation(k, ctx))) return j;
  for (let words = 0; words < 8; words++) {
    const t = tokens[k];
    if (!free(k) || !t.word || /^\d/.test(t.text)) return j;
    // `chef för miljöenheten`: a body's noun after `för` is where the title is held, no unit of it.
    if (fieldAfterFor && (BODY.test(t.text) || /kontoret$/.test(t.text))) return j;
    k++;
    if (ends(k) || (tokens[k].text === "," && ends(k + 1)) || closesUnit(k)) return k;
    const joint = tokens[k].text;
    const glued = tokens[k].start === t.end;
    if (joint === "-" && glued && tokens[k + 1]?.text === "och") k += 2;
    else if (joint === "." && glued && tokens[k + 1]?.start === tokens[k].end) k++;
    else if (joint === "&" || joint === "o" || joint === "och" || (joint === "," && tokens[k + 1]?.cap)) k++;
    // `enhetschef Björkgården tar emot priset`: a lower-case word after a capitalised one goes on into a clause.
    else if (!t.word || !tokens[k].word || (!fieldAfterFor && !tokens[k].cap)) return j;
  }
  return j;
}

/**
 * A municipality's or region's own assembly, board or office (`kommunfullmäktige`, `regionstyrelsen`,
 * `kommunalrådet`): extract-document places a title in it by the page's municipality.
 */
const MUNICIPAL_BODY = /^(?:kommun|region|landstings|stads|stats)(?:fullmäktige|styrelsen|rådet)$|(?:kommunal|region|landstings)rådet$/;
/** Of those, an office (`kommunalrådet`, `statsrådet`), no body a title is held in. */
const MUNICIPAL_OFFICE = /rådet$/;

/** The kinds of body a municipality or region has of its own (not a federation's, `förbundsstyrelsen`, `direktionen`). */
const MUNICIPALITY_KIND = /^(?!förbunds).*(?:nämnden|styrelsen|utskottet|fullmäktige|beredningen)$/;

/** The Riksdag's committees no municipality's is named as. */
const RIKSDAG_COMMITTEE = /^(?:konstitutions|finans|skatte|justitie|civil|utrikes|försvars|socialförsäkrings|närings|arbetsmarknads|jordbruks)utskottet$/;

/** An adjective that opens a body's proper name (`Svenska`, `Nordiska`, `Regionala`, `Nationella`). */
const PROPER_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ska|ala|ella)$/u;

/**
 * The body named in the genitive at token `k`, with a first part joined by `- och` (`Förbundsdirektionens`, `barn- och
 * utbildningsnämndens`), as the place of the title after it: a compound only, as `readBody` takes one (`styrelsens
 * ordförande` names no particular board); a municipality's own assembly or board only where `municipal` says so.
 */
function bodyInGenitive(k: number, ctx: AppositionContext, municipal = false): Target | undefined {
  const { tokens, text } = ctx;
  const t = tokens[k];
  if (!t?.word || !OF_A_BODY.test(t.text) || ctx.gazetteerAt.has(k) || ctx.personAt.has(k)) return undefined;
  const noun = t.text.slice(0, -1).toLowerCase();
  if (noun.length - (BODY.exec(noun)?.[0].length ?? noun.length) < 3 || (MUNICIPAL_BODY.test(noun) && (!municipal || MUNICIPAL_OFFICE.test(noun))))
    return undefined;
  let first = joinedStart(tokens, k);
  // `Svenska Afghanistankommitténs`: a name's adjective before it, on its line.
  const proper = first > 0 && !tokens[first].nl && PROPER_ADJECTIVE.test(tokens[first - 1].text);
  if (proper) first--;
  const start = tokens[first].start;
  const name = text.slice(start, t.end - 1);
  const label = name[0].toUpperCase() + name.slice(1);
  // Only a municipality's own kind of body is placed by the page's municipality (`isNew`): a proper name's (`Svenska
  // Afghanistankommittén`, `ICA-gruppen`), a council's or a Riksdag committee's (`Konstitutionsutskottet`) is its own.
  const own = proper || !MUNICIPALITY_KIND.test(noun) || RIKSDAG_COMMITTEE.test(noun);
  return { kind: "organisation", id: label, label, start, end: t.end - 1, isNew: !own };
}

/** A chair's title whose first part names a body (`socialnämndsordförande`, `vice valberedningsordförande`). */
const CHAIR_OF_BODY = /^((?:vice )?)(\p{Ll}{3,}(nämnd|styrelse|beredning|utskott|direktion))s?ordförande$/u;
const DEFINITE_OF: Record<string, string> = { nämnd: "en", styrelse: "n", beredning: "en", utskott: "et", direktion: "en" };

/**
 * The body a chair's title names and the seat it is there (`socialnämndsordförande`: `socialnämnden`, `ordförande`),
 * the body in its definite form, as prose names it; not a bare `styrelseordförande`, whose body is unsaid.
 */
function chairedBody(title: string): { body: string; seat: string } | undefined {
  const m = CHAIR_OF_BODY.exec(title);
  return m ? { body: m[2] + DEFINITE_OF[m[3]], seat: `${m[1]}ordförande` } : undefined;
}

/** A seat in a body: its chair, a vice chair, a member or substitute (`ordförande`, `2:e vice ordf`, `ledamot`). */
export function isSeat(claim: Pick<RoleClaim, "normalised">): boolean {
  return /^(?:(?:(?:förste|andre|tredje) )?(?:vice )?ordförande|ledamot|ersättare|tjänstgörande ersättare)$/.test(claim.normalised ?? "");
}

/** A role whose name holds its body in the genitive (`kommunstyrelsens ordförande`). */
function namesOwnBody(normalised: string | undefined): boolean {
  const [owner, ...seat] = (normalised ?? "").split(" ");
  return seat.length > 0 && OF_A_BODY.test(owner!);
}

/** A minister's role: of the lexicon's category, or a title the lexicon lacks ending so (`samordningsminister`). */
export function isMinister(normalised: string | undefined, lexicon: Lexicon): boolean {
  return lexicon.role(normalised ?? "")?.category === "minister" || /minister$/.test(normalised ?? "");
}

/** An office of a municipality, region or government (`kommunalråd`, `regionråd`, `statsråd`): held in it, not in a body. */
function isOffice(claim: RoleClaim): boolean {
  return /råd$/.test(claim.normalised ?? "");
}

/** Each document's namings of a body's kind in a compound (`ett barn- och utbildningsutskott`), by kind and ending. */
const kindsNamed = new WeakMap<AppositionContext, Map<string, RegExpMatchArray[]>>();

/**
 * The namings `seatsBody` takes the last before a bare kind from, found once per document: a scan of the text before
 * every bare kind made the reading quadratic.
 */
function kindNamings(kind: string, ending: string, ctx: AppositionContext): RegExpMatchArray[] {
  let byKind = kindsNamed.get(ctx);
  if (!byKind) kindsNamed.set(ctx, (byKind = new Map()));
  let found = byKind.get(`${kind} ${ending}`);
  if (!found) {
    const pattern = new RegExp(`(?<![\\p{L}-])((?:\\p{L}+- och )?\\p{L}+)${escapeRegExp(kind)}(?:${ending})?(?!\\p{L})`, "gu");
    byKind.set(`${kind} ${ending}`, (found = [...ctx.text.matchAll(pattern)]));
  }
  return found;
}

/** Each document's namings of a body with its owner (`fullmäktiges valberedning`), by the indefinite noun. */
const ownedBodies = new WeakMap<AppositionContext, Map<string, RegExpMatchArray[]>>();

/**
 * Where the text names the body `indefinite` with an owner (`<owner>s <indefinite>`), found once per document and
 * noun: a scan of the text before every `i valberedningen` made the reading quadratic in the text.
 */
function ownedNamings(indefinite: string, ctx: AppositionContext): RegExpMatchArray[] {
  let byNoun = ownedBodies.get(ctx);
  if (!byNoun) ownedBodies.set(ctx, (byNoun = new Map()));
  let found = byNoun.get(indefinite);
  if (!found) {
    const pattern = new RegExp(`(?<!\\p{L})(\\p{Ll}+s) ${escapeRegExp(indefinite)}(?!\\p{L})`, "gu");
    found = [...ctx.text.matchAll(pattern)].filter((m) => OF_A_BODY.test(m[1]!));
    byNoun.set(indefinite, found);
  }
  return found;
}

const assembliesNamed = new WeakMap<AppositionContext, RegExpMatchArray[]>();

/**
 * The one kind of assembly (`Kommunfullmäktige`, `Regionfullmäktige`) the text names before `at`, its compounds found
 * once per document; none where it names two kinds.
 */
export function assemblyNamed(ctx: AppositionContext, at: number): string | undefined {
  let found = assembliesNamed.get(ctx);
  if (!found) assembliesNamed.set(ctx, (found = [...ctx.text.matchAll(/(?<![\p{L}-])(\p{L}+)fullmäktige(?:s)?(?!\p{L})/gu)]));
  const kinds = new Set(found.filter((m) => m.index! < at).map((m) => m[1].toLowerCase()));
  const [kind] = kinds;
  return kinds.size === 1 ? `${kind[0].toUpperCase()}${kind.slice(1)}fullmäktige` : undefined;
}

const placesNamedBare = new WeakMap<AppositionContext, Map<string, boolean>>();

/** Whether the text writes `place` as a word of its own (`Norrby`, not only `Norrbys`), once per document and place. */
function namedBare(place: string, ctx: AppositionContext): boolean {
  let byPlace = placesNamedBare.get(ctx);
  if (!byPlace) placesNamedBare.set(ctx, (byPlace = new Map()));
  let found = byPlace.get(place);
  if (found === undefined) {
    found = new RegExp(`(?<![\\p{L}-])${escapeRegExp(place)}(?![\\p{L}-])`, "u").test(ctx.text);
    byPlace.set(place, found);
  }
  return found;
}

/** Reads a body phrase (`regionala programrådet`, `politiska styrgruppen Gymnasieregion`, `Socialnämnden`). */
export function readBody(j: number, ctx: AppositionContext): { target: Target; to: number } | undefined {
  const { tokens } = ctx;
  const noun = tokens[j].text.toLowerCase();
  const suffix = BODY.exec(noun)?.[0] ?? "";
  if (noun.length !== suffix.length && noun.length - suffix.length < 3) return undefined;
  let from = j;
  // Adjectives before the noun (`politiska`, `regionala`), within the same line.
  while (
    from > 0 &&
    /^\p{Ll}+a$/u.test(tokens[from - 1].text) &&
    !tokens[from].nl &&
    !["att", "och", "samma", "andra", "sina", "dina", "våra", "era", "alla", "denna"].includes(tokens[from - 1].text)
  )
    from--;
  // Whose body it is, in the genitive plural (`länsstyrelsernas gemensamma kansli`, `kommunernas samverkansnämnd`).
  if (from > 0 && /^\p{Ll}{3,}(?:er|ar|or)nas$/u.test(tokens[from - 1].text) && !tokens[from].nl) from--;
  // A body's part in its genitive (`kommunstyrelsens arbetsutskott`, `regionfullmäktiges valberedning`): the owner
  // names the part, which alone (`arbetsutskott`) is any body's.
  else if (from === j && from > 0 && OF_A_BODY.test(tokens[from - 1].text) && !tokens[from].nl) from--;
  // A place's name before an indefinite body (`Älvsjö stadsdelsnämnd`): the body's proper name.
  let place = false;
  if (
    from === j &&
    from > 0 &&
    !tokens[j].cap &&
    !tokens[j].nl &&
    BODY.exec(noun)?.[0] === suffix &&
    !/(?:en|et)$/.test(noun) &&
    isNameWord(tokens[from - 1]) &&
    !ctx.personAt.has(from - 1) &&
    !ctx.gazetteerAt.has(from - 1)
  ) {
    from--;
    place = true;
  }
  // The first part of a joined name (`kultur- och fritidsnämnden`, `barn- och utbildningsnämnden`).
  else if (
    from === j &&
    from >= 3 &&
    tokens[from - 1].text === "och" &&
    tokens[from - 2].text === "-" &&
    tokens[from - 2].start === tokens[from - 3].end &&
    tokens[from - 3].word &&
    !tokens[from].nl &&
    !tokens[from - 2].nl
  ) {
    from -= 3;
    // `teknik- service- och fritidsförvaltningen`, `teknik-, service- och …`: more first parts before it.
    for (;;) {
      const comma = tokens[from - 1]?.text === "," ? 1 : 0;
      const part = from - 2 - comma;
      const dash = tokens[from - 1 - comma];
      if (part < 0 || tokens[from].nl || dash.text !== "-" || dash.nl || dash.start !== tokens[part].end || !tokens[part].word || tokens[part].nl) break;
      from = part;
    }
  }
  let to = j + 1;
  // A proper name after the noun (`styrgruppen Gymnasieregion`), or what the body is for (`styrgruppen för digitalisering`).
  while (to < tokens.length && !tokens[to].nl && isNameWord(tokens[to]) && !ctx.personAt.has(to) && !ctx.gazetteerAt.has(to) && to - j < 3) to++;
  const named = forWhat(to, ctx);
  if (named > 0) to = named;
  // `i valberedningen`, `i presidiet` after the text named `fullmäktiges valberedning`, `fullmäktiges presidium`: the
  // body it named with its owner (a Latin noun's indefinite ends in `-um`).
  if (from === j && to === j + 1 && !tokens[j].cap && /e[nt]$/.test(noun)) {
    const indefinite = noun.slice(0, -2) + (noun.endsWith("iet") ? "um" : "");
    const owned = ownedNamings(indefinite, ctx)
      .filter((m) => m.index! + m[0].length <= tokens[j].start)
      .pop();
    if (owned) {
      const label = owned[0];
      return { target: { kind: "organisation", id: label, label, start: tokens[j].start, end: tokens[j].end, isNew: true }, to };
    }
  }
  // `i fullmäktige` after the text named `Ekby kommunfullmäktige`: the short form of the one assembly it named.
  if (from === j && to === j + 1 && noun === "fullmäktige") {
    const named = assemblyNamed(ctx, tokens[j].start);
    if (named) return { target: { kind: "organisation", id: named, label: named, start: tokens[j].start, end: tokens[j].end, isNew: true }, to };
  }
  // A bare generic noun (`styrgruppen`, `enheten`) names no particular body; a compound (`kommunstyrelsen`) does,
  // unless it only ends like one (`kulturområdet`, not a `råd`).
  if (from === j && to === j + 1 && !tokens[j].cap && (noun === suffix || /område(?:t|n|na)?$/.test(noun))) return undefined;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  let label = ctx.text.slice(start, end);
  // A district's committee with its place in the genitive (`Norrbys stadsdelsnämnd`) where the text names the place
  // bare too (`I Norrby är …`): the committee is named by the place (`Norrby stadsdelsnämnd`), as a municipality's
  // genitive is (an organisation's owns its body: `Jägareförbundets rovdjursråd`).
  const word = tokens[from].text;
  if (place && DISTRICT_COMMITTEE.test(noun) && word.endsWith("s") && namedBare(word.slice(0, -1), ctx)) label = word.slice(0, -1) + label.slice(word.length);
  return { target: { kind: "organisation", id: label, label, start, end, isNew: true }, to };
}

/** An ordinal of a seat (`förste vice ordförande`), its other half given in turn (`förste respektive andre`). */
const SEAT_ORDINAL = /^(?:förste|första|andre|andra|tredje)$/i;

/**
 * `förste respektive andre vice ordförande i kommunstyrelsen` at the ordinal `j`: the seat the lexicon knows for this
 * ordinal with the words after the other one (`förste vice ordförande i kommunstyrelsen`). Set off by commas (`till
 * första, respektive andra, vice ordförande`), the seat after the second ordinal's comma is each one's with its own
 * ordinal; `to` is the token after what the seat read.
 */
function elidedSeat(j: number, ctx: AppositionContext): { role: string; normalised: string; to: number } | undefined {
  const { tokens, text } = ctx;
  // `X ordinarie och Y ersättare`: `ordinarie` set against the next name's substitute is a member's seat.
  if (tokens[j]?.text === "ordinarie" && /^(?:och|samt)$/.test(tokens[j + 1]?.text ?? "") && !tokens[j + 1].nl) {
    const next = ctx.personAt.get(j + 2);
    const seat = next && !tokens[j + 2].nl ? ctx.gazetteerAt.get(next.to) : undefined;
    return seat?.kind === "role" && seat.id === "ersättare" && !tokens[next!.to].nl
      ? { role: "ordinarie ledamot", normalised: "ledamot", to: j + 1 }
      : undefined;
  }
  if (!SEAT_ORDINAL.test(tokens[j]?.text ?? "")) return undefined;
  const own = (role: string) => {
    const words = tokenize(role);
    const found = ctx.lexicon.matchAt(words, 0, ROLE_KIND);
    return found?.to === words.length ? found.entry.id : undefined;
  };
  const seatAt = (k: number) => (ctx.gazetteerAt.get(k)?.kind === "role" ? ctx.gazetteerAt.get(k) : undefined);
  // The second ordinal, its comma and then the seat: the seat with this ordinal, read to its end.
  const after = seatAt(j + 2);
  const before = tokens[j - 2]?.text === "," ? j - 3 : j - 2;
  if (tokens[j + 1]?.text === "," && after && /^(?:respektive|resp)$/.test(tokens[j - 1]?.text ?? "") && SEAT_ORDINAL.test(tokens[before]?.text ?? "")) {
    const role = `${tokens[j].text.toLowerCase()} ${text.slice(tokens[j + 2].start, after.end).toLowerCase()}`;
    const normalised = own(role);
    return normalised ? { role, normalised, to: after.to } : undefined;
  }
  const k = tokens[j + 1]?.text === "," ? j + 2 : j + 1;
  if (!/^(?:respektive|resp)$/.test(tokens[k]?.text ?? "") || !SEAT_ORDINAL.test(tokens[k + 1]?.text ?? "")) return undefined;
  // `förste respektive andre vice ordförande`: the lexicon reads the seat from the second ordinal; with a comma after
  // it, from the word after the comma.
  const direct = seatAt(k + 1);
  const seat = direct ?? (tokens[k + 2]?.text === "," ? seatAt(k + 3) : undefined);
  if (!seat) return undefined;
  const from = direct ? tokens[k + 1].end : tokens[k + 2].end;
  const role = `${tokens[j].text.toLowerCase()}${text.slice(from, seat.end).toLowerCase()}`;
  const normalised = own(role);
  return normalised ? { role, normalised, to: j + 1 } : undefined;
}

/** What joins the names of bodies given in turn (`Infrastruktur, respektive Digitalisering`). */
const IN_TURN_WORD = /^(?:,|och|samt|respektive|resp)$/;
/** A body named in the plural (`styrgrupperna`, `nämnderna`, `beredningarna`), and its singular's stem. */
const PLURAL_BODY = /^(\p{Ll}*(?:grupp|nämnd|beredning|styrelse|kommitté|delegation))(?:erna|arna|rna|na)$/u;

/**
 * `(de politiska) styrgrupperna för Infrastruktur, respektive Digitalisering` at token `j`: one body for each name after
 * `för`, in the singular (`politiska styrgruppen för Infrastruktur`), as `respektive` hands them to the people in turn.
 */
function bodiesInTurn(j: number, ctx: AppositionContext): { targets: Target[]; to: number } | undefined {
  const { tokens, text } = ctx;
  const plural = PLURAL_BODY.exec(tokens[j].text);
  if (!plural || tokens[j + 1]?.text !== "för") return undefined;
  let from = j;
  while (/^\p{Ll}+a$/u.test(tokens[from - 1]?.text ?? "") && !tokens[from].nl) from--;
  const head = `${text.slice(tokens[from].start, tokens[j].start)}${plural[1]}${plural[1].endsWith("e") ? "n" : "en"} för `;
  // Names of one to three capitalised words, or a lower-case word, joined by `,`, `och`, `respektive`, `resp.`.
  const names: [number, number][] = [];
  let k = j + 2;
  while (names.length < 4) {
    const first = k;
    if (tokens[k]?.cap) while (k < tokens.length && tokens[k].cap && tokens[k].word && !tokens[k].nl && k - first < 3) k++;
    else if (tokens[k]?.word && !tokens[k].nl && !IN_TURN_WORD.test(tokens[k].text)) k++;
    if (k === first) break;
    names.push([first, k]);
    const gap = k;
    while (k < tokens.length && !tokens[k].nl && (IN_TURN_WORD.test(tokens[k].text) || (tokens[k].text === "." && tokens[k - 1].text === "resp"))) k++;
    if (k === gap) break;
  }
  const last = names[names.length - 1];
  if (names.length < 2 || !/\b(?:respektive|resp)\b/.test(text.slice(tokens[names[0][1] - 1].end, tokens[last[0]].start))) return undefined;
  const targets = names.map(([a, b]): Target => {
    const label = head + text.slice(tokens[a].start, tokens[b - 1].end);
    return { kind: "organisation", id: label, label, start: tokens[from].start, end: tokens[b - 1].end, isNew: true };
  });
  return { targets, to: last[1] };
}

/** Capitalised words that open clauses rather than name organisations. */
function isNameWordCommon(word: string): boolean {
  return /^(Det|Den|Detta|Dessa|Som|Att|När|Där|Här|Alla|Även|Från|Till)$/.test(word);
}

/**
 * Whether the one capitalised word at `j` is no organisation's name on its own: the first part of a name that goes on
 * (`Miljö- och energidepartementet`, `Försvarets materielverk`), an adjective (`Svenska`, `Biologisk`), a generic
 * head alone (`Institutet`, `Centrum`, `Högskolan` of `Högskolan i Borås`) or an English genitive (`Iraq's`). On the
 * benchmark corpus these were organisations of one `holds_role` each (`Åsa Romson, chef för Miljö`).
 */
function namesNothingAlone(j: number, ctx: AppositionContext): boolean {
  const { tokens } = ctx;
  const word = tokens[j].text;
  const next = tokens[j + 1];
  const joined = next && next.start === tokens[j].end;
  if (joined && /^[-–]$/.test(next.text)) return true;
  if (next && !next.nl && !joined && /s$/.test(word) && next.word && !next.cap) return true;
  // `chef för Socialt stöd`: an adjective's neuter, whose noun goes on in lower case.
  if (
    next &&
    !next.nl &&
    !joined &&
    /\p{Ll}{3}(?:lt|nt|skt|igt)$/u.test(word) &&
    next.word &&
    !next.cap &&
    !/^(?:och|i|på|för|med|som|till|från|vid|sedan|samt)$/.test(next.text)
  )
    return true;
  return /(?:isk|iska|ska)$/.test(word) || ORG_HEAD.test(word.toLowerCase()) || GENERIC_ALONE.test(word) || /'s$/.test(word);
}

/**
 * What a `för` opens that is no body's purpose: a time (`för andra året`, `för perioden`, `Moderator för dagen är X`),
 * a count (`för en tid`).
 */
export const NOT_WHAT =
  /^(?:\d.*|första|andra|tredje|fjärde|femte|perioden|mandatperioden|tiden|året|år|resten|närvarande|tillfället|dagen|kvällen|förmiddagen|eftermiddagen|en|ett|två|tre|fyra|fem|sin|sitt|sina|hans|hennes|deras|dess|kommande|nästa)$/i;
/** Words that open or carry a clause: what follows a body's `för` is no part of its name when they are in it. */
const CLAUSE_WORD = /^(?:att|har|hade|är|var|ska|skall|kan|kunde|som|vill|får|blir|blev|sa|sade|säger)$/;

/** Nouns that name no particular organisation alone (`forskare vid Centrum`, `chef för Institutet`). */
const GENERIC_ALONE = /^(?:Centrum|Centret|Rådet|Högskolan|Universitetet|Myndigheten|Styrelsen|Kansliet|Enheten|Avdelningen|Akut|Individ|Miljö)$/;

/**
 * `Institutet för framtidsstudier`, `styrgruppen för digitalisering`: a body's `för` (at token `j`) and the words
 * after it to the end of the clause (a comma, a stop or the line's end) are part of its name, when they are few (five
 * at most, up to an `efter` naming a predecessor), no clause of their own (`för att`, `för kommunerna har sagt`) and no
 * time (`för andra året`). The token after the name, or -1.
 */
function forWhat(j: number, ctx: AppositionContext): number {
  const { tokens } = ctx;
  if (tokens[j]?.text !== "för" || tokens[j].nl || NOT_WHAT.test(tokens[j + 1]?.text ?? "")) return -1;
  let k = j + 1;
  while (k < tokens.length && k - j <= 5 && tokens[k].word && !tokens[k].nl && !ctx.personAt.has(k)) {
    if (CLAUSE_WORD.test(tokens[k].text)) return -1;
    // `vice ordförande i fokusberedningen för folkhälsa efter X`: whom the person succeeds is no part of the name.
    if (tokens[k].text === "efter") return k > j + 1 ? k : -1;
    k++;
  }
  return k > j + 1 && (k === tokens.length || tokens[k].nl || /^[,.;:)]$/.test(tokens[k].text)) ? k : -1;
}

/**
 * Whether the name at token `j` reads as an organisation's where a title's place could stand as well: the lexicon's
 * organisation, or a name whose head says so (`Kommunalekonomiska föreningen`, `Trafikverket`, `Norrfrakt AB`,
 * `Företagarna`), not any capitalised word (`Dalarna`, `Emeritus`, `Labour`).
 */
function readsAsOrganisation(j: number, ctx: AppositionContext, org = readOrganisationName(j, ctx)): boolean {
  const known = ctx.gazetteerAt.get(j);
  if (known) return known.kind === "organisation";
  return !!org && (headedAsOrganisation(j, org.to, ctx.tokens) || COMPANY.test(ctx.tokens[org.to - 1].text));
}

/**
 * Whether the name at tokens `[j, to)` has an organisation's head (`föreningen`, `Trafikverket`), an institution's
 * (`Båtmuseet`), a group's (`Företagarna`) or a region's (`Region Norrdal`, `Region JH`: one the lexicon lacks or
 * shortened).
 */
function headedAsOrganisation(j: number, to: number, tokens: readonly Token[]): boolean {
  const last = tokens[to - 1].text;
  return (
    ORG_HEAD.test(last) || AGENCY_END.test(last) || INSTITUTION_END.test(last) || GROUP_NAME.test(tokens[j].text) || (tokens[j].text === "Region" && to > j + 1)
  );
}

/** Reads a capitalised organisation name not in the lexicon, joined by `and`/`och`/`of` inside. */
function readOrganisationName(j: number, ctx: AppositionContext): { target: Target; to: number } | undefined {
  const { tokens } = ctx;
  let to = j;
  while (to < tokens.length && !tokens[to].nl && to - j < 8) {
    const t = tokens[to];
    if (t.cap && t.word && !ctx.personAt.has(to)) to++;
    // `Kungl. Hovstallet`: an abbreviation's full stop inside the name.
    else if (
      t.text === "." &&
      to > j &&
      NAME_ABBREVIATIONS.has(tokens[to - 1].text) &&
      t.start === tokens[to - 1].end &&
      tokens[to + 1]?.cap &&
      !tokens[to + 1].nl
    )
      to++;
    // Not into the next title (`Mayor of Greater Uppsala and President of …`) nor the next name (`på Storsthlm och Per
    // Lindén`).
    else if (
      ["and", "och", "of", "for", "för", "&"].includes(t.text) &&
      tokens[to + 1]?.cap &&
      ctx.gazetteerAt.get(to + 1)?.kind !== "role" &&
      !ctx.personAt.has(to + 1)
    )
      to++;
    // `Kommunalekonomiska föreningen`, `Östermalms företagarförening`: a name's head in lower case ends it.
    else if (to > j && (ORG_HEAD.test(t.text) || ASSOCIATION_HEAD.test(t.text))) {
      to++;
      break;
    } else break;
  }
  const named = forWhat(to, ctx);
  if (named > 0) to = named;
  // One word is enough for a name the lexicon lacks (`vd för Botkyrkabyggen`) when it is long enough to be one.
  else if (to - j < 2 && !(to - j === 1 && tokens[j].text.length >= 4 && !isNameWordCommon(tokens[j].text) && !namesNothingAlone(j, ctx))) return undefined;
  const start = tokens[j].start;
  const end = tokens[to - 1].end;
  const label = ctx.text.slice(start, end);
  return { target: { kind: "organisation", id: label, label, start, end, isNew: true }, to };
}

/** A space or a tab (read by code: the texts' string forms vary, and a character's read deoptimised on a new one). */
const isBlank = (code: number) => code === 32 || code === 9;

/**
 * A list whose municipalities head their members, flattened to one run (`Bollebygd Anna Berg (S) ledamot Per Ek (M)
 * ersättare Borås Ulf Ek (S) ledamot`): read name by name, each municipality would be the apposition of the name
 * before it (`Per Ek (M) ersättare Borås`). When such a run opens with a municipality and at least one more stands
 * between its names, each municipality is taken as the heading of the names after it, up to the next one: those
 * people stand for it (`heading` on their apposition), and the name before it no longer claims it. A municipality
 * glued to the name after it (`KnivstaAnna Berg`, a table's row whose cells ran together) heads its row alone.
 */
export function headedMunicipalities(
  people: readonly Mention[],
  appositions: Map<Mention, Apposition>,
  gazetteer: readonly Mention[],
  text: string,
  lexicon: Lexicon,
): void {
  const municipalityEndingAt = new Map<number, Mention | Target>();
  for (const g of gazetteer) if (g.kind === "municipality" && !g.genitive) municipalityEndingAt.set(g.end, g);
  const glued = new Set<number>();
  for (const p of people) {
    let from = p.start;
    while (from > 0 && /\p{L}/u.test(text[from - 1])) from--;
    // Only a row's first cell: `Region StockholmAnna Berg` is the region's.
    let line = from;
    while (line > 0 && isBlank(text.charCodeAt(line - 1))) line--;
    const place =
      from < p.start && (line === 0 || text.charCodeAt(line - 1) === 10) ? lexicon.matchAt(tokenize(text, from, p.start), 0, MUNICIPALITY) : undefined;
    if (place?.end !== p.start || place.genitive) continue;
    municipalityEndingAt.set(p.start, { kind: "municipality", id: place.entry.id, label: place.entry.label, start: from, end: p.start });
    glued.add(p.start);
  }
  // The municipality right before a name, with only spaces between.
  const before = (p: Mention) => {
    let at = p.start;
    while (at > 0 && isBlank(text.charCodeAt(at - 1))) at--;
    return municipalityEndingAt.get(at);
  };
  // A field label between two names (`… Leo Ek (S) Justering Eva Ås`, `Sekreterare`, `Underskrifter`) ends the run:
  // the names after it are the adjusters or signers, in no group.
  const words = compileProtocolWords(lexicon.data.protocol);
  const fieldLabelIn = (gap: string) => {
    // A label is capitalised: a gap with no capital letter (spaces, lower-case words) is not split.
    if (!/\p{Lu}/u.test(gap)) return false;
    const parts = splitPhrase(gap);
    for (let i = 0; i < parts.length; i++) {
      if (!/^\p{Lu}/u.test(parts[i]) || !words.firstWords.has(parts[i].toLowerCase())) continue;
      for (let j = i + 1; j <= Math.min(parts.length, i + words.maxWords); j++) {
        const label = words.labels.get(phraseKey(parts.slice(i, j)));
        if (label && (label.kind === "stop" || label.kind === "opener" || label.capacity === "adjuster" || label.capacity === "secretary")) return true;
      }
    }
    return false;
  };
  let run: Mention[] = [];
  const settle = () => {
    const heads = run.map(before);
    if (heads[0] && (glued.has(run[0].start) || heads.some((h, n) => h && n > 0))) {
      let heading = heads[0];
      for (const [n, p] of run.entries()) {
        const own = heads[n];
        if (own && n > 0) {
          heading = own;
          const previous = appositions.get(run[n - 1])!;
          for (const claim of previous.roles) if (claim.target?.start === own.start) claim.target = undefined;
          previous.roles = previous.roles.filter((claim) => claim.role || claim.target);
          if (previous.represents?.start === own.start) previous.represents = undefined;
          // Its evidence stops before the heading.
          let end = own.start;
          while (end > 0 && /\s/.test(text[end - 1])) end--;
          previous.end = Math.min(previous.end, end);
        }
        const app = appositions.get(p)!;
        app.represents = undefined;
        app.heading = { kind: "municipality", id: heading.id, label: heading.label, start: heading.start, end: heading.end };
      }
    }
    run = [];
  };
  for (const p of people) {
    const last = run[run.length - 1];
    // One run: the names follow each other on one line, at most 80 characters apart, with only parties, roles and
    // municipalities between.
    const gap = last && p.start - last.end <= 80 ? text.slice(last.end, p.start) : undefined;
    if (last && (gap === undefined || !/^[^\n.;:!?,]*$/.test(gap) || fieldLabelIn(gap))) settle();
    run.push(p);
  }
  settle();
}
