/**
 * Round 54's minutes headers (invented names in the layouts of a fullmäktige's and a nämnd's headers), read in
 * `01-protocol.ts` with `protocol.json`.
 */
import { describe, expect, it } from "vitest";
import { attendees, chairs, graphOf, parties, persons } from "../../../../test/helpers/minutes";
import { heldRoles } from "../../../../test/helpers/prose";

const fullmaktige = (members: string, signature: string) =>
  [
    "PROTOKOLL",
    "Kommunfullmäktige 2019-04-25",
    `Beslutande ${members} Utses att justera Stig Ros (S) Tuva Berg (M)`,
    "Justeringens plats och tid Stadshuset 2019-04-30",
    signature,
  ].join("\n");

describe("a substitute serving `istället för` a member (`X (M) tjänstgör istället för Y (M)`)", () => {
  const g = graphOf(
    fullmaktige(
      "Åke Lund (S), ordförande Stig Ros (S) Tuva Berg (M) Gun Ek (M) tjänstgör istället för Kent Sjö (M) Ebba Holm (V) istället för Olle Dahl (V) Lisa Bro (C)",
      "Ordförande Åke Lund (S) Justerande Stig Ros (S) Tuva Berg (M)",
    ),
  );
  it("the substitutes attend", () => {
    expect(attendees(g).map((a) => a.split(":")[0])).toEqual(expect.arrayContaining(["Gun Ek", "Ebba Holm"]));
  });
  it.each([["Kent Sjö"], ["Olle Dahl"]])("%s, replaced, does not", (name) => {
    expect(attendees(g).map((a) => a.split(":")[0])).not.toContain(name);
  });
});

describe("a chair per part of the meeting under one signature label (`Ordförande A (S) B (L)`)", () => {
  const g = graphOf(
    fullmaktige(
      "Åke Lund (S), vice ordförande, agerande ordförande Stig Ros (S) Tuva Berg (M) Nils Alm, (L) ordförande Lisa Bro (C)",
      "Ordförande Åke Lund (S) Nils Alm (L) Justerande Stig Ros (S) Tuva Berg (M)",
    ),
  );
  it("both chair", () => {
    expect(chairs(g)).toEqual(["Nils Alm", "Åke Lund"]);
  });
});
describe("a multi-word local party in parentheses in a column of parties (`X (Bygdens bästa)`)", () => {
  const g = graphOf(fullmaktige("Åke Lund (S), ordförande Stig Ros (S) Tuva Berg (M) Gun Ek (Bygdens bästa) Lisa Bro (C)", "Ordförande Åke Lund (S)"));
  it("is a party", () => {
    expect(parties(g)).toContain("Gun Ek: Bygdens bästa");
  });
});

describe("a title held in an institution named after it at the list's end (`X, politisk sakkunnig Högskolan i Norrby`)", () => {
  const g = graphOf(
    [
      "PROTOKOLL",
      "Direktionen 2019-04-25",
      "Beslutande Åke Lund (S), ordförande Stig Ros (M) Tuva Berg (C) Övriga Lisa Bro, Förbundsdirektör Olle Dahl, Ekonom Per Alm, politisk sakkunnig Högskolan i Norrby",
      "",
      "2 Sekreterare Lisa Bro Ordförande. Åke Lund Justerare Stig Ros",
    ].join("\n"),
  );
  it("holds it there", () => {
    expect(heldRoles(g)).toContain("Per Alm: expert @ Högskolan i Norrby");
  });
});

describe("notes flattened from PDF whose meeting opens as a numbered item mid-line (`… Plats Tallsalen 1 Mötets öppnande …`)", () => {
  const g = graphOf(
    [
      "Möte med Regionalt Myrråd",
      "",
      "1 1 (5) MINNESANTECKNINGAR Diarienummer RS 2019/77 Möte med Regionalt Myrråd Datum 2019-04-11 Tid 10.00-15.00 " +
        "Plats Länshuset, Tallsalen 1 Mötets öppnande Ordföranden Berit Ålander förklarade mötet öppnat. Rådet beslutade " +
        "att adjungera Sune Granlund som företrädare för unga. Det antecknades att Maja Törnqvist deltar som ersättare för " +
        "Olof Bäckström. 2 Dagordning Dagordningen godkändes.",
    ].join("\n"),
  );
  it("reads the names of the items' prose, which no header holds", () => {
    expect(persons(g)).toEqual(expect.arrayContaining(["Sune Granlund", "Maja Törnqvist", "Olof Bäckström"]));
  });
});

describe("a staff title with `för` and its unit before the name (`förvaltningschef för Norrby Service X`)", () => {
  const g = graphOf(
    [
      "PROTOKOLL",
      "Kommunstyrelsen 2019-04-25",
      "Beslutande Åke Lund (S), ordförande Stig Ros (M) Tuva Berg (C) Övriga deltagande kommundirektör Lisa Bro, planarkitekt Olle Dahl §§ 12-14, förvaltningschef för Norrby Service Per Alm, ekonom Kim Sand",
      "Utses att justera Stig Ros",
    ].join("\n"),
  );
  it("holds the title in the unit", () => {
    expect(heldRoles(g)).toContain("Per Alm: förvaltningschef @ Norrby Service");
  });
});
