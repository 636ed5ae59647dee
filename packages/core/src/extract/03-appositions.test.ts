/**
 * What the words after a name say (appositions.ts), checked as graph edges: holds_role with role and organisation or
 * municipality, member_of, represents, former roles and coordination.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { EdgeAttributes, KnowledgeGraph } from "@samverkan/core";
import { createExtractionModel } from "../graph/build-graph";
import { tokenize } from "../text/tokenize";
import { type AppositionContext, labelRole } from "./03-appositions";
import { gazetteerMentions, type Mention, personMentions } from "./02-mentions";

function graphOf(text: string): KnowledgeGraph {
  return buildGraph([readDocument({ source: "t.txt", content: text })], { layout: false }).graph;
}
/** Edge summaries `kind source-label -> target-id [role] [former]`, mentions left out. */
function edges(g: KnowledgeGraph): string[] {
  return g
    .filterEdges((_, a) => a.kind !== "mentions")
    .map((e) => {
      const a: EdgeAttributes = g.getEdgeAttributes(e);
      const role = a.roleNormalised ? ` [${a.roleNormalised}]` : "";
      return `${a.kind} ${g.getNodeAttribute(g.source(e), "label")} -> ${g.target(e)}${role}${a.former ? " former" : ""}`;
    })
    .sort();
}

describe("appositions → edges", () => {
  const cases: [string, string, string[]][] = [
    [
      "role in a municipality",
      "Rapport\nIgor Wennerholm, kommundirektör i Ljusdals kommun, talade om budgeten.",
      ["holds_role Igor Wennerholm -> municipality:ljusdal [kommundirektör]"],
    ],
    [
      "political role: represents the municipality too",
      "Rapport\nDagens talare var Bobo Kimathi, kommunalråd i Ludvika.",
      ["holds_role Bobo Kimathi -> municipality:ludvika [kommunalråd]", "represents Bobo Kimathi -> municipality:ludvika"],
    ],
    [
      "party and municipality: (S) Falun, the municipality she represents, no workplace besides",
      "Rapport\nPetra Ljung (S) Falun talade om skolan.",
      ["member_of Petra Ljung -> party:s", "represents Petra Ljung -> municipality:falun"],
    ],
    [
      "role at an organisation from the lexicon",
      "Rapport\nSiri Holmqvist, processledare på Storsthlm, berättade.",
      ["holds_role Siri Holmqvist -> organisation:storsthlm [processledare]"],
    ],
    ["bare affiliation with a municipality", "Rapport\nOskar Dahl, Sandvikens kommun, deltog.", ["holds_role Oskar Dahl -> municipality:sandviken"]],
    [
      "an academic degree before the title does not end the apposition",
      "Rapport\nIvar Lindkvist, Ph.D, utredare Ekerö kommun, talade.",
      ["holds_role Ivar Lindkvist -> municipality:ekero [utredare]"],
    ],
    [
      "fd KSO: a former role, represents; the seat in the municipality's body too",
      "Rapport\nLinnea Forsman, fd KSO Hedemora, deltog.",
      [
        "holds_role Linnea Forsman -> municipality:hedemora [kommunstyrelsens ordförande] former",
        "holds_role Linnea Forsman -> organisation:kommunstyrelsen-hedemora [ordförande] former",
        "represents Linnea Forsman -> municipality:hedemora",
      ],
    ],
    [
      "tidigare vd på SKL och kommundirektör i A och B",
      "Rapport\nKent Aho, tidigare vd på SKL och kommundirektör i Arboga och Köping, talade.",
      [
        "holds_role Kent Aho -> municipality:arboga [kommundirektör] former",
        "holds_role Kent Aho -> municipality:koping [kommundirektör] former",
        "holds_role Kent Aho -> organisation:skr [vd] former",
      ],
    ],
    [
      "coordination: X och Y, Z kommun",
      "Rapport\nKerstin Borg och Hampus Ek, Mora kommun, var där.",
      ["holds_role Hampus Ek -> municipality:mora", "holds_role Kerstin Borg -> municipality:mora"],
    ],
    [
      "an office of the municipality is held in it, not in the body named for the role after it",
      "Rapport\nIda Kronqvist (S), kommunalråd och 1:e vice ordförande i kommunstyrelsen i Ludvika, talade.",
      [
        "holds_role Ida Kronqvist -> municipality:ludvika [kommunalråd]",
        "holds_role Ida Kronqvist -> organisation:kommunstyrelsen-ludvika [förste vice ordförande]",
        "member_of Ida Kronqvist -> party:s",
        "represents Ida Kronqvist -> municipality:ludvika",
      ],
    ],
    ["lower-case party in parentheses", "Rapport\nArdalan Nejat (kd) svarade.", ["member_of Ardalan Nejat -> party:kd"]],
    [
      "an organisation name the lexicon lacks after role + preposition",
      "Rapport\nVilma Ekdahl, rektor på Norrbyskolans Gymnasium, talade.",
      ["holds_role Vilma Ekdahl -> organisation:norrbyskolans-gymnasium [rektor]"],
    ],
    ["the clause ends at a full stop", "Rapport\nSiri Holmqvist talade. Kommundirektör i Ljusdal blir någon annan.", []],
    [
      "a body written in lower case, one word or joined (`kommunstyrelsen`, `kultur- och fritidsnämnden`)",
      "Rapport\nFör nya mandatperioden valdes Tove Lind till ordförande för kommunstyrelsen, Arne Bok till ordförande för kultur- och fritidsnämnden och Eja Sund ny ordförande för barn- och utbildningsnämnden.",
      [
        "holds_role Arne Bok -> organisation:kultur-och-fritidsnamnden-doc-dlxaqr [ordförande]",
        "holds_role Eja Sund -> organisation:barn-och-utbildningsnamnden-doc-dlxaqr [ordförande]",
        "holds_role Tove Lind -> organisation:kommunstyrelsen-doc-dlxaqr [ordförande]",
      ],
    ],
    [
      "a role before the name, with its municipality in the genitive or after it (`Nackas kommunstyrelseordförande X`)",
      "Rapport\nKommunstyrelsens ordförande i Huddinge, Tove Lind, öppnade. Nackas kommunstyrelseordförande Arne Bok (M) talade. Polisstyrelsens ordförande i Solna, Eja Sund, svarade.",
      [
        "holds_role Arne Bok -> municipality:nacka [kommunstyrelsens ordförande]",
        "holds_role Tove Lind -> municipality:huddinge [kommunstyrelsens ordförande]",
        "member_of Arne Bok -> party:m",
        "represents Arne Bok -> municipality:nacka",
        "represents Tove Lind -> municipality:huddinge",
      ],
    ],
    ["a word that only ends like a body (`kulturområdet`)", "Rapport\nPia Ros, verksam inom kulturområdet, talade.", []],
    [
      "a new body belongs to the organisation right after it, not to one the clause names later",
      "Rapport\nMaja Ek, chef för naturavdelningen på Naturvårdsverket, talade. Åke Berg (S) - vice ordförande i bostadsutskottet - kritiserar regeringen.",
      [
        "holds_role Maja Ek -> organisation:naturavdelningen-naturvardsverket [chef]",
        "holds_role Åke Berg -> organisation:bostadsutskottet-doc-dlxaqr [vice ordförande]",
        "member_of Åke Berg -> party:s",
      ],
    ],
    [
      "a place's genitive names whose body it is",
      "Rapport\nEva Holm (S) blir ny ordförande i Stockholms stads kulturnämnd.",
      [
        "holds_role Eva Holm -> organisation:kulturnamnd-stockholm [ordförande]",
        "member_of Eva Holm -> party:s",
        "represents Eva Holm -> municipality:stockholm",
      ],
    ],
    [
      "what a body in lower case is for is part of its name",
      "Rapport\nAnna Berg (S) valdes till ordförande i styrgruppen för digitalisering.",
      ["holds_role Anna Berg -> organisation:styrgruppen-for-digitalisering [ordförande]", "member_of Anna Berg -> party:s"],
    ],
    ["but not a time", "Rapport\nOla Ekvall (M) är ledamot i styrelsen för andra året.", ["member_of Ola Ekvall -> party:m"]],
  ];
  it.each(cases)("%s", (_label, text, expected) => {
    expect(edges(graphOf(text))).toEqual(expected);
  });

  it("role and organisation as written and normalised", () => {
    const g = graphOf("Rapport\nLinnea Forsman, fd KSO Hedemora, deltog.");
    const e = g.filterEdges((_, a) => a.kind === "holds_role")[0];
    expect(g.getEdgeAttributes(e)).toMatchObject({ role: "kso", roleNormalised: "kommunstyrelsens ordförande", former: true });
  });

  it("a title with its adjectives and field, as written (`politisk redaktör`, `professor i statsvetenskap vid X`)", () => {
    const g = graphOf(
      "Rapport\nKarin Vretblad, trafikpolitisk talesperson i Ludvika. Maja Ek, dåvarande socialdemokratisk statssekreterare, talade. Osvald Tjernberg, biträdande professor i analytisk kemi vid Linköpings universitet, och Ebba Rask, politisk redaktör på Falu Kuriren, samtalade. Lars Flodin, Biträdande Miljödirektör, Västerås stad, svarade.",
    );
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map(
        (e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "role")} [${g.getEdgeAttribute(e, "roleNormalised")}] -> ${g.target(e)}`,
      )
      .sort();
    expect(held).toEqual([
      "Ebba Rask: politisk redaktör [journalist] -> organisation:falu-kuriren",
      "Karin Vretblad: trafikpolitisk talesperson [talesperson] -> municipality:ludvika",
      "Lars Flodin: biträdande miljödirektör [miljödirektör] -> municipality:vasteras",
      "Osvald Tjernberg: biträdande professor i analytisk kemi [professor] -> organisation:liu",
    ]);
    // A time or a party before the title is not part of it.
    const maja = g.findNode((_, a) => a.label === "Maja Ek");
    expect(g.getNodeAttribute(maja!, "roles" as never)).toEqual([expect.objectContaining({ role: "statssekreterare", former: true })]);
  });

  it("an organisation right after the role when a head in lower case ends its name, not a bare capitalised word", () => {
    const g = graphOf(
      "Rapport\nKarin Vretblad, ordförande Norrbyska föreningen, hälsade välkommen. Lars Flodin, forskare vid Ekbergska institutet, talade. Interpellation av Maja Ek (M) till statsrådet Holmgård.",
    );
    expect(edges(g)).toEqual([
      "holds_role Karin Vretblad -> organisation:norrbyska-foreningen [ordförande]",
      "holds_role Lars Flodin -> organisation:ekbergska-institutet [forskare]",
      "member_of Maja Ek -> party:m",
    ]);
  });

  it("a contact card: the title on the line after the name, capitalised, known by its ending", () => {
    const g = graphOf("Kontaktperson\n\nKarin Vretblad\n\nRegionsekreterare\n\nSkicka e-post");
    const person = g.findNode((_, a) => a.kind === "person");
    expect(g.getNodeAttribute(person!, "roles" as never)).toEqual([expect.objectContaining({ role: "regionsekreterare" })]);
  });

  it("a contact card: the line after the title says where the role is held, one body after another (`och`)", () => {
    const g = graphOf("Kontaktperson\n\nKarin Vretblad\n\nRegionsekreterare\n\nSekreterare i regionstyrelsen och arbetsutskottet.\n\nSkicka e-post");
    expect(edges(g)).toEqual([
      "holds_role Karin Vretblad -> organisation:arbetsutskottet-doc-dlxaqr [sekreterare]",
      "holds_role Karin Vretblad -> organisation:regionstyrelsen-doc-dlxaqr [sekreterare]",
    ]);
  });

  it("a role held in a county (`landshövding i Gävleborgs län`) and a title with an adverb before it, of a body in the genitive", () => {
    const g = graphOf(
      "Rapport\nOlle Trygg, landshövding i Gävleborgs län, och Mira Sten, operativt ansvarig chef för länsstyrelsernas gemensamma servicekansli, tog emot. Interpellation av Ivar Holmlund (M) till justitieministern om trafiken i Hallands län.",
    );
    expect(edges(g)).toEqual([
      "holds_role Mira Sten -> organisation:lansstyrelsernas-gemensamma-servicekansli [chef]",
      "holds_role Olle Trygg -> organisation:gavleborgs-lan [landshövding]",
      "member_of Ivar Holmlund -> party:m",
    ]);
  });

  it("a name is not given the title of the next name (`X (S)` ending a line, `Finansminister Y` opening the next; `X samt finansminister Y`; `X (M) till statsminister Y`)", () => {
    const g = graphOf(
      "Interpellation av Anna Berglund (M) till Statsminister Olof Ekwall (S)\nFinansminister Tove Lindqvist har sagt att skatten ska sänkas. Det sa Ola Bergdahl samt finansminister Tove Lindqvist.",
    );
    const roles = (label: string) =>
      g.getNodeAttribute(
        g.findNode((_, a) => a.label === label)!,
        "roles" as never,
      );
    expect(roles("Olof Ekwall")).toEqual([expect.objectContaining({ role: "statsminister" })]);
    expect(roles("Ola Bergdahl")).toBeUndefined();
    expect(roles("Anna Berglund")).toBeUndefined();
  });

  it("a role without an organisation stays on the person", () => {
    const g = graphOf("Rapport\nXiomara Tadesse, solcellsexpert, talade om energi.");
    const person = g.findNode((_, a) => a.kind === "person");
    expect(person).toBeDefined();
    expect(g.getNodeAttribute(person!, "roles" as never)).toEqual([expect.objectContaining({ role: "solcellsexpert" })]);
    expect(edges(g)).toEqual([]);
  });
});

describe("a role written as a label before the name (labelRole)", () => {
  /** The label role of each person of `text`, as `name: role [normalised]`. */
  function labelled(text: string): string[] {
    const model = createExtractionModel();
    const tokens = tokenize(text);
    const gazetteerAt = new Map<number, Mention>(gazetteerMentions(tokens, model.lexicon).map((m) => [m.from, m]));
    const people = personMentions({ ...model, tokens, gazetteerAt, taken: () => false });
    const ctx: AppositionContext = { ...model, tokens, text, gazetteerAt, personAt: new Map(people.map((p) => [p.from, p])) };
    return people.flatMap((p) => {
      const claim = labelRole(p, ctx);
      return claim ? [`${p.label}: ${claim.role} [${claim.normalised}]`] : [];
    });
  }

  it("`Redaktör: X` on one line, `Kontaktperson:` on the line above the name", () => {
    expect(labelled("Sidan\n\nRedaktör: Lovisa Grankvist\n\nUppdaterad: 2020-01-01\n\nKontaktperson:\nTorvald Ekblom\n070-000 00 00")).toEqual([
      "Lovisa Grankvist: redaktör [journalist]",
      "Torvald Ekblom: kontaktperson [kontaktperson]",
    ]);
  });

  it("not a label with more than the role (`Frågor om ordförande: X`) nor a name after a colon within a sentence", () => {
    expect(labelled("Sidan\n\nFrågor om ordförande: Lovisa Grankvist\nDet sa hon som ordförande: Torvald Ekblom svarade.")).toEqual([]);
  });
});

describe("an organisation the lexicon lacks, named by one word after a role", () => {
  const organisations = (text: string) => graphOf(text).filterNodes((_, a) => a.kind === "organisation");
  it.each([
    ["the first part of a joined name", "Rapport\nLena Holmlund, chef för Miljö- och energidepartementet, svarade."],
    ["a genitive before a name in lower case", "Rapport\nLena Holmlund, generaldirektör för Försvarets materielverk, svarade."],
    ["an adjective", "Rapport\nLena Holmlund, bekämpningsledare på Biologisk bekämpning, svarade."],
    ["a generic head alone", "Rapport\nLena Holmlund, forskare vid Institutet, svarade."],
    ["a generic head before its place", "Rapport\nLena Holmlund, ordförande för Högskolan i Borås, svarade."],
    ["an English genitive", "Report\nLena Holmlund, the president of Iraq's autonomous region, answered."],
  ])("names none when it is %s", (_label, text) => {
    expect(organisations(text)).toEqual([]);
  });
  it("names one when the word is a name (`vd för Botkyrkabyggen`)", () => {
    expect(organisations("Rapport\nLena Holmlund, vd för Botkyrkabyggen, svarade.")).toEqual(["organisation:botkyrkabyggen"]);
  });
  it.each([
    ["Rapport\nLena Holmlund, forskare vid Institutet för framtidsstudier, svarade.", ["organisation:institutet-for-framtidsstudier"]],
    ["Talare\n  • Ola Lindkvist, ordförande, Nätverket för idéburen sektor Skåne\n  • Eva Ström, rektor", ["organisation:natverket-for-ideburen-sektor-skane"]],
  ])("names what a capitalised head is for, to the clause's end: %s", (text, expected) => {
    expect(organisations(text)).toEqual(expected);
  });
  it.each([
    "Rapport\nLena Holmlund, chef för Institutet för att främja handeln, svarade.",
    "Rapport\nLena Holmlund, ordförande i Nätverket för kommunerna har sagt att budgeten håller.",
  ])("takes no clause of its own into the name: %s", (text) => {
    expect(organisations(text).filter((id) => id.includes("-for-"))).toEqual([]);
  });
});

describe("an election in the perfect tense", () => {
  it.each([
    ["har valts till", "Rapport\nPer Holm (M) har valts till ordförande i Storsthlm.\n"],
    ["har omvalts till", "Rapport\nPer Holm (M) har omvalts till ordförande i Storsthlm.\n"],
    ["har utsetts till", "Rapport\nPer Holm (M) har utsetts till ordförande i Storsthlm.\n"],
  ])("%s is an election", (_label, text) => {
    const g = graphOf(text);
    const roles = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => [g.target(e), g.getEdgeAttribute(e, "roleNormalised"), g.getEdgeAttribute(e, "rule")]);
    expect(roles).toEqual([["organisation:storsthlm", "ordförande", "apposition:election"]]);
  });
  it("under a heading that names the organisation", () => {
    const g = graphOf("Nyheter från förbundet\n\nStorsthlm:\n\nAnna Berg (S) har valts till ordförande.\n\nÖvrigt\n\nInget.\n");
    expect(edges(g)).toContain("holds_role Anna Berg -> organisation:storsthlm [ordförande]");
  });
});
