// Hub settings stored as one JSON document an admin edits.
import { eq } from 'drizzle-orm';
import { hubSettings } from '../schema';
import type { Orm } from '../open';

const KEY = 'hub';

export function settingsQueries(orm: Orm) {
  return {
    load: (): unknown => orm.select().from(hubSettings).where(eq(hubSettings.key, KEY)).get()?.value,
    save: (value: unknown) =>
      orm.insert(hubSettings).values({ key: KEY, value }).onConflictDoUpdate({ target: hubSettings.key, set: { value } }).run(),
  };
}
