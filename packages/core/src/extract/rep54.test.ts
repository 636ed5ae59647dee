/**
 * Names in press texts (02-mentions.ts): a picture's credit glued to the name in its caption where a line break was
 * lost. Invented names and texts.
 */
import { describe, expect, it } from "vitest";
import { persons } from "../../../../test/helpers/minutes";
import { graphOf, meetingLabels } from "../../../../test/helpers/prose";

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
