// The routing panel's reference lists: community pharmacies, the hub's safety-netting templates, and
// the signed-off protocol in force (whether coordinators may close with self-care; its version).
import { useEffect, useState } from 'react';
import { DEFAULT_PROTOCOL } from '../../../../shared/rules/destinations';
import type { Pharmacy, SafetyNettingTemplate } from '../../api/http';
import { messageOf } from '../../api/errors';
import { useDeps } from '../../deps';

export interface HubProtocol {
  version: string;
  signedOffBy: string;
  coordinatorMaySelfCare: boolean;
}

/** Until the hub says otherwise, the stricter reading: coordinators may not close with self-care. */
const FALLBACK_PROTOCOL: HubProtocol = { version: 'in force', signedOffBy: 'the GP clinical lead', ...DEFAULT_PROTOCOL };

export interface RoutingReferences {
  pharmacies: Pharmacy[];
  templates: SafetyNettingTemplate[];
  protocol: HubProtocol;
  error: string | null;
}

export function useRoutingReferences(): RoutingReferences {
  const { api } = useDeps();
  const [refs, setRefs] = useState<RoutingReferences>({ pharmacies: [], templates: [], protocol: FALLBACK_PROTOCOL, error: null });

  useEffect(() => {
    let current = true;
    const update = (patch: Partial<RoutingReferences>) => current && setRefs((r) => ({ ...r, ...patch }));
    api.pharmacies().then(
      (pharmacies) => update({ pharmacies }),
      (error: unknown) => update({ error: `The pharmacy list could not be loaded: ${messageOf(error)}` }),
    );
    api.safetyNettingTemplates().then(
      (templates) => update({ templates }),
      () => update({ templates: [] }),
    );
    // The client learns the protocol in force from the liability matrix, which carries it.
    api.liabilityMatrix().then(
      ({ protocol }) =>
        update({
          protocol: {
            version: protocol.version,
            signedOffBy: protocol.signedOffBy,
            coordinatorMaySelfCare: (protocol as { coordinatorMaySelfCare?: unknown }).coordinatorMaySelfCare === true,
          },
        }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  return refs;
}
