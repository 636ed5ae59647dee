/**
 * Mends of a reviewer's findings on round 28's readings, each with the invented text that showed it: a body the last
 * item of minutes names is not the body that met; a bare body noun is no shared body of every organisation.
 */
import { readDocument } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../helpers/minutes";
import { personRoles } from "../helpers/roles";

const seats = (text: string) => personRoles(graphOf(text)).filter((r) => r.includes(" @ "));
const organisers = (text: string) => {
  const g = graphOf(text);
  return g.filterEdges((_, a) => a.kind === "organised_by").map((e) => label(g, g.target(e)));
};

describe("minutes whose head names no body and whose items say `Nämnden beslutar`", () => {
  const items = Array.from({ length: 6 }, (_, n) => `§ ${n + 1} Ärende ${n + 1}\nNämnden beslutar att godkänna rapporten om verksamheten.`).join("\n");
  const text = (head: string, foot: string) =>
    `${head}\n\nNärvarande\nKarin Holm (S), ordförande\nOlle Dahl (M)\n\n${items}\n${foot}\n\nJusteras\n\nKarin Holm\nOlle Dahl, justerare\n`;
  it.each([
    ["a decision sent to other bodies", "§ 7 Remiss\nNämnden beslutar att svara. Beslutet skickas till Socialnämnden och Byggnadsnämnden."],
    ["the bodies it is sent to", "Expedieras: Kultur- och fritidsnämnden"],
  ])("do not take a body that %s names for the one that met", (_, foot) => {
    expect(seats(text("Protokoll\n2024-03-14", foot)).filter((r) => /@ (?:Socialnämnden|Byggnadsnämnden|Kultur- och fritidsnämnden)$/.test(r))).toEqual([]);
  });
  it("a board's minutes do not take the municipal board whose remiss they answer", () => {
    const board = text("Protokoll\n2024-03-14", "§ 7 Remiss\nStyrelsen beslutar att besvara remissen från Kommunstyrelsen.").replaceAll(
      "Nämnden beslutar",
      "Styrelsen beslutar",
    );
    expect(seats(board).some((r) => r.endsWith("@ Kommunstyrelsen"))).toBe(false);
  });
  it("a footer naming the body alone on its line is the body", () => {
    expect(organisers(text("Protokoll\n2024-03-14", "\nMiljönämnden\n"))).toEqual(["Miljönämnden"]);
  });
  it("`Protokoll från nämnden` over a signature `ordförande Miljönämnden` is Miljönämnden's", () => {
    const signed = text("Protokoll från nämnden\n2024-03-14", "").replace(
      "Karin Holm\nOlle Dahl, justerare",
      "Karin Holm, ordförande Miljönämnden\nOlle Dahl, justerare",
    );
    expect(organisers(signed)).toEqual(["Miljönämnden"]);
    expect(seats(signed)).toEqual(["Karin Holm: ordförande @ Miljönämnden", "Olle Dahl: ledamot @ Miljönämnden"]);
  });
});

describe("papers' readings kept to their layouts", () => {
  it("`För styrelsen` over an association's signature names no body: a bare `Styrelsen` would be every board's", () => {
    const text = "Remissvar från Naturskyddsföreningen i Vallentuna\n\nVi tillstyrker förslaget.\n\nFör styrelsen\n\nAnna Berg\nOrdförande\n";
    expect(seats(text)).toEqual([]);
  });
  it.each([
    ["Lena Ek är ordförande och leder kommunstyrelsen i Sigtuna kommun.", "Lena Ek: ordförande @ Kommunstyrelsen"],
    ["Per Holm, ordförande, kallar kommunstyrelsen i Sigtuna kommun till extra möte.", "Per Holm: ordförande @ Kommunstyrelsen"],
  ])("a body after a verb whose subject the person is, is where the role is held: %j", (sentence, seat) => {
    expect(seats(`Nyheter\n\n${sentence}\n`)).toContain(seat);
  });
  it.each([
    "Per Holm, som föreslogs av partiet, är sedan 2019 kommunstyrelsens ordförande i Vallentuna.",
    "Per Holm, som föreslogs förra året, är sedan i våras ordförande i kommunstyrelsen i Vallentuna.",
  ])("a proposal earlier in the clause leaves the role: %j", (sentence) => {
    expect(seats(`Nyheter\n\n${sentence}\n`)).toContain("Per Holm: ordförande @ Kommunstyrelsen");
  });
});

describe("a decision taken under delegation (`DELEGATIONSBESLUT`)", () => {
  it("lists `Beslutande` and a date as minutes do, but is no meeting, and its official holds no seat in the board", () => {
    const text =
      "DELEGATIONSBESLUT\nMiljö- och byggnadsnämnden i Ljungby kommun\nBeslutande: Tor Lindqvist, bygglovschef\nDatum: 2024-04-02\n\nBeslut\nBygglov beviljas för tillbyggnad av enbostadshus.\n";
    const g = graphOf(text);
    expect(g.filterNodes((_, a) => a.kind === "meeting")).toEqual([]);
    expect(seats(text)).toEqual([]);
  });
});

describe("a time after a title's `för` (`Moderator för dagen är X`)", () => {
  it("is no organisation the title is held in", () => {
    const g = graphOf("Konferens\n\nKonferensen inleds av Anna Frid. Moderator för dagen är Jonas Bredberg.\n");
    expect(g.filterNodes((_, a) => a.kind === "organisation").map((n) => label(g, n))).toEqual([]);
    expect(personRoles(g)).toContain("Jonas Bredberg: moderator");
  });
});

describe("an English title with its article or owner before it, then the name set off by commas", () => {
  it.each([
    "We were greeted by the town's long-serving Mayor, Olle Grahn, who gave a presentation.",
    "The delegation was welcomed by the Mayor, Olle Grahn, at the town hall.",
  ])("is the name's: %j", (sentence) => {
    const roles = personRoles(graphOf(`Delegation visits the town\n\nOn 5 June 2023 a delegation from the region visited the town. ${sentence}\n`));
    expect(roles.filter((r) => r.startsWith("Olle Grahn"))).toEqual(["Olle Grahn: kommunstyrelsens ordförande"]);
  });
});

describe("a second reviewer's findings on the late readings", () => {
  const meetings = (g: ReturnType<typeof graphOf>) => g.filterNodes((_, a) => a.kind === "meeting").map((n) => label(g, n));
  const edges = (g: ReturnType<typeof graphOf>, kind: string) =>
    g.filterEdges((_, a) => a.kind === kind).map((e) => `${label(g, g.source(e))} -> ${label(g, g.target(e))}`);
  it("an event still to come (`hålls`, `inleds av`, `Moderator för dagen är`) is no meeting that took place", () => {
    const g = graphOf(
      "Från: Eva Dalman <eva.dalman@exempel.se>\nSkickat: den 4 mars 2024 09:12\nTill: Kommunledningen\nÄmne: Inbjudan\n\nHej!\n\nVår länskonferens hålls den 14 maj i Solna. Moderator för dagen är Olof Stenmark. Dagen inleds av landshövding Anders Holmér.\n\nHälsningar\nEva\n",
    );
    expect(meetings(g)).toEqual([]);
  });
  it("a second event told in the same section keeps its own people", () => {
    const g = graphOf(
      "Nyhetsbrev från nätverket 2024\n\nNätverkets vårträff hölls den 12 april 2024 i Nacka. Det var en bra dag.\n\nStyrgruppens möte hölls den 20 april 2024 i Täby. Ordförande Bo Ek öppnade mötet. Från Vallentuna kom Sara Lind.\n",
    );
    expect(edges(g, "chaired").filter((e) => e.includes("Vårträff"))).toEqual([]);
    expect(edges(g, "attended").filter((e) => e.includes("Vårträff"))).toEqual([]);
  });
  it("`Från X kom` without a name after it is no attendance", () => {
    const g = graphOf(
      "Nyhetsbrev\n\nNätverkets workshop hölls den 3 april 2024 i Nacka. Anna Berg talade om beredskap. Från Myndigheten för samhällsskydd och beredskap kom nyligen ett besked om att Karin Ahl ska leda utredningen.\n",
    );
    expect(edges(g, "attended").filter((e) => e.startsWith("Karin Ahl"))).toEqual([]);
  });
  it("minutes that open with a `Delegationsbeslut` heading are still minutes", () => {
    const text =
      "Delegationsbeslut\n\nSOCIALNÄMNDEN\nPROTOKOLL\nSammanträdesdatum 2024-03-14\n\nPlats och tid: Kommunhuset, kl 18.00–20.00\nBeslutande: Anna Ek (S), ordförande, Bo Lind (M), Cecilia Ahl (V)\nJusterare: Bo Lind\n\n§ 1 Val av justerare\n";
    expect(meetings(graphOf(text)).length).toBe(1);
  });
  it.each([
    ["Nyhetsbrev nr 3 – 14 mars 2024\n\nHej alla!\n", "2024-03-14"],
    ["PROTOKOLL, Kommunstyrelsen, sammanträde nr 5 - 2024-03-14\n\nHej alla!\n", "2024-03-14"],
  ])("a number before a date's dash is no first day: %j", (text, date) => {
    expect(readDocument({ source: "n.txt", content: text }).date).toBe(date);
  });
  it("`the Mayor, X,` followed by the name's own title or another name is not X's title", () => {
    const roles = personRoles(
      graphOf(
        "Letter to the town\n\nIn a letter to the Mayor, Eva Lund, head of planning at Nacka, wrote about housing. Participants included the Mayor, Carl Berg, Dina Holm, and Per Ek.\n",
      ),
    );
    expect(roles.filter((r) => /^(?:Eva Lund|Carl Berg): kommunstyrelsens ordförande/.test(r))).toEqual([]);
  });
});
