/**
 * Newsletters in forms met in real mailings: a heading that numbers the issue (`Nyhetsbrev nr.3 år 2022`), and a
 * newsletter whose items list their guests under a programme's label. Texts written for these tests, with invented
 * names.
 */
import { describe, expect, it } from "vitest";
import { buildGraph, readDocument } from "@samverkan/core";

const ISSUE = `Nyhetsbrev nr.2 år 2021

Välkomna till förbundets nyhetsbrev om medborgardialog!

Vi passar på att lyfta fram Dialogdagen den 22 april 2021 som vi genomför digitalt.

Avsnitt #12 Dialog i Ånge
Karin Holmlund är kommunchefen som blev kommunalråd i Ånge kommun.

Medverkande: Karin Holmlund, kommunalråd i Ånge kommun
Programledare: Olle Berggren
Tid: 21:40

Avsnitt #13 Reformen i grannlandet
Stina Wahlberg förklarar reformen.

Medverkande: Stina Wahlberg, forskare
Programledare: Olle Berggren
`;

describe("newsletters", () => {
  it("a heading that numbers the issue (`Nyhetsbrev nr.2 år 2021`) tells a newsletter", () => {
    expect(readDocument({ source: "brev.txt", content: ISSUE }).genre).toBe("newsletter");
  });

  it("the guests its items list (`Medverkande:` under a podcast's episode) took part in no event the mailing is", () => {
    const g = buildGraph([readDocument({ source: "brev.txt", content: ISSUE })], { layout: false }).graph;
    expect(g.filterEdges((_, a) => a.kind === "attended")).toEqual([]);
  });
});
