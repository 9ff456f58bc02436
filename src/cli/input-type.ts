/** How an input is read: which text counts as prose. */
export type InputType = 'text' | 'html' | 'markdown';

export const INPUT_TYPES: readonly InputType[] = ['text', 'html', 'markdown'];

const BY_EXTENSION: Readonly<Record<string, InputType>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
};

/** The type of an input: the --type override, else by the file's extension, else plain text. */
export function inputType(path: string, override: InputType | undefined): InputType {
  if (override) return override;
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? 'text';
}
