// The routing panel's reference lists: community pharmacies, the hub's safety-netting templates, and
// the signed-off protocol in force (whether coordinators may close with self-care; its version), which
// comes from the hub's settings (GET /api/hub, loaded after sign-in) with the SLA policy beside it.
import { useEffect, useState } from 'react';
import type { HubProtocol, Pharmacy, SafetyNettingTemplate } from '../../api/http';
import { messageOf } from '../../api/errors';
import { useNotices } from '../../api/useNotices';
import { useDeps, useHubSettings } from '../../deps';
import type { SlaPolicy } from '../../../../shared/time/hubCalendar';

export interface RoutingReferences {
  pharmacies: Pharmacy[];
  templates: SafetyNettingTemplate[];
  /** Until the hub answers (or if it cannot), the stricter default: coordinators may not close with self-care. */
  protocol: HubProtocol;
  /** The SLA policy in force: how long an offer or a referral may wait for an answer. */
  sla: SlaPolicy;
  error: string | null;
}

type Lists = Pick<RoutingReferences, 'pharmacies' | 'templates' | 'error'>;

export function useRoutingReferences(): RoutingReferences {
  const { api } = useDeps();
  const protocol = useHubSettings((s) => s.settings.protocol);
  const sla = useHubSettings((s) => s.settings.sla);
  const [lists, setLists] = useState<Lists>({ pharmacies: [], templates: [], error: null });
  // An admin's change to a pharmacy (added, its phone or hours) reaches an open panel: the hub's 'directory' notice.
  const [directoryChanges, setDirectoryChanges] = useState(0);
  useNotices(['directory'], () => setDirectoryChanges((n) => n + 1));

  useEffect(() => {
    let current = true;
    const update = (patch: Partial<Lists>) => current && setLists((r) => ({ ...r, ...patch }));
    api.pharmacies().then(
      (pharmacies) => update({ pharmacies }),
      (error: unknown) => update({ error: `The pharmacy list could not be loaded: ${messageOf(error)}` }),
    );
    return () => {
      current = false;
    };
  }, [api, directoryChanges]);

  useEffect(() => {
    let current = true;
    const update = (patch: Partial<Lists>) => current && setLists((r) => ({ ...r, ...patch }));
    api.safetyNettingTemplates().then(
      (templates) => update({ templates }),
      () => update({ templates: [] }),
    );
    return () => {
      current = false;
    };
  }, [api]);

  return { ...lists, protocol, sla };
}
