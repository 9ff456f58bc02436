import { browser } from 'wxt/browser';

/** The one alarm that keeps subscriptions fresh. */
export const PACK_ALARM = 'hype-lens:update-packs';
/** How often it fires; each time at most one due pack is fetched. */
export const PACK_ALARM_MINUTES = 30;

/**
 * Makes sure the alarm exists (alarms outlive the MV3 worker, but not
 * every browser keeps them across a restart) and calls `onAlarm` when it
 * fires. Registers the listener synchronously; returns the function that
 * removes it.
 */
export function startPackAlarm(onAlarm: () => Promise<unknown>): () => void {
  const listener = (alarm: { name: string }) => {
    if (alarm.name === PACK_ALARM) void onAlarm();
  };
  browser.alarms.onAlarm.addListener(listener);
  void browser.alarms
    .get(PACK_ALARM)
    .then((existing) => {
      if (existing) return;
      return browser.alarms.create(PACK_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: PACK_ALARM_MINUTES,
      });
    })
    .catch((error: unknown) => console.warn('Hype Lens: no update alarm', error));
  return () => browser.alarms.onAlarm.removeListener(listener);
}
