// Starts this page's workstation machine with its API calls and presence report wired to the hub.
import { useActorRef } from '@xstate/react';
import { useMemo, type RefObject } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { fromPromise } from 'xstate';
import type { HubLink } from '../../api/socket';
import { useDeps } from '../../deps';
import { workstationMachine } from '../../machines/workstation';
import { claimNextRequest, claimRequest, releaseRequest, resyncQueue, routeRequest } from './queueSync';

/** `shown`, when given, holds the rows as the page shows them: "claim next" takes the top claimable one. */
export function useWorkstationActor(link: RefObject<HubLink | null>, shown?: RefObject<QueueItem[] | null>) {
  const deps = useDeps();
  const machine = useMemo(
    () =>
      workstationMachine.provide({
        actors: {
          claim: fromPromise(({ input }) => claimRequest(deps, input.id)),
          claimNext: fromPromise(() => claimNextRequest(deps, shown?.current ? () => shown.current! : undefined)),
          renew: fromPromise(({ input }) => claimRequest(deps, input.id)),
          release: fromPromise<unknown, { id: number }>(({ input }) => releaseRequest(deps, input.id)),
          route: fromPromise(({ input }) => routeRequest(deps, input.id, input.body)),
          resync: fromPromise<unknown>(() => resyncQueue(deps, link.current)),
        },
        actions: { reportPresence: ({ context }) => link.current?.reportPresence(context.presence) },
      }),
    [deps, link, shown],
  );
  return useActorRef(machine);
}
