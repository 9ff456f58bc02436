import type { PageSettings } from '../core/settings/settings';
import type { FoundMatch } from './found-match';

/** The matches the settings let through: site on, myth on, stance wanted, not dismissed here. */
export function shownMatches(
  all: readonly FoundMatch[],
  settings: PageSettings,
  dismissedHere: ReadonlySet<string>,
): FoundMatch[] {
  if (!settings.enabled) return [];
  const mythsOff = new Set(settings.mythsOff);
  return all.filter(
    (f) =>
      !mythsOff.has(f.match.myth) &&
      (f.match.stance === 'assert' ||
        (f.match.stance === 'report' && settings.sensitivity === 'report')) &&
      !dismissedHere.has(f.key),
  );
}

/** Matches per myth, for the badge and the scan measure. */
export function countByMyth(found: readonly FoundMatch[]): Record<string, number> {
  const myths: Record<string, number> = {};
  for (const f of found) myths[f.match.myth] = (myths[f.match.myth] ?? 0) + 1;
  return myths;
}
