// Each open request's queue item, serialised once per version. A snapshot of 10,000 requests is
// then a join of cached strings rather than 10,000 rows rebuilt; a change replaces one entry.
import { FINAL_STATUSES } from '../../shared/schemas/domain';
import type { QueueItem } from '../../shared/schemas/api';
import type { Directory } from '../directory';

export function createItemCache(directory: Directory) {
  const entries = new Map<number, { version: number; json: string }>();
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
      else entries.set(item.id, { version: item.version, json: JSON.stringify(item) });
      return item;
    },
    json(id: number, version: number): string | undefined {
      fresh();
      const entry = entries.get(id);
      return entry?.version === version ? entry.json : undefined;
    },
    size: () => entries.size,
  };
}

export type ItemCache = ReturnType<typeof createItemCache>;
