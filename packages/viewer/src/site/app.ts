/**
 * Static site
 * ===========
 *
 * The browser entry of the site `samverkan view` serves or writes: reads `site.json` (which names the graph and the
 * optional search index), mounts the viewer over the whole page with deep links on, and exposes the controller as
 * `window.samverkanViewer` for scripts and tests. Bundled to `dist/site/app.js` with sigma and graphology inside.
 */
import { SearchIndex } from "@samverkan/search";
import { mountViewer } from "../dom/mount-viewer";
import type { SearchIndexLike, ViewerController } from "../types";

/** `site.json`, written next to `index.html` by `samverkan view`. */
export interface SiteManifest {
  /** Path of the graph, relative to the page. */
  graph: string;
  /** Path of the search index, or `null`. */
  index: string | null;
  title?: string;
}

declare global {
  interface Window {
    samverkanViewer?: ViewerController;
    samverkanTimings?: { mounted: number };
  }
}

async function loadIndex(path: string): Promise<SearchIndexLike> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return SearchIndex.load(await response.text(), { source: path });
}

async function main(): Promise<void> {
  const app = document.getElementById("app");
  if (!app) return;
  try {
    const manifest = (await (await fetch("site.json")).json()) as SiteManifest;
    if (manifest.title) document.title = manifest.title;
    // Without the index, suggestions still work over labels and aliases; a broken index is not worth a blank page.
    const searchIndex = manifest.index
      ? await loadIndex(manifest.index).catch((error: unknown) => {
          console.warn(`samverkan: search index not loaded (${(error as Error).message}); searching names only`);
          return null;
        })
      : null;
    const viewer = await mountViewer(app, manifest.graph, { hash: true, searchIndex });
    window.samverkanViewer = viewer;
    window.samverkanTimings = { mounted: performance.now() };
    document.documentElement.dataset.viewer = "ready";
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
