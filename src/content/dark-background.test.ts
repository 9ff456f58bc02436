// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasDarkBackground } from './dark-background';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function section(background: string, paragraphs: number): HTMLElement[] {
  const outer = document.createElement('section');
  outer.style.backgroundColor = background;
  const inner = document.createElement('div');
  outer.append(inner);
  document.body.append(outer);
  return Array.from({ length: paragraphs }, () => inner.appendChild(document.createElement('p')));
}

describe('hasDarkBackground', () => {
  it('finds the background of the nearest mostly opaque ancestor', () => {
    const [onDark] = section('rgb(20, 20, 30)', 1);
    const [onLight] = section('rgb(250, 250, 240)', 1);
    expect(hasDarkBackground(onDark ?? null)).toBe(true);
    expect(hasDarkBackground(onLight ?? null)).toBe(false);
  });

  it('reads each element’s style once, however many blocks below it ask', () => {
    const blocks = section('rgb(20, 20, 30)', 200);
    const read = vi.spyOn(window, 'getComputedStyle');
    for (const p of blocks) expect(hasDarkBackground(p)).toBe(true);
    // 200 paragraphs, their div and the section: 202 elements, each read once.
    expect(read).toHaveBeenCalledTimes(202);
  });
});
