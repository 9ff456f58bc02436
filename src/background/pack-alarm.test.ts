import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PACK_ALARM, PACK_ALARM_MINUTES, startPackAlarm } from './pack-alarm';

describe('the pack alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('creates one periodic alarm, and keeps an existing one', async () => {
    const stop = startPackAlarm(async () => undefined);
    await expect
      .poll(() => fakeBrowser.alarms.get(PACK_ALARM))
      .toMatchObject({
        name: PACK_ALARM,
        periodInMinutes: PACK_ALARM_MINUTES,
      });
    const first = await fakeBrowser.alarms.get(PACK_ALARM);
    stop();
    const again = startPackAlarm(async () => undefined);
    await Promise.resolve();
    expect(await fakeBrowser.alarms.get(PACK_ALARM)).toEqual(first);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    again();
  });

  it('updates packs when its alarm fires, and not for other alarms', async () => {
    const onAlarm = vi.fn(async () => undefined);
    const stop = startPackAlarm(onAlarm);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'other', scheduledTime: 0 });
    expect(onAlarm).not.toHaveBeenCalled();
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_ALARM, scheduledTime: 0 });
    expect(onAlarm).toHaveBeenCalledTimes(1);
    stop();
    await fakeBrowser.alarms.onAlarm.trigger({ name: PACK_ALARM, scheduledTime: 0 });
    expect(onAlarm).toHaveBeenCalledTimes(1);
  });
});
