// @vitest-environment happy-dom
import { worksWithProjection } from "@samverkan/core";
import { afterEach, describe, expect, it } from "vitest";
import { metricStyle } from "./metric-style";
import { mountMetricControls } from "./mount-metric-controls";
import type { MetricSelection } from "./mount-metric-controls";
import { twoTeamsGraph } from "./two-teams.fixture";

const graph = twoTeamsGraph();
const projection = worksWithProjection(graph);

describe("mountMetricControls", () => {
  afterEach(() => document.body.replaceChildren());

  it("offers every metric for colour and only numbers for size", () => {
    const container = document.body.appendChild(document.createElement("div"));
    mountMetricControls(container, { onChange: () => {} });
    const [colour, size] = Array.from(container.querySelectorAll("select"));
    expect(Array.from(colour.options).map((option) => option.value)).toEqual([
      "",
      "kind",
      "party",
      "community",
      "documents",
      "degree",
      "pagerank",
      "betweenness",
    ]);
    expect(Array.from(size.options).map((option) => option.value)).toEqual(["", "documents", "degree", "pagerank", "betweenness"]);
  });

  it("reports the choice and lists the members of each community, which select their node", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const choices: MetricSelection[] = [];
    const selected: string[] = [];
    const controls = mountMetricControls(container, { onChange: (choice) => choices.push(choice), onSelect: (id) => selected.push(id) });
    const colour = container.querySelector("select")!;
    colour.value = "community";
    colour.dispatchEvent(new Event("change"));
    expect(choices).toEqual([{ colorBy: "community", sizeBy: null }]);
    controls.update(metricStyle(projection, controls.getSelection()));
    const summaries = Array.from(container.querySelectorAll("summary")).map((summary) => summary.textContent);
    expect(summaries).toEqual(["1: Anna Berg, Bo Ek, Cecilia Dahl (3)", "2: David Falk, Eva Gran, Fredrik Holm (3)"]);
    container.querySelector<HTMLButtonElement>("details .sv-link")?.click();
    expect(selected).toEqual(["person:anna-berg"]);
    expect(container.querySelector("[role=status]")?.textContent).toMatch(/^2 communities/);
  });

  it("says why a metric was not computed", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const controls = mountMetricControls(container, { selection: { sizeBy: "betweenness" }, onChange: () => {} });
    controls.update(metricStyle(graph, controls.getSelection(), { betweennessLimit: 1 }));
    expect(container.querySelector(".sv-error")?.textContent).toMatch(/^Betweenness is not computed for 14 nodes/);
    expect(container.querySelectorAll(".sv-legend-list")).toHaveLength(0);
  });

  it("cuts long member lists", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const controls = mountMetricControls(container, { selection: { colorBy: "party" }, maxMembers: 2, onChange: () => {} });
    controls.update(metricStyle(graph, controls.getSelection()));
    expect(Array.from(container.querySelectorAll(".sv-members")[0].querySelectorAll("li")).map((item) => item.textContent)).toEqual([
      "Bo Ek",
      "David Falk",
      "and 1 more",
    ]);
  });
});
