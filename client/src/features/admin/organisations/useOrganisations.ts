// A list of organisations for an admin page, fetched at first and again whenever the hub says the
// directory changed (socket `notice`, topic 'directory'), so two admins see each other's changes. An
// admin's tab runs no queue link, whose notices other pages share (api/noticeBus.ts): this page opens its own.
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../../api/errors';
import { useDeps } from '../../../deps';

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
  const { connect } = useDeps();
  useEffect(() => {
    const link = connect();
    let open = true;
    link.onNotice((notice) => open && notice.topic === 'directory' && void reload());
    return () => {
      open = false;
      link.close();
    };
  }, [connect, reload]);

  return { rows, error, setError, reload };
}
