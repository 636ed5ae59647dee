/**
 * Round 55's press texts on staff titles (invented names, in the layouts of municipalities' and regions' news pages):
 * a title held `för` a unit the lexicon lacks, written before the name (`förvaltningschef för Norrby Service X`); a run
 * of `title Name` after `<Org> som företräddes av`, each title held in that organisation (`03-appositions.ts`,
 * `titleBefore`, `runTitle`); an ordinal vice chair of the executive board keeps its ordinal (`roles.json`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

const news = (...lines: string[]) => ["Priset delades ut i Bystad", "", "3 december 2019", "", ...lines].join("\n");

describe("a title held för a unit the lexicon lacks", () => {
  it("is held in the unit named between the title and the name", () => {
    const g = graphOf("nyhet.txt", news("Mötet inleddes av förvaltningschef för Norrby Service Gunnel Arnér som berättade om året."));
    expect(heldRoles(g)).toContain("Gunnel Arnér: förvaltningschef @ Norrby Service");
  });
});

describe("a run of titled names that stood for an organisation", () => {
  it("holds each title in the organisation the phrase before `som företräddes av` opens with", () => {
    const g = graphOf(
      "nyhet.txt",
      news(
        "Ett hedersomnämnande tilldelades Rehabenheten, Medicinska kliniken vid Bystads lasarett som företräddes av enhetschef Gunnel Arnér, sjukgymnast Ture Sandvik och arbetsterapeut Maj Forsell.",
      ),
    );
    expect(heldRoles(g)).toEqual(
      expect.arrayContaining([
        "Gunnel Arnér: enhetschef @ Rehabenheten",
        "Ture Sandvik: sjukgymnast @ Rehabenheten",
        "Maj Forsell: arbetsterapeut @ Rehabenheten",
      ]),
    );
  });

  it("leaves a run no such clause opens placeless", () => {
    const g = graphOf("nyhet.txt", news("Priset togs emot av enhetschef Gunnel Arnér, sjukgymnast Ture Sandvik och arbetsterapeut Maj Forsell."));
    expect(heldRoles(g)).toContain("Maj Forsell: arbetsterapeut");
  });
});

describe("an ordinal vice chair of the executive board", () => {
  it("keeps its ordinal (`kommunstyrelsens 1:e vice ordförande, X`)", () => {
    const g = graphOf(
      "nyhet.txt",
      [
        "Nytt styre i Hjo",
        "",
        "3 december 2019",
        "",
        "Hjo kommun har fått ett nytt styre. Kommunstyrelsens 1:e vice ordförande, Gunnel Arnér (M), säger att arbetet börjar nu.",
      ].join("\n"),
    );
    expect(heldRoles(g)).toContain("Gunnel Arnér: kommunstyrelsens förste vice ordförande @ Hjo");
  });
});

describe("a body's sentence of who sits in it", () => {
  it("leaves no placeless seat beside the one held in the body", () => {
    const g = graphOf(
      "nyhet.txt",
      [
        "Så styrs Hjo",
        "",
        "3 december 2019",
        "",
        "Kommunstyrelsen i Hjo består av Gunnel Arnér (M) ordförande, Ture Sandvik (L) vice ordförande och Maj Forsell (S).",
      ].join("\n"),
    );
    expect(heldRoles(g).filter((r) => r.startsWith("Gunnel Arnér"))).toEqual(["Gunnel Arnér: ordförande @ Kommunstyrelsen"]);
  });
});
