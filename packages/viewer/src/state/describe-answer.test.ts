// @vitest-environment happy-dom
import { buildGraph, readDocument } from "@samverkan/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderAnswerPanel, type PanelActions } from "../dom/panel";
import { describeAnswer } from "./describe-answer";

// Invented minutes in the one-field-a-line layout.
const MINUTES = `SOLBACKA KOMMUN
PROTOKOLL
Kommunstyrelsen
Sammanträdesdatum\t2024-03-12

Beslutande\tIngrid Solberg (S), ordförande
\tTomas Vikström (M)
Sekreterare\tMaja Lindvall
Utses att justera\tTomas Vikström
`;
const documents = [readDocument({ source: "ks.txt", content: MINUTES })];
const { graph } = buildGraph(documents, { layout: false });

describe("describeAnswer", () => {
  it("reads a question and gives each answer with its quote", () => {
    const model = describeAnswer(graph, "vem var ordförande den 12 mars 2024?", { documents })!;
    expect(model.reading).toBe("chairOf(12 mars 2024)");
    expect(model.items.map((item) => [item.label, item.target])).toEqual([["Ingrid Solberg", "person:ingrid-solberg"]]);
    expect(model.items[0].evidence[0].quote).toContain("Ingrid Solberg");
    expect(model.items[0].evidence[0].docTitle).toBeTruthy();
  });

  it("is no answer for text no question form reads, so the box goes on searching names", () => {
    expect(describeAnswer(graph, "Solberg")).toBeUndefined();
    expect(describeAnswer(graph, "   ")).toBeUndefined();
  });

  it("says why when there is none", () => {
    const model = describeAnswer(graph, "vilka möten ledde Okänd Person")!;
    expect(model.items).toEqual([]);
    expect(model.message).toMatch(/no person called/);
  });
});

describe("renderAnswerPanel", () => {
  afterEach(() => document.body.replaceChildren());
  const actions = (): PanelActions => ({
    navigate: vi.fn(),
    showEgo: vi.fn(),
    showWorksWith: vi.fn(),
    expand: vi.fn(),
    selectEdge: vi.fn(),
    openDocument: vi.fn(),
    close: vi.fn(),
  });

  it("shows the question, how it was read, the answers and their quotes; an answer is a button to its node", () => {
    const container = document.body.appendChild(document.createElement("div"));
    const act = actions();
    renderAnswerPanel(container, describeAnswer(graph, "vem var justerare den 12 mars 2024", { documents })!, act);
    expect(container.querySelector("h2")?.textContent).toBe("vem var justerare den 12 mars 2024");
    expect(container.textContent).toContain("Read as attendeesOf({role: justerare})(12 mars 2024)");
    expect(container.querySelector('[data-section="answers"]')?.getAttribute("data-count")).toBe("1");
    expect(container.querySelector(".sv-quote-text")?.textContent).toContain("Tomas Vikström");
    container.querySelector<HTMLButtonElement>('[data-target="person:tomas-vikstrom"]')!.click();
    expect(act.navigate).toHaveBeenCalledWith("person:tomas-vikstrom");
    container.querySelector<HTMLButtonElement>(".sv-open-doc")!.click();
    expect(act.openDocument).toHaveBeenCalledTimes(1);
  });

  it("shows the message when there is no answer", () => {
    const container = document.body.appendChild(document.createElement("div"));
    renderAnswerPanel(container, describeAnswer(graph, "vilka möten ledde Okänd Person")!, actions());
    expect(container.querySelector(".sv-empty")?.textContent).toMatch(/no person called/);
  });
});
