/**
 * Styles
 * ======
 *
 * The viewer's stylesheet, inserted once per document. Class names start with `sv-` so they do not collide with the
 * host page. Text colours reach 4.5:1 contrast on their backgrounds (WCAG AA); focus rings are always visible.
 */

import { ANALYSIS_CSS } from "../analysis/analysis-styles";

const STYLE_ID = "samverkan-viewer-styles";

/** The viewer's CSS. */
export const VIEWER_CSS = `
.sv-root{--sv-fg:#1a1a1a;--sv-muted:#555;--sv-bg:#fff;--sv-line:#d0d0d0;--sv-accent:#0b5cad;--sv-soft:#f3f5f8;
  position:relative;display:flex;flex-direction:column;width:100%;height:100%;min-height:320px;
  font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--sv-fg);background:var(--sv-bg);box-sizing:border-box}
.sv-root *,.sv-root *::before,.sv-root *::after{box-sizing:inherit}
.sv-root :focus-visible{outline:3px solid var(--sv-accent);outline-offset:2px}
.sv-toolbar{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding:6px 8px;border-bottom:1px solid var(--sv-line);background:var(--sv-soft)}
.sv-button{font:inherit;color:var(--sv-fg);background:#fff;border:1px solid #8a8a8a;border-radius:4px;padding:4px 10px;cursor:pointer}
.sv-button[aria-pressed="true"]{background:var(--sv-accent);border-color:var(--sv-accent);color:#fff}
.sv-button:disabled{color:#767676;cursor:default}
.sv-link{font:inherit;color:var(--sv-accent);background:none;border:0;padding:0;cursor:pointer;text-align:left;text-decoration:underline}
.sv-search{position:relative;flex:1 1 220px;max-width:420px}
.sv-search input{width:100%;font:inherit;padding:5px 8px;border:1px solid #6b6b6b;border-radius:4px}
.sv-suggestions{position:absolute;z-index:20;left:0;right:0;top:100%;margin:2px 0 0;padding:0;list-style:none;background:#fff;
  border:1px solid #6b6b6b;border-radius:4px;box-shadow:0 4px 14px rgba(0,0,0,.15);max-height:60vh;overflow:auto}
.sv-suggestions[hidden]{display:none}
.sv-suggestion{display:flex;gap:8px;align-items:baseline;padding:5px 8px;cursor:pointer}
.sv-suggestion[aria-selected="true"]{background:#dbe9f8}
.sv-suggestion small{color:var(--sv-muted)}
.sv-swatch{display:inline-block;width:10px;height:10px;border-radius:50%;flex:none}
.sv-main{position:relative;display:flex;flex:1 1 auto;min-height:0}
.sv-stage{position:relative;flex:1 1 auto;min-width:0}
.sv-panel{position:absolute;z-index:6;top:0;right:0;bottom:0;width:min(380px,45%);overflow:auto;border-left:1px solid var(--sv-line);
  padding:10px 12px;background:#fff;box-shadow:-4px 0 12px rgba(0,0,0,.08)}
.sv-panel[hidden]{display:none}
.sv-panel h2{font-size:18px;margin:0 0 2px;overflow-wrap:anywhere}
.sv-panel h2:focus{outline:none}
.sv-panel h3{font-size:14px;margin:14px 0 4px;text-transform:uppercase;letter-spacing:.04em;color:var(--sv-muted)}
.sv-panel ul{list-style:none;margin:0;padding:0}
.sv-panel li{padding:5px 0;border-bottom:1px solid #eee}
.sv-kind{color:var(--sv-muted);margin:0 0 6px}
.sv-facts{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
.sv-facts dt{color:var(--sv-muted)}.sv-facts dd{margin:0}
.sv-date{color:var(--sv-muted);margin-right:6px;font-variant-numeric:tabular-nums}
.sv-badge{display:inline-block;margin-left:6px;padding:0 6px;border-radius:8px;background:#e8eef6;color:#123;font-size:12px}
.sv-badge-chaired{background:#fbe7b6;color:#4a3400}
.sv-note{color:var(--sv-muted);font-size:13px}
.sv-quote{margin:4px 0 2px 0;padding:2px 8px;border-left:3px solid #c9c9c9;white-space:pre-wrap;overflow-wrap:anywhere}
.sv-cite{display:block;color:var(--sv-muted);font-size:12px;font-style:normal}
.sv-panel-actions{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}
.sv-filters{display:flex;flex-wrap:wrap;gap:12px;padding:8px;border-bottom:1px solid var(--sv-line);background:#fafafa}
.sv-filters[hidden]{display:none}
.sv-filters fieldset{border:1px solid var(--sv-line);border-radius:4px;padding:4px 8px;margin:0}
.sv-filters legend{font-weight:600;padding:0 4px}
.sv-filters label{display:inline-flex;align-items:center;gap:4px;margin-right:10px;white-space:nowrap}
.sv-filters input[type=number]{width:5.5em;font:inherit}
.sv-filters select{font:inherit;max-width:260px}
.sv-legend{position:absolute;left:8px;bottom:8px;z-index:5;background:rgba(255,255,255,.92);border:1px solid var(--sv-line);
  border-radius:4px;padding:4px 8px;font-size:12px;display:flex;flex-direction:column;gap:2px;pointer-events:none}
.sv-legend span{display:inline-flex;align-items:center;gap:6px}
.sv-tooltip{position:absolute;z-index:10;max-width:320px;pointer-events:none;background:#fff;border:1px solid #6b6b6b;border-radius:4px;
  padding:6px 8px;box-shadow:0 4px 14px rgba(0,0,0,.15);font-size:13px}
.sv-tooltip[hidden]{display:none}
.sv-status{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.sv-empty{color:var(--sv-muted)}
.sv-drawer{max-height:45%;overflow:auto;border-bottom:1px solid var(--sv-line);background:#fafafa}
.sv-drawer[hidden]{display:none}
.sv-export{display:flex;flex-wrap:wrap;gap:6px}
.sv-group{display:flex;flex-wrap:wrap;gap:6px;align-items:center;padding-left:6px;border-left:1px solid var(--sv-line)}
.sv-notice{display:flex;gap:10px;align-items:center;padding:6px 10px;background:#fff4d6;color:#3d2c00;border-bottom:1px solid #e0c27f}
.sv-notice[hidden]{display:none}
.sv-explore-prompt{position:absolute;z-index:4;left:50%;top:40%;transform:translate(-50%,-50%);max-width:420px;padding:12px 16px;
  background:rgba(255,255,255,.95);border:1px solid var(--sv-line);border-radius:6px;text-align:center;pointer-events:none}
.sv-explore-prompt[hidden]{display:none}
.sv-badge-inferred{background:#ece3f5;color:#3b1d5c;font-style:italic}
.sv-chain{margin:4px 0 2px;padding:4px 8px;border-left:3px dashed #9b7bbf;background:#faf7fd;font-size:13px}
.sv-chain-title{font-weight:600;color:#3b1d5c}
.sv-chain ol{margin:2px 0 0 18px;padding:0}
.sv-panel .sv-chain li{border:0;padding:2px 0}
.sv-inferred-note{color:#3b1d5c;font-style:italic}
.sv-named{margin:2px 0}
.sv-more{margin:4px 0}
.sv-edge-link{margin-left:8px;font-size:12px}
.sv-swatch-line{width:14px;height:3px;border-radius:0}
.sv-legend-title{margin-top:4px;font-size:12px}
.sv-reasons{font-size:13px;color:var(--sv-muted)}
.sv-doc-text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:13px;line-height:1.5}
.sv-doc-text mark{background:#ffe28a;color:#1a1a1a;padding:0 1px}
`;

/** Inserts the stylesheet into a document unless it is already there. */
export function ensureStyles(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement("style");
  style.id = STYLE_ID;
  style.textContent = VIEWER_CSS + ANALYSIS_CSS;
  doc.head.append(style);
}
