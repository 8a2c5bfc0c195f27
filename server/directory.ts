// Names the hub shows beside ids (staff, practices), cached in memory: they change rarely and
// the queue view looks them up thousands of times per snapshot.
import type { HubDatabase } from '../db/open';

export function createDirectory(db: HubDatabase) {
  let staffNames = new Map<number, string>();
  let practiceNames = new Map<string, string>();
  let generation = 0;
  const refresh = () => {
    generation++;
    staffNames = new Map(db.q.staff.all().map((s) => [s.id, s.name]));
    practiceNames = new Map(db.q.practices.all().map((p) => [p.ods, p.name]));
  };
  refresh();
  return {
    refresh,
    /** Changes whenever the names are reloaded, so caches of rendered names know to drop them. */
    generation: () => generation,
    staffName: (id: number) => {
      if (!staffNames.has(id)) refresh();
      return staffNames.get(id) ?? `staff #${id}`;
    },
    practiceName: (ods: string) => {
      if (!practiceNames.has(ods)) refresh();
      return practiceNames.get(ods) ?? ods;
    },
  };
}

export type Directory = ReturnType<typeof createDirectory>;
