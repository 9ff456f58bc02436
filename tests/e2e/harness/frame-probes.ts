/*
 * Probes for pages with frames. Serialised like page-probes (self-contained).
 * A cross-origin frame cannot be read from the top page: frame-reporter.js in
 * the frame answers a message with what it sees.
 */
import type { Box } from './page-probes.js';

/** What a frame tells about itself (see tests/e2e/pages/frame-reporter.js). */
export interface FrameReport {
  origin: string;
  ranges: { name: string; text: string; owner: string; rect: Box }[];
  /** `<hype-lens-ui>` elements in the frame's document. */
  hosts: number;
  /** The myth of the card shown in the frame, if one is. */
  card: string | null;
  /** Changes to the frame's DOM the frame did not make. */
  foreign: string[];
}

/**
 * Asks the frame `frameId` for its report; null if it does not answer within
 * `ms` (not loaded yet). The caller polls.
 */
export function askFrame({
  frameId,
  prefix,
  ms,
}: {
  frameId: string;
  prefix: string;
  ms: number;
}): Promise<(FrameReport & { box: Box; readable: boolean }) | null> {
  const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
  const target = frame?.contentWindow;
  if (!frame || !target) return Promise.resolve(null);
  const id = Math.random().toString(36).slice(2);
  const b = frame.getBoundingClientRect();
  const box = {
    x: b.x + frame.clientLeft,
    y: b.y + frame.clientTop,
    width: b.width,
    height: b.height,
  };
  let readable: boolean;
  try {
    readable = frame.contentDocument !== null;
  } catch {
    readable = false;
  }
  return new Promise((resolve) => {
    const done = (value: (FrameReport & { box: Box; readable: boolean }) | null) => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(value);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: string; id?: string; report?: FrameReport } | null;
      if (event.source === target && data?.type === 'hype-lens-test:report' && data.id === id)
        done({ ...data.report!, box, readable });
    };
    const timer = setTimeout(() => done(null), ms);
    window.addEventListener('message', onMessage);
    target.postMessage({ type: 'hype-lens-test:ask', id, prefix }, '*');
  });
}
