import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import { readError } from './cli-error';

/** How standard input is named in reports. */
export const STDIN_NAME = '<stdin>';

/** A whole input, read. */
export interface Input {
  name: string;
  source: string;
  /** Bytes read. */
  size: number;
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Checks up front that every named file can be read, so a typo fails before any output. */
export async function checkInputs(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    if (path === '-') continue;
    try {
      if ((await stat(path)).isDirectory())
        throw Object.assign(new Error(path), { code: 'EISDIR' });
    } catch (error) {
      throw readError(path, error);
    }
  }
}

/** Reads a file, or standard input for "-", as UTF-8 (a byte order mark is dropped). */
export async function readInput(path: string, stdin: NodeJS.ReadableStream): Promise<Input> {
  try {
    const bytes = path === '-' ? await readAll(stdin) : await readFile(path);
    return {
      name: path === '-' ? STDIN_NAME : path,
      source: stripBom(bytes.toString('utf8')),
      size: bytes.length,
    };
  } catch (error) {
    throw readError(path === '-' ? 'standard input' : path, error);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * The lines of a file or of standard input, as they arrive (a pipeline
 * gets its answers line by line). "\n" and "\r\n" end a line; a final line
 * break does not start another line, as with `wc -l`. Yields each line with
 * the number of bytes read so far.
 */
export async function* readLines(
  path: string,
  stdin: NodeJS.ReadableStream,
): AsyncGenerator<{ line: string; bytes: number }> {
  const stream = path === '-' ? stdin : createReadStream(path);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let bytes = 0;
  let first = true;
  try {
    for await (const chunk of stream) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
      bytes += buffer.length;
      rest += decoder.write(buffer);
      if (first && rest.length > 0) {
        rest = stripBom(rest);
        first = false;
      }
      let from = 0;
      for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n', from)) {
        yield { line: rest.slice(from, rest[nl - 1] === '\r' && nl > from ? nl - 1 : nl), bytes };
        from = nl + 1;
      }
      rest = rest.slice(from);
    }
  } catch (error) {
    throw readError(path === '-' ? 'standard input' : path, error);
  }
  rest += decoder.end();
  if (rest.length > 0) yield { line: rest.endsWith('\r') ? rest.slice(0, -1) : rest, bytes };
}
