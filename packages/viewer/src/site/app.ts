/**
 * Static site
 * ===========
 *
 * The browser entry of the site `samverkan view` serves or writes: reads `site.json` (which names the graph, the
 * optional search index and the folder of document texts), fetches the graph and the index at the same time —
 * their gzip copies, unpacked by the browser's `DecompressionStream`, when the site has them — with a progress bar,
 * mounts the viewer over the whole page with deep links on (the graph `samverkan view` checked, by the length in
 * `site.json`, without checking its structure again), then unpacks and loads the index into the search box while the map is already usable. The controller is `window.samverkanViewer`, for scripts and tests. Bundled to
 * `dist/site/app.js` with sigma and graphology inside.
 */
import { GRAPH_FORMAT_VERSION, createKnowledgeGraph } from "@samverkan/core";
import type { DocumentRecord, LoadedGraph, SerializedKnowledgeGraph } from "@samverkan/core";
import { SearchIndex } from "@samverkan/search";
import { mountViewer } from "../dom/mount-viewer";
import type { ViewerController } from "../types";

/** `site.json`, written next to `index.html` by `samverkan view`. */
export interface SiteManifest {
  /** Path of the graph, relative to the page. */
  graph: string;
  /** Length (UTF-16 code units) of the graph text `samverkan view` checked: the page need not check it again. */
  graphLength?: number;
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

/** A fetched file's bytes as they travel: gzip when the site has a copy and the browser can unpack it. */
interface Packed {
  stream: ReadableStream<Uint8Array>;
  compressed: boolean;
}

/** Fetches a file, reporting bytes read. */
async function fetchPacked(path: string, gzip: boolean, onProgress: (loaded: number, total: number) => void): Promise<Packed> {
  const compressed = gzip && typeof DecompressionStream === "function";
  const url = compressed ? `${path}.gz` : path;
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  const total = Number(response.headers.get("Content-Length")) || 0;
  let loaded = 0;
  const stream = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        loaded += chunk.byteLength;
        onProgress(loaded, total);
        controller.enqueue(chunk);
      },
    }),
  );
  return { stream, compressed };
}

/** The text of fetched bytes, unpacked on the way. */
function textOf({ stream, compressed }: Packed): Promise<string> {
  return new Response(compressed ? stream.pipeThrough(new DecompressionStream("gzip") as unknown as TransformStream<Uint8Array, Uint8Array>) : stream).text();
}

/**
 * The graph as `samverkan view` checked it, loaded without checking its structure again (on a big graph that took over
 * a second), when the text has the length `site.json` gives and this library's format version; else `null`, and the
 * viewer's `loadGraph` checks it and names what is wrong. (A SHA-256 of the text cost the page more than the checks.)
 * A foreign file of the same length that graphology refuses goes the checked way too.
 */
function checkedBefore(text: string, serialized: SerializedKnowledgeGraph, length: number | undefined): Pick<LoadedGraph, "graph" | "documents"> | null {
  if (text.length !== length || serialized.format !== "samverkan-graph" || serialized.version !== GRAPH_FORMAT_VERSION) return null;
  const graph = createKnowledgeGraph();
  try {
    graph.import(serialized.graph);
  } catch {
    return null;
  }
  // As loadGraph gives them: a document whose text stays in its own file has an empty one.
  const documents = (serialized.documents ?? []).map((doc) => ({ ...doc, text: doc.text ?? "" }) as DocumentRecord);
  return { graph, documents };
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
    // Both files travel at once. The graph is unpacked as it arrives; the index's bytes are kept and unpacked and
    // parsed after the map is drawn (unpacking both on the page's one thread made the first frame wait for the index).
    const graphFile = fetchPacked(manifest.graph, manifest.gzip === true, (loaded, total) => progress.update("graph", loaded, total));
    // Without the index, suggestions still work over labels and aliases; a broken index is not worth a blank page.
    const notLoaded = (error: unknown) => {
      console.warn(`samverkan: search index not loaded (${(error as Error).message}); searching names only`);
      return null;
    };
    const indexFile = manifest.index
      ? fetchPacked(manifest.index, manifest.gzip === true, (loaded, total) => progress.update("search index", loaded, total))
          .then(async (packed) => ({ ...packed, stream: (await new Response(packed.stream).blob()).stream() }))
          .catch(notLoaded)
      : null;
    const text = await textOf(await graphFile);
    const fetched = performance.now();
    const serialized = JSON.parse(text) as SerializedKnowledgeGraph;
    const parsed = performance.now();
    progress.say("Drawing the map…");
    const positions = new Map((serialized.documents ?? []).map((doc, position) => [doc.id, position]));
    const texts = manifest.texts;
    const source = checkedBefore(text, serialized, manifest.graphLength) ?? serialized;
    const viewer = await mountViewer(app, source, {
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
    const index = await indexFile;
    if (index && manifest.index) {
      try {
        viewer.setSearchIndex(SearchIndex.load(await textOf(index), { source: manifest.index }));
        window.samverkanTimings.indexReady = performance.now();
      } catch (error) {
        notLoaded(error);
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
