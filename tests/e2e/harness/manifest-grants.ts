/** The manifest keys whose entries grant access, flattened to lists of strings. */
export const grantKeys = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts.matches',
  'web_accessible_resources',
  'externally_connectable',
] as const;

export type GrantKey = (typeof grantKeys)[number];
export type Grants = Record<GrantKey, string[]>;

interface ManifestLike {
  permissions?: unknown[];
  optional_permissions?: unknown[];
  host_permissions?: unknown[];
  optional_host_permissions?: unknown[];
  content_scripts?: { matches?: unknown[] }[];
  web_accessible_resources?: (string | { resources?: unknown[]; matches?: unknown[] })[];
  externally_connectable?: { ids?: unknown[]; matches?: unknown[] };
}

/** A host pattern rather than an API permission (MV2 keeps both in `permissions`). */
const isHostPattern = (value: string): boolean => value === '<all_urls>' || value.includes('://');

const strings = (list: unknown[] | undefined): string[] => (list ?? []).map((v) => String(v));

/**
 * Everything a manifest grants, one list per key. MV2 host patterns in
 * `permissions` / `optional_permissions` count as host permissions, so one
 * allowlist serves both builds; web-accessible resources read
 * `resource` (MV2) or `resource for match` (MV3); externally_connectable
 * reads `ids:x` and `matches:y`.
 */
export function grantsOf(manifest: ManifestLike): Grants {
  const perms = strings(manifest.permissions);
  const optional = strings(manifest.optional_permissions);
  const war = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string'
      ? [entry]
      : strings(entry.resources).flatMap((r) =>
          strings(entry.matches ?? ['(any)']).map((m) => `${r} for ${m}`),
        ),
  );
  const ext = manifest.externally_connectable;
  return {
    permissions: perms.filter((p) => !isHostPattern(p)),
    optional_permissions: optional.filter((p) => !isHostPattern(p)),
    host_permissions: [...strings(manifest.host_permissions), ...perms.filter(isHostPattern)],
    optional_host_permissions: [
      ...strings(manifest.optional_host_permissions),
      ...optional.filter(isHostPattern),
    ],
    'content_scripts.matches': (manifest.content_scripts ?? []).flatMap((cs) =>
      strings(cs.matches),
    ),
    web_accessible_resources: war,
    externally_connectable: ext
      ? [
          ...strings(ext.ids).map((i) => `ids:${i}`),
          ...strings(ext.matches).map((m) => `matches:${m}`),
        ]
      : [],
  };
}

/** One line per grant in `actual` that `allowed` lacks, saying what to do about it. */
export function unexpectedGrants(
  build: string,
  actual: Grants,
  allowed: Partial<Grants>,
): string[] {
  return grantKeys.flatMap((key) =>
    actual[key]
      .filter((value) => !(allowed[key] ?? []).includes(value))
      .map(
        (value) =>
          `${build}: "${value}" in ${key} is not in tests/e2e/manifest-allowlist.json. ` +
          `If it is needed, add it there AND explain it in the README's permissions table.`,
      ),
  );
}
