// @vitest-environment happy-dom
import { NODE_COLORS } from "@samverkan/core";
import { describe, expect, it } from "vitest";
import { sceneToSvg } from "./export-svg";
import type { Scene } from "./export-svg";
import { sceneFromSigma } from "./scene-from-sigma";
import type { SceneSource } from "./scene-from-sigma";
import { twoTeamsGraph } from "./two-teams.fixture";

const graph = twoTeamsGraph();

/** A stand-in for sigma: graph x/y × 100 + 50 on an 800 × 400 view, documents hidden, sizes doubled. */
function fakeRenderer(width = 800): SceneSource {
  return {
    getGraph: () => graph as unknown as ReturnType<SceneSource["getGraph"]>,
    getNodeDisplayData: (node) => {
      const attributes = graph.getNodeAttributes(node);
      return {
        x: attributes.x ?? 0,
        y: attributes.y ?? 0,
        size: 4,
        color: NODE_COLORS[attributes.kind],
        label: attributes.label,
        hidden: attributes.kind === "document",
      };
    },
    getEdgeDisplayData: () => ({ color: "#cccccc", size: 1 }),
    framedGraphToViewport: ({ x, y }) => ({ x: x * 100 + 50, y: y * 100 + 50 }),
    scaleSize: (size) => size * 2,
    getDimensions: () => ({ width, height: 400 }),
  };
}

describe("sceneFromSigma", () => {
  it("keeps what is shown inside the view, in viewport pixels", () => {
    const scene = sceneFromSigma(fakeRenderer());
    const byId = new Map(scene.nodes.map((node) => [node.id, node]));
    expect(byId.get("person:bo-ek")).toMatchObject({ x: 150, y: 250, size: 8, label: "Bo Ek", kind: "person" });
    expect([...byId.keys()].some((id) => id.startsWith("document:"))).toBe(false);
    expect(scene.edges.filter((edge) => edge.inferred).map((edge) => [edge.source, edge.kind])).toEqual([["person:david-falk", "chaired"]]);
  });

  it("leaves out nodes past the margin and their edges", () => {
    // Fredrik Holm stands at x = 750 on a 650-pixel view: 100 px out, past the 50 px margin.
    const scene = sceneFromSigma(fakeRenderer(650));
    expect(scene.nodes.map((node) => node.id)).not.toContain("person:fredrik-holm");
    expect(scene.edges.some((edge) => edge.source === "person:fredrik-holm")).toBe(false);
  });
});

describe("sceneToSvg", () => {
  const hostile: Scene = {
    width: 300,
    height: 200,
    nodes: [
      { id: "a", x: 10, y: 20, size: 8, color: "#0072b2", label: `<script>alert("x")</script> & Co\u0007`, kind: "person" },
      { id: "b", x: 100, y: 120, size: 3, color: 'red" onload="alert(1)', label: "Small", kind: "meeting" },
    ],
    edges: [
      { source: "a", target: "b", color: "#e0c27f", size: 1, kind: "attended" },
      { source: "a", target: "b", color: "#c98a00", size: 2, kind: "chaired", inferred: true },
    ],
  };

  it("is well-formed XML with document text escaped", () => {
    const svg = sceneToSvg(hostile, { title: "Norrvik & Sjöstaden" });
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(parsed.querySelector("parsererror")).toBeNull();
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("onload");
    expect(parsed.querySelector("#labels text")?.textContent).toBe(`<script>alert("x")</script> & Co`);
    expect(parsed.querySelector("title")?.textContent).toBe("Norrvik & Sjöstaden");
  });

  it("draws inferred links dashed, labels above the size threshold, and a legend of what is shown", () => {
    const svg = sceneToSvg(hostile);
    const parsed = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(Array.from(parsed.querySelectorAll("#edges line")).map((line) => line.hasAttribute("stroke-dasharray"))).toEqual([false, true]);
    expect(Array.from(parsed.querySelectorAll("#labels text"))).toHaveLength(1);
    expect(Array.from(parsed.querySelectorAll("#legend text")).map((text) => text.textContent)).toEqual([
      "Nodes",
      "Person (1)",
      "Meeting (1)",
      "Links",
      "attended (1)",
      "chaired (1)",
      "inferred (dashed) (1)",
    ]);
    // The legend shows the colours drawn, not the kinds' defaults (the meeting is drawn in a sanitised colour).
    expect(Array.from(parsed.querySelectorAll("#legend circle")).map((dot) => dot.getAttribute("fill"))).toEqual(["#0072b2", "#000000"]);
    expect(Array.from(parsed.querySelectorAll("#legend line[stroke-width]")).map((line) => line.getAttribute("stroke"))).toEqual([
      "#e0c27f",
      "#c98a00",
      "#555555",
    ]);
    // The legend column is as wide as its longest line, "inferred (dashed) (1)": 24 + 25 × 7 pixels.
    expect(parsed.documentElement.getAttribute("width")).toBe("499");
  });

  it("shows a metric's legend instead of the kinds, or no legend", () => {
    const svg = sceneToSvg(hostile, { nodeLegend: [{ label: "1: Anna Berg, …", color: "#0072b2", count: 3 }], nodeLegendTitle: "Community" });
    expect(svg).toContain(">Community</text>");
    expect(svg).toContain(">1: Anna Berg, … (3)</text>");
    expect(svg).not.toContain(">Person (1)</text>");
    const long = sceneToSvg(hostile, { nodeLegend: [{ label: "Förbundsstyrelsen ".repeat(6), color: "#0072b2", count: 1 }] });
    expect(long).toContain(`>${"Förbundsstyrelsen ".repeat(6).slice(0, 47)}… (1)</text>`);
    const bare = sceneToSvg(hostile, { legend: false });
    expect(bare).not.toContain(`id="legend"`);
    expect(bare).toContain(`width="300"`);
  });
});
