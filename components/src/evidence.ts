import { relationLabel } from './kinds.js';
import { safeHref } from './links.js';
import { corroborationText, quoteSpan, type Corroboration } from './text.js';

/** What the graph query returns for a relationship's support. */
export interface EvidenceItem {
  sentence: string;
  quote: string;
  start: number;
  sentenceStart: number | null;
  article: {
    id: string;
    title: string | null;
    url: string | null;
    outlet: string | null;
    publishedAt: string | null;
  };
}

export type { Corroboration };

export interface EdgeDetails {
  id: string;
  type: string;
  subject: string;
  object: string;
  role: string | null;
  time: string;
  evidence: EvidenceItem[];
  corroboration: Corroboration;
}

const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/** The sentence with its supporting quote marked; built from text nodes only (article text is not markup). */
export function highlightedSentence(item: EvidenceItem): HTMLElement {
  const block = el('blockquote');
  const span = quoteSpan(item);
  if (!span) {
    block.textContent = item.sentence;
    return block;
  }
  block.append(
    item.sentence.slice(0, span.start),
    el('mark', item.sentence.slice(span.start, span.end)),
    item.sentence.slice(span.end),
  );
  return block;
}

function source(article: EvidenceItem['article']): HTMLElement {
  const cite = el('cite');
  const title = article.title ?? 'Untitled article';
  const href = safeHref(article.url);
  if (href) {
    const link = el('a', title);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    cite.append(link);
  } else {
    cite.append(el('span', title, 'article-title'));
  }
  const facts = [article.outlet, article.publishedAt].filter((f): f is string => f !== null && f !== '');
  if (facts.length > 0) cite.append(el('span', ` · ${facts.join(' · ')}`, 'muted'));
  return cite;
}

/** The evidence panel of one relationship. */
export function edgePanel(details: EdgeDetails, onClose: () => void): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const head = el('div', undefined, 'panel-head');
  head.append(el('h3', relationLabel(details.type)));
  const close = el('button', '×', 'close');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close the evidence');
  close.addEventListener('click', onClose);
  head.append(close);
  fragment.append(head);
  const ends = el('p', undefined, 'ends');
  ends.append(
    el('strong', details.subject),
    ` ${relationLabel(details.type)} `,
    el('strong', details.object),
  );
  fragment.append(ends);
  const facts = [
    details.role ? `Role: ${details.role}` : null,
    details.time ? `When: ${details.time}` : null,
  ];
  for (const fact of facts) if (fact) fragment.append(el('p', fact, 'fact'));
  fragment.append(el('p', corroborationText(details.corroboration), 'corroboration'));
  const list = el('ol', undefined, 'evidence');
  for (const item of details.evidence) {
    const entry = el('li');
    entry.append(highlightedSentence(item), source(item.article));
    list.append(entry);
  }
  fragment.append(list);
  return fragment;
}
