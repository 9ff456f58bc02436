import { describe, expect, it } from 'vitest';
import { checkPackUrl } from './pack-url';

describe('checkPackUrl', () => {
  it.each([
    ['https://raw.githubusercontent.com/a/b/main/pack.json', 'ok'],
    ['http://localhost:8080/pack.json', 'ok'],
    ['http://127.0.0.1:5000/pack.json', 'ok'],
    ['http://[::1]/pack.json', 'ok'],
    ['http://example.com/pack.json', 'insecure-url'],
    ['http://localhost.example.com/pack.json', 'insecure-url'],
    ['ftp://example.com/pack.json', 'insecure-url'],
    ['javascript:alert(1)', 'insecure-url'],
    ['file:///etc/passwd', 'insecure-url'],
    ['https://user:pw@example.com/pack.json', 'bad-url'],
    ['not a url', 'bad-url'],
  ])('takes %s as %s', (url, want) => {
    const result = checkPackUrl(url);
    expect(result.ok ? 'ok' : result.error.code).toBe(want);
  });

  it('drops the fragment, so the same file is not subscribed twice', () => {
    expect(checkPackUrl(' https://example.com/p.json#top ')).toEqual({
      ok: true,
      url: 'https://example.com/p.json',
    });
  });
});
