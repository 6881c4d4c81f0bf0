import { describe, expect, it } from 'vitest';
import { nameKey, tokenize } from '../../src/ingest/names.js';

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
