/*
 * Functions the tests run inside the extension (Chromium's service worker,
 * a Firefox extension page). Serialised like page-probes: self-contained.
 */

interface ExtensionGlobals {
  browser?: ExtensionApi;
  chrome?: ExtensionApi;
}

interface ExtensionApi {
  runtime: { getManifest(): { version: string } };
  i18n: { getUILanguage(): string };
}

/** The extension's version from its manifest: proves the code runs as the extension. */
export function readManifestVersion(): string {
  const globals = globalThis as unknown as ExtensionGlobals;
  return (globals.browser ?? globals.chrome)!.runtime.getManifest().version;
}

/** `i18n.getUILanguage()`: the language the extension's own strings follow. */
export function readUiLanguage(): string {
  const globals = globalThis as unknown as ExtensionGlobals;
  return (globals.browser ?? globals.chrome)!.i18n.getUILanguage();
}

/**
 * Where the extension's background runs, seen from the evaluating context:
 * 'service-worker' when evaluated in it (Chromium MV3), 'page' when an
 * extension document can reach a live background page (Firefox MV2), else 'none'.
 */
export function readBackgroundKind(): 'service-worker' | 'page' | 'none' {
  const scope = globalThis as unknown as {
    ServiceWorkerGlobalScope?: abstract new () => unknown;
    browser?: { extension?: { getBackgroundPage?(): unknown } };
  };
  if (scope.ServiceWorkerGlobalScope && globalThis instanceof scope.ServiceWorkerGlobalScope) {
    return 'service-worker';
  }
  return scope.browser?.extension?.getBackgroundPage?.() ? 'page' : 'none';
}
