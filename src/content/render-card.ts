import type { CardView } from '../core/packs/card-view';
import type { Stance } from '../core/packs/pack-schema';
import { uiString } from '../shared/ui-strings';
import { isFromUser } from './is-from-user';
import { renderChart } from './render-chart';

function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** What the card's buttons do; without them the card has no buttons. */
export interface CardActions {
  onNotHype: () => void;
  onHideMyth: () => void;
}

function actionRow(doc: Document, lang: CardView['lang'], actions: CardActions): HTMLElement {
  const row = h(doc, 'div', 'actions');
  row.setAttribute('role', 'group');
  row.setAttribute('aria-label', uiString(lang, 'actions'));
  const notHype = h(doc, 'button', 'action', uiString(lang, 'notHype'));
  notHype.type = 'button';
  notHype.title = uiString(lang, 'notHypeHint');
  // A page script's `button.click()` must not change the user's settings.
  notHype.addEventListener('click', (e) => isFromUser(e) && actions.onNotHype());
  const hide = h(doc, 'button', 'action', uiString(lang, 'hideMyth'));
  hide.type = 'button';
  hide.title = uiString(lang, 'hideMythHint');
  hide.addEventListener('click', (e) => isFromUser(e) && actions.onHideMyth());
  row.append(notHype, hide);
  return row;
}

/**
 * Builds the card for a myth. Every text is set with textContent: pack
 * and page text never become markup. Test contract: the card carries
 * `data-myth` and `data-stance`.
 */
export function renderCard(
  doc: Document,
  view: CardView,
  stance: Stance,
  id: string,
  actions?: CardActions,
): HTMLElement {
  const { lang, card } = view;
  const root = h(doc, 'section', 'card');
  root.id = id;
  root.dataset.myth = view.myth;
  root.dataset.stance = stance;
  root.lang = lang;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-labelledby', `${id}-title`);
  root.tabIndex = -1;
  const kicker = h(
    doc,
    'p',
    'kicker',
    `${uiString(lang, 'cardLabel')} · ${uiString(lang, stance === 'report' ? 'stanceReport' : 'stanceAssert')}`,
  );
  const title = h(doc, 'h2', 'title', view.title);
  title.id = `${id}-title`;
  const verdict = h(doc, 'p', 'verdict', card.verdict);
  const points = h(doc, 'ul', 'points');
  for (const point of card.points) points.append(h(doc, 'li', undefined, point));
  root.append(kicker, title, verdict);
  // Pictures first: people would rather look than read.
  if (view.charts.length > 0) {
    const row = h(doc, 'div', 'charts');
    for (const { chart } of view.charts) {
      const figure = h(doc, 'figure', 'chart-figure');
      figure.append(renderChart(doc, chart, lang));
      const caption = h(doc, 'figcaption', undefined, chart.title[lang]);
      const sources = chart.series.map((s) => s.source).join('; ');
      caption.append(
        h(doc, 'span', 'fact-source', ` (${uiString(lang, 'chartSource')}: ${sources})`),
      );
      figure.append(caption);
      row.append(figure);
    }
    root.append(row);
  }
  root.append(points);
  if (card.facts.length > 0) {
    root.append(h(doc, 'h3', 'facts-title', uiString(lang, 'facts')));
    const facts = h(doc, 'ul', 'facts');
    for (const fact of card.facts) {
      const li = h(doc, 'li', undefined, fact.text);
      li.append(h(doc, 'span', 'fact-source', ` (${uiString(lang, 'source')}: ${fact.source})`));
      facts.append(li);
    }
    root.append(facts);
  }
  const links = h(doc, 'p', 'links');
  for (const link of card.links) {
    const a = h(doc, 'a', undefined, link.label);
    if (!link.url.startsWith('https://')) continue;
    a.href = link.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    links.append(a);
  }
  root.append(links);
  if (actions) root.append(actionRow(doc, lang, actions));
  return root;
}
