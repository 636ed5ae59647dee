/**
 * A meeting told in prose (05-meetings.ts): a sentence naming an event with a verb saying it took place makes the
 * meeting, with the chair, speakers and attendees its section then states, and nobody else it names. Texts written for
 * these tests, with invented names.
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, meetings } from "../helpers/prose";

describe("meeting:conference told in prose", () => {
  it("`gick av stapeln den 3–4 april 2024 i Järfälla`: the first day, the place, and only the people said to open, talk or come", () => {
    const g = graphOf(
      "nyhetsbrev.txt",
      "Nyhetsbrev från Västerorts nätverk\n\nVårträffen i Järfälla\n\nNätverkets vårträff gick av stapeln den 3–4 april 2024 i Järfälla. Ordförande Hanna Ljungqvist öppnade träffen. Därefter talade Mikael Tornberg, säkerhetschef i Region Stockholm, om övningar. Från Ekerö kom Siv Almgren och Bo Raskén. Karin Videgård, Storsthlm, var siste talare. Dagens jubilar, Greta Forsell, fick blommor.\n\nFrån Myndigheten för vattenvård (MfV) kom Ulla Tegnér. Nils Fagerholm talade inför publiken. Ljudteknikern Ove Sandahl skötte mikrofonerna.\n",
    );
    expect(meetings(g)).toEqual(["2024-04-03 Vårträff @ Järfälla"]);
    expect(edges(g, "chaired", "spoke_at", "attended")).toEqual([
      "attended Bo Raskén -> 2024-04-03 Vårträff",
      "attended Siv Almgren -> 2024-04-03 Vårträff",
      "attended Ulla Tegnér -> 2024-04-03 Vårträff",
      "chaired Hanna Ljungqvist -> 2024-04-03 Vårträff",
      "spoke_at Karin Videgård -> 2024-04-03 Vårträff",
      "spoke_at Mikael Tornberg -> 2024-04-03 Vårträff",
      "spoke_at Nils Fagerholm -> 2024-04-03 Vårträff",
    ]);
  });

  it("`Mötet leddes av X`, `Vid mötet deltog A och B` after `träffades … i Täby för en nätverksträff`", () => {
    const g = graphOf(
      "nyhet.txt",
      "Norrortsnytt\n\nIgår träffades ordförandena i Norrort i Täby för en nätverksträff. Vid mötet deltog Lars Ekenvall (M) och Sofia Wikner (S). Mötet leddes av ordförande Per Lundell.\n",
    );
    expect(meetings(g)).toEqual(["Nätverksträff @ Täby"]);
    expect(edges(g, "chaired", "spoke_at", "attended")).toEqual([
      "attended Lars Ekenvall -> Nätverksträff",
      "attended Sofia Wikner -> Nätverksträff",
      "chaired Per Lundell -> Nätverksträff",
    ]);
  });

  it("an event named in passing, with no day and no municipality, makes no meeting; `som leddes av X` of a commission makes no chair", () => {
    const g = graphOf(
      "nyhet.txt",
      "Om nedrustning\n\nDetta möte hölls för första gången i Genève och samlade många stater. Dagen efter presenterade Olle Ringström en rapport. Kommissionen som leddes av Hans Brikell lämnade förslag.\n",
    );
    expect(meetings(g)).toEqual([]);
    expect(edges(g, "chaired", "spoke_at", "attended")).toEqual([]);
  });

  it("an e-mailed report: `som Länsstyrelsen … arrangerade i Solna den 14 mars` organised it; `Moderator var X` chaired", () => {
    const g = graphOf(
      "rapport.txt",
      "Från: Eva Dalman <eva.dalman@exempel.se>\nSkickat: den 15 mars 2024 09:12\nTill: Kommunledningen\nÄmne: Rapport\n\nHej!\n\nHär kommer en kort rapport från länskonferensen om civilt försvar som Länsstyrelsen i Stockholms län arrangerade i Solna den 14 mars. Landshövding Anders Holmér inledde med en lägesbild. Därefter talade Petra Linde, säkerhetschef i Huddinge kommun, om samverkan. Moderator var Olof Stenmark från Storsthlm. Från Nacka deltog Maria Strömberg (M), kommunstyrelsens ordförande.\n\nHälsningar\nEva\n",
    );
    expect(meetings(g)).toEqual(["2024-03-14 Länskonferens @ Solna"]);
    expect(edges(g, "chaired", "spoke_at", "attended", "organised_by")).toEqual([
      "attended Maria Strömberg -> 2024-03-14 Länskonferens",
      "chaired Olof Stenmark -> 2024-03-14 Länskonferens",
      "organised_by 2024-03-14 Länskonferens -> Länsstyrelsen i Stockholms län",
      "spoke_at Anders Holmér -> 2024-03-14 Länskonferens",
      "spoke_at Petra Linde -> 2024-03-14 Länskonferens",
    ]);
  });
});
