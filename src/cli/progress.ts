/** A progress line on stderr; every method is a no-op when it is not shown. */
export interface Progress {
  /** `done` in the same unit as the size given (bytes or characters). */
  update(done: number): void;
  end(): void;
}

/** Inputs larger than this get a progress line. */
export const PROGRESS_THRESHOLD = 1024 * 1024;
const INTERVAL_MS = 100;

/**
 * A progress line for a large input, only when stderr is a terminal: a
 * person is waiting, and logs and pipes must not fill with carriage
 * returns. With no size known (standard input) it counts megabytes once
 * past the threshold.
 */
export function createProgress(
  stream: { isTTY?: boolean; write(text: string): unknown },
  label: string,
  size: number | undefined,
): Progress {
  if (stream.isTTY !== true || (size !== undefined && size <= PROGRESS_THRESHOLD))
    return { update() {}, end() {} };
  let last = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (now - last < INTERVAL_MS || (size === undefined && done <= PROGRESS_THRESHOLD)) return;
      last = now;
      shown = true;
      const amount =
        size === undefined
          ? `${(done / PROGRESS_THRESHOLD).toFixed(1)} MB`
          : `${Math.min(100, Math.floor((done / size) * 100))}%`;
      stream.write(`\rhype-scan: scanning ${label} ${amount}\u001b[K`);
    },
    end() {
      if (shown) stream.write('\r\u001b[K');
    },
  };
}
