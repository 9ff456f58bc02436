/**
 * npm run eval: per-myth precision and recall and stance agreement of the
 * matcher on the development corpus, in each language, beside the targets
 * of the held-out evaluation. With --check it exits 1 when a score falls
 * below the floor recorded in tests/fixtures/corpus/eval-floor.json (a
 * ratchet against regressions; raise it as the matcher improves).
 * The blind held-out files are scored in aggregate only.
 */
import { toMatcherSource } from '../src/core/packs/to-matcher-source';
import { readdirSync, readFileSync } from 'node:fs';
import { compileMatcher } from '../src/core/match/compile-matcher';
import { findHype } from '../src/core/match/find-hype';
import { parseCorpus } from '../src/core/eval/corpus-row';
import { EVAL_TARGETS } from '../src/core/eval/eval-thresholds';
import { scoreCorpus, type CorpusScore } from '../src/core/eval/score-corpus';
import { essayPack } from '../src/core/packs/essay-pack';
import { LANGS, type Lang } from '../src/core/packs/pack-schema';

const dir = new URL('../tests/fixtures/corpus/', import.meta.url);
const matcher = compileMatcher([toMatcherSource(essayPack)]);
const pct = (n: number): string => n.toFixed(2).padStart(5);

function score(files: readonly string[], lang: Lang): CorpusScore {
  const rows = files.flatMap((file) => parseCorpus(readFileSync(new URL(file, dir), 'utf8')));
  return scoreCorpus(rows, (text) => findHype(text, matcher, { lang }), matcher.myths);
}

function printTable(lang: Lang, s: CorpusScore): void {
  console.log(`\n${lang.toUpperCase()} development corpus (${s.sentences} sentences)`);
  console.log('myth                   precision recall   tp  fp  fn');
  for (const [myth, m] of Object.entries(s.perMyth)) {
    console.log(
      `${myth.padEnd(22)} ${pct(m.precision)}     ${pct(m.recall)} ${String(m.tp).padStart(4)}${String(m.fp).padStart(4)}${String(m.fn).padStart(4)}`,
    );
  }
  const o = s.overall;
  const t = EVAL_TARGETS[lang];
  const mark = (ok: boolean): string => (ok ? 'meets target' : 'BELOW TARGET');
  console.log(
    `${'all'.padEnd(22)} ${pct(o.precision)}     ${pct(o.recall)} ${String(o.tp).padStart(4)}${String(o.fp).padStart(4)}${String(o.fn).padStart(4)}`,
  );
  console.log(
    `precision ${pct(o.precision)} (target ${t.precision}: ${mark(o.precision >= t.precision)})`,
  );
  console.log(`recall    ${pct(o.recall)} (target ${t.recall}: ${mark(o.recall >= t.recall)})`);
  console.log(
    `traps flagged   ${pct(s.trapFlagged)} (at most ${t.trapFlagged}: ${mark(s.trapFlagged <= t.trapFlagged)})`,
  );
  console.log(
    `rejects flagged ${pct(s.rejectFlagged)} (at most ${t.rejectFlagged}: ${mark(s.rejectFlagged <= t.rejectFlagged)})`,
  );
  console.log(`stance agreement ${pct(s.stanceAgreement)}`);
}

type Floor = Record<Lang, { precision: number; recall: number }>;
const floor = JSON.parse(readFileSync(new URL('eval-floor.json', dir), 'utf8')) as Floor & {
  heldOut: Floor;
  /** The largest share of ordinary-prose sentences that may be flagged. */
  proseFlagged: number;
};
console.log(
  'The sentence model is trained on the development sets (npm run train): their scores show how well it fits them.\nThe held-out line, a blind set never trained on, shows what generalises.',
);
const failures: string[] = [];
for (const lang of LANGS) {
  // The development corpus is every dev*.<lang>.jsonl: sets written independently of each other
  // (dev, dev2 in real-web genres, dev3 skeptical sentences, dev4 Korean paraphrases).
  const files = readdirSync(dir).filter((f) => f.startsWith('dev') && f.endsWith(`.${lang}.jsonl`));
  const dev = score(files.sort(), lang);
  printTable(lang, dev);
  const held = score([`holdout.${lang}.jsonl`], lang);
  console.log(
    `held-out (blind, aggregate only): precision ${pct(held.overall.precision)}, recall ${pct(held.overall.recall)}, traps flagged ${pct(held.trapFlagged)}, rejects flagged ${pct(held.rejectFlagged)}`,
  );
  for (const key of ['precision', 'recall'] as const) {
    if (dev.overall[key] < floor[lang][key])
      failures.push(
        `${lang} ${key} ${dev.overall[key].toFixed(3)} fell below the floor ${floor[lang][key]}`,
      );
    if (held.overall[key] < floor.heldOut[lang][key])
      failures.push(
        `${lang} held-out ${key} ${held.overall[key].toFixed(3)} fell below the floor ${floor.heldOut[lang][key]}`,
      );
  }
}
// Ordinary prose (old speeches, a novel: tests/fixtures/prose/) holds no hype: any finding is a false alarm.
const proseDir = new URL('../tests/fixtures/prose/', import.meta.url);
const flaggedIn = (file: string): { flagged: number; sentences: number } => {
  const rows = parseCorpus(readFileSync(new URL(file, proseDir), 'utf8'));
  const flagged = rows.filter((r) =>
    findHype(r.text, matcher, { lang: 'en' }).some((f) => f.stance !== 'reject'),
  ).length;
  return { flagged, sentences: rows.length };
};
console.log('\nEN ordinary prose, sentences with an anchor word (no hype in them)');
for (const [file, what] of [
  ['dev-prose.en.jsonl', 'trained on'],
  ['prose-test.en.jsonl', 'never trained on'],
] as const) {
  const { flagged, sentences } = flaggedIn(file);
  const share = flagged / sentences;
  console.log(
    `${file.padEnd(22)} ${what.padEnd(17)} flagged ${flagged} of ${sentences} (${(share * 1000).toFixed(1)} per 1,000; at most ${(floor.proseFlagged * 1000).toFixed(1)})`,
  );
  if (share > floor.proseFlagged)
    failures.push(`${file}: ${flagged} of ${sentences} ordinary sentences flagged as hype`);
}
if (process.argv.includes('--check') && failures.length > 0) {
  console.error(`\n${failures.join('\n')}`);
  process.exit(1);
}
