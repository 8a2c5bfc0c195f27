// Raises an alert for each red flag that arrives in the live queue (and, for the clinical lead, each one
// escalated because the duty clinician had not accepted it in time), beeps when this user asked for sound,
// and shows the number of alerts in the tab's title. Nothing here moves the keyboard focus.
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { User } from '../../../../shared/schemas/api';
import { useDeps } from '../../deps';
import { beep, soundIsOn } from './alertSound';
import { createAlertStore } from './alertStore';

export function useRedFlagAlerts(user: User) {
  const deps = useDeps();
  const [alerts] = useState(createAlertStore);
  const escalations = user.roles.includes('lead');

  useEffect(() => {
    const look = () => {
      const state = deps.queue.getState();
      if (state.status !== 'ready') return;
      const raised = alerts.getState().observe(Object.values(state.items), { escalations });
      if (raised.length > 0 && soundIsOn(user.id)) beep();
    };
    look();
    return deps.queue.subscribe(look);
  }, [deps, alerts, escalations, user.id]);

  const showing = useStore(alerts, (s) => s.alerts);
  useEffect(() => {
    const base = document.title.replace(/^\(\d+\) /, '') || 'e-hub';
    document.title = showing.length > 0 ? `(${showing.length}) ${base}` : base;
    return () => {
      document.title = base;
    };
  }, [showing.length]);

  return { alerts: showing, dismiss: alerts.getState().dismiss };
}
