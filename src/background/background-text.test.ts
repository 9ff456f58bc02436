import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import ko from '../../public/_locales/ko/messages.json';
import { backgroundText, type BackgroundTextKey } from './background-text';

const keys: BackgroundTextKey[] = [
  'extName',
  'commandToggleSite',
  'menuTurnOff',
  'menuTurnOn',
  'actionTitleCount',
  'actionTitleOff',
  'actionTitlePaused',
];

describe('background text', () => {
  it('has every _locales message in both languages', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(keys.filter((key) => key !== 'extName'))('says %s in Korean, not in English', (key) => {
    expect(backgroundText('ko', key, 2)).toMatch(/[가-힣]/);
    expect(backgroundText('ko', key, 2)).not.toBe(backgroundText('en', key, 2));
  });

  it('puts the count into the toolbar title', () => {
    expect(backgroundText('en', 'actionTitleCount', 12)).toBe(
      'Hype Lens: 12 highlighted on this page',
    );
    expect(backgroundText('ko', 'actionTitleCount', 12)).toBe(
      'Hype Lens: 이 페이지에서 12곳 강조 표시',
    );
  });
});
