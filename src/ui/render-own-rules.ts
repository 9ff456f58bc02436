import { LANGS, type Lang, type Pack } from '../core/packs/pack-schema';
import type { OwnRule, RuleRole, RuleRow } from '../core/packs/own-rules';
import { previewExamples, previewOwnRule, type RulePreview } from '../core/packs/preview-own-rule';
import { h } from './h';
import type { MythInfo } from './myth-info';
import { mythTitle } from './myth-info';
import { section } from './render-preferences';
import type { UiText } from './ui-text';

/** What the own-rules section needs and does. */
export interface OwnRulesOptions {
  t: UiText;
  lang: Lang;
  /** Myths a rule can join: bundled, subscribed and the user's own. */
  myths: readonly MythInfo[];
  rules: readonly RuleRow[];
  /** The bundled packs, for the preview's cue lists; empty until loaded. */
  base: () => readonly Pack[];
  save(rule: OwnRule): void;
  remove(row: RuleRow): void;
  exportRules(): void;
  importRules(file: File): void;
}

const NEW_MYTH = '';

/** A myth id for a new myth: `own-` and its title in kebab-case, or a time stamp for a title without Latin letters. */
export function newMythId(title: string, now: number): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `own-${slug || now.toString(36)}`;
}

function labelled(id: string, label: string, control: HTMLElement, hint?: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    control,
  );
}

function select(id: string, choices: ReadonlyArray<[string, string]>): HTMLSelectElement {
  const el = h('select', { id });
  for (const [value, label] of choices) el.append(h('option', { value }, label));
  return el;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function stanceWords(stance: string, t: UiText): string {
  if (stance === 'report') return t.stanceReport;
  if (stance === 'reject') return t.stanceReject;
  return t.stanceAssert;
}

function roleWords(role: RuleRole, t: UiText): string {
  if (role === 'report') return t.ownRoleShortReport;
  if (role === 'reject') return t.ownRoleShortReject;
  return t.ownRoleShortTrigger;
}

/**
 * The own-rules section: the form with its live preview, the saved rules,
 * export and import. The form is built once (what the user typed survives
 * redraws of the rest of the page); `setRules` redraws the list.
 */
export function createOwnRules(options: OwnRulesOptions): {
  element: HTMLElement;
  setRules(rules: readonly RuleRow[], myths: readonly MythInfo[]): void;
  /** Empties the form after a save. */
  clear(): void;
} {
  const { t, lang } = options;
  let myths = options.myths;
  const langName = (l: Lang) => (l === 'en' ? t.languageEn : t.languageKo);
  const pattern = h('input', {
    type: 'text',
    id: 'own-pattern',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'own-pattern-hint',
  });
  const langSelect = select(
    'own-lang',
    LANGS.map((l) => [l, langName(l)]),
  );
  langSelect.value = lang;
  const role = select('own-role', [
    ['trigger', t.ownRoleTrigger],
    ['report', t.ownRoleReport],
    ['reject', t.ownRoleReject],
  ]);
  const myth = h('select', { id: 'own-myth' });
  let chosen: string | undefined;
  const fillMyths = (): void => {
    myth.replaceChildren(
      ...myths.map((m) => h('option', { value: m.id }, m.title[lang])),
      h('option', { value: NEW_MYTH }, t.ownNewMyth),
    );
    // Keep the user's pick across redraws; start on the first myth.
    if (chosen !== undefined && [...myth.options].some((o) => o.value === chosen))
      myth.value = chosen;
  };
  fillMyths();
  const title = h('input', { type: 'text', id: 'own-title', autocomplete: 'off' });
  const titleField = labelled('own-title', t.ownNewTitle, title);
  const cardFields = new Map<Lang, { verdict: HTMLInputElement; points: HTMLTextAreaElement }>();
  const card = h('details', { class: 'own-card' }, h('summary', {}, t.ownCard));
  for (const l of LANGS) {
    const verdict = h('input', { type: 'text', id: `own-verdict-${l}`, lang: l });
    const points = h('textarea', { id: `own-points-${l}`, rows: 3, lang: l });
    cardFields.set(l, { verdict, points });
    card.append(
      labelled(`own-verdict-${l}`, t.ownVerdict(langName(l)), verdict),
      labelled(`own-points-${l}`, t.ownPoints(langName(l)), points),
    );
  }
  const examples = h('textarea', { id: 'own-examples', rows: 4 });
  const preview = h('ul', { class: 'preview', id: 'own-preview', 'aria-live': 'polite' });
  const problem = h('p', { class: 'problem', id: 'own-problem', role: 'alert' });
  problem.hidden = true;

  const showTitle = (): void => {
    titleField.hidden = myth.value !== NEW_MYTH;
  };
  showTitle();

  /** The rule the form describes, or the text saying what is missing. */
  const readRule = (): OwnRule | string => {
    const text = pattern.value.trim();
    if (text === '') return t.ownNeedPattern;
    const isNew = myth.value === NEW_MYTH;
    const newTitle = title.value.trim();
    if (isNew && newTitle === '') return t.ownNeedTitle;
    const mythId = isNew ? newMythId(newTitle, Date.now()) : myth.value;
    const known = myths.find((m) => m.id === mythId);
    const cardText: OwnRule['card'] = {};
    for (const [l, fields] of cardFields) {
      const verdict = fields.verdict.value.trim();
      const points = lines(fields.points.value);
      if (verdict === '' && points.length === 0) continue;
      if (verdict === '' || points.length < 2 || points.length > 4) return t.ownCardIncomplete;
      cardText[l] = { verdict, points };
    }
    return {
      pattern: text,
      lang: langSelect.value === 'ko' ? 'ko' : 'en',
      role: role.value as RuleRole,
      myth: { id: mythId, title: known?.title ?? { en: newTitle, ko: newTitle } },
      card: cardText,
    };
  };

  let last: { rule: OwnRule; preview: RulePreview } | undefined;
  const runPreview = (): void => {
    const rule = readRule();
    const sentences = lines(examples.value);
    last = undefined;
    if (typeof rule === 'string' || sentences.length === 0) {
      preview.replaceChildren(h('li', { class: 'note' }, t.ownPreviewEmpty));
      return;
    }
    const result = previewOwnRule(rule, sentences, options.base());
    last = { rule, preview: result };
    if (!result.ok) {
      preview.replaceChildren(h('li', { class: 'problem' }, t.ownPreviewBroken(result.detail)));
      return;
    }
    preview.replaceChildren(
      ...result.lines.map((line) =>
        h(
          'li',
          { class: line.found ? 'found' : 'not-found' },
          h('span', { class: 'sentence' }, line.text),
          ' ',
          h(
            'span',
            { class: 'verdict' },
            line.found
              ? t.ownPreviewFound(line.found.phrase, stanceWords(line.found.stance, t))
              : t.ownPreviewNotFound,
          ),
        ),
      ),
    );
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(runPreview, 150);
  };
  for (const el of [pattern, examples, title]) el.addEventListener('input', schedule);
  for (const el of [langSelect, role, myth]) el.addEventListener('change', schedule);
  myth.addEventListener('change', () => {
    chosen = myth.value;
    showTitle();
  });

  const form = h(
    'form',
    { class: 'own-form', id: 'own-form' },
    labelled('own-pattern', t.ownPattern, pattern, t.ownPatternHint),
    h(
      'div',
      { class: 'row' },
      labelled('own-lang', t.ownLang, langSelect),
      labelled('own-role', t.ownRole, role),
    ),
    labelled('own-myth', t.ownMyth, myth),
    titleField,
    card,
    labelled('own-examples', t.ownExamples, examples),
    preview,
    problem,
    h('button', { type: 'submit', id: 'own-save' }, t.ownSave),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    runPreview();
    const rule = readRule();
    problem.hidden = typeof rule !== 'string';
    if (typeof rule === 'string') {
      problem.textContent = rule;
      return;
    }
    const tried = last?.preview;
    if (tried && !tried.ok) {
      problem.hidden = false;
      problem.textContent = t.ownPreviewBroken(tried.detail);
      return;
    }
    // A trigger keeps the sentences it was tried on as its examples: the pack check reruns them.
    const withExamples =
      rule.role === 'trigger' && tried?.ok
        ? { ...rule, examples: previewExamples(tried.lines) }
        : rule;
    options.save(withExamples);
  });

  const list = h('ul', { class: 'own-rules', id: 'own-rules' });
  const setRules = (rules: readonly RuleRow[], nextMyths: readonly MythInfo[]): void => {
    myths = nextMyths;
    fillMyths();
    if (rules.length === 0) {
      list.replaceChildren(h('li', { class: 'note', id: 'own-empty' }, t.ownRulesEmpty));
      return;
    }
    list.replaceChildren(
      ...rules.map((row, i) => {
        const remove = h('button', { type: 'button', id: `own-remove-${i}` }, t.remove);
        remove.setAttribute('aria-label', t.ownRemoveLabel(row.pattern));
        remove.addEventListener('click', () => options.remove(row));
        return h(
          'li',
          {},
          h('code', { class: 'pattern', lang: row.lang }, row.pattern),
          h(
            'span',
            { class: 'rule-facts' },
            ` ${langName(row.lang)} · ${roleWords(row.role, t)} · ${mythTitle(myths, row.myth, lang)} `,
          ),
          remove,
        );
      }),
    );
  };
  setRules(options.rules, options.myths);

  const file = h('input', { type: 'file', id: 'own-import', accept: '.json,application/json' });
  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked) options.importRules(picked);
    file.value = '';
  });
  const exportButton = h('button', { type: 'button', id: 'own-export' }, t.ownExport);
  exportButton.addEventListener('click', () => options.exportRules());

  const element = section(
    'own',
    t.ownHeading,
    h('p', { class: 'hint' }, t.ownHint),
    form,
    list,
    h('div', { class: 'buttons' }, exportButton),
    h('div', { class: 'file' }, h('label', { for: 'own-import' }, t.ownImport), file),
  );
  runPreview();
  return {
    element,
    setRules,
    clear() {
      pattern.value = '';
      title.value = '';
      for (const fields of cardFields.values()) {
        fields.verdict.value = '';
        fields.points.value = '';
      }
      problem.hidden = true;
      runPreview();
    },
  };
}
