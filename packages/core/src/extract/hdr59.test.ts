/**
 * Header fields (session 59): a union's representative (`X, facklig representant för Vision`), a title after the
 * office the name stands for (`X, Alvregionens kansli, sekreterare`), a period for the name's comma before its
 * municipality (`X. Ale kommun, vice ordförande`).
 */
import { describe, expect, it } from "vitest";
import { graphOf, roles } from "../../../../test/helpers/minutes";

const edges = (text: string) => {
  const g = graphOf(text);
  return g
    .filterEdges((_, a) => a.kind === "holds_role" || a.kind === "represents")
    .map(
      (e) =>
        `${g.getNodeAttribute(g.source(e), "label")}: ${g.getEdgeAttribute(e, "role") ?? g.getEdgeAttribute(e, "kind")} @ ${g.getNodeAttribute(g.target(e), "label")}`,
    )
    .sort();
};

const head = (others: string) =>
  `1 Protokoll Samrådet Alvregionen Sammanträdesdatum 2019-03-12 Plats och tid Kommunhuset, kl. 09.00-12.00 Närvarande Ada Berg, Ale kommun, ordförande Ola Ek. Bollebygds kommun, vice ordförande Kim Lo, Bollebygds kommun Övriga närvarande ${others} Paragrafer 1-2\n\n§ 1 Budget\nInget.\n`;

describe("a guest's seat in the organisation after `för`", () => {
  it("holds it there (`X, facklig representant för Vision, § 4`)", () => {
    const held = edges(head("Siv Holm, facklig representant för Vision, § 1 Per Al, facklig representant för Unionen, §§ 1-2"));
    expect(held).toContain("Siv Holm: facklig representant @ Vision");
    expect(held).toContain("Per Al: facklig representant @ Unionen");
  });
});

describe("a title after the office the name stands for", () => {
  it("is still hers (`X, Alvregionens kansli, sekreterare`)", () => {
    const held = edges(head("Siv Holm, Alvregionens kansli, ärende 1 Per Al, Alvregionens kansli, sekreterare"));
    expect(held).toContain("Per Al: sekreterare @ Samrådet");
  });
});

describe("a period where the name's comma belongs, before its municipality", () => {
  it("keeps the municipality and the role after it (`X. Bollebygds kommun, vice ordförande`)", () => {
    const held = edges(head("Siv Holm, sekreterare"));
    expect(held).toContain("Ola Ek: vice ordförande @ Samrådet");
    expect(held).toContain("Ola Ek: represents @ Bollebygd");
  });
});

describe("staff titles after their names with no comma, a field a line", () => {
  const g = graphOf(`Norrby kommun
PROTOKOLL
Miljö- och byggnämnden
Sammanträdesdatum 2013-04-03
Beslutande Ada Berg, s ordförande Ola Ek, m

Övriga: Kim Lo byggnadsinspektör

Per Al karttekniker Siv Holm administratör

Olle Berg praktikant

Stina Lund sekreterare

Justeringsdag: 2013-04-10

§ 1 Budget
`);
  it("reads an administrator's and a trainee's titles (`Siv Holm administratör`, `Olle Berg praktikant`)", () => {
    expect(roles(g)).toContain("Siv Holm: administratör");
    expect(roles(g)).toContain("Olle Berg: praktikant");
  });
});
