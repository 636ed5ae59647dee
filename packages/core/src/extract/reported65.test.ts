/**
 * Reported meetings (session 65): a sitting told by the body alone and something decided at it, with no day to date
 * it (`vid ett extrainsatt kommunfullmäktige`, `I dag på regionfullmäktige`, `Vid måndagens sammanträde` in an undated
 * text): one meeting of the body, titled by what the text says singles it out, and by the region it names.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";
import { meetingLabels } from "../../../../test/helpers/prose";

describe("a reported sitting with no day", () => {
  it("titles a weekday's sitting in an undated text by the text's words (`Vid onsdagens sammanträde valde`)", () => {
    const text = `Fullmäktiges nya presidium

Vid onsdagens sammanträde valde kommunfullmäktige ett nytt presidium. Till ordförande valdes Ada Berg (C).
`;
    expect(meetingLabels(graphOf(text))).toEqual(["Kommunfullmäktige (onsdagens sammanträde)"]);
  });

  it("titles an extra sitting by its adjective and evening (`vid ett extrainsatt kommunfullmäktige på fredagskvällen`)", () => {
    const text = `Ny ordförande i kommunstyrelsen

Ola Ek (M) valdes till kommunstyrelsens ordförande vid ett extrainsatt kommunfullmäktige på fredagskvällen. Han efterträder Bo Ström (S).

Beslutet fattades vid sammanträdet utan omröstning.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["Kommunfullmäktige (extrainsatt, fredagskvällen)"]);
  });

  it("places a region's sitting in the region the text names (`I dag på regionfullmäktige`, `Region Dalarna`)", () => {
    const text = `Ny ordförande för regionstyrelsen i Region Dalarna

I dag på regionfullmäktige stod det på dagordningen att utse ny ordförande för regionstyrelsen. Eva Lind (C) fick uppdraget vid ett sammanträde.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["Regionfullmäktige, Region Dalarna"]);
  });

  it("dates `I dag på regionfullmäktige` by the text's own date line", () => {
    const text = `Ny ordförande för regionstyrelsen i Region Dalarna

Publicerad 7 mars 2024

I dag på regionfullmäktige valdes Eva Lind (C) till ordförande för regionstyrelsen. Hon fick uppdraget vid ett sammanträde.
`;
    expect(meetingLabels(graphOf(text))).toEqual(["2024-03-07 Regionfullmäktige, Region Dalarna"]);
  });

  it("makes none of a coming sitting (`ska väljas vid ett kommande kommunfullmäktige`)", () => {
    const text = `Ny ordförande i kommunstyrelsen

En ny ordförande ska väljas vid ett extrainsatt kommunfullmäktige på fredagskvällen, meddelar Ola Ek (M).
`;
    expect(meetingLabels(graphOf(text))).toEqual([]);
  });
});
