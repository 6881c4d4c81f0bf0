import { KgGraph } from './kg-graph.js';
import { KgTimeline } from './kg-timeline.js';

/**
 * The dashboard components, as one ES module: `<script type="module" src="https://kg.example/components/kg-components.js">`
 * defines <kg-graph> and <kg-timeline>. Loading it twice (two widgets on one page) defines them once.
 */
if (!customElements.get('kg-graph')) customElements.define('kg-graph', KgGraph);
if (!customElements.get('kg-timeline')) customElements.define('kg-timeline', KgTimeline);

export { KgGraph, KgTimeline };
export type { GraphState } from './kg-graph.js';
export type { TimelineState, TimelineEntry } from './kg-timeline.js';

declare global {
  interface HTMLElementTagNameMap {
    'kg-graph': KgGraph;
    'kg-timeline': KgTimeline;
  }
}
