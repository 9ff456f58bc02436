/**
 * Did the user cause this event, rather than a page script (`dispatchEvent`,
 * `element.click()`)? Page scripts share the DOM with us, so without this a
 * page could open, close or press the buttons of our card. Browsers always
 * set `isTrusted`; DOM emulations that leave it undefined (happy-dom) count
 * as the user, so unit tests can drive the card with synthetic events.
 */
export function isFromUser(event: Pick<Event, 'isTrusted'>): boolean {
  return event.isTrusted !== false;
}
