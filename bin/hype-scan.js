#!/usr/bin/env node
// The CLI is TypeScript in src/cli, bundled into dist/ by scripts/build-cli.mjs
// (run on install); this launcher only finds the bundle and runs it.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/hype-scan.mjs', import.meta.url);

if (existsSync(bundle)) {
  const { main } = await import(bundle.href);
  await main();
} else {
  process.stderr.write('hype-scan: not built yet: run `node scripts/build-cli.mjs`\n');
  process.exitCode = 2;
}
