/**
 * Deterministic "ordinary prose" for benchmarks: sentences built from
 * common English words by a seeded generator, so every run and every
 * machine measures the same text. Some words the matcher anchors on
 * ("model", "data", "larger", "scale") occur at their everyday rate.
 */
const SUBJECTS = [
  'The committee',
  'Our neighbour',
  'The old bridge',
  'A small bakery',
  'The river',
  'Her brother',
  'The city council',
  'Most visitors',
  'The garden',
  'A local teacher',
  'The orchestra',
  'The new library',
  'His grandmother',
  'The football club',
  'The ferry',
];
const VERBS = [
  'opened',
  'visited',
  'repaired',
  'described',
  'painted',
  'discussed',
  'measured',
  'photographed',
  'planned',
  'celebrated',
  'cleaned',
  'reviewed',
  'followed',
  'recorded',
  'built',
];
const OBJECTS = [
  'the harbour',
  'a larger kitchen',
  'the spring market',
  'the model railway',
  'the evening concert',
  'the weather data',
  'a quiet street',
  'the school garden',
  'the winter festival',
  'an old photograph',
  'the scale of the damage',
  'the village hall',
  'a bigger stage',
  'the tidal pool',
  'the morning train',
];
const TAILS = [
  'before the rain began',
  'with great care',
  'after a long week',
  'for the first time in years',
  'despite the cold',
  'while the children watched',
  'near the old mill',
  'as the sun went down',
  'in the usual way',
  'without much fuss',
  'on a Tuesday',
  'at the end of the season',
];

/** A small seeded PRNG (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], rand: () => number): T =>
  list[Math.floor(rand() * list.length)]!;

/** One ordinary sentence. */
export function proseSentence(rand: () => number): string {
  return `${pick(SUBJECTS, rand)} ${pick(VERBS, rand)} ${pick(OBJECTS, rand)} ${pick(TAILS, rand)}.`;
}

/**
 * Paragraphs of about `bytes` characters in all; when `mixIn` is given,
 * about one sentence in `every` is taken from it instead.
 */
export function makeParagraphs(
  bytes: number,
  seed: number,
  mixIn: readonly string[] = [],
  every = 10,
): string[] {
  const rand = seeded(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < bytes) {
    const sentences: string[] = [];
    const count = 4 + Math.floor(rand() * 8);
    for (let i = 0; i < count; i += 1) {
      sentences.push(
        mixIn.length > 0 && rand() < 1 / every ? pick(mixIn, rand) : proseSentence(rand),
      );
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs;
}

/**
 * Paragraphs of real prose (the novel's, one per blank-line block) repeated
 * to about `bytes` characters; when `mixIn` is given, about one sentence in
 * `every` is replaced by one of it. The novel is cut into sentences at
 * `. `, `! ` and `? `, which is close enough for mixing.
 */
export function realParagraphs(
  text: string,
  bytes: number,
  seed: number,
  mixIn: readonly string[] = [],
  every = 10,
): string[] {
  const blocks = text
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b.length > 0);
  const rand = seeded(seed);
  const paragraphs: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i = (i + 1) % blocks.length) {
    let paragraph = blocks[i]!;
    if (mixIn.length > 0)
      paragraph = paragraph
        .split(/(?<=[.!?]) /)
        .map((s) => (rand() < 1 / every ? pick(mixIn, rand) : s))
        .join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length + 1;
  }
  return paragraphs;
}
