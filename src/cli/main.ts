import { runCli } from './run-cli';

/** Set by scripts/build-cli.mjs from package.json. */
declare const HYPE_SCAN_VERSION: string;

/**
 * Runs hype-scan on this process's arguments and streams and sets the exit
 * code. It never calls process.exit on the normal path, so piped output is
 * flushed before the process ends.
 */
export async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`hype-scan … | head`): nobody is left to tell.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = await runCli({
      argv: process.argv.slice(2),
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      version: typeof HYPE_SCAN_VERSION === 'string' ? HYPE_SCAN_VERSION : 'unknown',
    });
  } catch (error) {
    process.stderr.write(
      `hype-scan: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
