import type { Lang } from '../core/packs/pack-schema';

/**
 * Every string our own UI shows, in both languages. Browser `_locales`
 * carry only what the manifest needs; these follow the card language the
 * user chose, which may differ from the browser's.
 */
export const UI_STRINGS = {
  en: {
    cardLabel: 'Hype Lens: about this claim',
    facts: 'Facts',
    source: 'Source',
    readEssay: 'Read the essay',
    stanceAssert: 'Claimed here',
    stanceReport: 'Reported here',
    chartSource: 'Data',
    close: 'Close',
    notHype: 'Not hype here',
    notHypeHint: 'Stop highlighting this phrase on this page',
    hideMyth: 'Hide this myth',
    hideMythHint: 'Stop highlighting this myth everywhere; undo in the options',
    actions: 'Actions',
  },
  ko: {
    cardLabel: 'Hype Lens: 이 주장에 대하여',
    facts: '사실',
    source: '출처',
    readEssay: '에세이 읽기',
    stanceAssert: '이 글의 주장',
    stanceReport: '남의 주장을 전함',
    chartSource: '자료',
    close: '닫기',
    notHype: '과장 아님',
    notHypeHint: '이 페이지에서 이 문구를 더는 표시하지 않습니다',
    hideMyth: '이 신화 숨기기',
    hideMythHint: '모든 사이트에서 이 신화를 표시하지 않습니다. 설정에서 되돌릴 수 있습니다',
    actions: '동작',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type UiStringKey = keyof (typeof UI_STRINGS)['en'];

/** The UI string for a key in a language. */
export function uiString(lang: Lang, key: UiStringKey): string {
  return UI_STRINGS[lang][key];
}

/** English, or Korean when the given browser language is Korean. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
