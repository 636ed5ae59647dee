import { worksWithProjection } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { metricStyle } from "./metric-style";
import { attributeMetric } from "./metrics";
import { CATEGORY_COLORS, SEQUENTIAL_COLORS } from "./palettes";
import { twoTeamsGraph } from "./two-teams.fixture";

const graph = twoTeamsGraph();
const projection = worksWithProjection(graph);

describe("metricStyle", () => {
  it("colours communities and lists their members", () => {
    const style = metricStyle(projection, { colorBy: "community" });
    expect(style.groups.map((group) => [group.color, group.members.map((member) => member.label)])).toEqual([
      [CATEGORY_COLORS[0], ["Anna Berg", "Bo Ek", "Cecilia Dahl"]],
      [CATEGORY_COLORS[1], ["David Falk", "Eva Gran", "Fredrik Holm"]],
    ]);
    expect(style.colorOf?.("person:eva-gran")).toBe(CATEGORY_COLORS[1]);
    expect(style.notes).toEqual([expect.stringMatching(/^2 communities \(Louvain, modularity 0\.\d\d\)$/)]);
    expect(style.sizeOf).toBeUndefined();
  });

  it("sizes by betweenness: the brokers largest, the others smallest", () => {
    const style = metricStyle(projection, { sizeBy: "betweenness", colorBy: "degree" });
    expect([style.sizeOf?.("person:cecilia-dahl"), style.sizeOf?.("person:anna-berg")]).toEqual([16, 3]);
    expect(style.colorOf?.("person:david-falk")).toBe(SEQUENTIAL_COLORS.at(-1));
    expect(style.groups).toEqual([]);
  });

  it("says what it refused and keeps the rest", () => {
    const style = metricStyle(graph, { colorBy: "party", sizeBy: "betweenness" }, { betweennessLimit: 1 });
    expect(style.sizeOf).toBeUndefined();
    expect(style.refused).toEqual([expect.stringMatching(/^Betweenness is not computed/)]);
    expect(style.colorLegend.map((entry) => entry.label)).toEqual(["Moderaterna (M)", "Socialdemokraterna (S)", "No value"]);
  });

  it("refuses a size by categories", () => {
    expect(() => metricStyle(graph, { sizeBy: "kind" })).toThrow(expect.objectContaining({ code: "BAD_OPTION" }));
    expect(metricStyle(graph, { sizeBy: attributeMetric("type") }).refused).toEqual(["type has text values, so it cannot size the nodes."]);
  });
});
