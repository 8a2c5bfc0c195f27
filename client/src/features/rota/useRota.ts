// The rota over the next 14 days, the clinicians who may be put on it (for those who keep it), and a
// refetch whenever the hub says the rota changed (socket `notice` with topic 'rota').
import { useCallback, useEffect, useState } from 'react';
import { isClinician } from '../../../../shared/schemas/domain';
import { messageOf } from '../../api/errors';
import { useNotices } from '../../api/useNotices';
import type { RotaReply, StaffRef } from '../../api/http';
import { dutyStoreOf, useDeps } from '../../deps';

export function useRota(mayEdit: boolean) {
  const deps = useDeps();
  const { api } = deps;
  const [rota, setRota] = useState<RotaReply | null>(null);
  const [clinicians, setClinicians] = useState<StaffRef[]>([]);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const reply = await api.rota();
      setRota(reply);
      setError(null);
      dutyStoreOf(deps).getState().set(reply.onDuty);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, [api, deps]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useNotices(['rota'], () => void reload());

  useEffect(() => {
    if (!mayEdit) return;
    api.staff().then(
      (staff) => setClinicians(staff.filter((s) => isClinician(s.roles))),
      (failure: unknown) => setError(messageOf(failure)),
    );
  }, [api, mayEdit]);

  return { rota, clinicians, error, setError, reload };
}
