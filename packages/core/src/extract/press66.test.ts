/**
 * Round 66's press texts (invented names, in the layouts of councils' and regions' news pages and minutes told in
 * prose): a run of names with their titles after them holds each title in the organisation it stood for (`<Org> som
 * företräddes av X, title`) or received a prize for (`… till <Org>. Priset mottogs av X title`) (`03-appositions.ts`,
 * `runOrganisation`); a text with `fullmäktige` and a decision verb is read for the sitting it reports with no meeting
 * word (`extract-document.ts`, `mayReport`); a name written later without its middle name is the one person
 * (`extract-document.ts`).
 */
import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { graphOf, heldRoles, meetingLabels } from "../../../../test/helpers/prose";

const news = (...lines: string[]) => ["Priset delades ut i Bystad", "", "3 december 2019", "", ...lines].join("\n");

describe("a run of names with titles after them that stood for an organisation", () => {
  const g = graphOf(
    "nyhet.txt",
    news(
      "Regionrådet Edvin Rask delade ut regionens kulturpris 2018 till Vallby Naturskola. Priset mottogs av Tuva Kronlund ordförande, Algot Sjödin verksamhetschef, Siri Holm konsulent samt Maud Ekerot.",
      "Hedersomnämnande tilldelades Vallby Bygg AB som företräddes av Nils Grahn, projektledare på byggavdelningen samt Ebbe Lind, enhetschef energi. Hedersomnämnande tilldelades även Ekby Vårdlag som företräddes av Rut Alm, enhetschef, Gun Berg undersköterska och Ola Strand, kurator.",
    ),
  );

  it("holds each title in the organisation the prize was given to (`till <Org>. Priset mottogs av X title`)", () => {
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Tuva Kronlund: ordförande @ Vallby Naturskola",
        "Algot Sjödin: verksamhetschef @ Vallby Naturskola",
        "Siri Holm: konsulent @ Vallby Naturskola",
      ]),
    );
  });

  it("holds each title in the organisation before `som företräddes av`, a unit the title names kept", () => {
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Nils Grahn: projektledare @ Byggavdelningen",
        "Ebbe Lind: enhetschef @ Vallby Bygg AB",
        "Rut Alm: enhetschef @ Ekby Vårdlag",
        "Gun Berg: undersköterska @ Ekby Vårdlag",
        "Ola Strand: kurator @ Ekby Vårdlag",
      ]),
    );
  });

  it("leaves a title placeless when no sentence names what the prize went to", () => {
    const h = graphOf("nyhet.txt", news("Priset mottogs av Tuva Kronlund ordförande och Algot Sjödin verksamhetschef."));
    expect(heldRoles(h)).toContain("Algot Sjödin: verksamhetschef");
  });
});

describe("a council's sitting told by the body and what it decided, with no meeting word", () => {
  it("is read as the day's sitting (`I dag på regionfullmäktige valdes X`)", () => {
    const text = `Ny ordförande för regionstyrelsen i Region Dalarna

I dag på regionfullmäktige valdes Eva Lind (C) till ordförande för regionstyrelsen. Hon efterträder Bo Ström (S).
`;
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["Regionfullmäktige, Region Dalarna"]);
  });
});

describe("a name written later without its middle name", () => {
  it("is the one person of the document with that middle name (`Eva Maria Lund` … `Eva Lund`)", () => {
    const g = graphOf(
      "nyhet.txt",
      news("Föreningen Vallby Natur höll årsmöte i går. Till ordförande valdes Eva Maria Lund. Eva Lund tackade för förtroendet."),
    );
    expect(persons(g)).toEqual(["Eva Maria Lund"]);
  });

  it("is the one person of the document with that first surname (`Eva Holmgren Lund` … `Eva Lund`)", () => {
    const g = graphOf("nyhet.txt", news("Projektet leds av Eva Holmgren Lund och Nils Ek. Eva Lund berättade om arbetet med skolorna."));
    expect(persons(g)).toEqual(["Eva Holmgren Lund", "Nils Ek"]);
  });
});
