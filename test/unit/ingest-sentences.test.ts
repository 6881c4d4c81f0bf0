import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { parseArticle } from '../../src/ingest/parse.js';
import { sentenceIndexAt, splitSentences } from '../../src/ingest/sentences.js';

const texts = (sample: string): string[] => splitSentences(sample).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('does not split at abbreviations, initials or decimals', () => {
    expect(
      texts(
        'U.S. National Security Council spokesperson John Kirby said on Oct. 13 that Russia had weapons. ' +
          'Mr. Smith paid $3.5 million to St. Petersburg officials on Nov. 20. John F. Kennedy agreed.',
      ),
    ).toEqual([
      'U.S. National Security Council spokesperson John Kirby said on Oct. 13 that Russia had weapons.',
      'Mr. Smith paid $3.5 million to St. Petersburg officials on Nov. 20.',
      'John F. Kennedy agreed.',
    ]);
  });

  it('handles bracketed initials and a month abbreviation that ends a sentence', () => {
    expect(
      texts('Kim Jong-un (L) and Sergei Lavrov (R) shake hands. They met in Dec. Russia denied it.'),
    ).toEqual([
      'Kim Jong-un (L) and Sergei Lavrov (R) shake hands.',
      'They met in Dec.',
      'Russia denied it.',
    ]);
  });

  it('ends a sentence after a closing quote, but not inside a quoted clause', () => {
    expect(
      texts('“This is a historical event.” Yun stated. “I hope so,” he said. “Why?” she asked.'),
    ).toEqual(['“This is a historical event.”', 'Yun stated.', '“I hope so,” he said.', '“Why?” she asked.']);
  });

  it('always splits at paragraph breaks', () => {
    expect(texts('A caption without a full stop\n\nThe body starts here. And goes on')).toEqual([
      'A caption without a full stop',
      'The body starts here.',
      'And goes on',
    ]);
  });

  it('round-trips offsets on every corpus article', async () => {
    const dir = loadConfig().corpusDir;
    const files = (await readdir(dir)).filter((name) => name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const { text } = parseArticle(await readFile(join(dir, file), 'utf8'));
      const sentences = splitSentences(text);
      expect(sentences.length).toBeGreaterThan(5);
      sentences.forEach((sentence, index) => {
        expect(sentence.index).toBe(index);
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.text).toBe(sentence.text.trim());
        expect(sentence.text).not.toContain('\n');
        expect(sentenceIndexAt(sentences, sentence.start)).toBe(index);
        expect(sentenceIndexAt(sentences, sentence.end - 1)).toBe(index);
      });
      // Nothing but whitespace lies between sentences.
      let covered = 0;
      for (const sentence of sentences) {
        expect(text.slice(covered, sentence.start).trim()).toBe('');
        covered = sentence.end;
      }
      expect(text.slice(covered).trim()).toBe('');
    }
  });

  it('splits a known corpus paragraph correctly', async () => {
    const dir = loadConfig().corpusDir;
    const file = (await readdir(dir)).find((name) => name.startsWith('002'));
    const { text } = parseArticle(await readFile(join(dir, file ?? ''), 'utf8'));
    expect(texts(text)).toContain(
      'U.S. National Security Council spokesperson John Kirby said on Oct. 13 that Russia had received shipments ' +
        'of North Korean weapons and ammunition following a meeting between Russian dictator Vladimir Putin and ' +
        'North Korean leader Kim Jong Un in September.',
    );
  });

  it('returns -1 for an offset outside every sentence', () => {
    expect(sentenceIndexAt(splitSentences('One.  Two.'), 4)).toBe(-1);
  });
});
