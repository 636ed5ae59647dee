/**
 * Appositions (session 69): a district committee named by its place in the genitive (`Norrbys stadsdelsnämnd`) where
 * the text names the place bare too; the seats of a sentence opened by `I <Place> är` in a text about the district
 * committees.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a body named by its place in the genitive (`ordförande i Norrby-Strands stadsdelsnämnd`)", () => {
  it("is named by the place, as the text names it bare elsewhere", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nya presidier i stadsdelarna\n\nI Norrby-Strand har nämnden bytt ledning. Kim Sjö, V, är vice ordförande i Norrby-Strands stadsdelsnämnd.\n",
    );
    expect(heldRoles(g)).toEqual(["Kim Sjö: vice ordförande @ Norrby-Strand stadsdelsnämnd"]);
  });

  it("keeps a place's own final s where the text never names it without (`Västerås stadsdelsnämnd`)", () => {
    const g = graphOf("nyhet.txt", "Nya presidier i stadsdelarna\n\nKim Sjö, V, är vice ordförande i Tallås stadsdelsnämnd.\n");
    expect(heldRoles(g)).toEqual(["Kim Sjö: vice ordförande @ Tallås stadsdelsnämnd"]);
  });
});

describe("seats in a sentence opened by `I <Place> är` in a text about the district committees", () => {
  const text =
    "Nya ledamöter i stadsdelsnämnderna\n\nI måndags valdes ledamöterna till stadsdelsnämnderna. I Norrby-Strand är Eva Alm, M, numera ordförande och Per Ek, S, vice ordförande. I Västerå är Lisa Lund ordinarie ledamot och Bo Holm ersättare.\n";

  it("are held in the place's committee", () => {
    expect(heldRoles(graphOf("nyhet.txt", text))).toEqual([
      "Bo Holm: ersättare @ Västerå stadsdelsnämnd",
      "Eva Alm: ordförande @ Norrby-Strand stadsdelsnämnd",
      "Lisa Lund: ledamot @ Västerå stadsdelsnämnd",
      "Per Ek: vice ordförande @ Norrby-Strand stadsdelsnämnd",
    ]);
  });

  it("are no committee's in a text that names none", () => {
    expect(heldRoles(graphOf("nyhet.txt", text.replace(/stadsdelsnämnderna/g, "föreningarna")))).toEqual([
      "Bo Holm: ersättare",
      "Eva Alm: ordförande",
      "Lisa Lund: ledamot",
      "Per Ek: vice ordförande",
    ]);
  });
});

describe("a former seat then one held now (`X, som förra mandatperioden var A, är ny B`)", () => {
  it("makes only the first former", () => {
    const g = graphOf("nyhet.txt", "Nytt presidium\n\nOlle Berg, M, som förra mandatperioden var vice ordförande är ny ordförande i kulturnämnden.\n");
    const held = g
      .filterEdges((_, a) => a.kind === "holds_role")
      .map((e) => `${g.getEdgeAttribute(e, "roleNormalised")} ${g.getEdgeAttribute(e, "former") ? "former" : "now"}`);
    expect(held.sort()).toEqual(["ordförande now", "vice ordförande former"]);
  });
});

describe("a definite body after `i` that the text named with its owner (`fullmäktiges valberedning`)", () => {
  it("is that body", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nya val\n\nI går valde fullmäktige fullmäktiges valberedning.\n\nOlle Berg, ordinarie ledamot i valberedningen och\nKim Sjö, ersättare i valberedningen.\n",
    );
    expect(heldRoles(g)).toEqual(["Kim Sjö: ersättare @ Fullmäktiges valberedning", "Olle Berg: ledamot @ Fullmäktiges valberedning"]);
  });
});
