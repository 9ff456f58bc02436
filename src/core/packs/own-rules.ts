import { LANGS, type Card, type Lang, type Myth, type Pack } from './pack-schema';

/** What a user's rule does with its phrase. */
export type RuleRole = 'trigger' | 'report' | 'reject';

/** A rule as the options form describes it. */
export interface OwnRule {
  /** A phrase or a pattern in the pack pattern language. */
  pattern: string;
  lang: Lang;
  /** `trigger`: the phrase signals the myth; `report`/`reject`: it marks a sentence as reporting or arguing against it. */
  role: RuleRole;
  myth: { id: string; title: Readonly<Record<Lang, string>> };
  /** Card text per language: a verdict and two to four points. */
  card?: Partial<Record<Lang, { verdict: string; points: string[] }>>;
  /** Sentences the user tried the rule on, with what the rule found in each. */
  examples?: { matched: Array<{ text: string; stance: 'assert' | 'report' }>; unmatched: string[] };
}

/** One rule as the options page lists it, read back from the user pack. */
export interface RuleRow {
  myth: string;
  lang: Lang;
  role: RuleRole;
  pattern: string;
}

export const OWN_PACK_ID = 'own-rules';

function emptyPack(today: string): Pack {
  return {
    format: 1,
    id: OWN_PACK_ID,
    name: { en: 'Your own rules', ko: '내 규칙' },
    version: '1.0.0',
    source: {
      title: 'Hype Lens: your own rules',
      authors: [],
      published: today,
      url: 'https://www.aisnakeoil.com/p/ai-scaling-myths',
    },
    languages: [...LANGS],
    myths: [],
  };
}

function emptyMyth(rule: OwnRule): Myth {
  return {
    id: rule.myth.id,
    title: { en: rule.myth.title.en, ko: rule.myth.title.ko },
    patterns: { en: [], ko: [] },
    examples: { en: { match: [], noMatch: [] }, ko: { match: [], noMatch: [] } },
    card: {},
  };
}

function withRule(myth: Myth, rule: OwnRule): Myth {
  const { lang, pattern } = rule;
  const next = structuredClone(myth);
  if (rule.role === 'trigger') {
    next.patterns[lang] = [...(next.patterns[lang] ?? []), { match: pattern }];
  } else {
    const cues = next.stance?.[lang] ?? {};
    next.stance = {
      ...next.stance,
      [lang]: { ...cues, [rule.role]: [...(cues[rule.role] ?? []), pattern] },
    };
  }
  const examples = next.examples[lang] ?? { match: [], noMatch: [] };
  next.examples[lang] = {
    match: [...examples.match, ...(rule.examples?.matched ?? [])],
    noMatch: [...examples.noMatch, ...(rule.examples?.unmatched ?? [])],
  };
  for (const l of LANGS) {
    const text = rule.card?.[l];
    if (!text) continue;
    const card: Card = { verdict: text.verdict, points: text.points, facts: [], links: [] };
    next.card[l] = card;
  }
  return next;
}

function bumped(version: string): string {
  const [major = 1, minor = 0, patch = 0] = version.split('.').map(Number);
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The user pack with `rule` added (a new pack when there is none yet): a
 * trigger adds a pattern to its myth, a report or reject rule a stance cue;
 * card text given replaces the myth's card in that language.
 */
export function addOwnRule(pack: Pack | undefined, rule: OwnRule, today: string): Pack {
  const base = pack ? structuredClone(pack) : emptyPack(today);
  const at = base.myths.findIndex((m) => m.id === rule.myth.id);
  const myth = withRule(at >= 0 ? (base.myths[at] as Myth) : emptyMyth(rule), rule);
  const myths = at >= 0 ? base.myths.map((m, i) => (i === at ? myth : m)) : [...base.myths, myth];
  const languages = LANGS.filter((l) => base.languages.includes(l) || l === rule.lang);
  return { ...base, languages, myths, version: pack ? bumped(base.version) : base.version };
}

/** The rules of the user pack, one per pattern and stance cue. */
export function ownRules(pack: Pack | undefined): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const myth of pack?.myths ?? []) {
    for (const lang of LANGS) {
      for (const t of myth.patterns[lang] ?? [])
        rows.push({ myth: myth.id, lang, role: 'trigger', pattern: t.match });
      for (const role of ['report', 'reject'] as const)
        for (const pattern of myth.stance?.[lang]?.[role] ?? [])
          rows.push({ myth: myth.id, lang, role, pattern });
    }
  }
  return rows;
}

function hasRules(myth: Myth): boolean {
  return ownRules({ myths: [myth] } as unknown as Pack).length > 0;
}

/**
 * The user pack without `row`, and without the examples of its myth in its
 * language (they were tried with the rules as they were); a myth left with
 * no rules goes too, and so does the pack when it is left with no myth.
 */
export function removeOwnRule(pack: Pack, row: RuleRow): Pack | undefined {
  const myths = pack.myths
    .map((myth) => {
      if (myth.id !== row.myth) return myth;
      const next = structuredClone(myth);
      if (row.role === 'trigger') {
        const list = next.patterns[row.lang] ?? [];
        const i = list.findIndex((t) => t.match === row.pattern);
        if (i >= 0) next.patterns[row.lang] = list.filter((_, k) => k !== i);
      } else {
        const cues = next.stance?.[row.lang];
        const list = cues?.[row.role] ?? [];
        const i = list.indexOf(row.pattern);
        if (cues && i >= 0) cues[row.role] = list.filter((_, k) => k !== i);
      }
      // The examples were tried with the rules as they were: they go with the rule.
      next.examples[row.lang] = { match: [], noMatch: [] };
      return next;
    })
    .filter(hasRules);
  return myths.length > 0 ? { ...pack, myths, version: bumped(pack.version) } : undefined;
}
