/** A problem with the command line or an input: reported as one line on stderr, exit code 2. */
export class CliError extends Error {
  override name = 'CliError';
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'no such file',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

/** The CliError for an input that could not be read, in words rather than an errno. */
export function readError(name: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reason = REASONS[code] ?? (code ? code.toLowerCase() : String(error));
  return new CliError(`cannot read ${name}: ${reason}`);
}
