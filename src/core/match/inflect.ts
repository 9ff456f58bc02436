const VOWEL = /[aeiou]/;

/**
 * The plain English inflections of a word (plural, -ed, -ing), for the `~`
 * suffix of the pattern language. A superset is fine: the matcher only needs
 * the forms that occur to be among them.
 */
export function inflect(word: string): string[] {
  const forms = new Set([word]);
  const last = word.slice(-1);
  const beforeLast = word.slice(-2, -1);
  if (last === 'y' && !VOWEL.test(beforeLast)) {
    const stem = word.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${word}ing`);
  } else if (last === 'e') {
    forms
      .add(`${word}s`)
      .add(`${word}d`)
      .add(`${word.slice(0, -1)}ing`);
  } else if (/(s|x|z|ch|sh)$/.test(word)) {
    forms.add(`${word}es`).add(`${word}ed`).add(`${word}ing`);
  } else {
    forms.add(`${word}s`).add(`${word}ed`).add(`${word}ing`);
  }
  return [...forms];
}
