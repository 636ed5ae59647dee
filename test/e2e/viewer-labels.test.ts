/**
 * Viewer labels end to end
 * ========================
 *
 * The first view's labels must not overlap (issue #12): on the sample corpus and on a generated 20,000-node graph,
 * the labels the map drew (the controller's `drawnLabels()`: text, font, where each starts) are measured in the page
 * with the canvas's own text metrics, and no two boxes may intersect. Sigma's label grid alone lets them overlap.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { cliHas, ROOT, runCli } from "./browser";
import { generateGraph } from "./generated-graph";
import { describeViewer, RESULTS } from "./viewer-suite";

interface Box {
  id: string;
  text: string;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** The boxes of the labels drawn in the last frame, measured with the font each was drawn in. */
function labelBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(async () => {
    // The first frame is drawn; wait for any redraw it scheduled.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const context = document.createElement("canvas").getContext("2d")!;
    return window.samverkanViewer!.drawnLabels().map(({ id, text, x, y, font }) => {
      context.font = font;
      const metrics = context.measureText(text);
      return { id, text, x1: x, x2: x + metrics.width, y1: y - metrics.fontBoundingBoxAscent, y2: y + metrics.fontBoundingBoxDescent };
    });
  });
}

/** Pairs of labels whose boxes intersect. */
function overlapping(boxes: Box[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) found.push(`“${a.text}” and “${b.text}”`);
    }
  }
  return found;
}

describeViewer("viewer labels e2e", ({ work, site, open }) => {
  /** Opens the site of a graph file and checks its first view: labels drawn, none overlapping, nothing logged. */
  async function firstViewLabels(graphPath: string, name: string) {
    const server = await site(graphPath, `${name}-site`);
    try {
      const { page, errors } = await open(server.url);
      const boxes = await labelBoxes(page);
      await page.screenshot({ path: join(RESULTS, `viewer-labels-${name}.png`) });
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      expect(overlapping(boxes)).toEqual([]);
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  }

  it.runIf(cliHas("build") || process.env.CI === "true")(
    "sample corpus: the first view's labels do not overlap",
    async () => {
      const graphPath = join(work(), "sample", "graph.json");
      const built = runCli(["build", join(ROOT, "examples/storsthlm/corpus"), "--out", graphPath, "--quiet"]);
      expect(built.status, built.stderr).toBe(0);
      await firstViewLabels(graphPath, "sample");
    },
    180_000,
  );

  it("generated 20,000-node graph: the first view's labels do not overlap", async () => {
    const graphPath = join(work(), "generated-20k.json");
    await writeFile(graphPath, JSON.stringify(generateGraph(20_000, 60_000)));
    await firstViewLabels(graphPath, "generated-20k");
  }, 180_000);
});
