import { KIND_STYLES } from './kinds.js';

const kindVariables = Object.entries(KIND_STYLES)
  .map(([kind, style]) => `--kg-${kind.toLowerCase()}: ${style.colour};`)
  .join(' ');

/**
 * Styles both components share. The host page can size the elements and override the custom properties
 * (`--kg-font`, `--kg-accent`, `--kg-person`...); nothing leaks out of the shadow roots.
 */
export const baseStyles = `
:host {
  ${kindVariables}
  --kg-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  --kg-text: #0f172a;
  --kg-muted: #64748b;
  --kg-line: #e2e8f0;
  --kg-surface: #ffffff;
  --kg-accent: #0f766e;
  --kg-mark: #fde68a;
  display: block;
  position: relative;
  box-sizing: border-box;
  min-width: 0;
  font: 14px/1.45 var(--kg-font);
  color: var(--kg-text);
  background: var(--kg-surface);
  border: 1px solid var(--kg-line);
  border-radius: 8px;
  container-type: inline-size;
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
button {
  font: inherit; font-size: 13px; cursor: pointer; border: 1px solid var(--kg-line); background: #f8fafc;
  color: var(--kg-text); border-radius: 6px; padding: 2px 10px;
}
button:hover { border-color: var(--kg-muted); }
button:focus-visible, a:focus-visible { outline: 2px solid var(--kg-accent); outline-offset: 2px; }
a { color: var(--kg-accent); }
.bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; padding: 8px 12px;
  border-bottom: 1px solid var(--kg-line); min-height: 40px;
}
.bar .title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.bar .meta { color: var(--kg-muted); font-size: 12px; }
.bar .spacer { flex: 1; }
.live { font-size: 12px; color: var(--kg-muted); white-space: nowrap; }
.live[data-live='live'] { color: #15803d; }
.live[data-live='offline'] { color: #b45309; }
.status {
  position: absolute; inset: 41px 0 0 0; display: flex; flex-direction: column; align-items: center;
  justify-content: center; gap: 8px; padding: 16px; text-align: center; color: var(--kg-muted);
  background: color-mix(in srgb, var(--kg-surface) 88%, transparent); z-index: 2;
}
.status[hidden] { display: none; }
.status.error { color: #991b1b; }
.status.error p { margin: 0; max-width: 40ch; }
.status code { font-size: 11px; background: #fee2e2; color: #991b1b; padding: 1px 6px; border-radius: 4px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; flex: none; }
mark { background: var(--kg-mark); color: inherit; padding: 0 1px; border-radius: 2px; }
`;
