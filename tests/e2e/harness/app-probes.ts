/*
 * Probes for the app pages (Preact, the code editor). Serialised like
 * page-probes (self-contained).
 */

export interface LiveRange {
  name: string;
  /** The id of the nearest element with one. */
  owner: string;
  text: string;
  /** Both ends still in the document (a range whose text was removed lingers until the rescan). */
  connected: boolean;
}

/** Every range of ours in this document, the stale ones too. */
export function readLiveRanges(prefix: string): LiveRange[] {
  const out: LiveRange[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith(prefix)) return;
    highlight.forEach((r) => {
      const range = r as Range;
      const start = range.startContainer;
      const el = start.nodeType === 1 ? (start as Element) : start.parentElement;
      out.push({
        name,
        owner: el?.closest('[id]')?.id ?? '',
        text: range.toString(),
        connected: range.startContainer.isConnected && range.endContainer.isConnected,
      });
    });
  });
  return out;
}

/** What the Preact app page knows about itself (see pages/hostile-preact-app.js). */
export interface AppState {
  renders: number;
  errors: string[];
  tick: number;
  /** The feed's keys at the current tick. */
  feed: number[];
}

export function readApp(): AppState {
  const app = (
    window as unknown as {
      __app: { renders: number; errors: string[]; tick: number; feedAt(t: number): number[] };
    }
  ).__app;
  return {
    renders: app.renders,
    errors: [...app.errors],
    tick: app.tick,
    feed: app.feedAt(app.tick),
  };
}

/** Sets the app's topic paragraph, or stops its clock. */
export function driveApp(command: { topic?: string; stop?: boolean }): void {
  const app = (window as unknown as { __app: { setTopic(t: string): void; ticking: boolean } })
    .__app;
  if (command.topic !== undefined) app.setTopic(command.topic);
  if (command.stop) app.ticking = false;
}
