/**
 * Layouts of real minutes' headers flattened from PDF that the earlier readers missed (01-protocol, 04-protocol).
 * Invented people; the layouts of real minutes.
 */
import { ask, buildGraph, readDocument, type EdgeAttributes } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { attendanceCapacities } from "../helpers/roles";

describe("fields flattened from a column: after a comma, and others headed by their kind", () => {
  const header = (tail: string) =>
    `PROTOKOLL Tekniska nämnden Sammanträdesdatum 2015-03-10 Plats och tid Stadshuset kl 09:00 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Carl Lund (C) ${tail}\n\n§ 1 Val av justerare\n`;
  const cases: [string, string, Record<string, string>][] = [
    [
      "`Ej tjänstgörande ersättare` after a member's paragraphs and comma",
      "8-13, Ej tjänstgörande ersättare Doris Ek (KD) Erik Falk (S) Övriga närvarande Frida Gran, förvaltningschef",
      { "Carl Lund": "member", "Doris Ek": "nonserving", "Erik Falk": "nonserving", "Frida Gran": "other" },
    ],
    [
      "`Övriga` after a substitute's comma",
      "Ersättare Doris Ek (KD) Erik Falk (S), Övriga Frida Gran Förvaltningschef Gun Rask Nämndsekreterare",
      { "Erik Falk": "nonserving", "Frida Gran": "other", "Gun Rask": "other" },
    ],
    [
      "`Övriga deltagare` after a party and comma",
      "Ersättare Doris Ek (KD) Erik Falk (fp), Övriga deltagare Frida Gran, sekreterare",
      { "Erik Falk": "nonserving", "Frida Gran": "other" },
    ],
    [
      "`Övriga närvarande` headed by the kind of them after a comma",
      "8, Övriga närvarande Ersättare Doris Ek (S), Erik Falk (MP) Tjänstemän Kommundirektör Frida Gran",
      { "Doris Ek": "nonserving", "Erik Falk": "nonserving", "Frida Gran": "staff" },
    ],
    [
      "`Övriga närvarande Ersättare` heads substitutes, its officials are others",
      "Övriga närvarande Ersättare Doris Ek (S) Erik Falk (MP) Tjänstepersoner Frida Gran, kulturchef",
      { "Doris Ek": "nonserving", "Erik Falk": "nonserving", "Frida Gran": "staff" },
    ],
    [
      "a substitute serving for a member under `Övriga närvarande Ersättare` still serves",
      "Övriga närvarande Ersättare Doris Ek (S) ersätter Carl Lund (C) Erik Falk (MP)",
      { "Doris Ek": "substitute", "Erik Falk": "nonserving" },
    ],
    [
      "the officials after the substitutes under one `Övriga deltagande Ersättare:` stay others",
      "Övriga deltagande Ersättare: Doris Ek (S) ej 13, Erik Falk (V) samt sekreterare Frida Gran, socialchef Gun Rask och controller Hans Ek",
      { "Doris Ek": "nonserving", "Erik Falk": "nonserving", "Frida Gran": "other", "Gun Rask": "other", "Hans Ek": "other" },
    ],
    ["a title after a comma stays the name's", "Doris Ek (KD), Ersättare Erik Falk (S)", { "Doris Ek": "member", "Erik Falk": "member" }],
  ];
  it.each(cases)("%s", (_, tail, expected) => {
    const got = attendanceCapacities(header(tail));
    for (const [name, capacity] of Object.entries(expected)) expect(`${name}: ${got[name]}`).toBe(`${name}: ${capacity}`);
    expect(got["Arne Dahl"]).toBe("member");
  });
});

describe("the officers of minutes whose signature block stands on a page of its own", () => {
  const asked = (text: string, question: string) => {
    const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
    return ask(g, question)
      .answers.map((a) => a.label)
      .sort();
  };
  const page1 = `1 Plats och tid Kommunhuset, torsdagen den 9 juni 2016, kl 13.00 Beslutande Arne Dahl (S) ordförande Berit Holm (M) Carl Lund (C) Övriga Doris Ek, förbundssekreterare Erik Falk, förbundsdirektör 1\n\n`;
  it.each([
    [
      "a body named nowhere: the secretary and adjuster of the meeting itself",
      `PROTOKOLL\n\n${page1}2 Sekreterare Doris Ek Ordförande... Arne Dahl Justerare Berit Holm 2\n\n3 1 Val av mötesordförande\n`,
    ],
    [
      "the page's number before `Justering` is no agenda item's",
      `PROTOKOLL Tekniska nämnden\n\n${page1}2 Justering Justerare Berit Holm Plats och tid Förvaltningen den 15 juni Underskrifter Sekreterare Doris Ek Ordförande Arne Dahl Justerare Berit Holm 2 (19)\n\n4 Förteckning över ärenden\n`,
    ],
  ])("%s", (_, text) => {
    expect(asked(text, "vem var sekreterare den 9 juni 2016")).toEqual(["Doris Ek"]);
    expect(asked(text, "vem var justerare den 9 juni 2016")).toEqual(["Berit Holm"]);
    expect(asked(text, "vem var ordförande den 9 juni 2016")).toEqual(["Arne Dahl"]);
  });
});

describe("the meeting of minutes that name no body", () => {
  it("is titled by the words before the header's first field, not by the fields run on into the title", () => {
    const text = `Sida 1 (30) Plats och tid Kommunhuset, tisdagen den 23 maj 2006, kl 13.00 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Utses att justera Berit Holm Underskrifter Sekreterare Doris Ek Ordförande Arne Dahl Justerande Berit Holm\n\n§ 1 Val av justerare\n`;
    const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
    const meetings = g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "label"));
    expect(meetings).toEqual(["2006-05-23 Protokoll"]);
  });
});

describe("substitutes and reserves written the short way", () => {
  const text = `PROTOKOLL Socialutskottet Sammanträdesdatum 2011-10-12 Plats och tid Förvaltningshuset, kl 09.00-17.00 Beslutande Arne Dahl (C), ordförande Berit Holm (M) Carl Lund (S) Doris Ek (S), tgj ers för Erik Falk (S) Övriga deltagande Frida Gran, sekreterare Utses att justera Berit Holm med Carl Lund som ersättare Justeringens plats och tid Förvaltningshuset 2011-10-19\n\n§ 155 Val av justerare\n`;
  const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
  const label = (n: string) => g.getNodeAttribute(n, "label");
  const roles = g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g.source(e))}: ${(g.getEdgeAttributes(e) as EdgeAttributes & { role?: string }).role}`);
  it("`tgj ers för X`: X was replaced, not present", () => {
    expect(attendanceCapacities(text)["Doris Ek"]).toBe("substitute");
    expect(attendanceCapacities(text)["Erik Falk"]).toBeUndefined();
  });
  it("`Utses att justera X med Y som ersättare`: only X adjusts", () => {
    expect(roles.filter((r) => /justera/.test(r))).toEqual(["Berit Holm: justerare"]);
    expect(attendanceCapacities(text)["Carl Lund"]).toBe("member");
  });
});

describe("the officers an association's minutes choose in their first items", () => {
  const asked = (text: string, question: string) => {
    const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
    return ask(g, question)
      .answers.map((a) => a.label)
      .sort();
  };
  const lines = `ÅRSMÖTESPROTOKOLL Datum: 2023-04-20\nPlats: Klubbhuset\n\nNärvarande: Arne Dahl, Berit Holm, Carl Lund, Doris Ek, Erik Falk\n\n1. Ordförande Erik Falk hälsade de närvarande välkomna och förklarade årsmötet öppnat.\n2. Val av ordförande och sekreterare för årsmötet Till ordförande för årsmötet valdes Arne Dahl Till sekreterare\nför årsmötet valdes Berit Holm.\n3. Val av 2 justeringsmän. Till justeringsmän valdes Carl Lund och Doris Ek.\n4. Mötet förklarades behörigt utlyst.\n`;
  const inline = `PROTOKOLL Plats och tid Borås, den 30 januari 2015 kl 10.00 Beslutande Arne Dahl (S) Berit Holm (M) Carl Lund (S) Doris Ek (M) Övriga Erik Falk, förbundssekreterare\n\n1 Val av mötesordförande Till mötesordförande utses Berit Holm (M). 2 Val av justerare Carl Lund (S) utses att jämte ordförande justera dagens protokoll.\n`;
  it.each([
    [
      "field lines: the meeting's chair elected, not the one who opened it",
      lines,
      "den 20 april 2023",
      ["Arne Dahl"],
      ["Berit Holm"],
      ["Carl Lund", "Doris Ek"],
    ],
    ["an inline header naming no chair: the one chosen to chair", inline, "den 30 januari 2015", ["Berit Holm"], [], ["Carl Lund"]],
  ])("%s", (_, text, date, chair, secretary, adjusters) => {
    expect(asked(text, `vem var ordförande ${date}`)).toEqual(chair);
    if (secretary.length) expect(asked(text, `vem var sekreterare ${date}`)).toEqual(secretary);
    expect(asked(text, `vem var justerare ${date}`)).toEqual(adjusters);
  });
});

describe("the body of notes titled by its meeting, held in a room named by another body's short form", () => {
  const meetings = (title: string) => {
    const text = `Alby Bergby Minnesanteckningar ${title} Dag tisdagen den 12 juni 2012 Tid möte 13-17, Albys kommunkontor, KS sammanträdesrum Närvarande Arne Dahl, Alby Berit Holm, Alby Carl Lund, Bergby Doris Ek, Bergby\n\n2 Minnesanteckningar Mötet öppnas Mötet öppnades av ordförande Carl Lund. Dagordningen godkändes.\n`;
    const g = buildGraph([readDocument({ source: "anteckningar.txt", content: text })], { layout: false }).graph;
    return g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttribute(n, "label"));
  };
  it("`Regionrådsmöte`: the council met, not the board whose room it was", () => {
    expect(meetings("Regionrådsmöte Norrdalen")).toEqual(["2012-06-12 Regionrådet"]);
  });
  it("`Styrelsemöte` alone names no body, and the room none either", () => {
    expect(meetings("Styrelsemöte Norrdalen").filter((m) => /^(?:Kommunstyrelsen|Styrelsen)\b/.test(m))).toEqual([]);
  });
});

describe("a column of notes beside the substitutes' column", () => {
  const replaced = (text: string) => {
    const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
    const out: Record<string, string> = {};
    for (const e of g.filterEdges((_, a) => a.kind === "attended")) {
      const a = g.getEdgeAttributes(e) as EdgeAttributes & { capacity?: string; replaces?: string };
      out[g.getNodeAttribute(g.source(e), "label")] = `${a.capacity}${a.replaces ? ` for ${a.replaces}` : ""}`;
    }
    return out;
  };
  it.each([
    ["`Tjänstgör för X` after `Ordförande Justerare`", "Ordförande Justerare Tjänstgör för Gun Rask (S) Tjänstgör för Hans Ek (M)"],
    ["`Notering Ordförande Ersättare för X`", "Notering Ordförande Ersättare för Gun Rask (S) Ersättare för Hans Ek (M)"],
  ])("%s: each substitute serves for the note on its row; the members replaced were not there", (_, notes) => {
    const text = `Protokoll Miljönämnden Datum: 2014-11-11 Plats: Stadshuset Närvarande ledamöter Arne Dahl (S) Berit Holm (M) Tjänstgörande ersättare Carl Lund (S) Doris Ek (M) ${notes} Närvarande ersättare Erik Falk (C) Övriga Frida Gran\n\n§ 1 Val av justerare\n`;
    const got = replaced(text);
    expect(got["Carl Lund"]).toBe("substitute for Gun Rask");
    expect(got["Doris Ek"]).toBe("substitute for Hans Ek");
    expect(got["Gun Rask"]).toBeUndefined();
    expect(got["Hans Ek"]).toBeUndefined();
    expect(got["Erik Falk"]).toBe("nonserving");
  });
  it("`X (S) Ersättare för Y (S)`: written after the name, X serves for Y", () => {
    const text = `Protokoll Miljönämnden Datum: 2014-11-11 Plats: Stadshuset Beslutande Arne Dahl (S) Berit Holm (M) Carl Lund (S) Ersättare för Gun Rask (S) Övriga Frida Gran\n\n§ 1 Val av justerare\n`;
    expect(replaced(text)["Carl Lund"]).toBe("substitute for Gun Rask");
  });
});

describe("names against the words after them", () => {
  const text = `SAMMANTRÄDESPROTOKOLL Miljö- och byggnadsnämnden Plats Stora salen Tid Tisdagen den 26 februari 2013, kl 18 Beslutande Arne Dahl (M) Berit Holm (S) Utses att justera Justeringens plats och tid Berit Holm Miljö- och byggförvaltningen Underskrifter Sekreterare Carl Lund Ordförande Arne Dahl Justerande Berit Holm Övriga närvarande Doris Ek, handläggare fritid Mark Andersson, kultursekreterare\n\n§ 1 Val av justerare\n`;
  const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
  const people = g.filterNodes((_, a) => a.kind === "person").map((n) => g.getNodeAttribute(n, "label"));
  it("the first part of a compound after a name is no part of it (`Berit Holm Miljö- och byggförvaltningen`)", () => {
    expect(people.filter((p) => p.startsWith("Berit Holm"))).toEqual(["Berit Holm"]);
  });
  it("a given name after a title is the next name's, not the title's municipality (`handläggare fritid Mark Andersson`)", () => {
    expect(people).toContain("Mark Andersson");
    expect(g.filterNodes((_, a) => a.kind === "municipality" && a.label === "Mark")).toEqual([]);
  });
});

describe("a signature left blank", () => {
  it.each([
    ["the chair's line empty: the adjuster chosen signs under `Justerare`", "Underskrifter Sekreterare Frida Gran Ordförande Justerare Carl Lund"],
    ["all three labels first, the chair's name missing", "Underskrifter Sekreterare Ordförande Justerare Frida Gran Carl Lund"],
  ])("%s, and the member marked chair chaired", (_, signatures) => {
    const text = `PROTOKOLL Tekniska nämnden Sammanträdesdatum 2019-03-12 Plats och tid Stadshuset kl 13.00 Beslutande Arne Dahl (S), ordförande Berit Holm (M) Carl Lund (C) Övriga deltagande Frida Gran, sekreterare Utses att justera Carl Lund ${signatures}\n\n§ 1 Val av justerare\n`;
    const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
    expect(ask(g, "vem var ordförande den 12 mars 2019").answers.map((a) => a.label)).toEqual(["Arne Dahl"]);
    expect(ask(g, "vem var justerare den 12 mars 2019").answers.map((a) => a.label)).toEqual(["Carl Lund"]);
    expect(ask(g, "vem var sekreterare den 12 mars 2019").answers.map((a) => a.label)).toEqual(["Frida Gran"]);
  });
});

describe("a page's footer flattened into a signature block", () => {
  it("`Justerandes sign` between the names: no adjuster's title for the name before it, and the block still aligned", () => {
    const text = `PROTOKOLL Tekniska nämnden Sammanträdesdatum 2019-03-12 Plats och tid Stadshuset kl 13.00 Beslutande Arne Dahl (S) Berit Holm (M) Carl Lund (C) Övriga deltagande Frida Gran, nämndsekreterare Utses att justera Carl Lund Underskrifter Sekreterare Ordförande Justerande Frida Gran Justerandes sign Arne Dahl Carl Lund\n\n§ 1 Val av justerare\n`;
    const g = buildGraph([readDocument({ source: "protokoll.txt", content: text })], { layout: false }).graph;
    expect(ask(g, "vem var ordförande den 12 mars 2019").answers.map((a) => a.label)).toEqual(["Arne Dahl"]);
    expect(ask(g, "vem var justerare den 12 mars 2019").answers.map((a) => a.label)).toEqual(["Carl Lund"]);
  });
});
