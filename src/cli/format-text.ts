import { cardView } from '../core/packs/card-view';
import type { Lang, Pack, Stance } from '../core/packs/pack-schema';
import type { Colors } from './colors';
import type { Finding } from './finding';

const STANCE_COLOR = { assert: 'red', report: 'yellow', reject: 'green' } as const;

/** The verdict's language: the one asked for, else the finding's sentence's (auto). */
function verdictLang(finding: Finding, lang: Lang | 'auto'): Lang {
  return lang === 'auto' ? finding.lang : lang;
}

/** One finding for a person: place, stance, myth; the phrase in its sentence; the card's verdict. */
export function formatTextFinding(
  file: string,
  finding: Finding,
  packs: readonly Pack[],
  lang: Lang | 'auto',
  c: Colors,
): string {
  const stance = c[STANCE_COLOR[finding.stance]](finding.stance.padEnd(6));
  const verdict = cardView(packs, finding.myth, verdictLang(finding, lang))?.card.verdict ?? '';
  return [
    `${c.bold(`${file}:${finding.line}:${finding.column}`)}  ${stance}  ${c.cyan(finding.myth)}`,
    `  ${finding.before}${c.phrase(finding.text)}${finding.after}`,
    `  ${c.dim(`→ ${verdict}`)}`,
    '',
    '',
  ].join('\n');
}

/** The closing line of the text report. */
export function formatTextSummary(
  counts: Readonly<Record<Stance, number>>,
  files: number,
  c: Colors,
): string {
  const total = counts.assert + counts.report + counts.reject;
  const filesText = `${files} ${files === 1 ? 'input' : 'inputs'}`;
  if (total === 0) return `${c.green('no hype found')} in ${filesText}\n`;
  const parts = (['assert', 'report', 'reject'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`);
  return `${c.bold(`${total} ${total === 1 ? 'finding' : 'findings'}`)} (${parts.join(', ')}) in ${filesText}\n`;
}
