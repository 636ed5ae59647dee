/**
 * Round 38's body that met and the functionaries of an association's meeting (invented names and texts): a
 * document-sharing page's title line and a seat in parentheses name no body that met (`04-protocol.ts`, `topBody`,
 * `otherBodies`); an election item's lines are no fields of the meeting (`05-meetings.ts`, `electedOnLine`).
 */
import { describe, expect, it } from "vitest";
import { attendees, graphOf } from "../../../../test/helpers/minutes";
import { edges, meetingLabels as meetings } from "../../../../test/helpers/prose";

/** A document-sharing site's page: its title line (the PDF's first words), then `Transkript` and the PDF's text. */
const shared = (title: string, pdf: string) => `${title}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "${title}"\n\nTranskript\n\n${pdf}`;

describe("the body that met, on a document-sharing page", () => {
  it("is the protocol's head, not a body of the columns the page's title line repeats", () => {
    const g = graphOf(
      shared(
        "Ebba Lunde (KD) Tor Mellin (C) För Tekniska nämnden Siv Alm (C) Ola Berg (S)",
        "1 NORRVIKENS KOMMUN SAMMANTRÄDESPROTOKOLL Integrationsrådet Plats och tid Rådhuset kl Beslutande För Kommunstyrelsen Ebba Lunde (KD) Tor Mellin (C) För Tekniska nämnden Siv Alm (C) Ola Berg (S) Övriga deltagande Vera Holt Integrationssamordnare Paragraf Ebba Lunde, Ordförande Vera Holt, Sekreterare Siv Alm, Justerare\n\n2 5 UPPROP Ordförande öppnar mötet.",
      ),
    );
    expect(meetings(g)).toEqual(["Integrationsrådet (Rådhuset)"]);
  });
  it("is named by the title line where the PDF's text names none (`Direktionsprotokoll`)", () => {
    const g = graphOf(
      shared(
        "Direktionsprotokoll",
        "1 Plats och tid Ekby, kl Omfattning 1-12 Beslutande Ebba Lunde (S) ordförande Tor Mellin (M) 1-e vice ordförande Siv Alm (M) Ola Berg (S) Ersättare Åke Vinge (S) Övriga Vera Holt, förbundssekreterare Justerare Tor Mellin\n\n2 § 1 Val av justerare",
      ),
    );
    expect(meetings(g)).toEqual(["Direktionen (Ekby)"]);
  });
  it("is not a group a participant chairs in parentheses, and a board in capitals keeps its genitive and head", () => {
    const g = graphOf(
      shared(
        "PROTOKOLL Adjungerade: Vera Holt Norrviks kommun (ordf. styrgruppen)",
        "1 PROTOKOLL 1 (6) STYRELSEN FÖR LAXÅNS FISKEVÅRDSRÅD Närvarande Ledamöter: Ebba Lunde Norrviks kommun (ordf.) Tor Mellin Ekby kommun (vice ordf.) Siv Alm LRF Adjungerade: Vera Holt Norrviks kommun (ordf. styrgruppen) Plats: Rådhuset i Norrvik Tid: Tisdagen den 9 april kl\n\n2 1. Val av justerare Ebba Lunde hälsar alla välkomna och öppnar mötet.",
      ),
    );
    expect(meetings(g).map((m) => m.split(",")[0])).toEqual(["Styrelsen för Laxåns fiskevårdsråd (Rådhuset i Norrvik)"]);
  });
});

describe("an association's meeting whose functionaries the items choose", () => {
  const annual =
    "Årsmötesprotokoll\n\nProtokoll från årsmöte den 6 mars 2021\n\nPlats: Hembygdsgården                 Tid:  19.00 – 20.30\n\nNärvarande: 17 st medlemmar.\n\n§1  Ordförande Britt Vallin hälsar välkommen och inleder årsmötet.\n\n§2  Till mötesordförande väljs Gösta Rönn.\n\n§3  Till mötessekreterare väljs Elsa Tjäder.\n\n§4  Till justerare väljs Hugo Brask och Lilly Frost, att jämte mötesordföranden justera dagens protokoll.\n\n§5 Val.\nOrdförande: Till ordförande för föreningen väljs Britt Vallin på 1 år.\nOrdinarie ledamöter: Väljs Sture Nyman och Alma Rud på 2 år.\nIna Dahl och Elsa Tjäder har 1 år kvar på sina mandattider\n";
  it("is chaired by the one chosen to chair it, not by the association's chair the election item elects", () => {
    expect(edges(graphOf(annual), "chaired")).toEqual(["chaired Gösta Rönn -> 2021-03-06 Årsmötesprotokoll"]);
  });
  it("was attended by its functionaries, not by those elected to the board", () => {
    expect(attendees(graphOf(annual))).toEqual(["Elsa Tjäder: secretary", "Gösta Rönn: chair", "Hugo Brask: adjuster", "Lilly Frost: adjuster"]);
  });
  it("a board's meeting is chaired by the one who, written with the title after the name, opens it", () => {
    const g = graphOf(
      "Styrelsemöte 210410\n\nProtokoll fört vid styrelsemöte med Björkvikens Vägförening lördagen den 10 april 2021 kl 10.00\n\nNärvarande styrelseledamöter:\nIvar Sten, Rut Ahl och Olle Sand.\n\n  • 1 Mötet öppnas\n\nRut Ahl ordförande hälsar alla välkomna och öppnar mötet.\n\n  • 2 Föregående protokoll\n\nGodkänns av styrelsen.\n",
    );
    expect(edges(g, "chaired")).toEqual(["chaired Rut Ahl -> 2021-04-10 Styrelsen"]);
  });
});
