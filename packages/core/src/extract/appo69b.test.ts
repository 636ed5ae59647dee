/**
 * Appositions (session 69, continued): `i presidiet` after a text that named `fullmäktiges presidium`.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";
import { graphOf as minutesOf, roles } from "../../../../test/helpers/minutes";

describe("`i presidiet` after the text named `fullmäktiges presidium`", () => {
  const text =
    "Val i fullmäktige\n\nVid gårdagens kommunfullmäktige valdes fullmäktiges presidium och fullmäktiges valberedning.\n\nMiljöpartister i dessa organ:\nEva Ek, förste vice ordförande i presidiet\nsamt\nKim Ahl, ersättare i valberedningen.\n";

  it("is that body, as `i valberedningen` is", () => {
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([
      "Eva Ek: förste vice ordförande @ Fullmäktiges presidium",
      "Kim Ahl: ersättare @ Fullmäktiges valberedning",
    ]);
  });

  it("is no body in a text that named none", () => {
    expect(heldRoles(graphOf("nyhet.txt", text.replace("fullmäktiges presidium och ", "")))).toEqual([
      "Eva Ek: förste vice ordförande",
      "Kim Ahl: ersättare @ Fullmäktiges valberedning",
    ]);
  });
});

describe("`X som … i sin roll som <title>`", () => {
  const text =
    "Protokoll fört vid styrelsemöte 2015-02-02\n\nNärvarande: Eva Ek, Ola Berg, Per Holm, Kim Ahl.\n\nMötet öppnas. Eva Ek hälsar alla välkomna och vänder sig särskilt till Per Holm som leder sitt första möte i sin roll som generalsekreterare. Rapporter\n";

  it("gives X the title", () => {
    expect(heldRoles(graphOf("protokoll.txt", text))).toEqual(["Per Holm: generalsekreterare"]);
  });

  it("not past the sentence's end", () => {
    expect(heldRoles(graphOf("protokoll.txt", text.replace("möte i sin", "möte. Hon tackar i sin")))).toEqual([]);
  });
});

describe("seats joined by `och` to a clause naming its seat's body (`X är ny ordförande och Y är vice ordförande i Z`)", () => {
  const text =
    "Nytt presidium\n\nOlle Berg, M, som förra mandatperioden var vice ordförande är ny ordförande och Kim Sjö, V, är vice ordförande i kulturnämnden.\n";

  it("are held in that body", () => {
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([
      "Kim Sjö: vice ordförande @ Kulturnämnden",
      "Olle Berg: ordförande @ Kulturnämnden",
      "Olle Berg: vice ordförande @ Kulturnämnden",
    ]);
  });

  it("not a title that is no seat", () => {
    expect(heldRoles(graphOf("nyhet.txt", text.replace("är ny ordförande", "är ny kommunalråd")))).toEqual([
      "Kim Sjö: vice ordförande @ Kulturnämnden",
      "Olle Berg: kommunalråd",
      "Olle Berg: vice ordförande @ Kulturnämnden",
    ]);
  });
});

describe("a title-cased title alone in spaced parentheses in a run of `Name ( Where )` entries", () => {
  const text = "Arbetsgrupp för samverkan\n\nEva Ek ( Landstinget ) Per Holm ( Förbundschef ) Ola Berg ( Ekby Kommun )\n\nMötet öppnas.\n";

  it("is the name's title, by its ending", () => {
    expect(roles(minutesOf(text))).toEqual(["Per Holm: förbundschef"]);
  });

  it("not a capitalised word of no title's ending", () => {
    expect(roles(minutesOf(text.replace("Förbundschef", "Förbundet")))).toEqual([]);
  });
});
