/**
 * Viewer on a generated 20,000-node graph end to end
 * ==================================================
 *
 * Every feature of issue #12 on a graph the size of a whole archive (test/e2e/generated-graph.ts, invented names),
 * driven in Debian's headless Chromium on one site written by `samverkan view --out` and one page for most tests (a
 * load of this graph takes seconds on two shared cores): a bad deep link's notice, the overview without documents and
 * its legend, the panel's inferred chair with its chain and quotes (once, no bare names), collapsed sections, the
 * neighbourhood highlight, hover, a link's tooltip and evidence, the document view at the quote's page, zoom and fit,
 * resizing, history, a restored deep link, the tools (timeline and replay, metrics and communities, shortest path,
 * tables with CSV, SVG and PNG export) and explore mode. The checks are viewer-checks.ts's, which the fixture's
 * tests run too. Screenshots go to test-results/viewer-20k-*.png.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { NODE_COLORS } from "@samverkan/core";
import { generateGraph, electionQuote } from "./generated-graph";
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
  checkZoomAndFit,
  focus,
  panelShows,
  position,
  settled,
  SLOW,
  viewState,
} from "./viewer-checks";
import { describeViewer, RESULTS } from "./viewer-suite";

const shot = (name: string) => ({ path: join(RESULTS, `viewer-20k-${name}.png`) });
const OVERVIEW = ["person", "organisation", "municipality", "meeting"];

describeViewer("viewer on a generated 20,000-node graph e2e", ({ work, site, open }) => {
  let server: { url: string; close(): Promise<void> };
  let overview: string[];
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const graph = generateGraph(20_000, 60_000);
    overview = graph.graph.nodes.filter((node) => OVERVIEW.includes(node.attributes!.kind)).map((node) => node.key);
    const graphPath = join(work(), "generated-20k.json");
    await writeFile(graphPath, JSON.stringify(graph));
    server = await site(graphPath, "generated-site");
    // The shared page opens on a link naming a node and a view that do not exist.
    ({ page, errors } = await open(`${server.url}#focus=person%3Anobody&view=3d`));
    page.setDefaultTimeout(SLOW.timeout);
  }, 600_000);
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  /** Back to the opening view: tools and filter bar closed, nothing selected, the whole overview drawn. */
  async function reset() {
    for (const button of await page.locator('.sv-tools button[aria-expanded="true"]').all()) await button.click();
    const filters = page.getByRole("button", { name: /^Filters/ });
    if ((await filters.getAttribute("aria-expanded")) === "true") await filters.click();
    await page.getByRole("button", { name: "Reset view" }).click();
    await expect.poll(() => viewState(page), SLOW).toMatchObject({ focus: null, view: "graph", ego: null, explore: null, filters: { nodeKinds: OVERVIEW } });
    await settled(page, "person:n3");
  }

  it("a bad deep link says so; the overview draws no documents; kinds in distinct colours and a legend of links", async () => {
    await checkBadLink(page);
    await page.screenshot(shot("bad-deep-link"));
    expect((await viewState(page)).filters.nodeKinds).toEqual(OVERVIEW);
    expect(await position(page, "document:n0")).toBeNull();
    expect(await position(page, "person:n0")).not.toBeNull();
    await checkLegend(
      page,
      ["Person", "Organisation", "Municipality", "Meeting"],
      { drawn: ["holds role", "represents", "attended", "chaired", "spoke at", "organised by"], gone: ["mentions", "member of", "discussed"] },
      { kind: "Meeting", drops: "attended" },
    );
    await page.screenshot(shot("overview"));
    expect(errors).toEqual([]);
  }, 300_000);

  it("panel: the inferred chair marked with its chain and quote, each quote once, no bare name, long sections collapsed", async () => {
    await reset();
    await focus(page, "person:n3");
    await panelShows(page, "person:n3");
    const line = page.locator('[data-section="meetings"] li[data-item="meeting:n3"]');
    expect(await line.locator(".sv-badge").allTextContents()).toEqual(expect.arrayContaining(["attended", "spoke", "chaired", "inferred"]));
    expect(await line.locator(".sv-chain").textContent()).toContain("person 3 was elected ordförande of organisation 3 for 2010–2022");
    expect(await line.locator(".sv-chain .sv-quote-text").allTextContents()).toEqual([`“${electionQuote(3)}”`]);
    // Attended and spoke rest on one quote: shown once; the bare name "person 3" is no evidence of either.
    expect(await line.locator(":scope > .sv-evidence .sv-quote-text").allTextContents()).toEqual(["“Närvarande: person 3, ordförande”"]);
    expect(await page.locator(".sv-panel .sv-quote-text", { hasText: /^“person 3”$/ }).count()).toBe(0);
    // Where the person is named: the document, not the name again.
    expect(await page.locator(".sv-panel > .sv-evidence .sv-named").count()).toBe(1);
    expect(await page.locator(".sv-panel > .sv-evidence .sv-quote").count()).toBe(0);
    for (const item of await page.locator(".sv-panel li").all()) {
      const quotes = await item.locator(":scope > .sv-evidence .sv-quote-text").allTextContents();
      expect(new Set(quotes).size).toBe(quotes.length);
    }
    // The other meetings' chairs are stated nowhere: only meeting n3's line is inferred.
    expect(await page.locator('[data-section="meetings"] li[data-inferred="true"]').count()).toBe(1);
    await page.screenshot(shot("inferred-panel"));

    // A long section shows its first lines, its count, and the rest on demand.
    await focus(page, "party:n1");
    await panelShows(page, "party:n1");
    const collapsed = page
      .locator(".sv-panel section")
      .filter({ has: page.locator(".sv-more") })
      .first();
    const busiest = page.locator(`.sv-panel section[data-section="${await collapsed.getAttribute("data-section")}"]`);
    const count = Number(await busiest.getAttribute("data-count"));
    expect(count).toBeGreaterThan(10);
    expect(await busiest.locator("li").count()).toBe(8);
    expect(await busiest.locator("h3").textContent()).toContain(`(${count})`);
    await page.screenshot(shot("collapsed-section"));
    await busiest.locator(".sv-more").click();
    expect(await busiest.locator(":scope > ul > li").count()).toBe(count);
    expect(errors).toEqual([]);
  }, 300_000);

  it("map: selection highlights the neighbours; hover; an inferred link's tooltip and chain; a stated link's evidence; the quote in its document at its page", async () => {
    await reset();
    await checkEmphasis(page, "person:n3");
    await page.screenshot(shot("selected"));

    // Hover: the pointer on a node turns it into a pointer and names it.
    await reset();
    const box = (await page.locator(".sv-stage").boundingBox())!;
    const at = (await position(page, "person:n3"))!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    // Person n3 or a node drawn over it: the hovered node turns the cursor into a pointer and is highlighted.
    await expect.poll(() => page.locator(".sv-stage").getAttribute("data-hovered"), SLOW).toMatch(/^[a-z]+:n\d+$/);
    const hovered = await page.locator(".sv-stage").getAttribute("data-hovered");
    expect(await page.locator(".sv-stage").evaluate((stage) => (stage as HTMLElement).style.cursor)).toBe("pointer");
    await expect.poll(() => page.locator(".sv-stage").getAttribute("data-emphasis"), SLOW).toBe(hovered);
    await page.screenshot(shot("hover"));
    await page.mouse.move(box.x + 2, box.y + 2);
    await expect.poll(() => page.locator(".sv-stage").getAttribute("data-hovered"), SLOW).toBeNull();

    // The person's neighbourhood with only the chaired links drawn (attended and spoke at lie on the same line).
    await focus(page, "person:n3");
    await panelShows(page, "person:n3");
    await page.getByRole("button", { name: "Neighbours (1 step)" }).click();
    await expect.poll(async () => (await viewState(page)).ego, SLOW).toEqual({ id: "person:n3", depth: 1 });
    await page.getByRole("button", { name: /^Filters/ }).click();
    const relation = (name: string) => page.getByRole("checkbox", { name: new RegExp(`^${name} \\(`) });
    await relation("attended").uncheck();
    await relation("spoke at").uncheck();
    await page.getByRole("button", { name: "Close details" }).click();
    await page.getByRole("button", { name: "Fit" }).click();
    await settled(page, "person:n3");
    const middle = async () => {
      const stage = (await page.locator(".sv-stage").boundingBox())!;
      const a = (await position(page, "person:n3"))!;
      const b = (await position(page, "meeting:n3"))!;
      return { x: stage.x + (a.x + b.x) / 2, y: stage.y + (a.y + b.y) / 2 };
    };
    const tooltip = page.locator(".sv-tooltip");
    let point = await middle();
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltip.isVisible(), SLOW).toBe(true);
    expect(await tooltip.locator("strong").textContent()).toBe("person 3 – meeting 3");
    expect(await tooltip.locator(".sv-inferred-note").textContent()).toBe("inferred, not stated");
    expect(await tooltip.locator("li").first().textContent()).toBe("person 3 was elected ordförande of organisation 3 for 2010–2022");
    await page.screenshot(shot("inferred-tooltip"));

    // Clicked, the link shows its chain with the quote, which opens in its document, marked, at its page.
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-edge"), SLOW).toBe("chaired:person:n3->meeting:n3:inferred");
    expect(await page.locator(".sv-panel .sv-kind .sv-badge-inferred").textContent()).toBe("inferred");
    expect(await page.locator(".sv-panel .sv-chain .sv-quote-text").first().textContent()).toBe(`“${electionQuote(3)}”`);
    await page.locator(".sv-panel .sv-chain .sv-open-doc").first().click();
    await expect.poll(() => page.locator(".sv-doc-text mark").textContent(), SLOW).toBe(electionQuote(3));
    expect(await page.locator(".sv-panel h2").textContent()).toBe("Document 3");
    expect(await page.locator(".sv-panel .sv-kind").textContent()).toContain("page 2");
    expect(await page.locator(".sv-doc-text").textContent()).toContain(`§ 4 Val av ordförande. Beslut: ${electionQuote(3)}.`);
    await page.screenshot(shot("document-view"));
    await page.getByRole("button", { name: "← Back" }).click();
    await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-edge"), SLOW).toBe("chaired:person:n3->meeting:n3:inferred");

    // A stated link: its quote, without the bare name it is also quoted by.
    await page.getByRole("button", { name: "Close link" }).click();
    await relation("attended").check();
    await relation("chaired").uncheck();
    point = await middle();
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => tooltip.locator("div").first().textContent(), SLOW).toBe("attended");
    expect(await tooltip.locator(".sv-inferred-note").count()).toBe(0);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-edge"), SLOW).toBe("attended:person:n3->meeting:n3");
    expect(await page.locator(".sv-panel .sv-quote-text").allTextContents()).toEqual(["“Närvarande: person 3, ordförande”"]);
    expect(await page.locator(".sv-panel .sv-badge-inferred").count()).toBe(0);
    await page.screenshot(shot("link-evidence"));
    await page.mouse.move(box.x + 2, box.y + 2);
    expect(errors).toEqual([]);
  }, 300_000);

  it("camera: zoom and fit; the map resizes with the filter bar; Back and Forward walk the selection", async () => {
    await reset();
    await checkZoomAndFit(page, "person:n3", "person:n17", overview);
    await page.screenshot(shot("fit"));
    await checkResize(page);
    await checkHistory(page, "person:n3", "person:n17");
    expect(errors).toEqual([]);
  }, 300_000);

  it("a deep link restores the works-with view, the filters and the toolbar; the panel lists who they work with first, in words; Louvain communities with their members", async () => {
    const restored = await open(`${server.url}#focus=person%3An3&view=works-with&kinds=person,meeting`);
    try {
      restored.page.setDefaultTimeout(SLOW.timeout);
      await checkRestoredLink(restored.page, "person:n3");
      await restored.page.screenshot(shot("deep-link-works-with"));
      await checkCommunities(restored.page, "viewer-20k");
      expect(restored.errors).toEqual([]);
    } finally {
      await restored.page.close();
    }
  }, 300_000);

  it("tools: timeline and replay by year", async () => {
    await reset();
    await checkTimeline(page, "viewer-20k");
    expect(errors).toEqual([]);
  }, 300_000);

  it("tools: colour and size by degree, PageRank and betweenness", async () => {
    await reset();
    await checkMetrics(page, "viewer-20k", "person:n3", NODE_COLORS.person, true);
    expect(errors).toEqual([]);
  }, 300_000);

  it("tools: shortest path between two people, each step with its evidence", async () => {
    await reset();
    await checkPath(page, "viewer-20k", "person 3", "person 17");
    expect(errors).toEqual([]);
  }, 300_000);

  it("tools: node and link tables, sorted, and their CSV", async () => {
    await reset();
    await checkTables(page, "viewer-20k", "Meeting");
    expect(errors).toEqual([]);
  }, 300_000);

  it("tools: SVG and 3× PNG export with legend", async () => {
    await reset();
    await checkExport(page, ["Person", "Organisation", "Municipality", "Meeting"]);
    expect(errors).toEqual([]);
  }, 300_000);

  it("explore mode: an empty map, a search, the neighbourhood, one more step", async () => {
    await reset();
    await page.getByRole("button", { name: "Explore from search" }).click();
    await expect.poll(() => page.locator(".sv-explore-prompt").isVisible(), SLOW).toBe(true);
    expect(await position(page, "person:n3")).toBeNull();
    const input = page.getByRole("combobox");
    await input.fill("person 17");
    await page.locator('[role=option][data-id="person:n17"]').dispatchEvent("mousedown");
    await expect.poll(async () => (await viewState(page)).explore, SLOW).toEqual(["person:n17"]);
    expect(await position(page, "person:n17")).not.toBeNull();
    const neighbour = await page.locator('.sv-panel [data-section="meetings"] [data-target]').first().getAttribute("data-target");
    expect(neighbour).toBeTruthy();
    expect(await position(page, neighbour!)).not.toBeNull();
    expect(await position(page, "person:n3")).toBeNull();
    await focus(page, neighbour!);
    await page.getByRole("button", { name: "Expand", exact: true }).click();
    await expect.poll(async () => (await viewState(page)).explore, SLOW).toEqual(["person:n17", neighbour]);
    expect(decodeURIComponent(page.url())).toContain(`explore=person:n17,${neighbour}`);
    await settled(page, neighbour!);
    await page.screenshot(shot("explore"));
    await page.getByRole("button", { name: "Explore from search" }).click();
    await expect.poll(async () => (await viewState(page)).explore, SLOW).toBeNull();
    expect(errors).toEqual([]);
  }, 300_000);
});
