/**
 * A roster of a municipality's own body on that municipality's page (`Ledamöter:` then a name a line): each seat
 * represents the municipality the page is about, as a kommunalförbund's members stand for the municipality above them.
 */
import { describe, expect, it } from "vitest";
import { graphOf, label, roles } from "../../../../test/helpers/minutes";
import type { KnowledgeGraph } from "../index";

const represents = (g: KnowledgeGraph) =>
  g
    .filterEdges((_, a) => a.kind === "represents")
    .map((e) => `${label(g, g.source(e))}: ${label(g, g.target(e))}`)
    .sort();

const OWN = `Länk till startsidan för Sala

Sala.se

Kommunfullmäktige

Kommunfullmäktige är kommunens högsta beslutande organ och kan kallas Salas "riksdag". Alla större beslut fattas av fullmäktige.

Ledamöter:
Greta Almqvist (S)
Hugo Sandell (S) - ordförande
Irma Kjellin (M) - vice ordförande

Ersättare:
Jonas Tegnér (V)
`;

describe("a roster of a municipality's own body on its page", () => {
  const g = graphOf(OWN);
  it("each seat represents the municipality", () => {
    expect(represents(g)).toEqual(["Greta Almqvist: Sala", "Hugo Sandell: Sala", "Irma Kjellin: Sala", "Jonas Tegnér: Sala"]);
  });
  it("the seats are held in the body, as before", () => {
    expect(roles(g)).toEqual(expect.arrayContaining(["Hugo Sandell: ordförande", "Irma Kjellin: vice ordförande"]));
  });
});

describe("a roster that is not a municipality's own body's", () => {
  it("a joint board's roster on a host town's page represents no municipality", () => {
    expect(represents(graphOf(OWN.replace(/Kommunfullmäktige/g, "Gemensamma nämnden")))).toEqual([]);
  });
  it("a page naming two municipalities names no one's", () => {
    expect(represents(graphOf(OWN.replace("Alla större beslut", "Samarbetet med Heby kommun. Alla större beslut")))).toEqual([]);
  });
});
