// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import { changedRoots, FULL_RESCAN_THRESHOLD } from './changed-roots';

const never = () => false;

/** Records the mutations `change` makes to the document. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

const byId = (id: string): HTMLElement => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  return el;
};

describe('changedRoots', () => {
  beforeEach(() =>
    setBody('<div id="feed"><p id="a">one <em id="em">two</em></p><p id="b">three</p></div>'),
  );

  it('rescans the block of a changed text, not the text node', async () => {
    const records = await recordsOf(() => {
      (byId('em').firstChild as Text).data = 'changed';
    });
    expect(changedRoots(records, never)).toEqual({ all: false, roots: [byId('a')] });
  });

  it('scans an added block on its own, not its parent', async () => {
    const p = document.createElement('p');
    const records = await recordsOf(() => byId('feed').append(p));
    expect(changedRoots(records, never)).toEqual({ all: false, roots: [p] });
  });

  it('rescans the block when inline content is added or removed', async () => {
    const records = await recordsOf(() => {
      byId('b').append(document.createElement('strong'));
      byId('em').remove();
    });
    const result = changedRoots(records, never);
    expect(result.all).toBe(false);
    if (!result.all) expect(new Set(result.roots)).toEqual(new Set([byId('a'), byId('b')]));
  });

  it('drops roots inside other roots', async () => {
    const section = document.createElement('section');
    const records = await recordsOf(() => {
      byId('feed').append(section);
      section.append(document.createElement('p'));
    });
    expect(changedRoots(records, never)).toEqual({ all: false, roots: [section] });
  });

  it('rescans the host block for text put straight into a shadow root, and drops roots inside a host already rescanned', async () => {
    const root = byId('b').attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const shadowRecords: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => shadowRecords.push(...batch));
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    root.append('loose text');
    inner.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(changedRoots(shadowRecords, never)).toEqual({ all: false, roots: [byId('b')] });
  });

  it('adds the extra roots it is given (upgraded custom elements)', () => {
    expect(changedRoots([], never, [byId('b')])).toEqual({ all: false, roots: [byId('b')] });
  });

  it('ignores what the caller says is ours', async () => {
    const ours = document.createElement('hype-lens-ui');
    const records = await recordsOf(() => document.documentElement.append(ours));
    expect(changedRoots(records, (n) => n === ours)).toEqual({ all: false, roots: [] });
    ours.remove();
  });

  it('asks for a full rescan past the threshold', async () => {
    const records = await recordsOf(() => {
      for (let i = 0; i <= FULL_RESCAN_THRESHOLD; i += 1)
        byId('feed').append(document.createElement('p'));
    });
    expect(changedRoots(records, never)).toEqual({ all: true });
  });
});
