// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import type { FoundMatch } from './found-match';
import { MatchStore } from './match-store';

function found(id: string): FoundMatch {
  const el = document.getElementById(id);
  if (!el?.firstChild) throw new Error(`no #${id}`);
  const range = document.createRange();
  range.setStart(el.firstChild, 0);
  range.setEnd(el.firstChild, 1);
  return {
    match: { start: 0, end: 1, text: id, myth: 'm', stance: 'assert', confidence: 1 },
    range,
    block: el,
    key: id,
  };
}

describe('MatchStore', () => {
  it('keeps matches in document order whatever order they came in', () => {
    setBody('<p id="a">a</p><p id="b">b</p><p id="c">c</p>');
    const store = new MatchStore();
    store.add([found('c')]);
    store.add([found('a'), found('b')]);
    expect(store.all().map((f) => f.key)).toEqual(['a', 'b', 'c']);
  });

  it('forgets the matches inside a rescanned subtree only', () => {
    setBody('<div id="d"><p id="a">a</p></div><p id="b">b</p>');
    const store = new MatchStore();
    store.add([found('a'), found('b')]);
    store.removeWithin(document.getElementById('d') as Element);
    expect(store.all().map((f) => f.key)).toEqual(['b']);
  });

  it('forgets matches whose text left the document', () => {
    setBody('<p id="a">a</p><p id="b">b</p>');
    const store = new MatchStore();
    store.add([found('a'), found('b')]);
    document.getElementById('a')?.remove();
    store.purgeDisconnected();
    expect(store.all().map((f) => f.key)).toEqual(['b']);
    expect(store.size).toBe(1);
  });
});
