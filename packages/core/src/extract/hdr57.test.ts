/**
 * Header fields (session 57): a reserve's seat abbreviated after her name, and a deputy's title abbreviated.
 */
import { describe, expect, it } from "vitest";
import { graphOf } from "../../../../test/helpers/minutes";

const MINUTES = `Vårdnämnden
PROTOKOLL
Sammanträdesdatum 2020-05-05

Beslutande Ada Berg (C), ordförande

Ola Ek (S), tgj ers för Eva Al (S)

Övriga deltagande Kim Lo, sekreterare

Nils Ros (KD), ej tjg ers, del av § 4 Per Holm, socialchef

Lisa Dahl, bitr. socialchef

§ 1 Val av justerare
Ola Ek utses att justera protokollet.
`;

/** Each role as `name: written = normalised`, on edges and on person nodes, sorted. */
function normalisedRoles(text: string): string[] {
  const g = graphOf(text);
  const label = (n: string) => String(g.getNodeAttribute(n, "label"));
  const held = g
    .filterEdges((_, a) => a.kind === "holds_role")
    .map((e) => `${label(g.source(e))}: ${g.getEdgeAttribute(e, "role")} = ${g.getEdgeAttribute(e, "roleNormalised")}`);
  const titles = g
    .filterNodes((_, a) => a.kind === "person")
    .flatMap((n) =>
      ((g.getNodeAttributes(n) as { roles?: { role: string; roleNormalised?: string }[] }).roles ?? []).map(
        (r) => `${label(n)}: ${r.role} = ${r.roleNormalised}`,
      ),
    );
  return [...held, ...titles].sort();
}

describe("abbreviated roles in a header's lists", () => {
  const roles = normalisedRoles(MINUTES);

  it("reads a serving reserve's abbreviated seat as the lexicon's role (`X (S), tgj ers för Y`)", () => {
    expect(roles).toContain("Ola Ek: tgj ers = tjänstgörande ersättare");
    // A reserve who did not serve keeps the reserve's seat, not the serving one's.
    expect(roles).toContain("Nils Ros: ej tjg ers = ersättare");
  });

  it("reads a deputy's abbreviated title as the deputy's (`X, bitr. socialchef`)", () => {
    expect(roles).toContain("Lisa Dahl: bitr. socialchef = biträdande socialchef");
    expect(roles).toContain("Per Holm: socialchef = socialchef");
  });
});

describe("an acting title capitalised after the name's comma", () => {
  it("is read with its acting mark (`X, tf. Utvecklingschef § 12`)", () => {
    const roles = normalisedRoles(
      "PROTOKOLL Kommunstyrelsen Sammanträdesdatum: 2019-04-02 Plats och tid Rummet, Norrby Beslutande Ada Berg (M), ordförande Ola Ek (S) Övriga närvarande Kim Lo, kommunsekreterare Per Holm, ekonomichef § 13 Lisa Dahl, tf. Utvecklingschef § 12 Eva Al, utvecklingsledare Utses att justera Ola Ek\n§ 12 Budget\n",
    );
    expect(roles.filter((r) => r.startsWith("Lisa Dahl"))).toEqual(["Lisa Dahl: tf. utvecklingschef = utvecklingschef"]);
  });
});
