// Test fixture (the page's own app): a Preact app that re-renders every 100 ms. After each render
// it checks that the DOM is exactly what it rendered, as a virtual-DOM library assumes (an element
// wrapped round its text, or one inserted, would break its next diff); it keeps what it finds in
// `window.__app.errors` and says so on the console. The test can stop the clock and set the topic.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The feed's sentences: claims at even keys, plain ones at odd keys. */
const SENTENCES = [
  'Scaling laws guarantee smarter models every year.',
  'The team met on Tuesday.',
  'Bigger models are always better.',
  'Lunch is at noon.',
  'AGI will be here by 2027, and nothing can stop it.',
  'The build passed.',
];
const FEED_SIZE = 4;

const app = {
  errors: [],
  renders: 0,
  ticking: true,
  setTopic: () => undefined,
  /** The keys shown in the feed at `tick`, in order: a window that slides round the sentences. */
  feedAt: (tick) => Array.from({ length: FEED_SIZE }, (_, i) => (tick + i) % SENTENCES.length),
};
window.__app = app;

function fail(message) {
  app.errors.push(message);
  console.error(`app: ${message}`);
}

/** Is `el` exactly one text node holding `text`? */
function holdsOnly(el, text, what) {
  if (!el) return fail(`${what} is gone`);
  if (el.childNodes.length !== 1 || el.firstChild.nodeType !== 3)
    return fail(`${what} has ${el.childNodes.length} children`);
  if (el.firstChild.data !== text) fail(`${what} reads "${el.firstChild.data}"`);
}

function verify(tick, topic) {
  holdsOnly(document.getElementById('ticker'), tickerText(tick), '#ticker');
  const items = [...document.getElementById('feed').children];
  const keys = app.feedAt(tick);
  if (items.length !== keys.length) fail(`the feed has ${items.length} items`);
  items.forEach((li, i) => holdsOnly(li, SENTENCES[keys[i]], `item ${i}`));
  const em = document.querySelector('#topic > em');
  const [first, ...rest] = topic.split(' ');
  holdsOnly(em, first, '#topic > em');
  if (em?.nextSibling?.data !== ` ${rest.join(' ')}`) fail('#topic lost its text');
}

const tickerText = (tick) => `Update ${tick}: scaling laws guarantee smarter models every year.`;

function App() {
  const [tick, setTick] = useState(0);
  const [topic, setTopic] = useState('Bigger models are always better.');
  app.setTopic = setTopic;
  useEffect(() => {
    const timer = setInterval(() => app.ticking && setTick((n) => n + 1), 100);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    app.renders += 1;
    app.tick = tick;
    verify(tick, topic);
  });
  const [first, ...rest] = topic.split(' ');
  return h(
    'main',
    null,
    // One text node, replaced whole at every tick (its claim moves as the number grows).
    h('p', { id: 'ticker' }, tickerText(tick)),
    // Keyed items that slide: Preact moves, adds and drops <li> elements at every tick.
    h(
      'ul',
      { id: 'feed' },
      app.feedAt(tick).map((k) => h('li', { key: k, id: `item-${k}` }, SENTENCES[k])),
    ),
    // Text across an inline element, set by the test.
    h('p', { id: 'topic' }, h('em', null, first), ` ${rest.join(' ')}`),
  );
}

window.addEventListener('error', (event) => fail(`uncaught: ${event.message}`));
render(h(App, null), document.getElementById('app'));
