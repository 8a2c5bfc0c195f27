// Each open request's queue item, serialised once per version. A snapshot of 10,000 requests is
// then a join of cached strings rather than 10,000 rows rebuilt; a change replaces one entry.
// An item is serialised when a snapshot first needs it, not when it changes: a request changes
// several times (claim, route, accept…) for every snapshot that includes it.
import { FINAL_STATUSES } from '../../shared/schemas/domain';
import type { QueueItem } from '../../shared/schemas/api';
import type { Directory } from '../directory';

type Entry = { version: number; item: QueueItem; json?: undefined } | { version: number; item?: undefined; json: string };

export function createItemCache(directory: Directory) {
  const entries = new Map<number, Entry>();
  let generation = directory.generation();

  // Names in items come from the directory: when it reloads, every cached item may be stale.
  const fresh = () => {
    if (generation !== directory.generation()) {
      entries.clear();
      generation = directory.generation();
    }
  };

  return {
    /** Caches an open request's item (closed ones leave the hub queue, so they are not kept). */
    remember(item: QueueItem): QueueItem {
      fresh();
      if (FINAL_STATUSES.includes(item.status)) entries.delete(item.id);
      else entries.set(item.id, { version: item.version, item });
      return item;
    },
    json(id: number, version: number): string | undefined {
      fresh();
      const entry = entries.get(id);
      if (entry?.version !== version) return undefined;
      if (entry.json !== undefined) return entry.json;
      const json = JSON.stringify(entry.item);
      // From now on only the string is kept, as it was before an item was first asked for.
      entries.set(id, { version, json });
      return json;
    },
    size: () => entries.size,
  };
}

export type ItemCache = ReturnType<typeof createItemCache>;
