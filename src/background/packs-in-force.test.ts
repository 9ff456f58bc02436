import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { essayPack } from '../core/packs/essay-pack';
import { tinyPack } from '../core/packs/tiny-pack.fixture';
import {
  patchSubscription,
  saveCopy,
  setBundledEnabled,
  updateSubscriptions,
} from '../shared/pack-store';
import { watchPacksInForce, type PacksInForce } from './packs-in-force';

const A = 'https://a.example/pack.json';

describe('the packs in force', () => {
  const onChange = vi.fn();
  let packs: PacksInForce;

  beforeEach(async () => {
    fakeBrowser.reset();
    onChange.mockClear();
    packs = watchPacksInForce(() => [essayPack], onChange);
  });
  afterEach(() => packs.stop());

  it('are the bundled pack alone at first', async () => {
    expect((await packs.merged()).packs).toEqual([essayPack]);
  });

  it('take in a subscription’s copy and say so', async () => {
    await updateSubscriptions(() => [{ url: A, enabled: true, added: 0, failures: 0 }]);
    await saveCopy(A, tinyPack(), 5);
    expect((await packs.merged()).packs.map((p) => p.id)).toEqual(['essay', 'tiny']);
    expect(onChange).toHaveBeenCalled();
  });

  it('do not change when only a subscription’s last check changes', async () => {
    await updateSubscriptions(() => [{ url: A, enabled: true, added: 0, failures: 0 }]);
    onChange.mockClear();
    await patchSubscription(A, (s) => ({ ...s, lastChecked: 9 }));
    expect(onChange).not.toHaveBeenCalled();
    await patchSubscription(A, (s) => ({ ...s, enabled: false }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('drop the bundled pack’s myths when it is switched off, and survive a damaged copy', async () => {
    await updateSubscriptions(() => [{ url: A, enabled: true, added: 0, failures: 0 }]);
    await fakeBrowser.storage.local.set({
      [`packCopy:${A}`]: { pack: { junk: true }, savedAt: 1 },
    });
    await setBundledEnabled('essay', false);
    const merged = await packs.merged();
    expect(merged.packs).toEqual([]);
    expect(merged.sources[0]?.myths).toEqual([]);
  });
});
