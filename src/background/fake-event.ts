/** A browser event for tests of APIs the fake browser lacks (menus, commands): listeners plus `fire`. */
export interface FakeEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => void): void;
  removeListener(listener: (...args: A) => void): void;
  fire(...args: A): void;
  listenerCount(): number;
}

/** Creates a `FakeEvent`; only tests use it. */
export function fakeEvent<A extends unknown[]>(): FakeEvent<A> {
  const listeners = new Set<(...args: A) => void>();
  return {
    addListener: (listener) => void listeners.add(listener),
    removeListener: (listener) => void listeners.delete(listener),
    fire: (...args) => listeners.forEach((listener) => listener(...args)),
    listenerCount: () => listeners.size,
  };
}
