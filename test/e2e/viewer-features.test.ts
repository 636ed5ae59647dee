/**
 * Viewer features end to end
 * ==========================
 *
 * What issue #12 asked of the map, driven in Debian's headless Chromium on sites written by `samverkan view --out`:
 * inferred facts marked with their chain in the panel (the sample corpus's inferred chairs of Mats Gerdau, and a
 * fixture's), a link's evidence and the document view with the quote marked in its passage, the map resizing with
 * the panel, the toolbar and filter bar showing what a deep link restored, a bad deep link saying so, Back and
 * Forward walking the selection, quotes shown once, works-with first in that view with weights in words, selection
 * emphasising the neighbourhood, zoom and fit; and on a generated graph of 20,000 nodes the overview without
 * documents, collapsed long sections, hover, and explore mode (search, neighbourhood, expand); and the toolbar's
 * analysis tools (timeline, colour by community, shortest path, tables with CSV, SVG export). Screenshots go to
 * test-results/.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { serializeGraph } from "@samverkan/core";
import { buildFixtureGraph, DOCUMENTS, evidence } from "../viewer/fixtures/fixture-graph";
import { cliHas, ROOT, runCli } from "./browser";
import { describeViewer, RESULTS } from "./viewer-suite";
import { generateGraph } from "./generated-graph";

const INFERRED_STEP = "Mats Gerdau was elected ordförande of Storsthlm for 2015–2022";

/** The fixture with an inferred chair (the seminar, because of the chair's term) carrying its chain. */
function fixtureWithInference() {
  const graph = buildFixtureGraph();
  graph.addEdgeWithKey("chaired:person:mats-gerdau->meeting:seminar-2019:seminarium:inferred", "person:mats-gerdau", "meeting:seminar-2019:seminarium", {
    kind: "chaired",
    evidence: [],
    inferred: true,
    rule: "chair-from-term",
    chain: [
      { statement: INFERRED_STEP, evidence: [evidence("minutes-2016", "Mats Gerdau, Nacka, ordförande")] },
      { statement: "Seminarium 2019-05-20 is a meeting of Storsthlm within that term", evidence: [] },
    ],
  });
  return serializeGraph(graph, DOCUMENTS);
}

describeViewer("viewer features e2e", ({ work, site, open }) => {
  const focus = (page: Page, id: string | null) => page.evaluate((node) => window.samverkanViewer!.focus(node), id);
  const position = (page: Page, id: string) => page.evaluate((node) => window.samverkanViewer!.nodePosition(node), id);

  /** Dark pixels of the exported view: emphasised (darker, thicker) links add many. */
  function darkPixels(page: Page): Promise<number> {
    return page.evaluate(async () => {
      const blob = await window.samverkanViewer!.exportPng();
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext("2d")!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 330) count++;
      return count;
    });
  }

  /** Width of sigma's canvases against the map's box: equal once the map has followed a layout change. */
  const canvasFits = (page: Page) =>
    page.evaluate(() => {
      const stage = document.querySelector(".sv-stage")!;
      const canvas = stage.querySelector("canvas")!;
      return Math.abs(canvas.getBoundingClientRect().width - stage.getBoundingClientRect().width) < 2;
    });

  it("fixture: inferred chain, link evidence, document view, resize, history, emphasis, zoom and fit", async () => {
    const graphPath = join(work(), "fixture.json");
    await writeFile(graphPath, JSON.stringify(fixtureWithInference()));
    const server = await site(graphPath, "fixture-site");
    try {
      const { page, errors } = await open(server.url);
      const before = await darkPixels(page);
      await focus(page, "person:mats-gerdau");
      await expect.poll(() => page.locator(".sv-panel h2").textContent()).toBe("Mats Gerdau");
      // Selecting draws the node's links darker and thicker: many more dark pixels than before.
      await page.waitForTimeout(600);
      expect(await darkPixels(page)).toBeGreaterThan(before + 200);
      expect(await page.locator(".sv-panel").isVisible()).toBe(true);
      await expect.poll(() => canvasFits(page)).toBe(true);

      // The inferred chair: marked, with its chain and the chain's quote; the stated chair is not marked.
      const inferred = page.locator('[data-section="meetings"] li', { has: page.locator(".sv-date", { hasText: "2019-05-20" }) });
      expect(await inferred.locator(".sv-badge-inferred").count()).toBe(1);
      expect(await inferred.locator(".sv-chain").textContent()).toContain(INFERRED_STEP);
      expect(await inferred.locator(".sv-chain .sv-quote-text").first().textContent()).toBe("“Mats Gerdau, Nacka, ordförande”");
      const stated = page.locator('[data-section="meetings"] li', { has: page.locator(".sv-date", { hasText: "2016-10-11" }) });
      expect(await stated.locator(".sv-badge-inferred").count()).toBe(0);
      // Each quote once per line.
      for (const line of await page.locator(".sv-panel li").all()) {
        const quotes = await line.locator(":scope > .sv-evidence .sv-quote-text").allTextContents();
        expect(new Set(quotes).size).toBe(quotes.length);
      }
      // "Named in": a bare name is not repeated as a quote.
      expect(await page.locator(".sv-panel > .sv-evidence .sv-quote-text").count()).toBe(0);
      expect(await page.locator(".sv-panel > .sv-evidence .sv-named").count()).toBe(1);
      await page.screenshot({ path: join(RESULTS, "viewer-inferred-panel.png") });

      // The link behind a line, with its evidence; then the quote in its document.
      await inferred.locator(".sv-edge-link").first().click();
      await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-edge")).toContain("chaired:person:mats-gerdau");
      expect(await page.locator(".sv-panel .sv-badge-inferred").count()).toBe(1);
      expect(await page.locator(".sv-panel .sv-chain").textContent()).toContain(INFERRED_STEP);
      await page.locator(".sv-panel .sv-open-doc").first().click();
      await expect.poll(() => page.locator(".sv-doc-text mark").textContent()).toBe("Mats Gerdau, Nacka, ordförande");
      expect(await page.locator(".sv-doc-text").textContent()).toContain("Närvarande: Mats Gerdau, Nacka, ordförande; Ebba Östlin");
      await page.screenshot({ path: join(RESULTS, "viewer-document-view.png") });
      await page.getByRole("button", { name: "← Back" }).click();
      await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-edge")).toBeTruthy();

      // Back and Forward walk the selection.
      await page.keyboard.press("Escape");
      await focus(page, "person:ebba-ostlin");
      await expect.poll(() => page.locator(".sv-panel h2").textContent()).toBe("Ebba Östlin");
      await page.goBack();
      await expect.poll(() => page.evaluate(() => window.samverkanViewer!.getState().focus)).toBe("person:mats-gerdau");
      await page.goForward();
      await expect.poll(() => page.evaluate(() => window.samverkanViewer!.getState().focus)).toBe("person:ebba-ostlin");

      // Closing the panel gives the map its width back; the filter bar takes height and gives it back.
      await focus(page, null);
      await expect.poll(() => page.locator(".sv-panel").isHidden()).toBe(true);
      await expect.poll(() => canvasFits(page)).toBe(true);
      const stageHeight = () => page.evaluate(() => document.querySelector(".sv-stage")!.getBoundingClientRect().height);
      const tall = await stageHeight();
      await page.getByRole("button", { name: "Filters" }).click();
      await expect.poll(stageHeight).toBeLessThan(tall - 20);
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              Math.abs(
                document.querySelector(".sv-stage canvas")!.getBoundingClientRect().height -
                  document.querySelector(".sv-stage")!.getBoundingClientRect().height,
              ) < 2,
          ),
        )
        .toBe(true);

      // Zoom in spreads two nodes apart on screen, zoom out brings them closer, Fit shows them all.
      const gap = async () => {
        const a = (await position(page, "person:mats-gerdau"))!;
        const b = (await position(page, "person:ebba-ostlin"))!;
        return Math.hypot(a.x - b.x, a.y - b.y);
      };
      const start = await gap();
      await page.getByRole("button", { name: "Zoom in" }).click();
      await expect.poll(gap, { timeout: 15_000 }).toBeGreaterThan(start * 1.3);
      await page.getByRole("button", { name: "Zoom out" }).click();
      await page.waitForTimeout(300);
      await page.getByRole("button", { name: "Zoom out" }).click();
      await expect.poll(gap, { timeout: 15_000 }).toBeLessThan(start * 0.9);
      await page.getByRole("button", { name: "Fit" }).click();
      await expect.poll(async () => Math.abs((await gap()) - start) / start, { timeout: 15_000 }).toBeLessThan(0.05);
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("fixture: deep links restore the toolbar; a bad one says so; works-with first, in words", async () => {
    const graphPath = join(work(), "fixture-links.json");
    await writeFile(graphPath, JSON.stringify(fixtureWithInference()));
    const server = await site(graphPath, "fixture-links-site");
    try {
      const restored = await open(`${server.url}#focus=person%3Amats-gerdau&view=works-with&kinds=person,meeting`);
      const page = restored.page;
      expect(await page.getByRole("button", { name: "Who works with whom" }).getAttribute("aria-pressed")).toBe("true");
      expect(await page.getByRole("button", { name: "Map" }).getAttribute("aria-pressed")).toBe("false");
      expect(await page.locator(".sv-filters").isVisible()).toBe(true);
      expect(await page.getByRole("checkbox", { name: /^Organisation/ }).isChecked()).toBe(false);
      expect(await page.getByRole("button", { name: /^Filters/ }).textContent()).toBe("Filters (on)");
      // Works-with view: collaborators first, their weight in words.
      await expect.poll(() => page.locator(".sv-panel section").first().getAttribute("data-section")).toBe("collaborators");
      const badges = await page.locator('[data-section="collaborators"] .sv-badge').allTextContents();
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) expect(badge).toMatch(/^(\d+ (meetings?|panels?) together|\d+ shared organisations?|said to work together)(, .+)?$/);
      await page.screenshot({ path: join(RESULTS, "viewer-deep-link-works-with.png") });
      await page.close();
      expect(restored.errors).toEqual([]);

      const bad = await open(`${server.url}#focus=person%3Anobody&kinds=person,robots&view=3d`);
      const notice = bad.page.locator(".sv-notice");
      expect(await notice.isVisible()).toBe(true);
      const text = (await notice.textContent()) ?? "";
      expect(text).toContain("no node “person:nobody”");
      expect(text).toContain("unknown kind “robots”");
      expect(text).toContain("unknown view “3d”");
      expect(await bad.page.evaluate(() => window.samverkanViewer!.getState().focus)).toBeNull();
      await bad.page.screenshot({ path: join(RESULTS, "viewer-bad-deep-link.png") });
      await bad.page.close();
      expect(bad.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("fixture: the toolbar's tools — timeline, colour by community, shortest path, tables with CSV, SVG export", async () => {
    const graphPath = join(work(), "fixture-tools.json");
    await writeFile(graphPath, JSON.stringify(fixtureWithInference()));
    const server = await site(graphPath, "fixture-tools-site");
    try {
      const { page, errors } = await open(server.url);
      const tool = (name: string) => page.locator(".sv-tools").getByRole("button", { name, exact: true });

      await tool("Timeline").click();
      const slider = page.locator(".sv-drawer input[type=range]");
      await slider.fill((await slider.getAttribute("min")) ?? "0");
      await expect.poll(() => page.evaluate(() => window.samverkanViewer!.getState().filters.years)).not.toBeNull();
      await tool("Timeline").click();
      await expect.poll(() => page.evaluate(() => window.samverkanViewer!.getState().filters.years)).toBeNull();

      await tool("Colour & size").click();
      await page.getByRole("combobox", { name: "Colour by" }).selectOption("community");
      await expect.poll(() => page.locator(".sv-drawer .sv-members button").count()).toBeGreaterThan(1);
      await page.screenshot({ path: join(RESULTS, "viewer-tools-communities.png") });

      await tool("Path").click();
      await page.locator(`.sv-drawer input[aria-label="From person"]`).fill("Mats Gerdau");
      await page.locator(`.sv-drawer input[aria-label="To person"]`).fill("Ebba Östlin");
      await page.getByRole("button", { name: "Find path" }).click();
      await expect.poll(() => page.locator(".sv-drawer .sv-path-fact").count()).toBeGreaterThan(0);
      expect(await page.locator(".sv-drawer").textContent()).toContain("Styrelsemöte");

      await tool("Table").click();
      await expect.poll(() => page.locator(".sv-drawer .sv-table tbody tr").count()).toBeGreaterThan(5);
      const csv = page.waitForEvent("download");
      await page.getByRole("button", { name: "Download CSV" }).click();
      expect((await csv).suggestedFilename()).toMatch(/\.csv$/);

      await tool("Export").click();
      const svg = page.waitForEvent("download");
      await page.getByRole("button", { name: "SVG with legend" }).click();
      const download = await svg;
      const text = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
      expect(text).toMatch(/^<svg|^<\?xml/);
      expect(text).toContain("Mats Gerdau");
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it.runIf(cliHas("build") || process.env.CI === "true")("sample corpus: Gerdau's inferred chairs are marked in the panel with their chain", async () => {
    const graphPath = join(work(), "sample", "graph.json");
    const built = runCli(["build", join(ROOT, "examples/storsthlm/corpus"), "--out", graphPath, "--quiet"]);
    expect(built.status, built.stderr).toBe(0);
    const server = await site(graphPath, "sample-site");
    try {
      const { page, errors } = await open(server.url);
      await focus(page, "person:mats-gerdau");
      const line = page.locator('[data-section="meetings"] li', { has: page.locator(".sv-date", { hasText: "2019-05-09" }) });
      await expect.poll(() => line.locator(".sv-badge-chaired").count()).toBe(1);
      expect(await line.locator(".sv-badge-inferred").count()).toBe(1);
      expect(await line.locator(".sv-chain").textContent()).toMatch(/Mats Gerdau was elected .+ of Storsthlm for 2019.2022/);
      await page.screenshot({ path: join(RESULTS, "viewer-sample-inferred.png") });
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("generated 20,000-node graph: overview without documents, collapsed sections, hover, explore mode", async () => {
    const graphPath = join(work(), "generated-20k.json");
    await writeFile(graphPath, JSON.stringify(generateGraph(20_000, 60_000)));
    const server = await site(graphPath, "generated-site");
    try {
      const { page, errors } = await open(server.url);
      expect(await page.evaluate(() => window.samverkanViewer!.getState().filters.nodeKinds)).toEqual(["person", "organisation", "municipality", "meeting"]);
      expect(await position(page, "document:n0")).toBeNull();
      expect(await position(page, "person:n0")).not.toBeNull();
      expect(page.url()).not.toContain("kinds=");
      await page.screenshot({ path: join(RESULTS, "viewer-generated-20k.png") });

      // Inferred marking on the large graph too.
      await focus(page, "person:n3");
      const line = page.locator('[data-section="meetings"] li[data-inferred="true"]');
      await expect.poll(() => line.count()).toBeGreaterThan(0);
      expect(await line.first().locator(".sv-chain").textContent()).toContain("person 3 was elected ordförande of organisation 3");
      // A long section shows its first lines, its count, and the rest on demand.
      await focus(page, "party:n1");
      const collapsed = page
        .locator(".sv-panel section")
        .filter({ has: page.locator(".sv-more") })
        .first();
      await expect.poll(() => collapsed.count()).toBe(1);
      const busiest = page.locator(`.sv-panel section[data-section="${await collapsed.getAttribute("data-section")}"]`);
      const count = Number(await busiest.getAttribute("data-count"));
      expect(count).toBeGreaterThan(10);
      expect(await busiest.locator("li").count()).toBe(8);
      expect(await busiest.locator("h3").textContent()).toContain(`(${count})`);
      await busiest.locator(".sv-more").click();
      expect(await busiest.locator(":scope > ul > li").count()).toBe(count);

      // Hover: the pointer on a node turns it into a pointer and highlights it.
      await focus(page, null);
      await page.waitForTimeout(600);
      const box = (await page.locator(".sv-stage").boundingBox())!;
      const at = (await position(page, "person:n3"))!;
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await expect.poll(() => page.locator(".sv-stage").evaluate((stage) => (stage as HTMLElement).style.cursor)).toBe("pointer");

      // Explore mode: an empty map, a search, the neighbourhood, then one more step.
      await page.mouse.move(box.x + 2, box.y + 2);
      await page.getByRole("button", { name: "Explore from search" }).click();
      await expect.poll(() => page.locator(".sv-explore-prompt").isVisible()).toBe(true);
      expect(await position(page, "person:n3")).toBeNull();
      const input = page.getByRole("combobox");
      await input.fill("person 17");
      await page.locator('[role=option][data-id="person:n17"]').waitFor();
      await page.locator('[role=option][data-id="person:n17"]').dispatchEvent("mousedown");
      await expect.poll(() => page.evaluate(() => window.samverkanViewer!.getState().explore)).toEqual(["person:n17"]);
      expect(await position(page, "person:n17")).not.toBeNull();
      const neighbour = await page.locator('.sv-panel [data-section="meetings"] [data-target]').first().getAttribute("data-target");
      expect(neighbour).toBeTruthy();
      expect(await position(page, neighbour!)).not.toBeNull();
      expect(await position(page, "person:n3")).toBeNull();
      await focus(page, neighbour!);
      await page.getByRole("button", { name: "Expand", exact: true }).click();
      await expect.poll(() => page.evaluate(() => window.samverkanViewer!.getState().explore)).toEqual(["person:n17", neighbour]);
      expect(decodeURIComponent(page.url())).toContain(`explore=person:n17,${neighbour}`);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(RESULTS, "viewer-generated-explore.png") });
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  }, 300_000);
});
