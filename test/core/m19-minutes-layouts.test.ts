/**
 * Layouts of real minutes read in the 19th round of review (protocol.json, 01-lists, 01-protocol, 04-protocol,
 * 05-meetings): association boards' sections (`Suppleanter`, `Sekretariatet`, `Gäster`, `Förhindrade`), `Närvaro` in
 * running text, and more. Invented people; the layouts of real minutes.
 */
import { describe, expect, it } from "vitest";
import { attendanceCapacities, graphOf } from "../helpers/roles";

const attendees = (text: string) => Object.keys(attendanceCapacities(text)).sort();

describe("an association board's sections", () => {
  it("read `Suppleanter` and `Sekretariatet` under a table's head row as reserves and staff", () => {
    const text = `PROTOKOLL

Möte med sektionens styrelse den 3 mars 2019

Ledamöter Närvarande
Karin Berg X, mötesordförande § 1 - § 9
Olof Strand X
Lisa Holm anmält förhinder
Suppleanter
Per Ek X
Anna Lind X
Sekretariatet
Maja Sund X, sekreterare
Nils Ström X

§ 1 Mötet öppnas
`;
    const got = attendanceCapacities(text);
    expect(got).toEqual({
      "Karin Berg": "member",
      "Olof Strand": "member",
      "Per Ek": "nonserving",
      "Anna Lind": "nonserving",
      "Maja Sund": "staff",
      "Nils Ström": "staff",
    });
  });

  it("read `Gäster:` as others present and `Förhindrade:` as absent", () => {
    const text = `Protokoll fört vid styrelsemöte den 11 september 2019 Närvarande: Karin Berg, Olof Strand, Lisa Holm. Gäster: Per Ek, Anna Lind. Förhindrade: Maja Sund
1. Dagordning Styrelsen beslöt arbeta efter utsänt förslag till dagordning.
`;
    const got = attendanceCapacities(text);
    expect(got["Per Ek"]).toBe("other");
    expect(got["Anna Lind"]).toBe("other");
    expect(got["Karin Berg"]).toBe("member");
    expect(got["Maja Sund"]).toBeUndefined();
  });

  it("read `Dessutom:` after the reserves serving as the others present", () => {
    const text = `Protokoll från beslutsgruppsmöte den 3 oktober 1997 Närvarande: Karin Berg, ordf. Ledamöter: Olof Strand Lisa Holm Tjänstgörande ersättare Per Ek Anna Lind Dessutom: Maja Sund/Nils Ström, sekretariatet Utvärderarna Eva Falk och Gösta Dahl (punkt 5) Karin Berg öppnade mötet och hälsade alla välkomna. 1. Fastställande av dagordning
`;
    const got = attendanceCapacities(text);
    expect(got["Per Ek"]).toBe("substitute");
    for (const name of ["Maja Sund", "Nils Ström", "Eva Falk", "Gösta Dahl"]) expect(`${name}: ${got[name]}`).toBe(`${name}: other`);
  });

  it("read `Närvaro` in running text as the list of who took part", () => {
    const text = `Protokoll från styrelsemötet 4 september

Mötets öppnande Mötet förklarades öppnat. Närvaro Karin Berg (lämnade mötet efter punkt 9) Olof Strand Lisa Holm Per Ek (utan rösträtt, med yttranderätt) Val av mötesfunktionärer Val av mötesordförande Lisa Holm valdes enhälligt till mötesordförande.
`;
    expect(attendees(text)).toEqual(["Karin Berg", "Lisa Holm", "Olof Strand", "Per Ek"]);
  });
});

describe("a board's notes titled by the meeting", () => {
  it("read `Styrelsemöte <date>` over a `Närvarande:` line and an association's agenda as minutes", () => {
    const text = `Styrelsemöte 2021-03-14

Närvarande: Karin Berg, Olof Strand, Lisa Holm och Per Ek.

1. Mötets öppnande
Ordförande Karin Berg öppnade mötet.
2. Val av justerare
Olof Strand valdes att justera protokollet.
3. Godkännande av dagordning
`;
    expect(attendees(text)).toEqual(["Karin Berg", "Lisa Holm", "Olof Strand", "Per Ek"]);
  });
});

describe("a chair's title abbreviated", () => {
  it("read `mötesordf.` after a listed name as the meeting's chair", () => {
    const text = `PROTOKOLL

Möte med sektionens styrelse den 1 december 2019

Ledamöter Närvarande
Karin Berg X
Olof Strand X, mötesordf. § 74-88
Lisa Holm X, mötesordf. § 89-97
Per Ek Anmält förhinder

§74 Val av justerare
`;
    const g = graphOf(text);
    const chairs = g
      .filterEdges((_, a) => a.kind === "chaired")
      .map((e) => g.getNodeAttribute(g.source(e), "label"))
      .sort();
    expect(chairs).toEqual(["Lisa Holm", "Olof Strand"]);
  });
});

describe("a reserve serving without `för`", () => {
  const text = `SAMMANTRÄDESPROTOKOLL
Socialnämnden 2019-04-10
Plats och tid Kommunhuset, kl 13.00-15.00
Beslutande Karin Berg (S), ordförande
Olof Strand (M)
Lisa Holm (C) tjg Per Ek (C)
Anna Lind (S) tjänstgörande Maja Sund (S)
Nils Ström (L)
Övriga deltagande Gösta Dahl, sekreterare
Utses att justera Olof Strand
§ 1 Val av justerare
`;
  it("read `X tjg Y` and `X tjänstgörande Y` as X serving for Y, who was not there", () => {
    const got = attendanceCapacities(text);
    expect(got["Lisa Holm"]).toBe("substitute");
    expect(got["Anna Lind"]).toBe("substitute");
    expect(got["Per Ek"]).toBeUndefined();
    expect(got["Maja Sund"]).toBeUndefined();
    expect(got["Nils Ström"]).toBe("member");
  });

  it("read the same inline, flattened from PDF", () => {
    const got = attendanceCapacities(text.replace(/\n(?!§)/g, " "));
    expect(got["Lisa Holm"]).toBe("substitute");
    expect(got["Anna Lind"]).toBe("substitute");
    expect(got["Per Ek"]).toBeUndefined();
    expect(got["Maja Sund"]).toBeUndefined();
  });
});

describe("the items a listed person missed", () => {
  it("read `X (s) utom 47` as X missing item 47, not as a field of absentees after X", () => {
    const text = `PROTOKOLL Kommunstyrelsens utskott Tid: 9:00 - 12:45 Plats: Rådhuset Ledamöter Karin Berg (m) Ordförande Olof Strand (s) Lisa Holm (c) Ersättare Per Ek (s) utom 47 Anna Lind (kd) Maja Sund (v) Övriga Gösta Dahl Sekreterare Paragrafer: 35-47
`;
    const got = attendanceCapacities(text);
    for (const name of ["Per Ek", "Anna Lind", "Maja Sund"]) expect(`${name}: ${got[name]}`).toBe(`${name}: nonserving`);
  });
});

describe("officers handed out in one sentence", () => {
  const roleLines = (text: string) => {
    const g = graphOf(text);
    return g
      .filterEdges((_, a) => a.kind === "holds_role" && ["justerare", "sekreterare", "mötesordförande"].includes(String(a.roleNormalised)))
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "roleNormalised")}`)
      .sort();
  };
  const head = `Protokoll fört vid styrelsemöte den 14 februari 2016

Närvarande: Karin Berg, Olof Strand, Lisa Holm, Per Ek

`;
  it("give each name the office after it (`X valdes till sekreterare och Y till justerare`)", () => {
    expect(roleLines(`${head}§ 1 Mötet öppnades.\n§ 2 Olof Strand valdes till sekreterare och Lisa Holm till justerare.\n`)).toEqual([
      "Lisa Holm: justerare",
      "Olof Strand: sekreterare",
    ]);
  });
  it("give each name the office before it when the sentence opens with one (`Till ordförande valdes X, till justerare Y`)", () => {
    expect(
      roleLines(`${head}§ 1 Mötet öppnades.\n§ 2 Till ordförande valdes Karin Berg, till sekreterare Olof Strand och till justerare Lisa Holm.\n`),
    ).toEqual(["Karin Berg: mötesordförande", "Lisa Holm: justerare", "Olof Strand: sekreterare"]);
  });
});

describe("labels stacked over one merged list", () => {
  it("read a name with a one-word title after its comma (`Eva Falk, inspektör`) as the others' field's, not a member", () => {
    const text = `Protokoll Miljönämnden Sammanträdesdatum 2018-06-12 Ledamöter Tjänstgörande ersättare Ersättare Övriga närvarande Karin Berg (C), Ordförande Olof Strand (M) Lisa Holm (S) Maja Sund (L) Per Ek (S) för Anna Lind (S) Gösta Dahl, sekreterare Eva Falk, inspektör Paragrafer 44
§ 1 Val av justerare
`;
    const got = attendanceCapacities(text);
    expect(got["Eva Falk"]).toBe("other");
    expect(got["Maja Sund"]).toBe("member");
    expect(got["Per Ek"]).toBe("substitute");
  });
});

describe("`Ej beslutande` among labels side by side", () => {
  it("read `Beslutande Ej beslutande Övriga deltagare` over one list as members, with the officials as others", () => {
    const text = `Protokoll 1 (39) Plats och tid för sammanträdet Beslutande Ej beslutande Övriga deltagare Kommunkontoret, rum Eken, tisdag den 23 maj 2006, kl Ajournering kl Karin Berg, s, ordförande Olof Strand, s, vice ordförande Lisa Holm, s Per Ek, s, ersätter Anna Lind, s Maja Sund, c Nils Ström, kommunchef Gösta Dahl, kommunsekreterare Justeringens plats Kommunkontoret och tid Paragrafer Underskrifter Sekreterare Ordförande Justerande Gösta Dahl Karin Berg Lisa Holm
§ 65 Framtidsstrategi
`;
    expect(attendanceCapacities(text)).toEqual({
      "Karin Berg": "member",
      "Olof Strand": "member",
      "Lisa Holm": "member",
      "Per Ek": "substitute",
      "Maja Sund": "member",
      "Nils Ström": "other",
      "Gösta Dahl": "other",
    });
  });
});

describe("a column of titles as long as its column of names", () => {
  it("give each name its row's title, and the reserves among the others present their capacity", () => {
    const text = `SAMMANTRÄDESPROTOKOLL Vård och omsorg Plats och tid Rum Ek, klockan 13 Beslutande Karin Berg (S) ordförande Olof Strand (S) ledamot Lisa Holm (M) ersättare för Per Ek (M) Övriga närvarande Anna Lind (S) Maja Sund (M) Nils Ström (KD) Eva Falk Gösta Dahl ersättare ersättare ersättare förvaltningschef sekreterare Utses att justera Olof Strand (S) Justeringens plats och tid Vård och Omsorg Paragrafer 25-30
§ 25 Ändring av dagordningen
`;
    const got = attendanceCapacities(text);
    for (const name of ["Anna Lind", "Maja Sund", "Nils Ström"]) expect(`${name}: ${got[name]}`).toBe(`${name}: nonserving`);
    expect(got["Eva Falk"]).toBe("other");
    expect(got["Gösta Dahl"]).toBe("other");
  });
});

describe("a meeting's officers by the title after their name", () => {
  it("hold `Olof Strand (sekreterare)` in a board's notes naming no body as the meeting's secretary", () => {
    const text = `Protokoll fört vid styrelsemöte i Föreningen Norrgården den 3 maj 2019

Närvarande: Karin Berg (ordförande), Olof Strand (sekreterare), Lisa Holm, Per Ek
Frånvarande: Anna Lind

§ 1 Mötet öppnades av ordföranden.
§ 2 Till justerare utsågs Lisa Holm, med Per Ek som ersättare.
`;
    const g = graphOf(text);
    const offices = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "roleNormalised")} @ ${g.getNodeAttribute(g.target(e), "kind")}`)
      .sort();
    // The chair's seat too (organ42): held where the meeting's offices are, the body unnamed.
    expect(offices).toEqual(["Karin Berg: ordförande @ meeting", "Lisa Holm: justerare @ meeting", "Olof Strand: sekreterare @ meeting"]);
  });
});

describe("an adjuster replaced", () => {
  it("read `X ersätter Y som justerare` as X adjusting too", () => {
    const text = `SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen 2019-04-10
Plats och tid Kommunhuset, kl 13.00-15.00
Beslutande Karin Berg (S), ordförande
Olof Strand (M)
Lisa Holm (C)
Nils Ström (L)
Övriga deltagande Gösta Dahl, sekreterare
§ 1 Val av justerare
Till justerare utsågs Olof Strand, med Lisa Holm som ersättare.
§ 2 Nils Ström ersätter Olof Strand som justerare från och med § 5.
`;
    const g = graphOf(text);
    const adjusters = g
      .filterEdges((_, a) => a.kind === "holds_role" && a.roleNormalised === "justerare")
      .map((e) => g.getNodeAttribute(g.source(e), "label"))
      .sort();
    expect(adjusters).toEqual(["Nils Ström", "Olof Strand"]);
  });
});
