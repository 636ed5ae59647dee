import { meetingsChairedBy } from "@samverkan/core";
import { buildGraphFromFiles } from "@samverkan/core/node";
import { describe, expect, it } from "vitest";

const folder = new URL("../../examples/storsthlm/protokoll", import.meta.url).pathname;

// The PDF and Word minutes the README's quick start builds: what it promises of them holds.
describe("examples/storsthlm/protokoll", () => {
  it("reads both files and answers who chaired with the page of the PDF", async () => {
    const { graph, documents, failures } = await buildGraphFromFiles([folder], { layout: false, workers: 1 });
    expect(failures).toEqual([]);
    expect(documents.map((d) => [d.id, d.format, d.pages?.length])).toEqual([
      ["protokoll-2024-03-12", "pdf", 2],
      ["protokoll-2024-04-16", "docx", undefined],
    ]);
    const answers = meetingsChairedBy(graph, "Ingrid Solberg");
    expect(answers.map((a) => a.label)).toEqual(["2024-03-12 Kommunstyrelsen", "2024-04-16 Kommunstyrelsen"]);
    const [pdf, word] = answers.map((a) => a.evidence[0]);
    expect(pdf).toMatchObject({ doc: "protokoll-2024-03-12", page: 1, quote: "Ingrid Solberg (S), ordförande" });
    expect(word.page).toBeUndefined();
    expect(word.quote).toBe("Ingrid Solberg (S), ordförande");
  });
});
