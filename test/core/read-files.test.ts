/**
 * Reading files from disk (`@samverkan/core/node`): sidecar metadata beside a document, in the folder given and in a
 * subfolder, and a sidecar that is not JSON reported by name; what cannot be read (a folder that cannot be listed, a
 * path over PATH_MAX, a sidecar of the wrong type, a named pipe, a device) is a failure of its own, and symbolic links
 * are followed (issue #15).
 */
import { spawnSync } from "node:child_process";
import { promises as fsPromises } from "node:fs";
import { chmod, mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildGraphFromFiles, readDocuments } from "../../packages/core/src/node";
import { IS_ROOT, makeDeepFolder, removeFolder } from "../fuzz/helpers-input";

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

describe("readDocuments: one bad item never stops the others (#15)", () => {
  let bad: string;
  beforeAll(async () => {
    bad = await mkdtemp(path.join(tmpdir(), "samverkan-read-bad-"));
    await writeFile(path.join(bad, "a.txt"), "Protokoll\n\nAnna Andersson (S), ordförande.");
    await mkdir(path.join(bad, "sub"));
    await writeFile(path.join(bad, "sub", "b.txt"), "Protokoll\n\nBo Ek (M) hälsade välkommen.");
  });
  afterAll(() => removeFolder(bad));

  it("a sidecar value of the wrong type is a failure naming the sidecar, and the build goes on", async () => {
    const dir = await mkdtemp(path.join(bad, "sidecar-"));
    await writeFile(path.join(dir, "good.txt"), "Protokoll\n\nAnna Andersson (S), ordförande, den 9 maj 2019.");
    await writeFile(path.join(dir, "bad.txt"), "Protokoll\n\nBo Ek (M), ordförande.");
    await writeFile(path.join(dir, "bad.txt.meta.json"), '{"date": 2019}');
    const { documents, failures } = await buildGraphFromFiles([dir], { workers: 1, layout: false });
    expect(documents.map((d) => d.id)).toEqual(["good"]);
    expect(failures).toEqual([{ file: path.join(dir, "bad.txt"), code: "BAD_OPTION", message: expect.stringContaining('bad.txt.meta.json: "date"') }]);
  });

  it("a folder that cannot be listed is a failure naming it, and the rest is read", async () => {
    const locked = path.join(bad, "sub");
    const readdir = fsPromises.readdir;
    const spy = vi.spyOn(fsPromises, "readdir").mockImplementation(((dir: string, options: object) => {
      if (dir === locked) return Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
      return readdir(dir, options as never);
    }) as typeof readdir);
    try {
      const { documents, failures } = await readDocuments([bad]);
      expect(documents.map((d) => d.id)).toContain("a");
      expect(failures).toContainEqual({
        file: locked,
        code: "READ_FAILED",
        message: expect.stringMatching(/sub could not be listed \(EACCES, permission denied\)/),
      });
    } finally {
      spy.mockRestore();
    }
  });

  it.skipIf(IS_ROOT)("a folder without read permission is a failure naming it (not as root)", async () => {
    const dir = await mkdtemp(path.join(bad, "locked-"));
    await chmod(dir, 0);
    const { failures } = await readDocuments([bad]);
    expect(failures).toContainEqual(expect.objectContaining({ file: dir, code: "READ_FAILED" }));
    await chmod(dir, 0o700);
  });

  it("a folder deeper than PATH_MAX is a failure naming it, and the rest is read", async () => {
    const dir = await mkdtemp(path.join(bad, "deep-"));
    await writeFile(path.join(dir, "c.txt"), "Protokoll\n\nCarl Carlsson (L), ordförande.");
    const deep = makeDeepFolder(dir);
    const { documents, failures } = await readDocuments([dir]);
    expect(documents.map((d) => d.id)).toEqual(["c"]);
    expect(failures).toEqual([expect.objectContaining({ code: "READ_FAILED", message: expect.stringContaining("ENAMETOOLONG") })]);
    expect(failures[0].file.startsWith(deep)).toBe(true);
  });

  it("symbolic links to files and folders are followed; a file reached twice is read once; a loop is walked once", async () => {
    const outside = await mkdtemp(path.join(bad, "outside-"));
    await writeFile(path.join(outside, "d.txt"), "Protokoll\n\nDavid Dahl (C), ordförande.");
    await writeFile(path.join(outside, "e.txt"), "Protokoll\n\nEva Ek (V), ordförande.");
    const dir = await mkdtemp(path.join(bad, "links-"));
    await writeFile(path.join(dir, "a.txt"), "Protokoll\n\nAnna Andersson (S), ordförande.");
    await symlink(path.join(outside, "e.txt"), path.join(dir, "e-link.txt"));
    await symlink(outside, path.join(dir, "folder-link"));
    await symlink(dir, path.join(outside, "back-up"));
    await symlink("a.txt", path.join(dir, "a-again.txt"));
    const { documents, failures } = await readDocuments([dir]);
    expect(failures).toEqual([]);
    expect(documents.map((d) => path.relative(dir, d.source)).sort()).toEqual(["a.txt", "e-link.txt", path.join("folder-link", "d.txt")]);
  });

  it("a named pipe, /dev/zero and a broken link are failures, read without blocking", async () => {
    const dir = await mkdtemp(path.join(bad, "special-"));
    await writeFile(path.join(dir, "a.txt"), "Protokoll\n\nAnna Andersson (S), ordförande.");
    expect(spawnSync("mkfifo", [path.join(dir, "pipe.txt")]).status).toBe(0);
    await symlink("/dev/zero", path.join(dir, "zero.txt"));
    await symlink(path.join(dir, "gone.txt"), path.join(dir, "broken.txt"));
    const { documents, failures } = await readDocuments([dir, "/dev/urandom"], { maxBytes: 1000 });
    expect(documents.map((d) => d.id)).toEqual(["a"]);
    expect(failures.map((f) => [path.basename(f.file), f.code])).toEqual([
      ["urandom", "NOT_REGULAR_FILE"],
      ["broken.txt", "READ_FAILED"],
      ["pipe.txt", "NOT_REGULAR_FILE"],
      ["zero.txt", "NOT_REGULAR_FILE"],
    ]);
  });
});
