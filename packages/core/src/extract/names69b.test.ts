/**
 * Names (session 69, continued): `ordinarie` set against the next name's seat closes a name of unknown words.
 */
import { describe, expect, it } from "vitest";
import { graphOf, heldRoles } from "../../../../test/helpers/prose";
import { persons, roles } from "../../../../test/helpers/minutes";

describe("`X ordinarie och Y ersättare`", () => {
  const text =
    "Nya ledamöter i stadsdelsnämnderna\n\nI måndags valdes ledamöterna till stadsdelsnämnderna. I Västerå är Zoltar Quembe ordinarie och Sara Mäki ersättare.\n";

  it("reads X, of unknown words, as a name holding a member's seat", () => {
    const g = graphOf("nyhet.txt", text);
    expect(persons(g)).toEqual(["Sara Mäki", "Zoltar Quembe"]);
    expect(heldRoles(g)).toEqual(["Sara Mäki: ersättare @ Västerå stadsdelsnämnd", "Zoltar Quembe: ledamot @ Västerå stadsdelsnämnd"]);
    expect(roles(g)).toContain("Zoltar Quembe: ordinarie ledamot");
  });

  it("not where no seat follows (`ordinarie` of a thing)", () => {
    expect(persons(graphOf("nyhet.txt", text.replace(" ersättare.", " tar över.")))).toEqual(["Sara Mäki"]);
  });
});
