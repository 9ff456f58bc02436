import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { isSiteEnabled, setSiteEnabled, siteRuleFor, siteRulesAllow } from './site-rules';

const settings = (over: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...over });
const except = (...sitesOff: string[]) => settings({ siteMode: 'except', sitesOff });
const only = (...sitesOn: string[]) => settings({ siteMode: 'only', sitesOn });

describe('isSiteEnabled', () => {
  it.each([
    ['https://example.com/a', except(), true],
    ['http://example.com/', except(), true],
    ['file:///home/me/notes.html', except(), true],
    ['chrome://settings/', except(), false],
    ['about:blank', except(), false],
    ['moz-extension://abc/options.html', except(), false],
    ['data:text/html,hi', except(), false],
    ['not a url', except(), false],
    ['https://example.com/', except('example.com'), false],
    ['https://www.example.com/', except('example.com'), false],
    ['https://a.b.example.com/x', except('example.com'), false],
    ['https://notexample.com/', except('example.com'), true],
    ['https://example.com.evil.net/', except('example.com'), true],
    ['https://example.com/', except('www.example.com'), true],
    ['https://example.com./', except('example.com'), false],
    ['https://example.com:8443/', except('example.com'), false],
    ['https://example.com/', except('https://Example.COM/some/path'), false],
    ['https://example.com/', except('example.com:8080'), false],
    ['https://example.com/', except('EXAMPLE.com.'), false],
    ['https://example.com/', except('*.example.com'), false],
    ['https://xn--bj0bj06e.kr/', except('한글.kr'), false],
    ['https://한글.kr/', except('xn--bj0bj06e.kr'), false],
    ['https://127.0.0.1:5173/', except('127.0.0.1'), false],
    ['https://10.0.0.1/', except('0.0.1'), true],
    ['file:///tmp/a.html', except('file:///anything'), false],
    ['https://example.com/', except('file://'), true],
    ['https://example.com/', except('', '   ', 'exa mple.com'), true],
    ['https://example.com/', only(), false],
    ['https://example.com/', only('example.com'), true],
    ['https://news.example.com/', only('example.com'), true],
    ['https://example.org/', only('example.com'), false],
    ['https://example.com/', only('news.example.com'), false],
    ['file:///tmp/a.html', only('file://'), true],
    ['https://example.com/', settings({ paused: true }), false],
    [
      'https://example.com/',
      settings({ paused: true, siteMode: 'only', sitesOn: ['example.com'] }),
      false,
    ],
  ] as const)('%s with %o → %s', (url, s, expected) => {
    expect(isSiteEnabled(url, s)).toBe(expected);
  });

  it('ignores the pause when asked about the site rules alone', () => {
    expect(siteRulesAllow('https://example.com/', settings({ paused: true }))).toBe(true);
  });
});

describe('siteRuleFor', () => {
  it.each([
    ['https://www.example.com/a?b#c', 'example.com'],
    ['https://news.example.com/', 'news.example.com'],
    ['http://EXAMPLE.com:8080/', 'example.com'],
    ['https://한글.kr/', 'xn--bj0bj06e.kr'],
    ['http://localhost:3000/', 'localhost'],
    ['file:///home/me/a.html', 'file://'],
    ['chrome://extensions', null],
    ['garbage', null],
  ])('gives %s the rule %s', (url, rule) => {
    expect(siteRuleFor(url)).toBe(rule);
  });
});

describe('setSiteEnabled', () => {
  it.each([
    [
      'turns a site off in except mode',
      except(),
      'https://www.example.com/',
      false,
      except('example.com'),
    ],
    [
      'adds nothing when a rule already covers it',
      except('example.com'),
      'https://a.example.com/',
      false,
      except('example.com'),
    ],
    [
      'removes every covering rule when turning on',
      except('example.com', 'a.example.com', 'other.org'),
      'https://a.example.com/',
      true,
      except('other.org'),
    ],
    [
      'removes rules typed loosely',
      except('HTTPS://Example.com/x'),
      'https://example.com/',
      true,
      except(),
    ],
    [
      'adds a rule in only mode',
      only('other.org'),
      'https://example.com/',
      true,
      only('other.org', 'example.com'),
    ],
    [
      'removes covering rules in only mode',
      only('example.com', 'other.org'),
      'https://news.example.com/',
      false,
      only('other.org'),
    ],
    ['leaves pages no rule covers alone', except(), 'about:blank', false, except()],
  ])('%s', (_name, before, url, on, after) => {
    const next = setSiteEnabled(before, url, on);
    expect(next).toEqual(after);
    if (siteRuleFor(url) !== null) expect(siteRulesAllow(url, next)).toBe(on);
  });

  it('leaves the pause alone', () => {
    const next = setSiteEnabled(
      settings({ paused: true, sitesOff: ['example.com'] }),
      'https://example.com',
      true,
    );
    expect(next.paused).toBe(true);
    expect(next.sitesOff).toEqual([]);
  });

  it('does not change the settings it was given', () => {
    const before = except('example.com');
    setSiteEnabled(before, 'https://example.com/', true);
    expect(before.sitesOff).toEqual(['example.com']);
  });
});
