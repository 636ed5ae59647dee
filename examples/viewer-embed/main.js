// A page of our own that mounts the samverkan viewer and drives it from its own buttons.
// `viewer.js` is @samverkan/viewer's self-contained browser build (dist/browser/viewer.js); serve.mjs serves it.
import { mountViewer } from "./viewer.js";

const status = document.getElementById("status");

const viewer = await mountViewer(document.getElementById("map"), "graph.json", {
  // Keep the view in the address bar, so a link opens the same view.
  hash: true,
  // Our page has its own title bar; the viewer's legend and toolbar stay.
  maxSuggestions: 6,
  onStateChange(state) {
    status.textContent = state.focus ? `Selected: ${state.focus}` : "Click a node or search for a name.";
  },
});
status.textContent = "Click a node or search for a name.";

document.getElementById("chair").addEventListener("click", () => viewer.focus("person:mats-gerdau"));
document.getElementById("people").addEventListener("click", () => viewer.showWorksWith());
document.getElementById("everything").addEventListener("click", () => viewer.reset());
