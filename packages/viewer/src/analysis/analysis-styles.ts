/**
 * Analysis styles
 * ===============
 *
 * The stylesheet of the analysis widgets, in the viewer's manner (`sv-` classes, its colour variables, text at 4.5:1
 * contrast). Meant to be appended to the viewer's stylesheet (`VIEWER_CSS`), so one `ensureStyles` inserts both; the
 * inferred badge and chain (`sv-badge-inferred`, `sv-chain`) are the viewer's own.
 */

/** CSS of the analysis widgets. */
export const ANALYSIS_CSS = `
.sv-analysis{display:flex;flex-direction:column;gap:8px;padding:8px;font-size:13px}
.sv-analysis select,.sv-analysis input{font:inherit;max-width:100%}
.sv-analysis label{display:inline-flex;align-items:center;gap:6px;flex-wrap:wrap}
.sv-analysis-row{display:flex;flex-direction:row;flex-wrap:wrap;gap:8px;align-items:center}
.sv-legend-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:2px}
.sv-legend-list li{display:flex;align-items:center;gap:6px}
.sv-legend-list details summary{cursor:pointer;display:flex;align-items:center;gap:6px}
.sv-members{list-style:none;margin:2px 0 4px 22px;padding:0;display:flex;flex-wrap:wrap;gap:2px 10px}
.sv-error{color:#a4000f}
.sv-path-steps{list-style:none;margin:0;padding:0}
.sv-path-steps>li{padding:6px 0;border-bottom:1px solid #eee}
.sv-table-wrap{overflow:auto;max-height:50vh;border:1px solid var(--sv-line)}
.sv-table{border-collapse:collapse;width:100%}
.sv-table th,.sv-table td{padding:3px 6px;border-bottom:1px solid #eee;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.sv-table th{position:sticky;top:0;background:var(--sv-soft);white-space:nowrap}
.sv-table th button{font:inherit;font-weight:600;color:var(--sv-fg);background:none;border:0;padding:0;cursor:pointer}
.sv-table td.sv-num{text-align:right;font-variant-numeric:tabular-nums}
.sv-timeline input[type=range]{flex:1 1 200px}
.sv-timeline output{min-width:4ch;font-weight:600;font-variant-numeric:tabular-nums}
`;
