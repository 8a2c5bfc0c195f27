// Fetches the full request when it is opened (each open is an audited read on the hub), and lays
// the live queue copy over it so status and claim stay current without reading again.
import { useEffect, useState } from 'react';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import { messageOf } from '../../api/errors';
import { useDeps, useQueue } from '../../deps';

type Loaded = { id: number; detail: ConsultationDetail | null; error: string | null };

/** `refetchOn`: read again when this changes (e.g. the version, where the outcome text matters). */
export function useConsultation(id: number | null, refetchOn?: number) {
  const { api } = useDeps();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const live = useQueue((s) => (id === null ? undefined : s.items[id]));

  useEffect(() => {
    if (id === null) return;
    let current = true;
    api.consultation(id).then(
      (detail) => current && setLoaded({ id, detail, error: null }),
      (error: unknown) => current && setLoaded({ id, detail: null, error: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, id, refetchOn]);

  if (id === null) return { status: 'none' as const };
  if (!loaded || loaded.id !== id) return { status: 'loading' as const };
  if (!loaded.detail) return { status: 'failed' as const, error: loaded.error ?? 'The request could not be loaded.' };
  const detail: ConsultationDetail =
    live && live.version >= loaded.detail.version
      ? // The queue copy leaves out a clinician's outcome notes: keep the detail's until a newer change.
        { ...loaded.detail, ...live, patient: loaded.detail.patient, outcome: live.version === loaded.detail.version ? loaded.detail.outcome : live.outcome }
      : loaded.detail;
  return { status: 'ready' as const, detail, inQueue: live !== undefined };
}
