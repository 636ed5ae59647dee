/**
 * Viewer checks
 * =============
 *
 * The features of issue #12 as checks on an open page, shared by the fixture's and the generated 20,000-node graph's
 * end-to-end tests so both run the same assertions: the map's legend, emphasis, zoom and fit, resizing, history, deep
 * links, and the toolbar's tools (timeline and replay, colour and size by a metric, shortest path, tables with CSV,
 * SVG and PNG export). Waits poll a condition with a generous limit: the tests share two cores with other work.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { ROOT } from "./browser";
import { RESULTS } from "./viewer-suite";

// papaparse (the viewer's own CSV writer) reads the downloads back; it is a dependency of @samverkan/viewer.
const Papa = createRequire(join(ROOT, "packages/viewer/package.json"))("papaparse") as typeof import("papaparse");

/** Limit of a condition's wait. */
export const SLOW = { timeout: 120_000 };

export const focus = (page: Page, id: string | null) => page.evaluate((node) => window.samverkanViewer!.focus(node), id);
export const position = (page: Page, id: string) => page.evaluate((node) => window.samverkanViewer!.nodePosition(node), id);
export const viewState = (page: Page) => page.evaluate(() => window.samverkanViewer!.getState());
const tool = (page: Page, name: string) => page.locator(".sv-tools").getByRole("button", { name, exact: true });

/** Waits until the camera has stopped moving: a node stays in place over three reads 250 ms apart. */
export async function settled(page: Page, id: string): Promise<void> {
  await expect
    .poll(async () => {
      const reads = [];
      for (let i = 0; i < 3; i++) {
        if (i > 0) await page.waitForTimeout(250);
        reads.push(await position(page, id));
      }
      return reads.every((at) => at !== null && Math.hypot(at.x - reads[0]!.x, at.y - reads[0]!.y) < 0.5);
    }, SLOW)
    .toBe(true);
}

/**
 * Pixels of the exported view darker than `below` (the sum of red, green and blue: 720 counts all but white), within
 * a few levels of the colour `near` (`#rrggbb`), or lighter by more than `lighterThanKept` (in that sum) than in the
 * view last kept (`keep`, which counts nothing).
 */
export function countPixels(page: Page, test: { below: number } | { near: string } | { keep: true } | { lighterThanKept: number }): Promise<number> {
  return page.evaluate(async (test) => {
    const bitmap = await createImageBitmap(await window.samverkanViewer!.exportPng());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext("2d")!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const page = window as { keptPixels?: Uint8ClampedArray };
    if ("keep" in test) {
      page.keptPixels = data;
      return 0;
    }
    const near = "near" in test ? [1, 3, 5].map((at) => parseInt(test.near.slice(at, at + 2), 16)) : null;
    const kept = page.keptPixels;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if ("lighterThanKept" in test) {
        if (kept && kept.length === data.length && r + g + b - (kept[i]! + kept[i + 1]! + kept[i + 2]!) > test.lighterThanKept) count++;
      } else if (near) {
        if (Math.abs(r - near[0]!) + Math.abs(g - near[1]!) + Math.abs(b - near[2]!) < 24) count++;
      } else if (r + g + b < (test as { below: number }).below) count++;
    }
    return count;
  }, test);
}

/** Whether sigma's canvas has the map's size again: it follows every layout change. */
const canvasFits = (page: Page) =>
  page.evaluate(() => {
    const stage = document.querySelector(".sv-stage")!.getBoundingClientRect();
    const canvas = document.querySelector(".sv-stage canvas")!.getBoundingClientRect();
    return Math.abs(canvas.width - stage.width) < 2 && Math.abs(canvas.height - stage.height) < 2;
  });

/** Clicks a button and returns the text of the file it downloads. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const started = page.waitForEvent("download", SLOW);
  await page.getByRole("button", { name: button, exact: true }).click();
  const file = await started;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The panel shows `id`: its heading names the node. */
export async function panelShows(page: Page, id: string): Promise<void> {
  await expect.poll(() => page.locator(".sv-panel h2").getAttribute("data-node"), SLOW).toBe(id);
}

/**
 * Selecting a node draws its links darker and thicker and labels its neighbours: many pixels of the map with the
 * selection are darker than the same camera's without it. The panel lies over the map, so the canvas keeps the map's
 * size.
 */
export async function checkEmphasis(page: Page, id: string): Promise<void> {
  await focus(page, id);
  await panelShows(page, id);
  await expect.poll(() => page.locator(".sv-stage").getAttribute("data-emphasis"), SLOW).toBe(id);
  await settled(page, id);
  await countPixels(page, { keep: true });
  await page.getByRole("button", { name: "Close details" }).click();
  await expect.poll(() => page.locator(".sv-panel").isHidden(), SLOW).toBe(true);
  await expect.poll(() => page.locator(".sv-stage").getAttribute("data-emphasis"), SLOW).toBe("");
  await expect.poll(() => countPixels(page, { lighterThanKept: 90 }), SLOW).toBeGreaterThan(200);
  await expect.poll(() => canvasFits(page), SLOW).toBe(true);
}

/**
 * The legend names the node kinds drawn, each in its own colour, and the relation kinds drawn as lines; it follows
 * the filters (unchecking a kind drops it and the relations that only it had).
 */
export async function checkLegend(page: Page, kinds: string[], relations: { drawn: string[]; gone: string[] }, uncheck: { kind: string; drops: string }) {
  const legend = page.locator(".sv-legend");
  const entries = () =>
    legend.evaluate((element) =>
      [...element.querySelectorAll(":scope > span")].map((span) => ({
        text: span.textContent ?? "",
        line: span.querySelector(".sv-swatch-line") !== null,
        colour: (span.querySelector(".sv-swatch") as HTMLElement | null)?.style.backgroundColor ?? "",
      })),
    );
  const before = await entries();
  const nodeEntries = before.filter((entry) => !entry.line && entry.colour);
  expect(nodeEntries.map((entry) => entry.text)).toEqual(kinds);
  expect(new Set(nodeEntries.map((entry) => entry.colour)).size).toBe(kinds.length);
  const lines = before.filter((entry) => entry.line).map((entry) => entry.text);
  expect(await legend.locator(".sv-legend-title").textContent()).toBe("Lines");
  for (const relation of relations.drawn) expect(lines).toContain(relation);
  for (const relation of relations.gone) expect(lines).not.toContain(relation);
  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByRole("checkbox", { name: new RegExp(`^${uncheck.kind}`) }).uncheck();
  await expect.poll(async () => (await entries()).map((entry) => entry.text), SLOW).not.toContain(uncheck.drops);
  expect((await entries()).map((entry) => entry.text)).not.toContain(uncheck.kind);
  await page.getByRole("checkbox", { name: new RegExp(`^${uncheck.kind}`) }).check();
  await expect.poll(async () => (await entries()).map((entry) => entry.text), SLOW).toContain(uncheck.drops);
  await page.getByRole("button", { name: /^Filters/ }).click();
}

/**
 * The filter bar takes height from the map and gives it back, and sigma's canvas follows each time (no blank strip).
 */
export async function checkResize(page: Page): Promise<void> {
  const stageHeight = () => page.evaluate(() => document.querySelector(".sv-stage")!.getBoundingClientRect().height);
  const tall = await stageHeight();
  await page.getByRole("button", { name: /^Filters/ }).click();
  await expect.poll(stageHeight, SLOW).toBeLessThan(tall - 20);
  await expect.poll(() => canvasFits(page), SLOW).toBe(true);
  await page.getByRole("button", { name: /^Filters/ }).click();
  await expect.poll(stageHeight, SLOW).toBe(tall);
  await expect.poll(() => canvasFits(page), SLOW).toBe(true);
}

/** Back and Forward walk the selection: a, b, Back → a, Forward → b. */
export async function checkHistory(page: Page, a: string, b: string): Promise<void> {
  await focus(page, a);
  await panelShows(page, a);
  await focus(page, b);
  await panelShows(page, b);
  await page.goBack();
  await expect.poll(async () => (await viewState(page)).focus, SLOW).toBe(a);
  await panelShows(page, a);
  await page.goForward();
  await expect.poll(async () => (await viewState(page)).focus, SLOW).toBe(b);
  await panelShows(page, b);
}

/**
 * Zoom in spreads two nodes apart on screen and pushes drawn nodes off the map, Fit shows every node drawn (`drawn`)
 * inside the map again, and zoom out brings the two closer.
 */
export async function checkZoomAndFit(page: Page, a: string, b: string, drawn: string[]): Promise<void> {
  const gap = async () => {
    const p = (await position(page, a))!;
    const q = (await position(page, b))!;
    return Math.hypot(p.x - q.x, p.y - q.y);
  };
  const outside = () =>
    page.evaluate((ids) => {
      const { width, height } = document.querySelector(".sv-stage")!.getBoundingClientRect();
      return ids.filter((id) => {
        const at = window.samverkanViewer!.nodePosition(id);
        return at !== null && (at.x < -1 || at.y < -1 || at.x > width + 1 || at.y > height + 1);
      }).length;
    }, drawn);
  const press = async (button: "Zoom in" | "Zoom out" | "Fit") => {
    await page.getByRole("button", { name: button, exact: true }).click();
    await settled(page, a);
  };
  await settled(page, a);
  const start = await gap();
  await press("Zoom in");
  await expect.poll(gap, SLOW).toBeGreaterThan(start * 1.3);
  await expect.poll(outside, SLOW).toBeGreaterThan(0);
  await press("Fit");
  await expect.poll(outside, SLOW).toBe(0);
  await settled(page, a);
  const fitted = await gap();
  await press("Zoom out");
  await expect.poll(gap, SLOW).toBeLessThan(fitted * 0.9);
}

/**
 * A page opened on `#focus=<person>&view=works-with&kinds=person,meeting`: the toolbar and filter bar show what the
 * link restored, and the panel lists who the person works with first, with the weights in words.
 */
export async function checkRestoredLink(page: Page, person: string): Promise<void> {
  expect(await viewState(page)).toMatchObject({ focus: person, view: "works-with", filters: { nodeKinds: ["person", "meeting"] } });
  expect(await page.getByRole("button", { name: "Who works with whom" }).getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByRole("button", { name: "Map" }).getAttribute("aria-pressed")).toBe("false");
  expect(await page.locator(".sv-filters").isVisible()).toBe(true);
  expect(await page.getByRole("checkbox", { name: /^Organisation/ }).isChecked()).toBe(false);
  expect(await page.getByRole("checkbox", { name: /^Meeting/ }).isChecked()).toBe(true);
  expect(await page.getByRole("button", { name: /^Filters/ }).textContent()).toBe("Filters (on)");
  await expect.poll(() => page.locator(".sv-panel section").first().getAttribute("data-section"), SLOW).toBe("collaborators");
  const badges = await page.locator('[data-section="collaborators"] .sv-badge').allTextContents();
  expect(badges.length).toBeGreaterThan(0);
  for (const badge of badges) expect(badge).toMatch(/^(\d+ (meetings?|panels?) together|\d+ shared organisations?|said to work together)(, .+)?$/);
}

/** A page opened on a link naming an unknown node and view: a notice says what was dropped; the map opens without. */
export async function checkBadLink(page: Page): Promise<void> {
  const notice = page.locator(".sv-notice");
  expect(await notice.isVisible()).toBe(true);
  const text = (await notice.textContent()) ?? "";
  expect(text).toContain("no node “person:nobody”");
  expect(text).toContain("unknown view “3d”");
  expect(await viewState(page)).toMatchObject({ focus: null, view: "graph" });
  expect(await page.locator(".sv-panel").isHidden()).toBe(true);
}

/** The main status line ("N of M shown"), as numbers. */
async function shown(page: Page): Promise<{ shown: number; of: number }> {
  const text = (await page.locator(".sv-root > .sv-status").textContent()) ?? "";
  const match = /^(\d+) of (\d+) shown$/.exec(text);
  expect(match, `status “${text}”`).not.toBeNull();
  return { shown: Number(match![1]), of: Number(match![2]) };
}

/**
 * Timeline: the first year shows less than the last, "in the year only" filters to that year, and Play replays the
 * years one after another (the filter following each) up to the last; closing the timeline clears the years.
 */
export async function checkTimeline(page: Page, shots: string): Promise<void> {
  await page.getByRole("button", { name: "Reset view" }).click();
  await tool(page, "Timeline").click();
  const slider = page.locator(".sv-drawer input[type=range]");
  const output = page.locator(".sv-timeline output");
  const year = async () => Number(await output.textContent());
  const last = await year();
  const everything = (await shown(page)).shown;
  await slider.fill("0");
  const first = await year();
  expect(first).toBeLessThan(last);
  await expect.poll(async () => (await viewState(page)).filters.years, SLOW).toEqual({ to: first });
  await expect.poll(async () => (await shown(page)).shown, SLOW).toBeLessThan(everything);
  await page.getByRole("combobox", { name: "Show" }).selectOption("in");
  await expect.poll(async () => (await viewState(page)).filters.years, SLOW).toEqual({ from: first, to: first });
  // Replay: the year moves on by itself, twice, and the filter follows.
  const play = page.locator(".sv-timeline button[aria-pressed]");
  await play.click();
  await expect.poll(year, SLOW).toBeGreaterThan(first);
  const second = await year();
  await expect.poll(year, SLOW).toBeGreaterThan(second);
  await page.screenshot({ path: join(RESULTS, `${shots}-replay.png`) });
  // The replay stops by itself at the last year.
  await expect.poll(() => play.getAttribute("aria-pressed"), SLOW).toBe("false");
  expect(await year()).toBe(last);
  await expect.poll(async () => (await viewState(page)).filters.years, SLOW).toEqual({ from: last, to: last });
  await tool(page, "Timeline").click();
  await expect.poll(async () => (await viewState(page)).filters.years, SLOW).toBeNull();
  await expect.poll(async () => (await shown(page)).shown, SLOW).toBe(everything);
}

/** In the works-with view (open when called), the timeline filters the ties too: up to the first year shows fewer. */
export async function checkWorksWithYears(page: Page): Promise<void> {
  expect((await viewState(page)).view).toBe("works-with");
  const everything = (await shown(page)).shown;
  await tool(page, "Timeline").click();
  await page.locator(".sv-drawer input[type=range]").fill("0");
  await expect.poll(async () => (await shown(page)).shown, SLOW).toBeLessThan(everything);
  await tool(page, "Timeline").click();
  await expect.poll(async () => (await shown(page)).shown, SLOW).toBe(everything);
}

/**
 * Colour and size by metrics: degree recolours the people (few pixels keep the person colour) with a legend,
 * PageRank sizes the nodes, betweenness is computed (exactly, or estimated from sources on a big graph, saying so),
 * and closing the tool gives the people their colour back. `person` is one drawn (to wait for the camera by),
 * `personColour` the kind colour of people.
 */
export async function checkMetrics(page: Page, shots: string, person: string, personColour: string, estimatedBetweenness: boolean): Promise<void> {
  await page.getByRole("button", { name: "Reset view" }).click();
  await settled(page, person);
  const people = await countPixels(page, { near: personColour });
  expect(people).toBeGreaterThan(50);
  await tool(page, "Colour & size").click();
  const colours = page.locator('.sv-drawer [aria-label="Colours"] li');
  const notes = page.locator(".sv-metric-controls [role=status]");
  await page.getByRole("combobox", { name: "Colour by" }).selectOption("degree");
  await expect.poll(() => colours.count(), SLOW).toBeGreaterThan(1);
  await expect.poll(() => countPixels(page, { near: personColour }), SLOW).toBeLessThan(people / 2);
  await page.getByRole("combobox", { name: "Size by" }).selectOption("pagerank");
  await expect.poll(() => page.locator('.sv-drawer [aria-label="Sizes"] li').count(), SLOW).toBeGreaterThan(1);
  await page.getByRole("combobox", { name: "Colour by" }).selectOption("betweenness");
  await expect.poll(() => notes.textContent(), SLOW).toMatch(estimatedBetweenness ? /Betweenness estimated from [\d,]+ of [\d,]+ nodes/ : /^$/);
  await expect.poll(() => colours.count(), SLOW).toBeGreaterThan(1);
  expect(await notes.locator(".sv-error").count()).toBe(0);
  await page.screenshot({ path: join(RESULTS, `${shots}-betweenness.png`) });
  await tool(page, "Colour & size").click();
  await expect.poll(() => countPixels(page, { near: personColour }), SLOW).toBeGreaterThan(people / 2);
}

/**
 * In the works-with view (open when called), Louvain communities colour the people, each listed with its members, a
 * member selecting that person.
 */
export async function checkCommunities(page: Page, shots: string): Promise<void> {
  expect((await viewState(page)).view).toBe("works-with");
  await tool(page, "Colour & size").click();
  const notes = page.locator(".sv-metric-controls [role=status]");
  await page.getByRole("combobox", { name: "Colour by" }).selectOption("community");
  await expect.poll(() => notes.textContent(), SLOW).toMatch(/\d+ communities \(Louvain, modularity/);
  expect(await page.locator('.sv-drawer [aria-label="Colours"] li').count()).toBeGreaterThan(1);
  expect(await page.locator(".sv-drawer .sv-members button").count()).toBeGreaterThan(1);
  await page.screenshot({ path: join(RESULTS, `${shots}-communities.png`) });
  const community = page.locator(".sv-drawer details").first();
  await community.locator("summary").click();
  const member = community.locator(".sv-members button").first();
  const name = await member.textContent();
  await member.click();
  await expect.poll(() => page.locator(".sv-panel h2").textContent(), SLOW).toBe(name);
  await tool(page, "Colour & size").click();
}

/** The shortest path between two people: the steps from one to the other, each with a quote as its evidence. */
export async function checkPath(page: Page, shots: string, from: string, to: string): Promise<void> {
  await tool(page, "Path").click();
  await page.locator('.sv-drawer input[aria-label="From person"]').fill(from);
  await page.locator('.sv-drawer input[aria-label="To person"]').fill(to);
  await page.getByRole("button", { name: "Find path" }).click();
  const steps = page.locator(".sv-drawer .sv-path-steps > li");
  await expect.poll(() => steps.count(), SLOW).toBeGreaterThan(0);
  const count = await steps.count();
  expect(await page.locator(".sv-path-finder [role=status] > p.sv-note").first().textContent()).toMatch(new RegExp(`^${count} steps?\\.`));
  const ends = await steps.evaluateAll((items) =>
    items.map((item) => [...item.querySelectorAll(":scope > div:first-child .sv-link")].map((link) => link.textContent)),
  );
  expect(ends[0]![0]).toBe(from);
  expect(ends.at(-1)![1]).toBe(to);
  for (let i = 1; i < ends.length; i++) expect(ends[i]![0]).toBe(ends[i - 1]![1]);
  for (const step of await steps.all()) {
    expect(await step.locator(".sv-path-fact").count()).toBeGreaterThan(0);
    expect(await step.locator(".sv-quote").count()).toBeGreaterThan(0);
  }
  await page.screenshot({ path: join(RESULTS, `${shots}-path.png`) });
}

/** Parses a downloaded CSV (papaparse, as the viewer writes it). */
function parseCsv(bytes: Buffer): string[][] {
  return Papa.parse<string[]>(bytes.toString("utf8"), { skipEmptyLines: true }).data;
}

/**
 * Node and link tables of what is shown: as many rows as the map shows (they follow the filters), sorting by a column
 * in both directions, and a CSV with the table's columns and every row in the order shown.
 */
export async function checkTables(page: Page, shots: string, hiddenKind: string): Promise<void> {
  await page.getByRole("button", { name: "Reset view" }).click();
  await tool(page, "Table").click();
  const table = page.locator(".sv-drawer .sv-table");
  const rowsStatus = page.locator(".sv-table-view [role=status]");
  const total = async () => Number(/(?:of )?([\d,]+) rows/.exec((await rowsStatus.textContent()) ?? "")![1]!.replace(/,/g, ""));
  await expect.poll(() => table.locator("tbody tr").count(), SLOW).toBeGreaterThan(0);
  expect(await total()).toBe((await shown(page)).shown);

  // Sort by links shown, both ways.
  const linksHeader = table.locator('th[data-key="links"]');
  const column = async () => {
    const index = await table.locator("thead th").evaluateAll((cells) => cells.findIndex((cell) => cell.getAttribute("data-key") === "links"));
    return (await table.locator(`tbody tr td:nth-child(${index + 1})`).allTextContents()).map((text) => Number(text.replace(/,/g, "")));
  };
  await linksHeader.locator("button").click();
  await expect.poll(() => linksHeader.getAttribute("aria-sort"), SLOW).toBe("ascending");
  const ascending = await column();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await linksHeader.locator("button").click();
  await expect.poll(() => linksHeader.getAttribute("aria-sort"), SLOW).toBe("descending");
  const descending = await column();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));
  expect(descending[0]).toBeGreaterThan(ascending[0]!);

  // The CSV: the headers, every row, in the order shown.
  const nodes = await download(page, "Download CSV");
  expect(nodes.name).toBe("samverkan-nodes.csv");
  const csv = parseCsv(nodes.bytes);
  const headers = (await table.locator("thead th").allTextContents()).map((text) => text.replace(/ [▲▼]$/, ""));
  expect(csv[0]).toEqual(headers);
  expect(csv.length - 1).toBe(await total());
  const drawnRows = await table.locator("tbody tr").evaluateAll((rows) => rows.slice(0, 50).map((row) => [...row.cells].map((cell) => cell.textContent)));
  const linksAt = headers.indexOf("Links shown");
  for (const [i, row] of drawnRows.entries()) {
    expect(csv[i + 1]![0]).toBe(row[0]);
    expect(Number(csv[i + 1]![linksAt])).toBe(Number(row[linksAt]!.replace(/,/g, "")));
  }
  await page.screenshot({ path: join(RESULTS, `${shots}-table.png`) });

  // A kind hidden by the filters leaves the table and its CSV.
  const before = await total();
  await page.getByRole("button", { name: /^Filters/ }).click();
  await page.getByRole("checkbox", { name: new RegExp(`^${hiddenKind}`) }).uncheck();
  await expect.poll(total, SLOW).toBeLessThan(before);
  const filtered = parseCsv((await download(page, "Download CSV")).bytes);
  const kindAt = filtered[0]!.indexOf("Kind");
  expect(filtered.length - 1).toBe(await total());
  expect(filtered.slice(1).filter((row) => row[kindAt] === hiddenKind)).toEqual([]);
  await page.getByRole("checkbox", { name: new RegExp(`^${hiddenKind}`) }).check();
  await page.getByRole("button", { name: /^Filters/ }).click();

  // The links shown, stated and inferred.
  await page.getByRole("combobox", { name: "Table of" }).selectOption("links");
  await expect.poll(() => table.locator('th[data-key="relation"]').count(), SLOW).toBe(1);
  const links = await download(page, "Download CSV");
  expect(links.name).toBe("samverkan-links.csv");
  const linkRows = parseCsv(links.bytes);
  expect(linkRows[0]).toEqual(await table.locator("thead th").allTextContents());
  expect(linkRows.length - 1).toBe(await total());
  const stated = linkRows[0]!.indexOf("Stated or inferred");
  expect(new Set(linkRows.slice(1).map((row) => row[stated]))).toEqual(new Set(["stated", "inferred"]));
}

/** PNG width and height, from its header. */
const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

/**
 * Export: an SVG of the map with a legend of the kinds and links drawn (inferred ones dashed), and a PNG of that
 * picture at three times its size, legend included.
 */
export async function checkExport(page: Page, kinds: string[]): Promise<void> {
  await page.getByRole("button", { name: "Reset view" }).click();
  await tool(page, "Export").click();
  const svg = (await download(page, "SVG with legend")).bytes.toString("utf8");
  expect(svg).toMatch(/^<svg /);
  const legend = /<g id="legend"[^]*?<\/g>/.exec(svg)?.[0] ?? "";
  for (const text of ["Nodes", ...kinds, "Links", "attended", "inferred (dashed)"]) expect(legend).toContain(`>${text}`);
  expect(svg.match(/<circle /g)!.length).toBeGreaterThan(kinds.length);
  const width = Number(/^<svg [^>]*width="([\d.]+)"/.exec(svg)![1]);
  const height = Number(/^<svg [^>]*height="([\d.]+)"/.exec(svg)![1]);
  const map = await page.locator(".sv-stage").boundingBox();
  expect(width).toBeGreaterThanOrEqual(Math.round(map!.width) + 160);
  const png = await download(page, "PNG 3× with legend");
  expect(png.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  const size = pngSize(png.bytes);
  expect(Math.abs(size.width - width * 3)).toBeLessThanOrEqual(1);
  expect(Math.abs(size.height - height * 3)).toBeLessThanOrEqual(1);
  // A colouring chosen in Colour & size stays when Export takes the drawer, and the export draws it with its legend.
  await tool(page, "Colour & size").click();
  await page.getByRole("combobox", { name: "Colour by" }).selectOption("degree");
  await expect.poll(() => page.locator('.sv-drawer [aria-label="Colours"] li').count(), SLOW).toBeGreaterThan(1);
  await tool(page, "Export").click();
  const coloured = (await download(page, "SVG with legend")).bytes.toString("utf8");
  expect(/<g id="legend"[^]*?<\/g>/.exec(coloured)?.[0]).toContain(">Colour");
  // Closing the drawer brings the kinds' colours back.
  await tool(page, "Export").click();
  await tool(page, "Export").click();
  const plain = (await download(page, "SVG with legend")).bytes.toString("utf8");
  expect(/<g id="legend"[^]*?<\/g>/.exec(plain)?.[0]).not.toContain(">Colour");
  await tool(page, "Export").click();
}
