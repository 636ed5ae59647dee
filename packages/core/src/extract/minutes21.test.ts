/**
 * Minutes flattened from PDF in layouts real minutes use (01-protocol.ts, 04-protocol.ts): the meeting's date beside
 * the adjustment's, labels bunched over the names of several fields, a reserve marked in lower case after the name,
 * words of the next column glued to a name, and a detached column of party letters. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import type { KnowledgeGraph } from "@samverkan/core";
import { attendees, graphOf, label } from "../../../../test/helpers/minutes";

/** The dates of the meetings, sorted. */
function meetingDates(g: KnowledgeGraph): string[] {
  return g
    .filterNodes((_, a) => a.kind === "meeting")
    .map((n) => (g.getNodeAttributes(n) as { date?: string }).date ?? "-")
    .sort();
}

describe("the meeting's date beside the adjustment's", () => {
  it("takes no date from the value of `Justeringens plats och tid`, however far after the label", () => {
    const g = graphOf(
      "1 1 Tekniska utskottet Plats och tid Kommunhuset, Vallby s-rum :15 Beslutande Lars Viklund Maja Storm Sten Ahlgren Övriga deltagande Se sidan 2 Utses att justera Justeringens plats och tid Maja Storm och Sten Ahlgren Kommunstyrelseförvaltningen, Vallby måndag 7 mars 2011 kl.16:00 Sekreterare.. Paragraf 6-16 Tora Lind Ordförande Justerare Lars Viklund Maja Storm Sten Ahlgren BEVIS Justeringen har tillkännagivits genom anslag Organ Tekniska utskottet\n",
    );
    expect(meetingDates(g)).toEqual(["-"]);
  });
});

describe("labels bunched over one list", () => {
  const cases: [string, string, string[]][] = [
    [
      "members, substitutes written out, then the reserves with the parties' order started over",
      "1 Sammanträdesprotokoll Plats och tid Kommunhuset kl. 18:00-20:00 Beslutande ledamöter Ej tjänstgörande ersättare Lena Borg (M) (ordförande) Ola Frisk (M) Eva Stjärne (M) Kim Ahlberg (C) Sara Nylund (S) Per Dahlin (S) Mia Tornell (V) Olof Rydh (M) ersätter Jan Kyrk (M) Ulla Sand (S) 1-8 ersätter Sara Nylund (S) Rolf Ekblad (M) Tove Lindqvist (C) Anna Sjö (V) Övriga närvarande Greta Holm, sekreterare Justeringens plats och tid Kommunhuset\n\n§ 1 Val av justerare\n",
      [
        "Anna Sjö: nonserving",
        "Eva Stjärne: member",
        "Greta Holm: other",
        "Kim Ahlberg: member",
        "Lena Borg: member",
        "Mia Tornell: member",
        "Ola Frisk: member",
        "Olof Rydh: substitute",
        "Per Dahlin: member",
        "Rolf Ekblad: nonserving",
        "Sara Nylund: member",
        "Tove Lindqvist: nonserving",
        "Ulla Sand: substitute",
      ],
    ],
    [
      "the first label cut to its end by the page's edge (`ande ledamöter`)",
      "1 Sammanträdesprotokoll Plats och tid Kommunhuset kl. 18:00-20:00 ande ledamöter Ej tjänstgörande ersättare Ola Frisk (M) Eva Stjärne (M) Per Dahlin (S) Rolf Ekblad (M) Tove Lindqvist (S) Övriga närvarande Greta Holm, sekreterare\n\n§ 1 Val av justerare\n",
      ["Eva Stjärne: member", "Greta Holm: other", "Ola Frisk: member", "Per Dahlin: member", "Rolf Ekblad: nonserving", "Tove Lindqvist: nonserving"],
    ],
    [
      "substitutes written out, then the reserves, then officials with titles, under `Tjänstgörande ersättare Övriga närvarande Ersättare Tjänstemän`",
      "1 Byggnadsnämnden Sammanträdesdatum 2019-05-02 Plats och tid Kommunhuset kl 13.00 Beslutande Stina Vallin (S), ordförande Pontus Hägg (M) Elsa Rydén (C) Tjänstgörande ersättare Övriga närvarande Ersättare Tjänstemän Oskar Brandt (S) ersätter Maja Ek (S) Vera Sundqvist (M) ersätter Lars Berg (M) Tora Lind (S) Ines Kroon (M) Ebbe Strand, kommunchef Greta Lindholm, sekreterare Utses att justera Pontus Hägg\n\n§ 1 Val av justerare\n",
      [
        "Ebbe Strand: other",
        "Elsa Rydén: member",
        "Greta Lindholm: other",
        "Ines Kroon: nonserving",
        "Oskar Brandt: substitute",
        "Pontus Hägg: member",
        "Stina Vallin: member",
        "Tora Lind: nonserving",
        "Vera Sundqvist: substitute",
      ],
    ],
    [
      "substitutes in their members' places, and the reserves after the members",
      "1 Protokoll Plats och tid Stadshuset Beslutande Ej tjänstgörande ersättare Utses att justera Nils Åberg (S), ordförande Maja Grahn (S) Karin Lööf (S) , Lisa Ström (S) ersätter Karin Lööf (S) 12 Tor Hedin (M) Berit Alm (KD) Sven Rosell (S) Ebba Krantz (M) Justeringens plats och tid Stadshuset\n\n§ 1 Val av justerare\n",
      [
        "Berit Alm: member",
        "Ebba Krantz: nonserving",
        "Karin Lööf: member",
        "Lisa Ström: substitute",
        "Maja Grahn: member",
        "Nils Åberg: member",
        "Sven Rosell: nonserving",
        "Tor Hedin: member",
      ],
    ],
    [
      "a party's second block that is not the list's first party: where the members end is not written",
      "1 Protokoll Plats och tid Stadshuset Beslutande Ersättare ej tjänstgörande Ivar Stolt, (C) Malin Berg, (S) Lars Udd, (M) Elin Brink, (KD) Hugo Sten, (S) Rut Dal, (S) Övriga deltagare Greta Holm, sekreterare Utses att justera Lars Udd\n\n§ 1 Val av justerare\n",
      ["Elin Brink: -", "Greta Holm: other", "Hugo Sten: -", "Ivar Stolt: -", "Lars Udd: -", "Malin Berg: -", "Rut Dal: -"],
    ],
    [
      "a row of labels over as many rows of names",
      "SAMMANTRÄDESPROTOKOLL\nMiljönämnden\nPlats och tid Kommunhuset kl 9.00\nBeslutande Ersättare Tjänstemän\nIvar Stolt (C), Malin Berg (S), Lars Udd (M)\nElin Brink (KD), Hugo Sten (S)\nGreta Holm, Tage Vik\nUtses att justera Lars Udd\n\n§ 1 Val av justerare\n",
      [
        "Elin Brink: nonserving",
        "Greta Holm: staff",
        "Hugo Sten: nonserving",
        "Ivar Stolt: member",
        "Lars Udd: member",
        "Malin Berg: member",
        "Tage Vik: staff",
      ],
    ],
    [
      "column headers of presence between the labels of a table of members",
      "1 Sammanträdesprotokoll Plats och tid KS-salen Ledamöter Närv. Frånv Tjänstgörande ersättare Ivar Stolt, ordf (S) Malin Berg (S) Lars Udd (M) Ersättare Närv. Frånv Elin Brink (S) Hugo Sten (M) Övriga Greta Holm, kommunsekreterare\n\n§ 1 Val av justerare\n",
      ["Elin Brink: nonserving", "Greta Holm: other", "Hugo Sten: nonserving", "Ivar Stolt: member", "Lars Udd: member", "Malin Berg: member"],
    ],
  ];
  it.each(cases)("%s", (_, text, expected) => {
    expect(attendees(graphOf(text))).toEqual(expected);
  });
});

describe("a reserve marked in lower case after the name, one person a line", () => {
  it("is present without serving right after the name or its comma, not after the items the mark speaks of", () => {
    const g = graphOf(
      [
        "SAMMANTRÄDESPROTOKOLL",
        "Socialnämnden",
        "Plats och tid Kommunhuset kl 13.00",
        "Beslutande",
        "Stina Vallin (S), ordförande",
        "Pontus Hägg (M)",
        "Elsa Rydén (C) §§ 1-5 ej tjänstgörande",
        "Tilda Ahlsten (KD), ej tjänstgörande ersättare",
        "Oskar Brandt (S) ej tjänstgörande ersättare §§ 6-9",
        "Övriga närvarande",
        "Vera Sund, sekreterare",
        "Utses att justera Pontus Hägg",
        "",
        "§ 1 Val av justerare",
        "",
      ].join("\n"),
    );
    expect(attendees(g)).toEqual([
      "Elsa Rydén: member",
      "Oskar Brandt: nonserving",
      "Pontus Hägg: member",
      "Stina Vallin: member",
      "Tilda Ahlsten: nonserving",
      "Vera Sund: other",
    ]);
  });
});

describe("a word of the next column glued to a name", () => {
  it("is no part of the name: the notice's `Justeringen`, a plural adjective (`Tekniska`)", () => {
    const g = graphOf(
      "1 Tekniska nämnden Sammanträdesdatum 2019-05-02 Plats och tid Kommunhuset kl 13.00 Beslutande Stina Vallin (S), ordförande Pontus Hägg (M) Elsa Rydén (C) Övriga deltagare Oskar Brandt Tekniska Vera Sundqvist Justeringen Utses att justera Pontus Hägg Sekreterare Greta Lindholm Justeringen har tillkännagivits genom anslag\n\n§ 1 Val av justerare\n",
    );
    const people = g
      .filterNodes((_, a) => a.kind === "person")
      .map((n) => label(g, n))
      .sort();
    expect(people).toEqual(["Elsa Rydén", "Greta Lindholm", "Oskar Brandt", "Pontus Hägg", "Stina Vallin", "Vera Sundqvist"]);
  });
});

describe("a detached column of party letters after a run of names", () => {
  const partiesOf = (text: string) => {
    const g = graphOf(text);
    return g
      .filterEdges((_, a) => a.kind === "member_of")
      .map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`)
      .sort();
  };
  it("gives the names their parties in order when as many, a local party's letters among them", () => {
    expect(
      partiesOf(
        "1 Miljönämnden Sammanträdesdatum 2019-05-02 Plats och tid Kommunhuset kl 13.00 Beslutande Stina Vallin Pontus Hägg Elsa Rydén Oskar Brandt Vera Sundqvist C FP MBP S V Övriga deltagare Greta Lindholm, sekreterare Utses att justera Pontus Hägg\n\n§ 1 Val av justerare\n",
      ),
    ).toEqual([
      "Elsa Rydén: MBP",
      "Oskar Brandt: Socialdemokraterna",
      "Pontus Hägg: Folkpartiet liberalerna",
      "Stina Vallin: Centerpartiet",
      "Vera Sundqvist: Vänsterpartiet",
    ]);
  });
  it("gives no one a party when the counts differ (not the last name the first letter)", () => {
    expect(
      partiesOf(
        "1 Miljönämnden Sammanträdesdatum 2019-05-02 Plats och tid Kommunhuset kl 13.00 Beslutande Stina Vallin Pontus Hägg Elsa Rydén Oskar Brandt Vera Sundqvist C S S V Övriga deltagare Greta Lindholm, sekreterare Utses att justera Pontus Hägg\n\n§ 1 Val av justerare\n",
      ),
    ).toEqual([]);
  });
});
