// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { planImport, settingsFileText, type ImportError } from '../core/settings/settings-file';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { essayMyths } from './essay-myths';
import { importErrorText } from './import-error-text';
import { renderImportPreview } from './render-import-preview';
import { UI_TEXT } from './ui-text';

const current: Settings = { ...DEFAULT_SETTINGS, sitesOff: ['example.com'] };
const fileOf = (settings: Settings) => settingsFileText(settings, new Date('2026-01-01T00:00:00Z'));

function preview(text: string, lang: 'en' | 'ko' = 'en') {
  const plan = planImport(current, text);
  if (!plan.ok) throw new Error(`expected a plan, got ${plan.error.code}`);
  const on = { onApply: vi.fn(), onCancel: vi.fn() };
  const el = renderImportPreview({
    changes: plan.changes,
    t: UI_TEXT[lang],
    lang,
    myths: essayMyths,
    ...on,
  });
  document.body.replaceChildren(el);
  return { el, on };
}

const lines = (el: HTMLElement) =>
  [...el.querySelectorAll('.changes li')].map((li) => li.textContent);

describe('the import preview', () => {
  it('lists each setting a good file changes, with its value now and after', () => {
    const { el } = preview(
      fileOf({ ...current, paused: true, mythsOff: ['agi-imminent'], hoverDelayMs: 800 }),
    );
    expect(lines(el)).toEqual([
      'Pause everywhereoff → on',
      `Myths turned offnone → ${essayMyths.find((m) => m.id === 'agi-imminent')!.title.en}`,
      'Card delay0.4 s → 0.8 s',
    ]);
  });

  it('says it in Korean for a Korean reader', () => {
    const { el } = preview(fileOf({ ...current, language: 'ko', sitesOff: [] }), 'ko');
    expect(lines(el)).toEqual([
      '꺼 둔 사이트example.com → 없음',
      '언어브라우저 언어 따르기 → 한국어',
    ]);
    expect(el.querySelector('#import-apply')?.textContent).toBe('적용');
  });

  it('applies or cancels only when asked', () => {
    const { el, on } = preview(fileOf({ ...current, sensitivity: 'assert' }));
    expect(on.onApply).not.toHaveBeenCalled();
    el.querySelector<HTMLButtonElement>('#import-apply')!.click();
    el.querySelector<HTMLButtonElement>('#import-cancel')!.click();
    expect([on.onApply.mock.calls.length, on.onCancel.mock.calls.length]).toEqual([1, 1]);
  });

  it('says a file that changes nothing changes nothing, and offers no Apply', () => {
    const { el } = preview(fileOf(current));
    expect(el.textContent).toContain(UI_TEXT.en.importNoChanges);
    expect(el.querySelector('#import-apply')).toBeNull();
    expect(el.querySelector('#import-cancel')).not.toBeNull();
  });
});

describe('a refused import', () => {
  it.each([
    ['not JSON', '{ nope', 'This file is not JSON.'],
    ['another JSON file', '{"hello": 1}', 'This is not a Hype Lens settings file.'],
    [
      'a newer version',
      JSON.stringify({ format: 'hype-lens-settings', version: 99, settings: {} }),
      'This file comes from a newer Hype Lens.',
    ],
    [
      'a broken field',
      fileOf({ ...current, sensitivity: 'everything' as never }),
      'invalid value for "What to highlight"',
    ],
  ])('explains %s in words and names no internal code', (_name, text, words) => {
    const plan = planImport(current, text);
    expect(plan.ok).toBe(false);
    const message = importErrorText((plan as { error: ImportError }).error, UI_TEXT.en);
    expect(message).toContain(words);
    expect(message).toContain('Nothing was changed');
  });

  it.each<ImportError>([
    { code: 'too-large', maxBytes: 1 },
    { code: 'not-json' },
    { code: 'not-a-settings-file' },
    { code: 'newer-version', version: 3, supported: 2 },
    { code: 'invalid-field', field: 'hoverDelayMs' },
  ])('has Korean words for $code', (error) => {
    const message = importErrorText(error, UI_TEXT.ko);
    expect(message).toMatch(/[가-힣]/);
    expect(message).not.toMatch(/hoverDelayMs|invalid|code/);
  });
});
