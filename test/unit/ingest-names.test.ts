import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../src/config.js';
import { foldToken, nameKey, tokenize, tokensWithKeys } from '../../src/ingest/names.js';

describe('nameKey', () => {
  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov'],
    ['Oleg Panteleyev', 'Oleg Panteleev'],
    ['Kim Jong-un', 'Kim Jong Un'],
    ['Rosaviatsia', 'Rosaviatsiya'],
    ['Yun Jong-ho', 'Yun Jong Ho'],
    ['Aviaport', 'AviaPort'],
    ['Choe Son Hui', 'Choi Son Hui'],
    ['Alexey', 'Aleksei'],
    ['Dmitry', 'Dmitriy'],
    ['Dmitri', 'Dmitrii'],
    ['Yevgeny', 'Evgeny'],
    ['Sheremetyevo', 'Sheremetevo'],
    ['Alexander Kozlov', 'Aleksandr Kozlov'],
    ['Yuri', 'Iurii'],
    ['Nikolay', 'Nikolai'],
    ['Zelenskyy', 'Zelensky'],
    ['Russia’s', 'Russia'],
    ["Russia's", 'Russia'],
    ['Pak Thae‐song', 'Pak Thae-song'],
    ['Zoë', 'Zoe'],
    ['  North   Korea ', 'north korea'],
  ])('%s and %s give one key', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Sergei Lavrov', 'Sergei Shoigu'],
    ['Ivan', 'Ivana'],
    ['Alexander', 'Alexandra'],
    ['Austria', 'Australia'],
    ['Aeroflot', 'Aurora'],
    ['Mary', 'Maria'],
    ['Yun', 'Yoon'],
    ['Korea', 'Korean'],
    ['Russia', 'Russian'],
    ['Pak Thae-song', 'Pak Thae-sung'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('is lowercase, punctuation-free and space-separated', () => {
    // Final -y folds to -i everywhere ("Dmitry"/"Dmitri"), so ordinary words change too, consistently.
    expect(nameKey('U.S. National Security Council')).toBe('u s national securiti council');
    expect(nameKey('Kim Jong-un’s')).toBe('kim jong un');
    expect(nameKey('—')).toBe('');
  });
});

describe('tokenize', () => {
  it('gives offsets into the original text and drops possessive s', () => {
    const text = 'Russia’s Kim Jong-un met O’Brien.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.raw)).toEqual(['Russia', 'Kim', 'Jong', 'un', 'met', 'O', 'Brien']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.raw);
    expect(tokens.map((token) => token.key)).toEqual(['russia', 'kim', 'jong', 'un', 'met', 'o', 'brien']);
  });

  it('keeps offsets into text with decomposed diacritics', () => {
    const text = 'Zoe\u0308 went';
    const [first] = tokenize(text);
    expect(first?.raw).toBe('Zoe\u0308');
    expect(first?.key).toBe('zoe');
  });
});

/** The tokenizer as a regex, as it was written before the hand-written scan: the reference it must equal. */
function regexTokens(text: string): { start: number; end: number; raw: string }[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }))
    .filter(({ start, raw }) => {
      if (raw !== 's' && raw !== 'S') return true;
      const [before, beforeThat, after] = [text[start - 1], text[start - 2], text[start + 1]];
      return !(
        before !== undefined &&
        /['’ʼ‘`´]/.test(before) &&
        beforeThat !== undefined &&
        /[\p{L}\p{M}\p{N}]/u.test(beforeThat) &&
        (after === undefined || !/[\p{L}\p{M}\p{N}]/u.test(after))
      );
    });
}

const articles = [join(repoRoot, 'data', 'corpus'), join(repoRoot, 'test', 'fixtures', 'linking')].flatMap(
  (dir) =>
    readdirSync(dir)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(join(dir, file), 'utf8')),
);

const unusual = [
  '',
  'a',
  'Ünal Çelik 𝐀𝐁𝐂 met 李明 and Владимир Путин’s aide in Zoe\u0308 — 2024年',
  '\u0308Zoe \ufe0f✈️Moscow 😀x😀 \ud800lone\udc00 tail\ud83d',
  'Dvořák’s s ’s x’s O’Brien’S 3rd ½ Ⅻ ٣٤ १२ 𝟘𝟙',
  'e\u0301\u0301 \u200bzero\u200dwidth ﬁne ß ΑΒΓ αβγ',
];

describe('tokenize, scanned by hand', () => {
  it('finds the regex’s tokens, offsets and possessives in every article and in unusual text', () => {
    expect(articles.length).toBeGreaterThanOrEqual(30);
    for (const text of [...articles, ...unusual]) {
      expect(tokenize(text).map(({ start, end, raw }) => ({ start, end, raw }))).toEqual(regexTokens(text));
    }
  });

  it('tokensWithKeys gives tokenize’s tokens with those keys, in order', () => {
    for (const text of [...articles, ...unusual]) {
      const all = tokenize(text);
      const keys = new Set(all.filter((_, i) => i % 7 === 0).map((t) => t.key));
      keys.add(foldToken('s'));
      expect(tokensWithKeys(text, keys)).toEqual(all.filter((t) => keys.has(t.key)));
    }
  });
});
