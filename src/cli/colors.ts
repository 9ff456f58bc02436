/** Styles for the text report; each is the identity when colour is off. */
export interface Colors {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  phrase(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const style =
  (enabled: boolean, open: number, close: number) =>
  (text: string): string =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * Colour only for a person at a terminal: the stream is a TTY and NO_COLOR
 * is unset or empty (https://no-color.org), so pipes, files and CI logs get
 * plain text.
 */
export function colorsFor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
): Colors {
  const enabled = stream.isTTY === true && !env.NO_COLOR;
  return {
    enabled,
    bold: style(enabled, 1, 22),
    dim: style(enabled, 2, 22),
    phrase: (text) => (enabled ? `\u001b[1;4m${text}\u001b[22;24m` : `«${text}»`),
    red: style(enabled, 31, 39),
    yellow: style(enabled, 33, 39),
    green: style(enabled, 32, 39),
    cyan: style(enabled, 36, 39),
  };
}
