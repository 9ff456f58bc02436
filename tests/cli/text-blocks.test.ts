import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/cli/text-blocks';

describe('textBlocks', () => {
  it('reads runs of lines between blank lines as paragraphs, line breaks as spaces', () => {
    const source = 'one\r\ntwo\n\n  \n\nthree\n';
    const blocks = [...textBlocks(source)];
    expect(blocks.map((b) => b.text)).toEqual(['one  two', 'three ']);
    const three = blocks[1]!.sourceRange(0, 5);
    expect(source.slice(three.start, three.end)).toBe('three');
  });

  it('cuts a paragraph of more than 64 KiB at a line that ends a sentence', () => {
    const line = 'A sentence that ends here.\n';
    const source = line.repeat(6000);
    const blocks = [...textBlocks(source)];
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.text.length <= 70 * 1024)).toBe(true);
    expect(blocks.map((b) => b.text).join('')).toBe(source.replace(/\n/g, ' '));
  });
});
