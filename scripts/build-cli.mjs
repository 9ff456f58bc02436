/**
 * Bundles the hype-scan CLI (src/cli/main.ts, the core it uses and the
 * pack data) into dist/hype-scan.mjs, which bin/hype-scan.js runs. Runs on
 * install (postinstall) and before the CLI tests.
 *
 * The bundle is written to a temporary file and renamed into place: test
 * files build in parallel, and a reader must never see half a file.
 */
import { build } from 'esbuild';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const outfile = fileURLToPath(new URL('dist/hype-scan.mjs', root));
const { version } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));

const result = await build({
  absWorkingDir: fileURLToPath(root),
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  define: { HYPE_SCAN_VERSION: JSON.stringify(version) },
  // Our own settings, so the build does not depend on .wxt/tsconfig.json (made by `wxt prepare`).
  tsconfigRaw: { compilerOptions: { useDefineForClassFields: true, verbatimModuleSyntax: false } },
  banner: { js: '// Built by scripts/build-cli.mjs from src/cli: do not edit.' },
});

const [output] = result.outputFiles;
const temporary = `${outfile}.${process.pid}.tmp`;
await mkdir(fileURLToPath(new URL('dist/', root)), { recursive: true });
try {
  await writeFile(temporary, output.contents);
  await rename(temporary, outfile);
} finally {
  await rm(temporary, { force: true });
}
