/**
 * Round 46's minutes readings (invented names in the layouts of real minutes): an undated meeting's municipality from
 * its body written in the genitive above it, its year from its protocol's number (`04-protocol.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, meetings } from "../../../../test/helpers/prose";

describe("an undated meeting whose title names no municipality", () => {
  it("is of the municipality whose body the header names in the genitive", () => {
    const g = graphOf(
      "sn.txt",
      "Hedemoras socialnämnd\n\n1 Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sid (9) Plats och tid Beslutande Lilla salen, " +
        "Socialförvaltningen, kl.09:00-11:00 Enligt särskild närvarolista Övriga deltagande Nämndsekreterare Ivar Lönnberg " +
        "Utses att justera Hedda Strömvik (M) Underskrifter Paragrafer Sekreterare Ivar Lönnberg Ordförande Justerande " +
        "Gerd Almsjö (S) Hedda Strömvik (M)\n",
    );
    expect(meetings(g).map((m) => m.split(" @ ")[0])).toEqual(["Socialnämnden, Hedemora"]);
    expect(edges(g, "chaired")).toEqual(["chaired Gerd Almsjö -> Socialnämnden, Hedemora"]);
  });

  it("is dated to its year by its protocol's number, written whole further on", () => {
    const g = graphOf(
      "dir.txt",
      "1 Datum av 8 Direktionen Sammanträdesprotokoll 2/ Plats och tid: Brandstation Norrby, kl. 13:00 Beslutande: " +
        "Ulla Grensjö (S), ordförande Per Vallmark (M) Övriga: Siv Ahlberg, förbundsdirektör\n" +
        "2 2 av 8 Utses att justera: Per Vallmark Ordförande:. Ulla Grensjö ANSLAG Justering av protokoll 2/2021 har tillkännagivits.\n",
    );
    expect(meetings(g).map((m) => m.split(" @ ")[0])).toEqual(["2021 Direktionen"]);
  });

  it("takes no year from another protocol's number", () => {
    const g = graphOf(
      "dir.txt",
      "1 Datum av 8 Direktionen Sammanträdesprotokoll 2/ Plats och tid: Brandstation Norrby, kl. 13:00 Beslutande: " +
        "Ulla Grensjö (S), ordförande Per Vallmark (M)\n" +
        "2 2 av 8 Utses att justera: Per Vallmark Ordförande:. Ulla Grensjö § 1 Protokoll 1/2020 från förra mötet läggs till handlingarna.\n",
    );
    expect(meetings(g).every((m) => !/2020/.test(m))).toBe(true);
  });
});

describe("a body's name in capitals that OCR split", () => {
  const scan = (title: string) =>
    `1 ~rk 'i; Vallby kommun '- ${title} i Plats och tid Beslutande Lilla salen kl Stig Arnsjö (s), Bo Hedin (m) Ersättare ` +
    "Kim Tallqvist (s) Utses att justera Bo Hedin (m) Underskrifter Sekreterare Ordförande Justerande\n";

  it("is the whole word where the pieces joined end in a body noun", () => {
    const g = graphOf("tu.txt", scan("TI LLGÄNG L1G HETSUTSKOTTET"));
    expect(meetings(g).map((m) => m.split(" @ ")[0])).toEqual(["Tillgänglighetsutskottet"]);
  });

  it("is not joined to a page's number before it", () => {
    const g = graphOf("tu.txt", scan("SID 1 KULTURUTSKOTTET"));
    expect(meetings(g).map((m) => m.split(" @ ")[0])).toEqual(["Kulturutskottet"]);
  });
});
