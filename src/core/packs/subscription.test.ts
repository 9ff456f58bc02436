import { describe, expect, it } from 'vitest';
import { parseSubscriptions } from './subscription';

describe('parseSubscriptions', () => {
  it('keeps the good entries when one is corrupted', () => {
    const good = { url: 'https://a.example/p.json', enabled: true, added: 1, failures: 0 };
    const raw = [good, { url: 42 }, 'junk', null, { ...good, url: 'https://b.example/p.json' }];
    expect(parseSubscriptions(raw).map((s) => s.url)).toEqual([
      'https://a.example/p.json',
      'https://b.example/p.json',
    ]);
  });

  it.each([[undefined], [{}], ['text']])('reads %j as no subscriptions', (raw) => {
    expect(parseSubscriptions(raw)).toEqual([]);
  });

  it('keeps one entry per URL and defaults the failure count', () => {
    const entry = { url: 'https://a.example/', enabled: false, added: 3 };
    expect(parseSubscriptions([entry, entry])).toEqual([{ ...entry, failures: 0 }]);
  });
});
