/**
 * Names in press texts (02-mentions.ts): a picture's credit glued to the name in its caption where a line break was
 * lost. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { edges, graphOf, meetingLabels } from "../../../../test/helpers/prose";

describe("a caption's credit glued to the name before it (`Eva EkFoto: Pressbild/…`)", () => {
  it("the name ends at the credit's inner capital, a short surname's too", () => {
    const text =
      "Maria Lindholm SvenssonFoto: Pressbild/Norrby framtid\n\nMaria Lindholm Svensson (S) blir ny ordförande i kommunstyrelsen i Norrby.\n\n" +
      "Ola EkPressbild: Norrby framtid\n\nOla Ek (S) blir vice ordförande.\n";
    expect(persons(graphOf("nyhet.txt", text))).toEqual(["Maria Lindholm Svensson", "Ola Ek"]);
  });
});

describe("a body deciding on a day (`Kommunfullmäktige beslutade den 12 april att …`)", () => {
  const text =
    "Publicerad: 2021-04-13\n\nNy ordförande i miljönämnden väljs i maj\n\n" +
    "Kommunfullmäktige beslutade den 12 april att bevilja Per Holms (C) avsägelse från uppdraget som ordförande i miljönämnden.\n\n" +
    "Kommunfullmäktige beslutade även att skjuta valet av en ny ordförande till fullmäktiges nästa möte den 17 maj.\n";
  it("reports that day's meeting, not the coming one the text names after it", () => {
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-04-12 Kommunfullmäktige"]);
  });
});

describe("a caption naming the meeting by a compound (`… kommunfullmäktigemöte den 17 maj.`)", () => {
  const text =
    "Nyheter\n\nNy majoritet i Norrby kommun\n\nBild från ett välbesökt kommunfullmäktigemöte den 9 mars.\n\n2021-03-10\n\n" +
    "Efter valet till ny kommunstyrelse fortsätter Lena Ås (M) som kommunstyrelsens ordförande.\n";
  it("reports that meeting, its year the text's", () => {
    expect(meetingLabels(graphOf("nyhet.txt", text))).toEqual(["2021-03-09 Kommunfullmäktige"]);
  });
});

describe("news from a board's meeting (`Sammanfattning från styrelsen den 25 maj`, then the page's date)", () => {
  const text =
    "Sammanfattning från styrelsen den 14 mars\n\nStyrelse / 21 mars 2024\n\n" +
    "Vid mötet behandlades bland annat förbundets yttrande om regionens nya trafikplan.\n\n" +
    "Lisa Strömgren (M), och Anders Vik (KD), ordförande i förbundets arbetsgrupper för Trafik, respektive Skola föredrog gruppernas rapporter för perioden augusti 2023 till juli 2024.\n";
  const g = graphOf("nyhet.txt", text);
  it("is the meeting of the body on that day, its year the page's (not one of the years the text names)", () => {
    expect(meetingLabels(g)).toEqual(["2024-03-14 Styrelsen"]);
  });
  it("those who presented to it opening a sentence attended it", () => {
    expect(edges(g, "attended")).toEqual(["attended Anders Vik -> 2024-03-14 Styrelsen", "attended Lisa Strömgren -> 2024-03-14 Styrelsen"]);
  });
});
