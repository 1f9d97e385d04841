// view: a self-contained HTML page drawing the network around an entity (cytoscape.js bundled in), claims beside it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Row } from './graph/queries.js';

const COLORS: Record<string, string> = { person: '#1f77b4', place: '#2ca02c', organization: '#ff7f0e', force: '#d62728', event: '#9467bd' };
/** One colour per relation type, grouped by kind: conflict reds, alliance greens, command blues, talk purples. */
const RELATION_COLORS: Record<string, string> = {
  FIGHTS: '#d62728', CRITICIZES: '#ff9896', ALLIED_WITH: '#2ca02c', SUPPORTS: '#98df8a', PRAISES: '#bcbd22',
  COMMANDS: '#1f3f8f', LEADS: '#1f77b4', MEMBER_OF: '#6baed6', PART_OF: '#9ecae1', HOLDS_ROLE: '#17becf',
  MET_WITH: '#9467bd', TALKED_TO: '#c5b0d5', PARTICIPATED_IN: '#8c564b', RELATIVE_OF: '#e377c2',
  LOCATED_IN: '#7f7f7f', OPERATES_IN: '#ff7f0e', AFFILIATED_WITH: '#c49c94',
};

export interface ViewData {
  entity: Row;
  /** network query rows: source, target, targetType, weight, depth */
  network: Row[];
  /** relations query rows: from, relation, label, to */
  relations: Row[];
  claimsBy: Row[];
  claimsAbout: Row[];
}

const html = (s: unknown) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function buildView(data: ViewData): string {
  const library = readFileSync(createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js'), 'utf8');
  const center = String(data.entity.name);
  const types = new Map<string, string>([[center, String(data.entity.type)]]);
  for (const r of data.network) {
    if (!types.has(String(r.target))) types.set(String(r.target), String(r.targetType));
    if (!types.has(String(r.source))) types.set(String(r.source), 'organization');
  }
  const edges = data.network.map((r, i) => ({ data: { id: `c${i}`, source: String(r.source), target: String(r.target), label: `co-mentioned ×${r.weight}`, kind: 'co', relation: 'co-mentioned', color: '#bbb' } }));
  data.relations.forEach((r, i) => {
    for (const n of [r.from, r.to]) if (!types.has(String(n))) types.set(String(n), 'organization');
    const relation = String(r.relation);
    edges.push({ data: { id: `r${i}`, source: String(r.from), target: String(r.to), label: r.label ? `${relation} (${r.label})` : relation, kind: 'relation', relation, color: RELATION_COLORS[relation] ?? '#444' } });
  });
  // The relation types on the page, for the legend and the "show one type" menu.
  const shown = [...new Set(edges.map((e) => e.data.relation))].sort();
  const nodes = [...types].map(([name, type]) => ({ data: { id: name, label: name, type, color: COLORS[type] ?? '#777', center: name === center ? 1 : 0 } }));
  const elements = JSON.stringify([...nodes, ...edges]).replace(/</g, '\\u003c');
  const claims = (title: string, rows: Row[]) =>
    `<h2>${title} (${rows.length})</h2><ul>${rows.map((c) => `<li><b>${html(c.speaker)}</b> <i>${html(c.cue)}</i>: ${html(c.claim)} <small>${html(c.article)}</small></li>`).join('') || '<li>none</li>'}</ul>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsgraph: ${html(center)}</title>
<style>
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; display: flex; height: 100vh; }
#graph { flex: 2; border-right: 1px solid #ddd; }
aside { flex: 1; overflow: auto; padding: 0 1em; }
.legend span { display: inline-block; margin-right: 1em; } .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
</style></head>
<body>
<div id="graph"></div>
<aside>
<h1>${html(center)}</h1>
<p>${html(data.entity.type)}${data.entity.titles && (data.entity.titles as string[]).length ? ` · ${html((data.entity.titles as string[]).join(', '))}` : ''} · ${html(data.entity.mentions)} mentions in ${html(data.entity.articleCount)} articles</p>
<p class="legend">${Object.entries(COLORS).map(([t, c]) => `<span><i style="background:${c}"></i>${t}</span>`).join('')}</p>
<p class="legend">${shown.map((t) => `<span><i style="background:${RELATION_COLORS[t] ?? '#bbb'}"></i>${html(t)}</span>`).join('')}</p>
<p><label>Show <select id="relation"><option value="">all relations</option>${shown.map((t) => `<option value="${html(t)}">${html(t)}</option>`).join('')}</select></label></p>
${claims('Claims by', data.claimsBy)}
${claims('Claims about', data.claimsAbout)}
</aside>
<script>${library}</script>
<script>
const cy = window.cy = cytoscape({
  container: document.getElementById('graph'),
  elements: ${elements},
  style: [
    { selector: 'node', style: { 'background-color': 'data(color)', label: 'data(label)', 'font-size': 11, width: 18, height: 18 } },
    { selector: 'node[center = 1]', style: { width: 34, height: 34, 'font-weight': 'bold' } },
    { selector: 'edge', style: { width: 1.5, 'line-color': '#bbb', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 8, color: '#666' } },
    { selector: 'edge[kind = "relation"]', style: { 'line-color': 'data(color)', 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(color)', width: 2.5 } },
  ],
  layout: { name: 'cose', animate: false, padding: 40 },
  maxZoom: 1.5, // a small network stays readable instead of filling the screen
});
// One relation type at a time: the other edges hide, and so do nodes left with no edge shown (the entity stays).
document.getElementById('relation').addEventListener('change', (event) => {
  const only = event.target.value;
  cy.batch(() => {
    cy.edges().forEach((e) => e.style('display', !only || e.data('relation') === only ? 'element' : 'none'));
    cy.nodes().forEach((n) => n.style('display', !only || n.data('center') === 1 || n.connectedEdges().some((e) => e.style('display') === 'element') ? 'element' : 'none'));
  });
});
document.body.dataset.ready = '1';
</script>
</body></html>
`;
}
