/**
 * Appositions (session 69, continued): `i presidiet` after a text that named `fullmäktiges presidium`.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

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
