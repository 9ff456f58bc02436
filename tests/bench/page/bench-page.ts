/**
 * npm run bench:page: the extension's speed in real Chromium (issue 5). For
 * an AI-dense page and an ordinary prose page of 1 and 5 MB, it prints the
 * time to the first full scan beside two baselines from the same run: the
 * floor (a bare TreeWalker pass plus the prefilter RegExp, in the same page)
 * and the peer (mark.js marking the same RegExp, in a browser without the
 * extension); also the longest main-thread task and the heap. Medians of
 * BENCH_RUNS fresh loads (default 3). A script that prints numbers, not a
 * test: it exits 0 whatever it measures, and 1 only if something breaks.
 *
 * BENCH_PAGE_MB=1 (comma-separated sizes) and BENCH_RUNS=1 give a quick run.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileMatcher } from '../../../src/core/match/compile-matcher';
import { essayPack } from '../../../src/core/packs/essay-pack';
import { launchChromium } from '../../e2e/harness/launch-chromium.js';
import { executablePaths, extensionDirs } from '../../e2e/harness/paths.js';
import { servePages } from '../../e2e/harness/serve-pages.js';
import { writeBenchPages } from './bench-pages';
import { checkTargets, printTargets } from './check-targets';
import { launchPlainChromium } from './launch-plain-chromium';
import { measureExtensionRun, type ExtensionRun } from './measure-extension-run';
import { measurePeerRun, type PeerRun } from './measure-peer-run';
import type { RegExpSource } from './page-probes';
import { summarise, type PageSummary } from './page-summary';
import { printTables } from './print-table';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const sizesMb = (process.env.BENCH_PAGE_MB ?? '1,5').split(',').map(Number);
const contentScript = resolve(extensionDirs.chromium, 'content-scripts/content.js');

const loadNow = (): string =>
  `load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`;

function assertReady(): void {
  if (!existsSync(contentScript))
    throw new Error(`no build at ${extensionDirs.chromium}: run \`npm run build\` first`);
  if (!existsSync(executablePaths.chromium))
    throw new Error(`no Chromium at ${executablePaths.chromium}: install it or set CHROMIUM_PATH`);
}

async function main(): Promise<void> {
  assertReady();
  // The same prefilter the content script builds from the bundled pack (a fresh profile has no other).
  const { prefilter: re } = compileMatcher([essayPack]);
  const prefilter: RegExpSource = { source: re.source, flags: re.flags };
  const dir = await mkdtemp(join(tmpdir(), 'hype-lens-bench-page-'));
  const cleanups: Array<() => Promise<void>> = [() => rm(dir, { recursive: true, force: true })];
  try {
    const pages = await writeBenchPages(dir, sizesMb);
    const server = await servePages(dir);
    cleanups.unshift(() => server.close());
    const withExtension = await launchChromium();
    cleanups.unshift(() => withExtension.close());
    const plain = await launchPlainChromium();
    cleanups.unshift(() => plain.close());

    console.log(`Chromium ${withExtension.context.browser()?.version() ?? '(version unknown)'}`);
    console.log(
      `prefilter RegExp: /…/${prefilter.flags}, ${prefilter.source.split('|').length} anchors, ${prefilter.source.length} chars`,
    );
    console.log(
      'mark.js 8.11.1: new Mark(document.body).markRegExp(re, { acrossElements: false, done })',
    );
    console.log(`${runs} fresh loads per page; medians below`);
    console.log(`${loadNow()} (2 cores are shared: above 2 every number is inflated)\n`);

    const rows: PageSummary[] = [];
    for (const page of pages) {
      const url = `${server.origin}/${page.name}.html`;
      const extensionRuns: ExtensionRun[] = [];
      const peerRuns: PeerRun[] = [];
      for (let i = 0; i < runs; i += 1) {
        const run = await measureExtensionRun(withExtension.context, url, prefilter);
        const peer = await measurePeerRun(plain.context, url, prefilter);
        extensionRuns.push(run);
        peerRuns.push(peer);
        console.log(
          `  ${page.name} ${i + 1}/${runs}: scan ${run.scanMs.toFixed(0)} ms, floor ${run.floor.ms.toFixed(1)} ms, mark.js ${peer.markJs.ms.toFixed(0)} ms, longest task ${run.longestInScanMs.toFixed(0)} ms`,
        );
      }
      rows.push(summarise(page, extensionRuns, peerRuns));
    }

    console.log('');
    printTables(rows);
    console.log(`\n${loadNow()}`);
    console.log('\nTargets (informational):');
    printTargets(checkTargets(rows, statSync(contentScript).size));
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
