// A list of organisations for an admin page, fetched at first and again whenever the hub says the
// directory changed (socket `notice`, topic 'directory'), so two admins see each other's changes.
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../../api/errors';
import { useNotices } from '../../../api/useNotices';

export function useOrganisations<T>(fetchAll: () => Promise<T[]>) {
  const [rows, setRows] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setRows(await fetchAll());
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [fetchAll]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useNotices(['directory'], () => void reload());

  return { rows, error, setError, reload };
}
