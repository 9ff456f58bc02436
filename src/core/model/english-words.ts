const EN_WORD = /[a-z0-9][a-z0-9'’]*/g;

/** An English word folded so that "models", "model's" and "model" meet. */
function foldEnglish(word: string): string {
  let w = word.includes('’') ? word.replace(/’/g, "'") : word;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** The English words of a text as the model reads them: lower case, folded, in order. */
export function englishWords(text: string): string[] {
  return (text.toLowerCase().match(EN_WORD) ?? []).map(foldEnglish);
}
