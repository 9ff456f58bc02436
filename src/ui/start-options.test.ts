// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsFileText } from '../core/settings/settings-file';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings/settings';
import { essayMyths } from './essay-myths';
import { startOptions, type OptionsDeps } from './start-options';

/** A fake settings store around one stored settings object and dismissed record. */
function fakeDeps(start: Partial<Settings> = {}, overrides: Partial<OptionsDeps> = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...start };
  let dismissed: Record<string, string[]> = {
    'https://a.test/1': ['scaling-laws|scaling laws', 'emergence|emergent'],
    'https://b.test/2': ['agi-imminent|agi by 2027'],
  };
  const listeners: ((s: Settings) => void)[] = [];
  const write = (next: Settings) => {
    stored = next;
    for (const l of listeners) l(stored);
  };
  const deps: OptionsDeps = {
    loadSettings: async () => stored,
    updateSettings: vi.fn(
      async (change: (s: Settings) => Settings) => (write(change(stored)), stored),
    ),
    watchSettings: (onChange) => (listeners.push(onChange), () => undefined),
    loadDismissed: async () => dismissed,
    clearDismissed: vi.fn(async () => void (dismissed = {})),
    resetSettings: vi.fn(async () => write({ ...DEFAULT_SETTINGS })),
    exportSettingsFile: async () => settingsFileText(stored, new Date()),
    applyImport: vi.fn(async (next: Settings) => write(next)),
    download: vi.fn(),
    uiLocale: 'en-US',
    myths: essayMyths,
    ...overrides,
  };
  return { deps, stored: () => stored };
}

async function open(deps: OptionsDeps) {
  const root = document.createElement('main');
  const status = document.createElement('p');
  document.body.replaceChildren(root, status);
  await startOptions(root, status, deps);
  return { root, status };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const el = <T extends HTMLElement>(root: HTMLElement, selector: string) =>
  root.querySelector<T>(selector)!;

/** Picks `text` as a file in the import input, as a user would. */
async function pickFile(root: HTMLElement, text: string) {
  const input = el<HTMLInputElement>(root, '#import-file');
  const file = new File([text], 'settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await settle();
  await settle();
}

describe('the options page', () => {
  beforeEach(() => document.body.replaceChildren());

  it('turns a myth off and on again', async () => {
    const { deps, stored } = fakeDeps();
    const { root, status } = await open(deps);
    const box = el<HTMLInputElement>(root, '#myth-emergence');
    expect(box.checked).toBe(true);
    box.click();
    await settle();
    expect(stored().mythsOff).toEqual(['emergence']);
    expect(status.textContent).toBe('Saved.');
    el<HTMLInputElement>(root, '#myth-emergence').click();
    await settle();
    expect(stored().mythsOff).toEqual([]);
  });

  it.each([
    ['#sensitivity-assert', { sensitivity: 'assert' }],
    ['#language-ko', { language: 'ko' }],
  ] as const)('saves the choice %s', async (selector, expected) => {
    const { deps, stored } = fakeDeps();
    const { root } = await open(deps);
    el<HTMLInputElement>(root, selector).click();
    await settle();
    expect(stored()).toMatchObject(expected);
  });

  it('redraws itself in the language just chosen', async () => {
    const { deps } = fakeDeps();
    const { root } = await open(deps);
    const korean = el<HTMLInputElement>(root, '#language-ko');
    korean.focus();
    korean.click();
    await settle();
    expect(root.querySelector('h1')?.textContent).toBe('Hype Lens 설정');
    expect(document.activeElement?.id).toBe('language-ko');
  });

  it('saves the hover delay when the slider is let go', async () => {
    const { deps, stored } = fakeDeps();
    const { root } = await open(deps);
    const slider = el<HTMLInputElement>(root, '#hover-delay');
    slider.value = '900';
    slider.dispatchEvent(new Event('input'));
    expect(root.querySelector('#hover-delay-value')?.textContent).toBe('0.9 s');
    expect(stored().hoverDelayMs).toBe(400);
    slider.dispatchEvent(new Event('change'));
    await settle();
    expect(stored().hoverDelayMs).toBe(900);
  });

  it('lists the sites switched off and removes one, moving focus to the next', async () => {
    const { deps, stored } = fakeDeps({ sitesOff: ['a.test', 'b.test'] });
    const { root, status } = await open(deps);
    const remove = el<HTMLButtonElement>(root, '#remove-a_test');
    expect(remove.getAttribute('aria-label')).toBe('Remove a.test');
    remove.focus();
    remove.click();
    await settle();
    expect(stored().sitesOff).toEqual(['b.test']);
    expect(document.activeElement?.id).toBe('remove-b_test');
    expect(status.textContent).toBe('Removed a.test.');
  });

  it('switches between "everywhere except" and "only on" and shows the matching list', async () => {
    const { deps, stored } = fakeDeps({ sitesOff: ['a.test'], sitesOn: ['b.test'] });
    const { root } = await open(deps);
    expect(el(root, '.sites').textContent).toContain('a.test');
    el<HTMLInputElement>(root, '#site-mode-only').click();
    await settle();
    expect(stored().siteMode).toBe('only');
    expect(el(root, '.sites').textContent).toContain('b.test');
    expect(el(root, '.sites').textContent).not.toContain('a.test');
  });

  it('counts dismissed claims and shows them again', async () => {
    const { deps } = fakeDeps();
    const { root, status } = await open(deps);
    expect(root.querySelector('#dismissed-count')?.textContent).toBe('3 claims hidden on 2 pages.');
    el<HTMLButtonElement>(root, '#clear-dismissed').click();
    await settle();
    expect(deps.clearDismissed).toHaveBeenCalled();
    expect(root.querySelector('#dismissed-count')?.textContent).toBe('No claims are hidden.');
    expect(el<HTMLButtonElement>(root, '#clear-dismissed').disabled).toBe(true);
    expect(status.textContent).toBe('Hidden claims will be highlighted again.');
  });

  it('exports every setting as a JSON file', async () => {
    const { deps } = fakeDeps({ paused: true });
    const { root } = await open(deps);
    el<HTMLButtonElement>(root, '#export-settings').click();
    await settle();
    const [name, text] = vi.mocked(deps.download).mock.calls[0]!;
    expect(name).toBe('hype-lens-settings.json');
    expect(JSON.parse(text)).toMatchObject({ settings: { paused: true } });
  });

  it('previews a good file, moves focus to the preview, and applies it in one step', async () => {
    const { deps, stored } = fakeDeps();
    const { root, status } = await open(deps);
    const next = { ...DEFAULT_SETTINGS, paused: true, sitesOff: ['x.test'] };
    await pickFile(root, settingsFileText(next, new Date()));
    expect(deps.applyImport).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('import-preview');
    expect(root.querySelectorAll('.changes li')).toHaveLength(2);
    el<HTMLButtonElement>(root, '#import-apply').click();
    await settle();
    expect(deps.applyImport).toHaveBeenCalledTimes(1);
    expect(stored()).toEqual(next);
    expect(status.textContent).toBe('Imported.');
    expect(root.querySelector('#import-preview')).toBeNull();
  });

  it('refuses a broken file with a message and changes nothing', async () => {
    const { deps, stored } = fakeDeps();
    const { root, status } = await open(deps);
    await pickFile(root, '{"format":"hype-lens-settings","version":1,"settings":{"paused":"yes"}}');
    expect(status.textContent).toContain('Nothing was changed');
    expect(root.querySelector('#import-preview')).toBeNull();
    expect(deps.applyImport).not.toHaveBeenCalled();
    expect(stored()).toEqual(DEFAULT_SETTINGS);
  });

  it('cancels a pending import without changing anything', async () => {
    const { deps, stored } = fakeDeps();
    const { root, status } = await open(deps);
    await pickFile(root, settingsFileText({ ...DEFAULT_SETTINGS, paused: true }, new Date()));
    el<HTMLButtonElement>(root, '#import-cancel').click();
    expect(stored().paused).toBe(false);
    expect(status.textContent).toBe('Import cancelled. Nothing was changed.');
  });

  it('resets to the defaults only after confirmation', async () => {
    const { deps, stored } = fakeDeps({ paused: true, mythsOff: ['emergence'] });
    const { root, status } = await open(deps);
    el<HTMLButtonElement>(root, '#reset-all').click();
    expect(deps.resetSettings).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('reset-cancel');
    el<HTMLButtonElement>(root, '#reset-yes').click();
    await settle();
    await settle();
    expect(stored()).toEqual(DEFAULT_SETTINGS);
    expect(status.textContent).toBe('Settings reset to defaults.');
    expect(el<HTMLInputElement>(root, '#myth-emergence').checked).toBe(true);
  });

  it('tells the user when a change could not be saved', async () => {
    const { deps } = fakeDeps({}, { updateSettings: () => Promise.reject(new Error('quota')) });
    const { root, status } = await open(deps);
    el<HTMLInputElement>(root, '#sensitivity-assert').click();
    await settle();
    expect(status.textContent).toBe('The change could not be saved. Try again.');
  });

  it('labels every control', async () => {
    const { root } = await open(fakeDeps({ sitesOff: ['a.test'] }).deps);
    for (const control of root.querySelectorAll<HTMLInputElement>('input')) {
      const label = root.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent?.trim(), control.id).toBeTruthy();
    }
    for (const button of root.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent?.trim()).toBeTruthy();
    }
  });
});
