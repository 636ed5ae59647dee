/**
 * Reading files from disk (`@samverkan/core/node`): sidecar metadata beside a document, in the folder given and in a
 * subfolder, and a sidecar that is not JSON reported by name.
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocuments } from "../../packages/core/src/node";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "samverkan-read-"));
  await mkdir(path.join(dir, "nov"));
  await writeFile(path.join(dir, "a.txt"), "Protokoll\nText utan datum.");
  await writeFile(path.join(dir, "a.txt.meta.json"), JSON.stringify({ title: "Styrelsemöte", date: "2021-05-04", url: "https://example.org/a" }));
  await writeFile(path.join(dir, "b.txt"), "Rubrik från texten\nMer text.");
  await writeFile(path.join(dir, "nov", "c.md"), "# Nyhetsbrev\nText.");
  await writeFile(path.join(dir, "nov", "c.md.meta.json"), JSON.stringify({ date: "2019-11" }));
  await writeFile(path.join(dir, "nov", "d.txt"), "Trasig sidovagn.");
  await writeFile(path.join(dir, "nov", "d.txt.meta.json"), "{ title: inte json");
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("readDocuments: sidecar metadata", () => {
  it("takes a sidecar's title, date and URL over what the text says", async () => {
    const { documents } = await readDocuments([dir]);
    expect(documents.find((d) => d.id === "a")).toMatchObject({ title: "Styrelsemöte", date: "2021-05-04", url: "https://example.org/a" });
  });
  it("reads sidecars in subfolders and given files alike", async () => {
    const fromFolder = await readDocuments([dir]);
    expect(fromFolder.documents.find((d) => d.id === "c")?.date).toBe("2019-11");
    const fromFile = await readDocuments([path.join(dir, "nov", "c.md")]);
    expect(fromFile.documents[0].date).toBe("2019-11");
    // A relative path with a redundant segment finds its sidecar too.
    const relative = `${path.relative(process.cwd(), path.join(dir, "nov"))}/./c.md`;
    expect((await readDocuments([relative])).documents[0]?.date).toBe("2019-11");
  });
  it("leaves documents without a sidecar to their text", async () => {
    const { documents } = await readDocuments([dir]);
    expect(documents.find((d) => d.id === "b")?.title).toBe("Rubrik från texten");
  });
  it("reports a sidecar that is not JSON by name and reads the rest", async () => {
    const { documents, failures } = await readDocuments([dir]);
    expect(failures).toEqual([expect.objectContaining({ code: "BAD_OPTION", message: expect.stringContaining("d.txt.meta.json") })]);
    expect(documents.map((d) => d.id).sort()).toEqual(["a", "b", "c"]);
  });
});
