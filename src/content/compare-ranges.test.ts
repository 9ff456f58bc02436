// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { setBody } from '../../tests/helpers/set-body';
import { compareRanges } from './compare-ranges';
import { containsAcross } from './contains-across';

/** A range over the first character of `node`'s first text. */
function rangeIn(node: Node): Range {
  const text = node.firstChild as Text;
  const range = document.createRange();
  range.setStart(text, 0);
  range.setEnd(text, 1);
  return range;
}

/** before, a host whose open root holds `outer` and a nested host with `inner`, then after. */
function page(): Record<'before' | 'outer' | 'inner' | 'after' | 'host', Node> {
  setBody('<p id="before">b</p><div id="host"><p id="light">l</p></div><p id="after">a</p>');
  const host = document.getElementById('host')!;
  const outerRoot = host.attachShadow({ mode: 'open' });
  const outer = document.createElement('p');
  outer.textContent = 'o';
  const nestedHost = document.createElement('div');
  outerRoot.append(outer, nestedHost);
  const inner = document.createElement('p');
  inner.textContent = 'i';
  nestedHost.attachShadow({ mode: 'open' }).append(inner);
  return {
    before: document.getElementById('before')!,
    outer,
    inner,
    after: document.getElementById('after')!,
    host,
  };
}

describe('compareRanges', () => {
  it('orders ranges in reading order across shadow trees (browsers throw on compareBoundaryPoints there)', () => {
    const nodes = page();
    const ranges = (['after', 'inner', 'before', 'outer'] as const).map((k) => ({
      k,
      r: rangeIn(nodes[k]),
    }));
    ranges.sort((a, b) => compareRanges(a.r, b.r));
    expect(ranges.map((x) => x.k)).toEqual(['before', 'outer', 'inner', 'after']);
  });

  it('puts a shadow tree before its host light children', () => {
    const nodes = page();
    const light = rangeIn(document.getElementById('light')!);
    expect(compareRanges(rangeIn(nodes.outer), light)).toBeLessThan(0);
    expect(compareRanges(light, rangeIn(nodes.inner))).toBeGreaterThan(0);
  });
});

describe('containsAcross', () => {
  it('finds nodes in the shadow trees of hosts under a root, and nothing outside it', () => {
    const nodes = page();
    expect(document.body.contains(nodes.inner)).toBe(false);
    expect(containsAcross(document.body, nodes.inner)).toBe(true);
    expect(containsAcross(nodes.host, nodes.outer)).toBe(true);
    expect(containsAcross(nodes.before, nodes.outer)).toBe(false);
    expect(containsAcross(nodes.inner, nodes.inner)).toBe(true);
  });
});
