/**
 * One-edit misspellings of long, distinctive name words ("Vladivostock", "Sheremetievo"). The text word
 * is corrected only when exactly one known word of the index is one edit away (insertion, deletion,
 * substitution or transposition of neighbours). Candidates are generated from the text word and looked
 * up in a set, so the cost depends on the word's length, not on how many names are known.
 */

/** Words shorter than this are never corrected: short names differ by one letter too often. */
export const MIN_FUZZY_LENGTH = 7;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/** The one known word one edit away from `word`, or undefined when there is none or more than one. */
export function correctWord(word: string, known: ReadonlySet<string>): string | undefined {
  if (word.length < MIN_FUZZY_LENGTH || !/^[a-z]+$/u.test(word) || known.has(word)) return undefined;
  let found: string | undefined;
  const consider = (variant: string): boolean => {
    if (variant.length < MIN_FUZZY_LENGTH || !known.has(variant) || variant === found) return true;
    if (found !== undefined) return false;
    found = variant;
    return true;
  };
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length && !consider(head + tail.slice(1))) return undefined;
    if (i + 1 < word.length && !consider(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2)))
      return undefined;
    for (const letter of ALPHABET) {
      if (!consider(head + letter + tail)) return undefined;
      if (i < word.length && letter !== tail[0] && !consider(head + letter + tail.slice(1))) return undefined;
    }
  }
  return found;
}

/** Whether two strings are equal or one edit apart (Damerau: transposition of neighbours counts as one). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const [restA, restB] = [a.slice(i), b.slice(i)];
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}
