import type { StylesheetJson } from 'cytoscape';
import { KIND_STYLES } from './kinds.js';

/** Cytoscape's stylesheet: nodes coloured and shaped by kind, the centre emphasised, live additions ringed. */
export const graphStylesheet: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 30,
      height: 30,
      'background-color': '#475569',
      'border-width': 2,
      'border-color': '#ffffff',
      color: '#0f172a',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
    },
  },
  ...Object.entries(KIND_STYLES).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': style.colour, shape: style.shape as 'ellipse' },
  })),
  {
    selector: 'node.centre',
    style: {
      width: 46,
      height: 46,
      'border-width': 4,
      'border-color': '#0f172a',
      'font-weight': 'bold',
      'font-size': 13,
    },
  },
  {
    selector: 'node.expanded',
    style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#0f172a' },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#94a3b8',
      'target-arrow-color': '#94a3b8',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 9,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  {
    selector: 'edge:selected, edge.selected',
    style: { width: 4, 'line-color': '#0f766e', 'target-arrow-color': '#0f766e', color: '#0f766e' },
  },
  { selector: 'node:selected, node.selected', style: { 'border-color': '#0f766e', 'border-width': 5 } },
  {
    selector: '.fresh',
    style: { 'underlay-color': '#f59e0b', 'underlay-opacity': 0.45, 'underlay-padding': 7 },
  },
  { selector: 'edge.fresh', style: { 'line-color': '#d97706', 'target-arrow-color': '#d97706' } },
];
