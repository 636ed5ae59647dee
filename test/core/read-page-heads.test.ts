/**
 * The head of a web page (an event's page, a press release, a post): the lines over its name that are no title (a
 * notice, a site's alert, the event's day and hours, the page's stamp) and the line that dates it; and an event page's
 * programme dated by its day and hours, or not made at all when the event was called off. Texts written for these
 * tests, with invented people, in the layouts of real pages.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";
import type { KnowledgeGraph, MeetingAttributes } from "@samverkan/core";

const read = (content: string) => readDocument({ source: "sida.txt", content });
const graphOf = (content: string) => buildGraph([read(content)], { layout: false }).graph;
const meetings = (g: KnowledgeGraph) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => g.getNodeAttributes(n) as MeetingAttributes);
const attendees = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "attended")
    .map((e) => g.getNodeAttribute(g.source(e), "label") as string)
    .sort();

describe("a page's head: the title under the lines that are none, and the date", () => {
  const cases: [string, string, { title: string; date: string }][] = [
    [
      "a notice glued to the event's day and hours (`OBS! Evenemanget är avslutat!3 mars 2021 kl. …`)",
      "OBS! Evenemanget är avslutat!3 mars 2021 kl. 00.00-00.00\n\nAtt styra en nämnd, Borås\n\nVälkommen till en dag om nämndens arbete. Anmälan senast 20 februari 2021.\n",
      { title: "Att styra en nämnd, Borås", date: "2021-03-03" },
    ],
    [
      "a site's alert with its link glued on, then the event's day and hours over its name",
      "Risk för gräsbrand i Dalarnas länLäs mer på SMHI:s webbplats om aktuellt meddelande.\n\n12 okt 2020 klocka 09.00 - 12.00\n\nSamråd om vattenplanen\n\nPlanen redovisades för regeringen 3 september 2020 och 1 oktober 2020.\n",
      { title: "Samråd om vattenplanen", date: "2020-10-12" },
    ],
    [
      "a stamp labelled `Publiceringsdatum:`, and an update stamp with its weekday",
      "Publiceringsdatum: 3 mars 2020\n\nSenast uppdaterad: tisdag 9 juni, 11.02\n\nLänsrådet besöker kommunerna\n\nUnder våren besöks Ån den 4 maj och Berga den 12 maj.\n",
      { title: "Länsrådet besöker kommunerna", date: "2020-03-03" },
    ],
    [
      "a stamp in a sentence (`Artikeln publicerades 8 mars 2022`)",
      "Artikeln publicerades 8 mars 2022\n\nInfo från fullmäktiges möte 1 mars 2022\n\nHär följer en sammanfattning av ärendena den 1 mars 2022.\n",
      { title: "Info från fullmäktiges möte 1 mars 2022", date: "2022-03-08" },
    ],
    [
      "a post's date on its own line under its title (`mars 14th, 2019`)",
      "Vårträff i nätverket\n\nmars 14th, 2019\n\nLördagen den 2 mars träffades nätverket i Ånge.\n",
      { title: "Vårträff i nätverket", date: "2019-03-14" },
    ],
    [
      "a press release's stamp (`Pressmeddelande • Maj 28, 2018 09:00 CEST`)",
      "Skip to main content\n\nLänen bjuder in till samtal om vatten\n\nPressmeddelande   •   Maj 28, 2018 09:00 CEST\n\nDen 6 juni och den 7 juni samtalar vi i juni om vatten.\n",
      { title: "Länen bjuder in till samtal om vatten", date: "2018-05-28" },
    ],
  ];
  it.each(cases)("%s", (_label, text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

const EVENT_PAGE = `14 apr 2021 klocka 13.00 - 15.00

Uppdrag samverkan – en kartläggning av länens arbete

Välkommen till ett digitalt seminarium där länet presenterar den kartläggning som redovisats till regeringen 1 mars 2021.

Program

13.00 Välkomna!

Landshövding Eva Kvist, Länsstyrelsen i Västmark.

Per Lundmark, ordförande för regeringens kommitté för samverkan.
`;

describe("an event page's programme", () => {
  it("programme:event: dated by the day and hours over its name, not by a date its text tells of", () => {
    const g = graphOf(EVENT_PAGE);
    expect(meetings(g).map((m) => [m.label, m.date])).toEqual([["2021-04-14 Uppdrag samverkan – en kartläggning av länens arbete", "2021-04-14"]]);
    expect(attendees(g)).toEqual(["Eva Kvist", "Per Lundmark"]);
  });

  it("a time before a date is when a decision holds from, not an event's hours", () => {
    const text = `• Eldningsförbud i Västmarks län\n\nLänet har beslutat att det råder eldningsförbud från och med klockan 18:00 den 11 maj 2023.\n\n${EVENT_PAGE.replace("14 apr 2021 klocka 13.00 - 15.00\n\n", "")}`;
    expect(meetings(graphOf(text)).map((m) => m.date)).not.toContain("2023-05-11");
  });

  it("an event called off (`INSTÄLLT:`, `är tyvärr inställt`) makes no meeting: no one took part", () => {
    const text = EVENT_PAGE.replace("Uppdrag samverkan", "INSTÄLLT: Uppdrag samverkan").replace(
      "Välkommen till",
      "Detta seminarium är tyvärr inställt. Välkommen till",
    );
    expect(meetings(graphOf(text))).toEqual([]);
    expect(attendees(graphOf(text))).toEqual([]);
  });
});
