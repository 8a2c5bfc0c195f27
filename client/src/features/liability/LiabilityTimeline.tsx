// A request's liability map for the clinical lead: responsibility over time, every hand-off and its wait,
// the messages to the patient and the contact tasks they left, and "who at…".
import { useCallback, useEffect, useId, useState } from 'react';
import { messageOf } from '../../api/errors';
import type { LiabilityMap } from '../../api/http';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useNotices } from '../../api/useNotices';
import { useDeps } from '../../deps';
import { useNow } from '../../useNow';
import { HandoffList } from './HandoffList';
import { IntervalList } from './IntervalList';
import { JourneyContactTaskList } from './JourneyContactTaskList';
import { JourneyMessageList } from './JourneyMessageList';
import { LiabilitySummary } from './LiabilitySummary';
import { ResponsibleAtForm } from './ResponsibleAtForm';
import './liability.css';

type Loaded = { map: LiabilityMap | null; error: string | null };

export function LiabilityTimeline({ consultationId, version }: { consultationId: number; version: number }) {
  const { api } = useDeps();
  const headingId = useId();
  const now = useNow(30_000);
  const [loaded, setLoaded] = useState<Loaded & { id: number } | null>(null);
  const [attempt, setAttempt] = useState(0);

  // Refetch on every new version of the request: each change may have moved responsibility.
  useEffect(() => {
    let current = true;
    api.liability(consultationId).then(
      (map) => current && setLoaded({ id: consultationId, map, error: null }),
      (error: unknown) => current && setLoaded((before) => ({ id: consultationId, map: before?.id === consultationId ? before.map : null, error: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [api, consultationId, version, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  // A delivery receipt moves responsibility without a new version of the request.
  useNotices(['messages'], retry);

  // A map kept from an earlier version stays on screen while the new one loads; another request's never does.
  const shown = loaded?.id === consultationId ? loaded : null;
  const map = shown?.map ?? null;
  return (
    <section className="liability" aria-labelledby={headingId}>
      <h3 id={headingId}>Liability map</h3>
      {!shown && (
        <p className="loading" role="status">
          Loading who was responsible…
        </p>
      )}
      {shown?.error && (
        <>
          <ErrorBanner message={`The liability map could not be loaded. ${shown.error}`} />
          <Button onClick={retry}>Try again</Button>
        </>
      )}
      {map && (
        <>
          <LiabilitySummary map={map} />
          <h4 className="liability-subhead">Responsibility over time</h4>
          <IntervalList intervals={map.intervals} now={now} />
          <h4 className="liability-subhead">Hand-offs</h4>
          <HandoffList handoffs={map.handoffs} now={now} />
          {map.messages && (
            <>
              <h4 className="liability-subhead">Messages to the patient</h4>
              <JourneyMessageList consultationId={consultationId} messages={map.messages} />
            </>
          )}
          {map.contactTasks && map.contactTasks.length > 0 && (
            <>
              <h4 className="liability-subhead">Contacting the patient</h4>
              <JourneyContactTaskList tasks={map.contactTasks} />
            </>
          )}
        </>
      )}
      <h4 className="liability-subhead">Who was responsible at…</h4>
      <ResponsibleAtForm consultationId={consultationId} />
    </section>
  );
}
