/** A start or end tag as the tokenizer reads it. */
export interface Tag {
  /** Lower-cased. */
  name: string;
  closing: boolean;
  /** Ends in "/>" (only foreign elements honour it). */
  selfClosing: boolean;
  /** Lower-cased names; the first of a repeated attribute wins, as in browsers. */
  attributes: Map<string, string>;
  /** Offset just past the ">" (or the end of the source: a tag cut off by the end is dropped). */
  end: number;
  /** The source ended inside the tag. */
  truncated: boolean;
}

const NAME = /[^\t\n\f\r />]*/y;
const SPACE = /[\t\n\f\r /]*/y;
const ATTRIBUTE_NAME = /[^\t\n\f\r />][^\t\n\f\r />=]*/y;
const EQUALS = /[\t\n\f\r ]*=[\t\n\f\r ]*/y;
const UNQUOTED = /[^\t\n\f\r >]*/y;

function sticky(re: RegExp, source: string, at: number): string {
  re.lastIndex = at;
  return re.exec(source)?.[0] ?? '';
}

/**
 * Reads the tag whose "<" is at `at` (the caller has checked that a letter,
 * or "/" and a letter, follows). Quoted attribute values may hold ">".
 * Attribute values are left as written: only presence and a few keywords
 * matter here.
 */
export function readTag(source: string, at: number): Tag {
  const closing = source[at + 1] === '/';
  let i = at + (closing ? 2 : 1);
  const name = sticky(NAME, source, i).toLowerCase();
  i += name.length;
  const attributes = new Map<string, string>();
  for (;;) {
    const space = sticky(SPACE, source, i);
    i += space.length;
    if (i >= source.length)
      return { name, closing, selfClosing: false, attributes, end: i, truncated: true };
    if (source[i] === '>') {
      const selfClosing = source[i - 1] === '/' && space.length > 0;
      return { name, closing, selfClosing, attributes, end: i + 1, truncated: false };
    }
    const attribute = sticky(ATTRIBUTE_NAME, source, i);
    i += attribute.length;
    let value = '';
    const equals = sticky(EQUALS, source, i);
    if (equals) {
      i += equals.length;
      const quote = source[i];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, i + 1);
        if (close === -1)
          return {
            name,
            closing,
            selfClosing: false,
            attributes,
            end: source.length,
            truncated: true,
          };
        value = source.slice(i + 1, close);
        i = close + 1;
      } else {
        value = sticky(UNQUOTED, source, i);
        i += value.length;
      }
    }
    const key = attribute.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, value);
  }
}
