/**
 * Layouts of real minutes read in the 18th round of review (01-protocol, 04-protocol, 05-meetings): fields of reserves
 * not serving written without their noun or narrowed after a comma, and more. Invented people; the layouts of real
 * minutes.
 */
import { describe, expect, it } from "vitest";
import { attendanceCapacities, graphOf } from "../helpers/roles";

describe("fields of reserves not serving", () => {
  it("read `Ej tjänstgörande` without its noun as the reserves present, not as members", () => {
    const text = `KOMMUN SAMMANTRÄDESPROTOKOLL Kommunstyrelsen 2013-01-09
Plats och tid Sessionssalen, kl 13.00 Beslutande Arne Dahl, ordförande Berit Holm Carl Lund Ej tjänstgörande Doris Ek Erik Falk Frida Sten Övriga deltagande Gösta Berg, kommunchef Utses att justera Berit Holm Underskrifter Sekreterare Ordförande Justerande Gösta Berg Arne Dahl Berit Holm
§ 1 Val av justerare
`;
    const got = attendanceCapacities(text);
    expect(got["Carl Lund"]).toBe("member");
    for (const name of ["Doris Ek", "Erik Falk", "Frida Sten"]) expect(`${name}: ${got[name]}`).toBe(`${name}: nonserving`);
  });

  it("read a field narrowed after its comma (`Närvarande, ej tjänstgörande ersättare`) as the narrower field", () => {
    const text = `PROTOKOLL Kommunfullmäktige 1 (40)
Tid och plats Stadshuset, kl 18.00 Beslutande Se förteckning bilaga 1 Närvarande, ej tjänstgörande ersättare Arne Dahl Berit Holm Carl Lund (M) Övriga närvarande Doris Ek, sekr Paragrafer 1-9
§ 1 Val av justerare
`;
    const got = attendanceCapacities(text);
    for (const name of ["Arne Dahl", "Berit Holm", "Carl Lund"]) expect(`${name}: ${got[name]}`).toBe(`${name}: nonserving`);
  });

  it("keep two fields joined by a comma and one word (`Ledamöter, ersättare`) the first field's", () => {
    const text = `PROTOKOLL Kommunstyrelsen 2013-01-09
Plats och tid Sessionssalen, kl 13.00 Närvarande, ersättare Arne Dahl (S) Berit Holm (M)
§ 1 Val av justerare
`;
    expect(attendanceCapacities(text)["Arne Dahl"]).not.toBe("nonserving");
  });
});

describe("a signature block flattened names first", () => {
  const text = `TJÖRNS KOMMUN KOMMUNFULLMÄKTIGE
Datum: Måndagen den 8 februari 2010 Tid: Kl. 18:30-20:30 Plats: Kulturhuset Övriga: Doris Ek, kommunsekreterare Paragrafer: 1-27 Justerare: Berit Holm (fp) och Carl Lund (s) Doris Ek Arne Dahl Berit Holm (fp) Carl Lund (s) sekreterare ordförande justerare justerare BEVIS Justeringen har tillkännagivits via anslag
§ 1 Val av justerare
`;
  it("give each label of the row after the names (`A B C D sekreterare ordförande justerare justerare`) to its name in the row", () => {
    const got = attendanceCapacities(text);
    expect(got["Arne Dahl"]).toBe("chair");
    expect(got["Carl Lund"]).toBe("adjuster");
    const g = graphOf(text);
    expect(g.filterEdges((_, a) => a.kind === "chaired").map((e) => g.getNodeAttribute(g.source(e), "label"))).toEqual(["Arne Dahl"]);
  });
});

describe("a chair's label over an official's name", () => {
  const text = `1 Sammanträdesprotokoll Sida 1 (24) Plats och tid Sammanträdesrum Möller, klockan 18.00 Beslutande Arne Dahl (S) ordförande Berit Holm (S) ersättare för Carl Lund (S) Doris Ek (M) 1:e vice ordförande Erik Falk (M) ledamot Övriga närvarande Frida Sten (S) Gösta Berg ersättare förvaltningschef Utses att justera Doris Ek (M) Justeringens plats och tid Sekreterare Vård och Omsorg den 26/4 Paragrafer 25-31 Ordförande Hanna Lind Justerande Arne Dahl Doris Ek
2 Sammanträdesprotokoll Sida 2 (24) Bevis om anslag Protokollet har justerats. Underskrift Hanna Lind
3 Sammanträdesprotokoll Sida 3 (24) 25 Ändring av dagordningen Ordföranden föreslår att ärende 6 utgår.
`;
  it("keep the member listed as chair (`Arne Dahl (S) ordförande`) the chair where the label's name is listed among the others present", () => {
    const withOfficial = text.replace("Gösta Berg ersättare förvaltningschef", "Gösta Berg Hanna Lind ersättare förvaltningschef sekreterare");
    const g = graphOf(withOfficial);
    expect(g.filterEdges((_, a) => a.kind === "chaired").map((e) => g.getNodeAttribute(g.source(e), "label"))).toEqual(["Arne Dahl"]);
  });
  it("keep the label's chair where its name is a member's", () => {
    const g = graphOf(
      text.replace(
        "Justeringens plats och tid Sekreterare Vård och Omsorg den 26/4 Paragrafer 25-31 Ordförande Hanna Lind Justerande Arne Dahl Doris Ek",
        "Underskrifter Sekreterare Hanna Lind Ordförande Doris Ek Justerande Erik Falk",
      ),
    );
    expect(g.filterEdges((_, a) => a.kind === "chaired").map((e) => g.getNodeAttribute(g.source(e), "label"))).toEqual(["Doris Ek"]);
  });
});

describe("fields written otherwise", () => {
  it("read `Icke tjänstgörande ersättare` as `ej tjänstgörande ersättare`", () => {
    const text = `PROTOKOLL Förbundsstyrelsen 2006-06-01
Plats och tid: Kommunhuset, kl 10:00 Beslutande: Arne Dahl (s), ordförande Berit Holm (m) Icke tjänstgörande ersättare Carl Lund (m) Utses att justera: Berit Holm
§ 1 Val av justerare
`;
    const got = attendanceCapacities(text);
    expect(got["Berit Holm"]).toBe("member");
    expect(got["Carl Lund"]).toBe("nonserving");
  });

  it("give the names after fields side by side whose people are listed elsewhere (`Enligt närvarolista`) to the single label among them", () => {
    const text = `REGIONFULLMÄKTIGE, Rådhusets sessionssal, Örebro
Plats och tid: Beslutande: Icke tjänstgörande ersättare Sekreterare: Sessionssalen, Rådhuset, Örebro Torsdag den 6 mars 2008 Enligt närvarolista Enligt närvarolista Doris Ek Utses att justera: Arne Dahl (s) Berit Holm (m)
§ 1 Val av justerare
`;
    expect(attendanceCapacities(text)["Doris Ek"]).toBe("secretary");
  });
});

describe("labels side by side whose first holds no people", () => {
  const text = (place: string) => `PROTOKOLL Förbundsstyrelsen för Regionförbundet
3 Plats och tid: Beslutande: ${place}, Örebro Torsdag den 1 juni 2006 10:00 12:00 Arne Dahl (s), ordförande Berit Holm (v) Carl Lund (m) Icke tjänstgörande ersättare Doris Ek (m) Utses att justera: Berit Holm
4 33 Delårsbokslut jan-april
`;
  it("read the place right after them (`Plats och tid: Beslutande: Net City, Örebro`) as no person", () => {
    const got = attendanceCapacities(text("Net City"));
    expect(got["Net City"]).toBeUndefined();
    expect(got["Arne Dahl"]).toBe("member");
  });
});

describe("a name before a title that opens with an adjective", () => {
  it("end the name before the adjective (`Eva Ek Administrativ chef Per Holm`)", () => {
    const text = `1 Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sid (18) Plats och tid Beslutande Gröna rummet, Socialförvaltningen, kl.09:00-13:40 Enligt särskild närvarolista Övriga deltagande Nämndsekreterare Arne Dahl Socialchef Berit Holm Administrativ chef Carl Lund Utredare Doris Ek Utses att justera Erik Falk (M) Justeringens plats och tid Socialkontoret, kl. 13:55 Underskrifter Paragrafer Sekreterare Arne Dahl Ordförande Justerande Frida Sten (S) Erik Falk (M)
2 Socialnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Sid (18) Ärendelista 63. Fastställande av dagordning
`;
    const got = attendanceCapacities(text);
    expect(got["Berit Holm"]).toBe("other");
    expect(got["Berit Holm Administrativ"]).toBeUndefined();
  });
});
