import { htmlBlocks } from './html-blocks';
import type { InputType } from './input-type';
import { markdownBlocks } from './markdown-blocks';
import type { TextBlock } from './text-block';
import { textBlocks } from './text-blocks';

/** The paragraphs of prose in a document of the given type, in order, each mapped back to the source. */
export function documentBlocks(source: string, type: InputType): Iterable<TextBlock> {
  if (type === 'html') return htmlBlocks(source);
  if (type === 'markdown') return markdownBlocks(source);
  return textBlocks(source);
}
