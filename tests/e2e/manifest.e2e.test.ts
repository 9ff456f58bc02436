import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grantsOf, unexpectedGrants, type Grants } from './harness/manifest-grants.js';
import { extensionDirs, repoRoot } from './harness/paths.js';

/*
 * No browser: reads the manifests `npm run build` wrote and compares every
 * grant in them with tests/e2e/manifest-allowlist.json.
 */
const allowlist = JSON.parse(
  readFileSync(resolve(repoRoot, 'tests/e2e/manifest-allowlist.json'), 'utf8'),
) as Partial<Grants>;

const readManifest = (dir: string): object =>
  JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as object;

describe('the built manifests', () => {
  it.each(Object.entries(extensionDirs))(
    '%s asks for nothing outside the allowlist',
    (build, dir) => {
      expect(unexpectedGrants(build, grantsOf(readManifest(dir)), allowlist)).toEqual([]);
    },
  );

  it('fail the check when a build adds a grant, and say where to explain it', () => {
    const grown = {
      manifest_version: 2,
      permissions: ['storage', 'tabs', 'https://example.com/*'],
      content_scripts: [{ matches: ['<all_urls>'] }],
      web_accessible_resources: ['page.html'],
      externally_connectable: { matches: ['https://*.example.com/*'] },
    };
    const problems = unexpectedGrants('grown', grantsOf(grown), allowlist);
    expect(problems.map((p) => p.split(' is not')[0])).toEqual([
      'grown: "tabs" in permissions',
      'grown: "https://example.com/*" in host_permissions',
      'grown: "page.html" in web_accessible_resources',
      'grown: "matches:https://*.example.com/*" in externally_connectable',
    ]);
    expect(problems[0]).toMatch(/add it there AND explain it in the README's permissions table/);
  });

  it('reads MV3 web-accessible resources with the pages they are exposed to', () => {
    const mv3 = {
      web_accessible_resources: [{ resources: ['card.css'], matches: ['<all_urls>'] }],
      optional_host_permissions: ['https://packs.example/*'],
    };
    expect(grantsOf(mv3)).toMatchObject({
      web_accessible_resources: ['card.css for <all_urls>'],
      optional_host_permissions: ['https://packs.example/*'],
    });
  });
});
