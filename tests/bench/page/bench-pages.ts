import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCorpus } from '../../../src/core/eval/corpus-row';
import { makeParagraphs } from '../make-prose';
import { pageHtml } from './page-html';

/** One generated page, written to disk. */
export interface BenchPage {
  /** e.g. `ai-dense-1mb`; also the file name without `.html`. */
  readonly name: string;
  readonly kind: 'ai-dense' | 'prose';
  /** The HTML file's size in bytes. */
  readonly bytes: number;
}

const MB = 1024 * 1024;

/** The corpus the AI-dense pages mix in, one sentence in ten (the same as `npm run bench`). */
function corpusSentences(): string[] {
  return ['dev.en.jsonl', 'dev.ko.jsonl'].flatMap((file) =>
    parseCorpus(
      readFileSync(new URL(`../../fixtures/corpus/${file}`, import.meta.url), 'utf8'),
    ).map((row) => row.text),
  );
}

/**
 * Writes an AI-dense page and an ordinary prose page of each size (in MB of
 * text) to `dir`, and describes them.
 */
export async function writeBenchPages(
  dir: string,
  sizesMb: readonly number[],
): Promise<BenchPage[]> {
  const corpus = corpusSentences();
  const pages: BenchPage[] = [];
  for (const mb of sizesMb) {
    for (const kind of ['ai-dense', 'prose'] as const) {
      const paragraphs =
        kind === 'ai-dense' ? makeParagraphs(mb * MB, 2, corpus, 10) : makeParagraphs(mb * MB, 1);
      const name = `${kind}-${mb}mb`;
      const html = pageHtml(`Bench page: ${name}`, paragraphs, mb);
      await writeFile(join(dir, `${name}.html`), html);
      pages.push({ name, kind, bytes: Buffer.byteLength(html) });
    }
  }
  return pages;
}
