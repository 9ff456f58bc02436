import { describe, expect, it } from 'vitest';
import type { Lang, Stance } from '../packs/pack-schema';
import { compileCues } from './compile-cues';
import { decideStance, type MythStanceCues, RETORT_LIMITS } from './decide-stance';

const cue = (lang: Lang, ...list: string[]) => compileCues(list, lang, []);

/** Cues shaped like the essay pack's: general ones, and the data-supply myth's own reject cues. */
const EN_MYTH_REJECT = ['(price|prices|copyright)'];
const en: MythStanceCues = {
  report: cue('en', '(says|said|claims)'),
  reject: cue('en', '(myth|doubt|nonsense|wrong|not a chance|overrated)', ...EN_MYTH_REJECT),
  negate: cue('en', '(not|never|no)'),
  dismiss: cue('en', '(forget|overblown)'),
  assert: cue('en', 'no doubt', '(no|there is no) data wall', '(never|will not) run out'),
  mythReject: cue('en', ...EN_MYTH_REJECT),
};
const KO_MYTH_REJECT = ['(가격|비용|저작권)'];
const ko: MythStanceCues = {
  report: cue('ko', '(말했|밝혔|다고)'),
  reject: cue('ko', '(아니|않|글쎄|말이 안|틀렸|틀린)', ...KO_MYTH_REJECT),
  assert: cue('ko', '(고갈되지 않|바닥나지 않)', '(한 번도) (틀린) (적이|적은|적) 없'),
  mythReject: cue('ko', ...KO_MYTH_REJECT),
};

/** The stance towards the phrase (its first occurrence) in the sentence. */
function stance(
  lang: Lang,
  sentence: string,
  phrase: string,
  options: { inverse?: boolean; next?: string; cues?: MythStanceCues } = {},
): Stance {
  const start = sentence.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
  const cues = options.cues ?? (lang === 'en' ? en : ko);
  const span = { start, end: start + phrase.length };
  return decideStance(sentence, span, cues, lang, options.inverse, options.next);
}

describe('decideStance on an inverse trigger (the phrase names the obstacle to the myth)', () => {
  it.each<[Lang, string, string, Stance]>([
    ['en', 'We are about to hit the data wall.', 'data wall', 'reject'],
    ['en', 'There is no data wall, whatever the pessimists think.', 'data wall', 'assert'],
    ['en', 'Fears of a data wall are overblown.', 'data wall', 'assert'],
    ['en', 'The data wall is a myth.', 'data wall', 'assert'],
    ['en', 'Skeptics said the data wall would stop us; they were wrong.', 'data wall', 'report'],
    ['en', 'The data wall is real, and data prices keep climbing.', 'data wall', 'reject'],
    ['en', 'The data wall is not about volume but about copyright.', 'data wall', 'reject'],
    ['ko', '데이터 고갈은 일어나지 않는다.', '데이터 고갈', 'assert'],
    ['ko', '데이터 고갈은 이미 시작됐다.', '데이터 고갈', 'reject'],
    [
      'ko',
      '문제는 데이터 고갈 시점이 아니라 데이터 가격이 얼마나 빨리 오르느냐다.',
      '데이터 고갈',
      'reject',
    ],
    ['ko', '데이터 고갈보다 저작권 소송이 더 큰 문제가 아니겠냐.', '데이터 고갈', 'reject'],
  ])('%s: %j (the phrase %j) → %s', (lang, sentence, phrase, expected) => {
    expect(stance(lang, sentence, phrase, { inverse: true })).toBe(expected);
  });

  it('reads every rejecting word as a dismissal when the cues do not set the myth’s own apart', () => {
    const merged: MythStanceCues = { ...en, mythReject: undefined };
    const sentence = 'The data wall is real, and data prices keep climbing.';
    expect(stance('en', sentence, 'data wall', { inverse: true, cues: merged })).toBe('assert');
  });
});

describe('decideStance with a retort (the short sentence after the claim)', () => {
  it.each<[Lang, string, string, string, Stance]>([
    ['en', 'AGI by 2027.', 'AGI', 'Not a chance.', 'reject'],
    ['en', 'AGI by 2027.', 'AGI', 'No doubt.', 'assert'],
    ['en', 'Bigger models are smarter.', 'Bigger models', 'Size is overrated.', 'reject'],
    ['ko', 'GPU만 더 사면 AI가 알아서 똑똑해진다.', 'GPU', '글쎄요.', 'reject'],
    [
      'ko',
      'GPU만 더 사면 AI가 알아서 똑똑해진다?',
      'GPU',
      '글쎄, 그건 투자자들이 듣고 싶은 이야기일 뿐이다.',
      'reject',
    ],
    ['ko', '스케일링 법칙은 계속된다.', '스케일링 법칙', '한 번도 틀린 적 없다.', 'assert'],
  ])('%s: %j (the phrase %j) then %j → %s', (lang, sentence, phrase, next, expected) => {
    expect(stance(lang, sentence, phrase, { next })).toBe(expected);
  });

  it.each<[Lang, string, string, string]>([
    ['en', 'Scale keeps working.', 'Scale', 'Every time someone calls it a wall, they are wrong.'],
    [
      'ko',
      '스케일링 법칙은 계속된다.',
      '스케일링 법칙',
      '글쎄, 그렇게 말하는 사람들이 많지만 지난 십 년 동안 법칙은 한 번도 꺾이지 않았다.',
    ],
  ])(
    '%s: reads %j then a sentence over the limit as a claim alone',
    (lang, sentence, phrase, next) => {
      expect(next.length).toBeGreaterThan(RETORT_LIMITS[lang]);
      expect(stance(lang, sentence, phrase, { next })).toBe('assert');
    },
  );

  it.each<[Lang, string, string, string, Stance]>([
    ['ko', '학습 데이터가 바닥난다는 거임?', '학습 데이터가 바닥', '말이 안 됨', 'assert'],
    ['en', 'There is no data wall, he says.', 'data wall', 'Nonsense.', 'reject'],
    ['en', 'We are about to hit the data wall.', 'data wall', 'Nonsense.', 'assert'],
  ])(
    '%s: on an inverse trigger, %j (the phrase %j) then %j answers the obstacle or its denial → %s',
    (lang, sentence, phrase, next, expected) => {
      expect(stance(lang, sentence, phrase, { inverse: true, next })).toBe(expected);
    },
  );
});

describe('decideStance on a Korean echo question (a claim asked back in disbelief)', () => {
  it.each<[string, string, boolean, Stance]>([
    ['학습 데이터가 무한하다고?', '학습 데이터', false, 'reject'],
    ['규모만 키우면 AGI가 된다고요?', 'AGI', false, 'reject'],
    ['AGI가 곧 온다고?!', 'AGI', false, 'reject'],
    ['이게 벌써 인간 수준이라고?', '인간 수준', false, 'reject'],
    ['규모만 키우면 된다는 게 틀렸다고?', '규모만 키우면', false, 'assert'],
    ['인터넷 글이 얼마나 많은데 데이터 고갈이 온다고요?', '데이터 고갈', true, 'assert'],
    ['CEO는 AGI가 곧 온다고 말했다.', 'AGI', false, 'report'],
    ['AGI가 곧 올까?', 'AGI', false, 'report'],
  ])('%j (the phrase %j, inverse: %s) → %s', (sentence, phrase, inverse, expected) => {
    expect(stance('ko', sentence, phrase, { inverse })).toBe(expected);
  });

  it('keeps its disbelief when a retort spells it out', () => {
    const next = '저작권 소송 한 번 당해 보면 생각이 바뀔 듯.';
    expect(stance('ko', '학습 데이터가 무한하다고?', '학습 데이터', { next })).toBe('reject');
  });

  it('leaves English questions as reports', () => {
    expect(stance('en', 'AGI by 2027?', 'AGI')).toBe('report');
  });
});
