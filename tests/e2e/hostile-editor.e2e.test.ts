import { describe, expect, it } from 'vitest';
import { readLiveRanges } from './harness/app-probes.js';
import { contract } from './harness/contract.js';
import { browserNames, type Driver } from './harness/driver.js';
import { pageUrl } from './harness/page-url.js';
import { useDriver } from './harness/use-driver.js';
import { waitForScan } from './harness/waits.js';

/*
 * hostile-editor.html: the DOM CodeMirror 6 builds (a contenteditable, role=textbox content
 * element of line divs, gutters and layers), editable and read-only, with claims in their lines;
 * one claim outside them. The page records every change to its DOM it did not make itself.
 */
const owners = async (d: Driver) =>
  [
    ...new Set((await d.evaluate(readLiveRanges, contract.highlightPrefix)).map((r) => r.owner)),
  ].sort();
const foreign = (d: Driver) =>
  d.evaluate(() =>
    (window as unknown as { __recorder: { foreign(): string[] } }).__recorder.foreign(),
  );

/** Typed into the editor as a user would, key by key. */
const typed = ' Bigger models are always better.';

describe.each(browserNames)('a code editor in %s', (browser) => {
  const use = useDriver(browser);

  it('highlights nothing inside the editors and adds nothing to their DOM', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-editor.html'));
    const scan = await waitForScan(d);
    expect(scan.detail?.matches).toBe(1);
    expect(await owners(d)).toEqual(['outside']);
    expect(await foreign(d)).toEqual([]);
  });

  it('leaves what the user types into the editor alone, while a claim added outside it is highlighted', async () => {
    const d = use();
    await d.goto(pageUrl('hostile-editor.html'));
    await waitForScan(d);
    await d.evaluate(() => {
      const line = document.getElementById('last-line')!;
      const range = document.createRange();
      range.selectNodeContents(line);
      range.collapse(false);
      (document.getElementById('editor-content') as HTMLElement).focus();
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    for (const key of typed) await d.press(key);
    expect(
      await d.evaluate(() => document.getElementById('editor-content')!.textContent),
    ).toContain(`Next:${typed}`);
    // Added after the typing: once it is highlighted, the typing has been seen too.
    await d.evaluate(() =>
      (window as unknown as { __page: { addControl(): void } }).__page.addControl(),
    );
    await expect.poll(() => owners(d), { timeout: 10_000 }).toContain('control');
    expect(await owners(d)).toEqual(['control', 'outside']);
    const changes = await foreign(d);
    expect(changes.length, 'the typing changed the editor').toBeGreaterThan(0);
    expect(
      changes.filter((c) => !c.includes('@editor-content') && !c.includes('@last-line')),
      'changes outside what the user typed',
    ).toEqual([]);
  });
});
