import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The custom properties of the light scheme (`:root`) and of the dark one, from a page's CSS. */
function schemes(file: string): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(new URL(`../../entrypoints/${file}`, import.meta.url), 'utf8');
  const vars = (block: string) =>
    Object.fromEntries(
      [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]),
    );
  const darkAt = css.indexOf('prefers-color-scheme: dark');
  return {
    light: vars(css.slice(0, darkAt)),
    dark: vars(css.slice(darkAt, css.indexOf('}\n}', darkAt))),
  };
}

/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour on background colour, as the pages use them. */
const pairs: Record<string, [string, string][]> = {
  'popup/style.css': [
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['accent', 'bg'],
    ['problem', 'bg'],
    ['fg', 'hover'],
    ['muted', 'hover'],
  ],
  'options/style.css': [
    ['fg', 'bg'],
    ['muted', 'bg'],
    ['accent', 'bg'],
    ['fg', 'panel'],
    ['muted', 'panel'],
    ['accent-fg', 'accent'],
  ],
};

describe.each(Object.keys(pairs))('the colours of %s', (file) => {
  const { light, dark } = schemes(file);

  it.each([
    ['light', light],
    ['dark', dark],
  ] as const)('give text at least 4.5:1 in the %s scheme', (_scheme, colours) => {
    for (const [text, background] of pairs[file]!) {
      const ratio = contrast(colours[text]!, colours[background]!);
      expect(ratio, `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draw focus rings and switch tracks at 3:1 against the page', () => {
    for (const colours of [light, dark]) {
      expect(contrast(colours.focus!, colours.bg!)).toBeGreaterThanOrEqual(3);
      if (colours['track-off'])
        expect(contrast(colours['track-off'], colours.bg!)).toBeGreaterThanOrEqual(3);
    }
  });
});
