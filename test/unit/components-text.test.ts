// What the dashboard components write from data (components/src/text.ts), checked without a browser.
import { describe, expect, it } from 'vitest';
import { corroborationText, formatDate, quoteSpan } from '../../components/src/text.js';

describe('quoteSpan', () => {
  const sentence = 'Currently, Nordwind Airlines plans to operate the route once a month.';
  it('places the quote by its offsets when they agree with the sentence', () => {
    expect(quoteSpan({ sentence, quote: 'Nordwind Airlines', start: 111, sentenceStart: 100 })).toEqual({
      start: 11,
      end: 28,
    });
  });

  it('falls back to searching when offsets are missing or stale, and marks nothing when absent', () => {
    expect(quoteSpan({ sentence, quote: 'once a month', start: 5, sentenceStart: null })).toEqual({
      start: 56,
      end: 68,
    });
    expect(quoteSpan({ sentence, quote: 'once a month', start: 0, sentenceStart: 0 })).toEqual({
      start: 56,
      end: 68,
    });
    expect(quoteSpan({ sentence, quote: 'twice a week', start: 0, sentenceStart: 0 })).toBeNull();
    expect(quoteSpan({ sentence, quote: '', start: 0, sentenceStart: 0 })).toBeNull();
  });
});

describe('corroborationText', () => {
  it('counts articles and outlets, naming the known outlets and counting the unnamed', () => {
    expect(corroborationText({ articles: 2, outlets: 2, outletNames: ['The Asia Review'] })).toBe(
      'Supported by 2 articles from 2 outlets (The Asia Review, 1 unnamed).',
    );
    expect(corroborationText({ articles: 1, outlets: 1, outletNames: ['Interfax'] })).toBe(
      'Supported by 1 article from 1 outlet (Interfax).',
    );
    expect(corroborationText({ articles: 1, outlets: 1, outletNames: [] })).toBe(
      'Supported by 1 article from 1 outlet.',
    );
    expect(corroborationText({ articles: 0, outlets: 0, outletNames: [] })).toMatch(/^No article/);
  });
});

describe('formatDate', () => {
  it('is as precise as the source', () => {
    expect(formatDate('2025-07-27')).toBe('27 Jul 2025');
    expect(formatDate('2025-07')).toBe('Jul 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});
