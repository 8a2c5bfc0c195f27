// The clinician task actor, started by the inbox page, for the controls in the detail pane.
import { useActorRef } from '@xstate/react';
import { createContext, useContext, useMemo } from 'react';
import { fromPromise, type ActorRefFrom } from 'xstate';
import { useDeps } from '../../deps';
import { clinicianTasksMachine, type ClinicianTasksMachine } from '../../machines/clinicianTasks';
import type { WorkstationRef } from '../queue/workstationContext';
import { acceptOffer, submitTask } from './clinicianTaskCalls';

export type ClinicianTasksRef = ActorRefFrom<ClinicianTasksMachine>;

/** Null outside the inbox: the detail pane then shows no clinician controls. */
export const ClinicianTasksContext = createContext<ClinicianTasksRef | null>(null);
export const useClinicianTasksRef = () => useContext(ClinicianTasksContext);

export function useClinicianTasksActor(workstation: WorkstationRef): ClinicianTasksRef {
  const deps = useDeps();
  const machine = useMemo(
    () =>
      clinicianTasksMachine.provide({
        actors: {
          accept: fromPromise(({ input }) => acceptOffer(deps, input.handoffId)),
          submit: fromPromise(({ input }) => submitTask(deps, input.id, input.body)),
        },
        actions: { closePane: () => workstation.send({ type: 'CLOSE' }) },
      }),
    [deps, workstation],
  );
  return useActorRef(machine);
}
