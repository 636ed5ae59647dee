/**
 * Viewer features end to end
 * ==========================
 *
 * What issue #12 asked of the map, driven in Debian's headless Chromium on sites written by `samverkan view --out`:
 * inferred facts marked with their chain in the panel (the sample corpus's inferred chairs of Mats Gerdau, and a
 * fixture's), a link's evidence and the document view with the quote marked in its passage, selection emphasising
 * the neighbourhood, the legend of kinds and links, the map resizing with the filter bar, Back and Forward walking
 * the selection, quotes shown once, zoom and fit, the toolbar and filter bar showing what a deep link restored, a bad
 * deep link saying so, works-with first in that view with weights in words, and the toolbar's analysis tools
 * (timeline and replay, colour and size by metrics and communities, shortest path, tables with CSV, SVG and PNG
 * export). The checks are viewer-checks.ts's, which viewer-generated.test.ts runs on a 20,000-node graph too.
 * Screenshots go to test-results/.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, it } from "vitest";
import { NODE_COLORS, serializeGraph } from "@samverkan/core";
import { buildFixtureGraph, DOCUMENTS, evidence } from "../viewer/fixtures/fixture-graph";
import { cliHas, ROOT, runCli } from "./browser";
import {
  checkBadLink,
  checkCommunities,
  checkEmphasis,
  checkExport,
  checkHistory,
  checkLegend,
  checkMetrics,
  checkPath,
  checkResize,
  checkRestoredLink,
  checkTables,
  checkTimeline,
  checkWorksWithYears,
  checkZoomAndFit,
  focus,
} from "./viewer-checks";
import { describeViewer, RESULTS } from "./viewer-suite";

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
  const KINDS = ["Person", "Organisation", "Municipality", "Party", "Meeting", "Topic", "Document"];

  it("fixture: emphasis, legend, inferred chain, link evidence, document view, history, resize, zoom and fit", async () => {
    const graphPath = join(work(), "fixture.json");
    await writeFile(graphPath, JSON.stringify(fixtureWithInference()));
    const server = await site(graphPath, "fixture-site");
    try {
      const { page, errors } = await open(server.url);
      await checkEmphasis(page, "person:mats-gerdau");
      await checkLegend(
        page,
        KINDS,
        { drawn: ["holds role", "member of", "represents", "attended", "chaired", "spoke at", "organised by", "discussed", "mentions"], gone: [] },
        { kind: "Meeting", drops: "attended" },
      );
      await page.screenshot({ path: join(RESULTS, "viewer-fixture-legend.png") });
      await focus(page, "person:mats-gerdau");
      await expect.poll(() => page.locator(".sv-panel h2").textContent()).toBe("Mats Gerdau");

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
      await page.getByRole("button", { name: "Close link" }).click();

      await checkHistory(page, "person:mats-gerdau", "person:ebba-ostlin");
      await focus(page, null);
      await expect.poll(() => page.locator(".sv-panel").isHidden()).toBe(true);
      await checkResize(page);
      await checkZoomAndFit(page, "person:mats-gerdau", "person:ebba-ostlin", buildFixtureGraph().nodes());
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("fixture: a question in the search box is answered in the panel with its quotes; an answer opens its node", async () => {
    const graphPath = join(work(), "fixture-ask.json");
    await writeFile(graphPath, JSON.stringify(fixtureWithInference()));
    const server = await site(graphPath, "fixture-ask-site");
    try {
      const { page, errors } = await open(server.url);
      const box = page.getByRole("combobox");
      await box.fill("which meetings did Mats Gerdau chair?");
      await box.press("Enter");
      await expect.poll(() => page.locator(".sv-panel h2").textContent()).toBe("which meetings did Mats Gerdau chair?");
      expect(await page.locator(".sv-panel .sv-kind").textContent()).toBe("Read as meetingsChairedBy(Mats Gerdau)");
      const answers = page.locator('.sv-panel [data-section="answers"] > ul > li');
      expect(await answers.count()).toBe(2);
      // The stated chair with its quote; the inferred one marked, with its chain.
      expect(await answers.first().locator(".sv-quote-text").first().textContent()).toMatch(/^“Mats Gerdau .*ordförande/);
      expect(await answers.nth(1).locator(".sv-badge-inferred").count()).toBe(1);
      expect(await answers.nth(1).locator(".sv-chain").textContent()).toContain(INFERRED_STEP);
      // The answers' meetings are highlighted on the map.
      await expect
        .poll(async () => (await page.locator(".sv-stage").getAttribute("data-emphasis"))?.split(" ").sort())
        .toEqual((await answers.locator(".sv-item-head .sv-link").evaluateAll((links) => links.map((link) => link.getAttribute("data-target")))).sort());
      await page.screenshot({ path: join(RESULTS, "viewer-answer-panel.png") });
      // A name is no question: Enter picks the suggestion as before.
      await answers.first().locator(".sv-link").first().click();
      await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-node")).toMatch(/^meeting:/);
      await box.fill("Ebba");
      await expect.poll(() => page.locator(".sv-suggestion").count()).toBeGreaterThan(0);
      await box.press("Enter");
      await expect.poll(() => page.locator(".sv-panel h2").textContent()).toBe("Ebba Östlin");
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
      await checkRestoredLink(restored.page, "person:mats-gerdau");
      await restored.page.screenshot({ path: join(RESULTS, "viewer-deep-link-works-with.png") });
      await restored.page.close();
      expect(restored.errors).toEqual([]);

      const bad = await open(`${server.url}#focus=person%3Anobody&kinds=person,robots&view=3d`);
      await checkBadLink(bad.page);
      expect(await bad.page.locator(".sv-notice").textContent()).toContain("unknown kind “robots”");
      await bad.page.screenshot({ path: join(RESULTS, "viewer-bad-deep-link.png") });
      await bad.page.close();
      expect(bad.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("fixture: the toolbar's tools — timeline and replay, colour and size by metrics and communities, shortest path, tables with CSV, SVG and PNG export", async () => {
    const graphPath = join(work(), "fixture-tools.json");
    await writeFile(graphPath, JSON.stringify(fixtureWithInference()));
    const server = await site(graphPath, "fixture-tools-site");
    try {
      const { page, errors } = await open(server.url);
      await checkTimeline(page, "viewer-fixture");
      await checkMetrics(page, "viewer-fixture", "person:mats-gerdau", NODE_COLORS.person, false);
      await page.getByRole("button", { name: "Who works with whom" }).click();
      await checkWorksWithYears(page);
      await checkCommunities(page, "viewer-fixture");
      await checkPath(page, "viewer-fixture", "Mats Gerdau", "Ebba Östlin");
      expect(await page.locator(".sv-drawer").textContent()).toContain("Styrelsemöte");
      await checkTables(page, "viewer-fixture", "Meeting");
      await checkExport(page, KINDS);
      await page.close();
      expect(errors).toEqual([]);
    } finally {
      await server.close();
    }
  }, 180_000);

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
});
