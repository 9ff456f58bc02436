import { once } from 'node:events';

/** A stream text can be written to, such as process.stdout. */
export interface OutStream {
  write(text: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
}

/**
 * A writer that waits for the stream to drain when its buffer is full, so
 * a large report piped to a slow reader does not pile up in memory.
 */
export function writeOut(stream: OutStream): (text: string) => Promise<void> {
  return async (text) => {
    if (!stream.write(text)) await once(stream as unknown as NodeJS.EventEmitter, 'drain');
  };
}
