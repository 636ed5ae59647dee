/**
 * Round 68's press parentheses (invented names, parties and bodies, in the layouts of local news and party pages): a
 * local party's letters no lexicon lists, right after a name where the text writes other names' known parties so, are
 * the name's party as written (`isLocalParty`), and the clause after them is still read; a party and a title in one
 * pair of parentheses read as the party and the title after a comma (`03-appositions.ts`).
 */
import { describe, expect, it } from "vitest";
import { edges, graphOf, heldRoles } from "../../../../test/helpers/prose";

describe("a local party's letters in parentheses after a name", () => {
  it("give the party and let the election after them be read (`X (VåP) valdes till andre vice ordförande`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nytt presidium i Vallby\n\nVid fullmäktiges möte valdes nya presidier. Eva Ek (M) valdes till ordförande och Kim Lind (VåP) valdes till andre vice ordförande.\n",
    );
    expect(edges(g, "member_of")).toContain("member_of Kim Lind -> VÅP");
    expect(heldRoles(g).filter((r) => r.startsWith("Kim Lind"))).not.toEqual([]);
  });

  it("give the party in a bullet list (`• Olof Sten (KvP)`)", () => {
    const g = graphOf(
      "nyhet.txt",
      "Nyheter från Vallbypartiet\n\nFöljande personer valdes som ordinarie:\n • Anna Berg (M) - ordförande\n • Olof Sten (KvP)\n",
    );
    expect(edges(g, "member_of")).toEqual(["member_of Anna Berg -> Moderaterna", "member_of Olof Sten -> KVP"]);
  });

  it("are no party where no name has a known party so, nor in a caption's lower case (`(th)`), nor a pen name (`(Slas)`)", () => {
    const g = graphOf("nyhet.txt", "Nytt i Vallby\n\nEva Ek (th) och Kim Lind (VåP) talade vid invigningen av den nya skolan i Vallby.\n");
    expect(edges(g, "member_of")).toEqual([]);
    const pen = graphOf("nyhet.txt", "Motion\n\nSom Eva Ek (M) skrev i fjol har författaren Kim Lind (Kilo) rätt i sak om skolan.\n");
    expect(edges(pen, "member_of")).toEqual(["member_of Eva Ek -> Moderaterna"]);
  });
});

describe("a party and a title in one pair of parentheses (`X (M, vice ordförande i kommunstyrelsen)`)", () => {
  it("give the party and the title, as after the name's comma", () => {
    const g = graphOf("nyhet.txt", "Ny styrelse i Vallby\n\nOlof Sten (M, vice ordförande i kommunstyrelsen) vill se en ny skola i Vallby.\n");
    expect(edges(g, "member_of")).toEqual(["member_of Olof Sten -> Moderaterna"]);
    expect(heldRoles(g)).toEqual(["Olof Sten: kommunstyrelsens vice ordförande"]);
  });
});
