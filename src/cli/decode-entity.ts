import entities from './html-entities.json';

/** An entity decoded at some offset: the text it stands for and how long it was in the source. */
export interface DecodedEntity {
  text: string;
  length: number;
}

const NAMED: Readonly<Record<string, string>> = entities.named;
/** Names a browser also decodes without the semicolon ("&copy 2024"). */
const LEGACY = new Set(entities.legacy);
const LONGEST_LEGACY = Math.max(...entities.legacy.map((name) => name.length));

const NUMERIC = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?/y;
const NAME = /&([A-Za-z][A-Za-z0-9]{0,31})(;?)/y;

/** What browsers read for the C1 range in a numeric reference: windows-1252, as the HTML spec says. */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac,
  0x82: 0x201a,
  0x83: 0x0192,
  0x84: 0x201e,
  0x85: 0x2026,
  0x86: 0x2020,
  0x87: 0x2021,
  0x88: 0x02c6,
  0x89: 0x2030,
  0x8a: 0x0160,
  0x8b: 0x2039,
  0x8c: 0x0152,
  0x8e: 0x017d,
  0x91: 0x2018,
  0x92: 0x2019,
  0x93: 0x201c,
  0x94: 0x201d,
  0x95: 0x2022,
  0x96: 0x2013,
  0x97: 0x2014,
  0x98: 0x02dc,
  0x99: 0x2122,
  0x9a: 0x0161,
  0x9b: 0x203a,
  0x9c: 0x0153,
  0x9e: 0x017e,
  0x9f: 0x0178,
};

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * Decodes the character reference that starts at `at` (where `source` has
 * an "&"), the way a browser reads one in text: numeric references, the
 * HTML 4 names, and the legacy names without a semicolon. Undefined when
 * the "&" starts no reference, so it stays a literal ampersand. Rare HTML 5
 * names also stay literal: prose hardly uses them, and the table stays small.
 */
export function decodeEntity(source: string, at: number): DecodedEntity | undefined {
  NUMERIC.lastIndex = at;
  const numeric = NUMERIC.exec(source);
  if (numeric) {
    const code = numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]);
    return { text: fromCodePoint(code), length: numeric[0].length };
  }
  NAME.lastIndex = at;
  const named = NAME.exec(source);
  if (!named) return undefined;
  const name = named[1] ?? '';
  const full = named[2] && Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
  if (full !== undefined) return { text: full, length: name.length + 2 };
  for (let n = Math.min(name.length, LONGEST_LEGACY); n >= 2; n -= 1) {
    const prefix = name.slice(0, n);
    const text = LEGACY.has(prefix) ? NAMED[prefix] : undefined;
    if (text !== undefined) return { text, length: n + 1 };
  }
  return undefined;
}
