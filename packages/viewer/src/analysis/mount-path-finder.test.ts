// @vitest-environment happy-dom
import { worksWithProjection } from "@samverkan/core";
import { afterEach, describe, expect, it } from "vitest";
import { findPath } from "./find-path";
import { mountPathFinder } from "./mount-path-finder";
import { twoTeamsGraph } from "./two-teams.fixture";

const graph = twoTeamsGraph();
const projection = worksWithProjection(graph);
const people = graph.filterNodes((_node, attributes) => attributes.kind === "person").map((id) => ({ id, label: graph.getNodeAttribute(id, "label") }));

describe("mountPathFinder", () => {
  afterEach(() => document.body.replaceChildren());

  const mount = () => {
    const container = document.body.appendChild(document.createElement("div"));
    const selected: string[] = [];
    const finder = mountPathFinder(container, {
      people,
      find: (from, to, over) => findPath(graph, from, to, { over, projection }),
      onSelect: (id) => selected.push(id),
    });
    return { container, finder, selected };
  };

  it("shows each step with its facts, marked inferred, with the quotes of the chain", () => {
    const { container, finder, selected } = mount();
    finder.setEnds("person:anna-berg", "person:fredrik-holm");
    const steps = Array.from(container.querySelectorAll(".sv-path-steps > li"));
    expect(steps.map((step) => step.firstElementChild?.textContent)).toEqual([
      "Anna Berg — Cecilia Dahl",
      "Cecilia Dahl — David Falk",
      "David Falk — Fredrik Holm",
    ]);
    expect(steps[1].querySelector(".sv-badge-inferred")?.textContent).toBe("inferred");
    expect(Array.from(steps[1].querySelectorAll("blockquote")).map((quote) => quote.firstChild?.textContent)).toEqual([
      "Cecilia Dahl, ledamot",
      "David Falk, ledamot",
    ]);
    expect(steps[1].querySelector("cite")?.textContent).toBe("board-2018.txt");
    expect(container.querySelector("[role=status] > p")?.textContent).toMatch(/^3 steps\. /);
    steps[1].querySelector<HTMLButtonElement>(".sv-link")?.click();
    expect(selected).toEqual(["person:cecilia-dahl"]);
  });

  it("searches the whole graph when asked, by typed names", () => {
    const { container } = mount();
    const [from, to] = Array.from(container.querySelectorAll("input"));
    from.value = "anna berg";
    to.value = "Eva Gran";
    container.querySelector("select")!.value = "graph";
    container.querySelector<HTMLButtonElement>(".sv-button")!.click();
    expect(Array.from(container.querySelectorAll(".sv-path-steps > li")).map((step) => step.firstElementChild?.textContent)).toEqual([
      "Anna Berg — Socialdemokraterna",
      "Socialdemokraterna — Eva Gran",
    ]);
  });

  it("says when a name is unknown or there is no path", () => {
    const { container, finder } = mount();
    const [from, to] = Array.from(container.querySelectorAll("input"));
    from.value = "Gustav";
    to.value = "Bo Ek";
    container.querySelector<HTMLButtonElement>(".sv-button")!.click();
    expect(container.querySelector(".sv-error")?.textContent).toBe("Pick two people from the list (no one called “Gustav”).");
    finder.update([...people, { id: "person:gustav-ivarsson", label: "Gustav Ivarsson" }]);
    expect(Array.from(container.querySelectorAll("datalist option")).map((option) => option.getAttribute("value"))).toContain("Gustav Ivarsson");
    const lonely = mountPathFinder(document.body.appendChild(document.createElement("div")), {
      people: [
        { id: "a", label: "A" },
        { id: "b", label: "B" },
      ],
      find: () => null,
    });
    lonely.setEnds("a", "b");
    expect(document.body.lastElementChild?.querySelector(".sv-note")?.textContent).toBe("No path between A and B in who works with whom.");
  });

  it("tells apart two people of one name", () => {
    const container = document.body.appendChild(document.createElement("div"));
    mountPathFinder(container, {
      people: [
        { id: "person:a1", label: "Anna Berg" },
        { id: "person:a2", label: "Anna Berg" },
      ],
      find: () => null,
    });
    expect(Array.from(container.querySelectorAll("datalist option")).map((option) => option.getAttribute("value"))).toEqual([
      "Anna Berg (person:a1)",
      "Anna Berg (person:a2)",
    ]);
  });
});
