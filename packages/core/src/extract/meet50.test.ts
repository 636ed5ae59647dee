/**
 * Minutes whose body is named nowhere in their header box (protocolMeeting in 04-protocol.ts): the municipality a
 * field of the organ names at the foot (`Beslutsinstans, Ljusdals kommun`), and a body named by its noun and what it
 * is for as a sentence's subject in the items, the minutes speaking of the noun alone too (`Ledamöter i rådet`).
 * Invented texts.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label } from "../../../../test/helpers/minutes";

const meetings = (text: string) => {
  const g = graphOf(text);
  return g.filterNodes((_, a) => a.kind === "meeting").map((n) => (g.getNodeAttributes(n) as { title?: string }).title ?? label(g, n));
};

// An item long enough that the foot stands below the head.
const ITEM =
  "§ 12 Verksamhetsplan\nFörvaltningen har tagit fram ett förslag till verksamhetsplan för nästa år. Planen bygger på de mål som antogs i våras och på en genomgång av hur verksamheten har utvecklats under året. Förslaget har stämts av med de fackliga organisationerna och med pensionärsrådet. Nämnden godkänner förslaget.\n";

describe("a field of the organ at the foot", () => {
  const head =
    "Sammanträdesprotokoll Sida 1 (12)\nPlats och tid Sammanträdesrum Eken, klockan 13.00-15.00\nBeslutande Arne Dahl (S) ordförande Berit Holm (M) 1:e vice ordförande Olle Vik (S) ledamot\nUtses att justera Berit Holm (M)\nJusteringens plats och tid Omsorgskontoret den 3/4\nUnderskrifter Sekreterare Eva Ström Ordförande Arne Dahl Justerande Berit Holm\n";
  it("names the meeting's municipality, its body's cell lost", () => {
    expect(meetings(`${head}Bevis om anslag Beslutsinstans, Ljusdals kommun Förvaringsplats för protokollet Omsorgskontoret\n`)).toEqual([
      "Sammanträde (Sammanträdesrum Eken), Ljusdal",
    ]);
  });
  it("not a municipality named elsewhere at the foot", () => {
    expect(meetings(`${head}${ITEM}Bevis om anslag Beslutet skickas till Ljusdals kommun\n`)).toEqual(["Sammanträdesprotokoll (Sammanträdesrum Eken)"]);
  });
});

describe("a body named only in the items", () => {
  const head =
    "Plats och tid Lindgården, 13:15-15:00 Beslutande: Övriga deltagande Karin Vest (S), ordförande Olle Brand, Hörselföreningen Sara Lind, Synskadeföreningen Per Alm, Reumatikerföreningen Lisa Berg, Strokeföreningen Jan Ek, Diabetesföreningen Nils Ström, (S) Anna Lund, Åsa Rydén, Bo Sjöberg och Kim Nyström, 6. Eva Holm, ej tjänstgörande ersättare, Hörselföreningen. Gun Vik, ej tjänstgörande ersättare, Strokeföreningen. Maria Ek, sekreterare. Utses att justera Olle Brand Justeringens plats och tid Receptionen, Kommunhuset Paragrafer 5-7 Underskrifter Sekreterare Maria Ek Ordförande Karin Vest Justerande Olle Brand\n5 Årets pris 6 Ledamöter i rådet 7 Övriga frågor\n";
  it("is the meeting's where it opens a sentence and the minutes speak of the noun alone", () => {
    expect(meetings(`${head}5 Årets pris Priset delas inte ut i år. Rådet för äldrefrågor brukar varje år dela ut ett pris.\n`)).toEqual([
      "Rådet för äldrefrågor (Lindgården)",
    ]);
  });
  it("not one a matter is sent to", () => {
    expect(meetings(`${head}5 Årets pris Ärendet skickas till Rådet för äldrefrågor.\n`)).toEqual(["Protokoll (Lindgården)"]);
  });
  it("not where the minutes never speak of the noun alone", () => {
    const text = head.replace("Ledamöter i rådet", "Ledamöter");
    expect(meetings(`${text}5 Årets pris Priset delas inte ut i år. Rådet för äldrefrågor brukar varje år dela ut ett pris.\n`)).toEqual([
      "Protokoll (Lindgården)",
    ]);
  });
});
