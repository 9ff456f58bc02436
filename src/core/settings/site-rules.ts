import type { Settings } from './settings';
import { normaliseSiteRule, pageHost, ruleCoversHost } from './site-rule';

type SiteRules = Pick<Settings, 'siteMode' | 'sitesOff' | 'sitesOn'>;

function covered(rules: readonly string[], host: string): boolean {
  return rules.some((rule) => {
    const normal = normaliseSiteRule(rule);
    return normal !== null && ruleCoversHost(normal, host);
  });
}

/**
 * Do the site rules alone (not the global pause) let Hype Lens run on the
 * page? The context menu offers "Turn off" exactly when this is true.
 */
export function siteRulesAllow(url: string, settings: SiteRules): boolean {
  const host = pageHost(url);
  if (host === null) return false;
  return settings.siteMode === 'except'
    ? !covered(settings.sitesOff, host)
    : covered(settings.sitesOn, host);
}

/**
 * Is Hype Lens on for the page at `url`? Only web pages and local files can
 * be; the global pause turns everything off; otherwise the site rules of
 * the current mode decide ("on everywhere except" or "only on").
 */
export function isSiteEnabled(url: string, settings: Settings): boolean {
  return !settings.paused && siteRulesAllow(url, settings);
}

/**
 * The rule to add for a page: its host without a leading `www.`, so the
 * rule covers the whole site. Null for pages no rule can cover.
 */
export function siteRuleFor(url: string): string | null {
  const host = pageHost(url);
  if (host === null) return null;
  const site = host.replace(/^www\./, '');
  return site.includes('.') || !host.startsWith('www.') ? site : host;
}

function withRule(rules: readonly string[], rule: string, host: string): string[] {
  return covered(rules, host) ? [...rules] : [...rules, rule];
}

function withoutCovering(rules: readonly string[], host: string): string[] {
  return rules.filter((rule) => {
    const normal = normaliseSiteRule(rule);
    return normal === null || !ruleCoversHost(normal, host);
  });
}

/**
 * New settings in which the site rules switch the page at `url` on or off,
 * in either mode. Turning a page on in 'except' mode removes every rule
 * that covers it (a rule for `example.com` too, when the page is on
 * `a.example.com`); turning it off in 'only' mode likewise. The pause is
 * left alone. Pages no rule can cover come back unchanged.
 */
export function setSiteEnabled(settings: Settings, url: string, on: boolean): Settings {
  const host = pageHost(url);
  const rule = siteRuleFor(url);
  if (host === null || rule === null) return settings;
  if (settings.siteMode === 'except') {
    const sitesOff = on
      ? withoutCovering(settings.sitesOff, host)
      : withRule(settings.sitesOff, rule, host);
    return { ...settings, sitesOff };
  }
  const sitesOn = on
    ? withRule(settings.sitesOn, rule, host)
    : withoutCovering(settings.sitesOn, host);
  return { ...settings, sitesOn };
}
