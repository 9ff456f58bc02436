import { englishWords } from './english-words';

/**
 * Word classes the sentence model reads besides the words themselves: what
 * the essay's myths are made of (size, data, abilities, a date, a trend…)
 * and how claims are relayed or denied. A word the corpora never showed
 * still counts through its class ("ballooning" is a size word), and a pair
 * of classes in one sentence ("size" with "ability") speaks for a myth
 * wherever its words stand. Entries are single words (no hyphens, which
 * split words), folded as `englishWords` folds the sentence's; a trailing
 * `*` takes every word that starts so. English
 * only: Korean is read by syllable n-grams, which already meet a stem
 * inside any word (a Korean lexicon measured no better on eval:cv).
 */
// prettier-ignore
const CLASSES: Record<string, readonly string[]> = {
  size: [
    'bigger', 'biggest', 'larger', 'largest', 'huge', 'massive', 'giant', 'gigantic', 'enormous',
    'size', 'sized', 'scale', 'scaled', 'scaling', 'upscal*', 'parameter', 'billion', 'trillion',
    'balloon*', 'grow', 'grew', 'grown', 'growing', 'growth', 'mega*', 'hundredfold', 'tenfold',
    'thousandfold', 'x', '10x', '100x', '1000x', 'magnitude',
  ],
  compute: [
    'compute', 'gpu', 'gpus', 'chip', 'chips', 'cluster', 'flop', 'flops', 'electricity',
    'datacenter', 'datacentre', 'hardware', 'nvidia', 'h100', 'h100s', 'supercomputer',
  ],
  data: [
    'data', 'dataset', 'token', 'tokens', 'text', 'corpus', 'corpora', 'internet', 'web',
    'youtube', 'video', 'videos', 'transcri*', 'archive', 'book', 'books', 'written', 'scrap*',
    'crawl*', 'wikipedia', 'reddit',
  ],
  synthetic: [
    'synthetic', 'selfplay', 'distill*',
    'bootstrap*', 'loop', 'flywheel*',
  ],
  ability: [
    'smarter', 'smartest', 'smart', 'capable', 'capabilit*', 'abilit*', 'intelligen*',
    'reasoning', 'reason', 'skill', 'skills', 'better', 'powerful', 'performance', 'genius',
    'understand*', 'brilliant', 'competent', 'expert', 'expertise', 'wiser',
  ],
  emerge: [
    'emerg*', 'surface', 'surfaced', 'arise', 'arose', 'arisen', 'unbidden', 'unlock*', 'appear*',
    'phase', 'leap', 'leaps', 'sudden*', 'unexpected*', 'surpris*', 'spontaneous*', 'unforeseen',
    'pop',
  ],
  agi: [
    'agi', 'asi', 'superintelligen*', 'superhuman', 'general', 'singularity',
    'sentient', 'conscious*', 'coworker', 'godlike', 'transformative',
  ],
  time: [
    '2025', '2026', '2027', '2028', '2029', '2030', '2032', '2035', 'year', 'years', 'soon',
    'decade', 'month', 'months', 'imminent', 'corner', 'away', 'arrive*', 'arrival', 'next',
    'within', 'before', 'tomorrow', 'near',
  ],
  trend: [
    'trend*', 'curve', 'curves', 'line', 'graph', 'chart', 'exponential*', 'extrapolat*',
    'orders', 'magnitude', 'log', 'straight', 'plot', 'plotted', 'projection', 'projected',
    'trajector*', 'oom', 'ooms', 'doubling', 'doubles', 'compounding',
  ],
  bench: [
    'benchmark*', 'test', 'tests', 'exam', 'exams', 'score', 'scored', 'scoring', 'leaderboard*',
    'percentile', 'olympiad', 'mmlu', 'aime', 'gpqa', 'phd', 'humaneval',
    'bar', 'certification', 'accuracy', 'sota',
  ],
  work: [
    'job', 'jobs', 'worker', 'doctor', 'doctors', 'lawyer', 'lawyers', 'teacher',
    'teachers', 'employee', 'employees', 'replace*', 'deploy*', 'hire', 'hiring', 'task', 'tasks',
    'office', 'profession*', 'clinic*', 'patient', 'patients', 'customer', 'customers',
  ],
  law: [
    'law', 'laws', 'predictabl*', 'dependabl*', 'reliabl*', 'guarantee*', 'always', 'every',
    'inevitabl*', 'certain*', 'physics', 'rule', 'principle', 'formula', 'recipe', 'simply',
    'just',
  ],
  more: [
    'more', 'ever', 'keep', 'keeps', 'continue', 'continues', 'continuing', 'forever',
    'indefinitely', 'limitless', 'endless', 'unlimited', 'infinite', 'ceiling', 'limit', 'limits',
    'plenty', 'abundan*', 'inexhaustible', 'untapped', 'barely',
  ],
  model: [
    'model', 'llm', 'llms', 'ai', 'system', 'gpt*', 'claude', 'gemini', 'llama', 'chatbot',
    'network', 'frontier', 'lab', 'labs', 'o1', 'o3', 'transformer',
  ],
  report: [
    'say', 'says', 'said', 'claim', 'claimed', 'claiming', 'argue*', 'believe*', 'predict*',
    'according', 'expect*', 'forecast*', 'told', 'insist*', 'think', 'thinks', 'suggest*',
    'pitch', 'promise*', 'touted', 'tout*', 'boast*', 'assert*', 'maintain*', 'contend*',
  ],
  doubt: [
    'not', "don't", "doesn't", "won't", "can't", "isn't", "aren't", "didn't", 'no', 'never',
    'doubt*', 'myth', 'myths', 'unlikely', 'hardly', 'skeptic*', 'sceptic*', 'hype', 'overhyp*',
    'overblown', 'nonsense', 'wrong', 'fail*', 'plateau*', 'diminish*', 'wall', 'stall*', 'slow*',
    'illusion', 'mirage', 'fallacy', 'naive',
  ],
};

/** Every entry, as written (for tests). */
export const CLASS_ENTRIES: readonly string[] = Object.values(CLASSES).flat();

/** The class names in a fixed order: a class's number is its place here. */
export const CLASS_NAMES = Object.keys(CLASSES);

interface EnglishLexicon {
  exact: Map<string, number[]>;
  prefixes: Array<[string, number]>;
}

function englishLexicon(): EnglishLexicon {
  const exact = new Map<string, number[]>();
  const prefixes: Array<[string, number]> = [];
  CLASS_NAMES.forEach((name, c) => {
    for (const entry of CLASSES[name] ?? []) {
      if (entry.endsWith('*')) prefixes.push([entry.slice(0, -1), c]);
      else {
        // Folded as the sentence's words are ("enormous" is read as "enormou").
        const word = englishWords(entry)[0] ?? entry;
        exact.set(word, [...(exact.get(word) ?? []), c]);
      }
    }
  });
  return { exact, prefixes };
}

let lexicon: EnglishLexicon | undefined;

/** The classes (numbers into CLASS_NAMES) of one folded English word. */
export function englishWordClasses(word: string): number[] {
  lexicon ??= englishLexicon();
  const out = [...(lexicon.exact.get(word) ?? [])];
  for (const [prefix, c] of lexicon.prefixes)
    if (word.startsWith(prefix) && !out.includes(c)) out.push(c);
  return out;
}

/** The class features of an English sentence whose words have these classes: each class, and each pair of them. */
export function classFeatures(classes: readonly number[]): string[] {
  const sorted = [...new Set(classes)].sort((a, b) => a - b);
  const out = sorted.map((c) => `@${CLASS_NAMES[c] ?? c}`);
  for (let i = 0; i < sorted.length; i += 1)
    for (let j = i + 1; j < sorted.length; j += 1)
      out.push(`@${CLASS_NAMES[sorted[i] ?? 0] ?? ''}+${CLASS_NAMES[sorted[j] ?? 0] ?? ''}`);
  return out;
}
