// Whether a page is running its own live queue (the queue and inbox pages, useHubSession): while one is,
// the shell's background sync stays off, so a tab never holds two links to the hub.
import { useSyncExternalStore } from 'react';

type Entry = { count: number; listeners: Set<() => void> };
const entries = new WeakMap<object, Entry>();

function entryOf(store: object): Entry {
  let entry = entries.get(store);
  if (!entry) entries.set(store, (entry = { count: 0, listeners: new Set() }));
  return entry;
}

/** A page's live session on `store` (the queue store) begins; call the result when it ends. */
export function holdPageSession(store: object): () => void {
  const entry = entryOf(store);
  entry.count++;
  entry.listeners.forEach((l) => l());
  return () => {
    entry.count--;
    entry.listeners.forEach((l) => l());
  };
}

export const pageSessionActive = (store: object) => entryOf(store).count > 0;

export function usePageSessionActive(store: object): boolean {
  return useSyncExternalStore(
    (listener) => {
      const { listeners } = entryOf(store);
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => pageSessionActive(store),
  );
}
