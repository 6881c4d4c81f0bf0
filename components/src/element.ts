import {
  RequestError,
  resolveEndpoint,
  subscribe,
  type Connection,
  type LiveStatus,
  type Subscription,
} from './client.js';
import { baseStyles } from './styles.js';

/**
 * What both components share: the `endpoint` and `api-key` attributes, a shadow root, loading and error states
 * (with a retry button), a reload when an attribute changes, live subscriptions that are set up while the
 * element is on the page and torn down when it leaves, and a re-read after a reconnect.
 */

export type Status = 'idle' | 'loading' | 'ready' | 'error';

export interface ErrorState {
  message: string;
  code: string | null;
}

/** Attributes every component reads; subclasses add their own. */
export const COMMON_ATTRIBUTES = ['endpoint', 'api-key'] as const;

export abstract class KgElement extends HTMLElement {
  protected readonly root: ShadowRoot;
  protected status: Status = 'idle';
  protected error: ErrorState | null = null;
  protected live: LiveStatus | 'off' = 'off';
  private controller: AbortController | null = null;
  private subscriptions: Subscription[] = [];
  private reloadQueued = false;
  private readonly statusBox: HTMLElement;

  constructor(styles: string, body: string) {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    this.root.innerHTML = `<style>${baseStyles}${styles}</style>${body}<div class="status" role="status" hidden></div>`;
    this.statusBox = this.find('.status');
  }

  /** An element of the shadow tree that the template guarantees. */
  protected find(selector: string): HTMLElement {
    const found = this.root.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`${this.localName}: template has no ${selector}`);
    return found;
  }

  protected get connection(): Connection {
    const key = this.getAttribute('api-key');
    return {
      endpoint: resolveEndpoint(this.getAttribute('endpoint')),
      apiKey: key?.trim() ? key.trim() : null,
    };
  }

  connectedCallback(): void {
    this.queueReload();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
    this.unsubscribeAll();
  }

  attributeChangedCallback(_name: string, previous: string | null, next: string | null): void {
    if (previous !== next && this.isConnected) this.queueReload();
  }

  /** Several attributes set together (entity and depth) cause one load. */
  protected queueReload(): void {
    if (this.reloadQueued) return;
    this.reloadQueued = true;
    queueMicrotask(() => {
      this.reloadQueued = false;
      void this.reload();
    });
  }

  /** Loads from scratch and (re)subscribes; what a change of attributes or the retry button does. */
  async reload(): Promise<void> {
    this.unsubscribeAll();
    if (!this.ready()) {
      this.setStatus('idle');
      return;
    }
    await this.refresh();
    if (this.status === 'ready') this.subscribeAll();
  }

  /** Re-reads without tearing down subscriptions (a live update arrived, or the socket came back). */
  protected async refresh(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    // A refresh keeps what is on screen; only a first load shows the loading state.
    if (this.status !== 'ready') this.setStatus('loading');
    try {
      await this.load(controller.signal);
      if (controller.signal.aborted) return;
      this.setStatus('ready');
    } catch (error) {
      if (controller.signal.aborted) return;
      this.error =
        error instanceof RequestError
          ? { message: error.message, code: error.code }
          : { message: error instanceof Error ? error.message : String(error), code: null };
      this.setStatus('error');
    }
  }

  private subscribeAll(): void {
    for (const { document, variables, onEvent } of this.liveQueries()) {
      this.subscriptions.push(
        subscribe(this.connection, document, variables, {
          next: (data) => {
            onEvent(data);
          },
          error: (error) => {
            this.live = 'off';
            this.emit('kg-live-error', { message: error.message, code: error.code });
            this.renderLive();
          },
          status: (status, reconnected) => {
            this.live = status;
            this.renderLive();
            if (reconnected) void this.refresh();
          },
        }),
      );
    }
  }

  private unsubscribeAll(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.subscriptions = [];
    this.live = 'off';
  }

  private setStatus(status: Status): void {
    this.status = status;
    if (status !== 'error') this.error = null;
    const box = this.statusBox;
    box.replaceChildren();
    box.hidden = status === 'ready';
    box.className = `status ${status}`;
    if (status === 'idle') box.textContent = this.idleText();
    if (status === 'loading') box.textContent = 'Loading…';
    if (status === 'error' && this.error) {
      const message = document.createElement('p');
      message.textContent = this.error.message;
      const code = document.createElement('code');
      code.textContent = this.error.code ?? 'ERROR';
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.textContent = 'Retry';
      retry.addEventListener('click', () => void this.reload());
      box.append(code, message, retry);
    }
    this.render();
    this.emit('kg-state', { status });
  }

  /** Dispatches a DOM event that crosses the shadow boundary, so the embedding page can listen on the element. */
  protected emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Whether the attributes say enough to load (an entity is set). */
  protected abstract ready(): boolean;
  /** What the element says before it has anything to show. */
  protected abstract idleText(): string;
  /** Fetches and applies data; throws RequestError on failure. */
  protected abstract load(signal: AbortSignal): Promise<void>;
  /** Draws the current data (called after every status change). */
  protected abstract render(): void;
  /** Draws the live indicator. */
  protected abstract renderLive(): void;
  /** Subscriptions that keep the element current. */
  protected abstract liveQueries(): {
    document: string;
    variables: Record<string, unknown>;
    onEvent: (data: unknown) => void;
  }[];
}

/** A small "● live" label for a toolbar. */
export function liveLabel(element: HTMLElement, live: LiveStatus | 'off'): void {
  element.dataset.live = live;
  element.textContent =
    live === 'live'
      ? '● live'
      : live === 'connecting'
        ? '○ connecting'
        : live === 'offline'
          ? '○ offline'
          : '';
  element.title =
    live === 'live'
      ? 'Updates as the graph changes'
      : live === 'off'
        ? ''
        : 'Live updates paused; the view refreshes when the connection is back';
}
