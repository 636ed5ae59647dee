/**
 * Static site
 * ===========
 *
 * The browser entry of the site `samverkan view` serves or writes: reads `site.json` (which names the graph, the
 * optional search index and the folder of document texts), fetches the graph and the index at the same time —
 * their gzip copies, unpacked by the browser's `DecompressionStream`, when the site has them — with a progress bar,
 * mounts the viewer over the whole page with deep links on, then loads the index into the search box while the map
 * is already usable. The controller is `window.samverkanViewer`, for scripts and tests. Bundled to
 * `dist/site/app.js` with sigma and graphology inside.
 */
import type { SerializedKnowledgeGraph } from "@samverkan/core";
import { SearchIndex } from "@samverkan/search";
import { mountViewer } from "../dom/mount-viewer";
import type { ViewerController } from "../types";

/** `site.json`, written next to `index.html` by `samverkan view`. */
export interface SiteManifest {
  /** Path of the graph, relative to the page. */
  graph: string;
  /** Path of the search index, or `null`. */
  index: string | null;
  title?: string;
  /** `<graph>.gz` and `<index>.gz` are beside them. */
  gzip?: boolean;
  /** Folder of the documents' texts: `<texts>/<n>.txt` for the n-th document of the graph (from 0). */
  texts?: string;
}

declare global {
  interface Window {
    samverkanViewer?: ViewerController;
    /** Milliseconds since navigation: graph text read (fetched and unpacked), parsed, map drawn, index ready. */
    samverkanTimings?: { fetched: number; parsed: number; mounted: number; indexReady?: number };
  }
}

/** Fetches a text file, gzip-compressed when the site has a copy and the browser unpacks it, reporting bytes read. */
async function fetchText(path: string, gzip: boolean, onProgress: (loaded: number, total: number) => void): Promise<string> {
  const compressed = gzip && typeof DecompressionStream === "function";
  const url = compressed ? `${path}.gz` : path;
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  const total = Number(response.headers.get("Content-Length")) || 0;
  let loaded = 0;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onProgress(loaded, total);
        controller.enqueue(chunk);
      },
    }),
  );
  const body = compressed ? counted.pipeThrough(new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>) : counted;
  return new Response(body).text();
}

/** A progress bar per file, shown until the map is drawn. */
function createProgress(
  app: HTMLElement,
  names: string[],
): { update(name: string, loaded: number, total: number): void; say(text: string): void; remove(): void } {
  const box = document.createElement("div");
  box.className = "site-message";
  box.setAttribute("role", "status");
  const heading = document.createElement("p");
  heading.textContent = "Loading the map…";
  box.append(heading);
  const bars = new Map<string, { bar: HTMLProgressElement; label: HTMLElement }>();
  for (const name of names) {
    const row = document.createElement("div");
    const label = document.createElement("span");
    label.textContent = `${name}: waiting`;
    const bar = document.createElement("progress");
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute("aria-label", name);
    row.append(bar, document.createTextNode(" "), label);
    box.append(row);
    bars.set(name, { bar, label });
  }
  app.append(box);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  return {
    update(name, loaded, total) {
      const entry = bars.get(name);
      if (!entry) return;
      entry.bar.value = total ? Math.min(1, loaded / total) : 0;
      entry.label.textContent = `${name}: ${mb(loaded)}${total ? ` of ${mb(total)}` : ""} MB`;
    },
    say(text) {
      heading.textContent = text;
    },
    remove: () => box.remove(),
  };
}

async function main(): Promise<void> {
  const app = document.getElementById("app");
  if (!app) return;
  try {
    const manifestResponse = await fetch("site.json");
    if (!manifestResponse.ok) throw new Error(`site.json answered ${manifestResponse.status}`);
    const manifest = (await manifestResponse.json()) as SiteManifest;
    if (manifest.title) document.title = manifest.title;
    const progress = createProgress(app, manifest.index ? ["graph", "search index"] : ["graph"]);
    // Both files travel at once; the index is parsed only after the map is drawn.
    const graphText = fetchText(manifest.graph, manifest.gzip === true, (loaded, total) => progress.update("graph", loaded, total));
    // Without the index, suggestions still work over labels and aliases; a broken index is not worth a blank page.
    const indexText = manifest.index
      ? fetchText(manifest.index, manifest.gzip === true, (loaded, total) => progress.update("search index", loaded, total)).catch((error: unknown) => {
          console.warn(`samverkan: search index not loaded (${(error as Error).message}); searching names only`);
          return null;
        })
      : Promise.resolve(null);
    const text = await graphText;
    const fetched = performance.now();
    const serialized = JSON.parse(text) as SerializedKnowledgeGraph;
    const parsed = performance.now();
    progress.say("Drawing the map…");
    const positions = new Map((serialized.documents ?? []).map((doc, position) => [doc.id, position]));
    const texts = manifest.texts;
    const viewer = await mountViewer(app, serialized, {
      hash: true,
      documentText: async (doc) => {
        if (doc.text) return doc.text;
        const position = positions.get(doc.id);
        if (!texts || position === undefined) return null;
        const response = await fetch(`${texts}/${position}.txt`);
        return response.ok ? response.text() : null;
      },
    });
    progress.remove();
    window.samverkanViewer = viewer;
    window.samverkanTimings = { fetched, parsed, mounted: performance.now() };
    document.documentElement.dataset.viewer = "ready";
    const index = await indexText;
    if (index !== null && manifest.index) {
      try {
        viewer.setSearchIndex(SearchIndex.load(index, { source: manifest.index }));
        window.samverkanTimings.indexReady = performance.now();
      } catch (error) {
        console.warn(`samverkan: search index not loaded (${(error as Error).message}); searching names only`);
      }
    }
    document.documentElement.dataset.index = "ready";
  } catch (error) {
    const message = document.createElement("p");
    message.className = "site-message";
    message.textContent = `The map could not be opened: ${(error as Error).message}`;
    app.replaceChildren(message);
    document.documentElement.dataset.viewer = "error";
    throw error;
  }
}

void main();
