// One request the hub handed back to the practice: why, and accept (the practice takes responsibility) or decline.
import { useId, useState } from 'react';
import type { QueueItem } from '../../../../shared/schemas/api';
import { DESTINATION_RULES } from '../../../../shared/rules/destinations';
import { messageOf } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { RedFlagMarker } from '../../components/RedFlagMarker';
import { useDeps } from '../../deps';
import { londonDateTime } from '../../format';
import { reasonWords } from '../liability/liabilityWords';
import { DeclineForm } from './DeclineForm';
import { patientWords } from './practiceWords';

interface Props {
  item: QueueItem;
  onOpen: (id: number) => void;
  onDone: (message: string) => void;
}

export function HandedBackCard({ item, onOpen, onDone }: Props) {
  const { api, queue } = useDeps();
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const handoff = item.pendingHandoff;

  async function answer(call: () => ReturnType<typeof api.accept>, done: string) {
    setBusy(true);
    setError(null);
    try {
      const reply = await call();
      queue.getState().applyItem(reply.item);
      onDone(done);
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <li className="handed-back" data-testid={`handed-back-${item.id}`}>
      <h3 id={`${id}-title`}>
        Request {item.reference}: {patientWords(item.patient)} {item.redFlags.length > 0 && <RedFlagMarker />}
      </h3>
      <p className="snippet-full">{item.snippet}</p>
      {handoff ? (
        <dl className="facts">
          <div className="fact">
            <dt>Handed back to</dt>
            <dd>{DESTINATION_RULES[handoff.destination].label}</dd>
          </div>
          <div className="fact">
            <dt>By</dt>
            <dd>
              {handoff.offeredBy}, {londonDateTime(handoff.offeredAt)}
            </dd>
          </div>
          <div className="fact">
            <dt>Why</dt>
            <dd>
              {reasonWords(handoff.reasonCode)}
              {handoff.reasonText && <>: “{handoff.reasonText}”</>}
            </dd>
          </div>
          {handoff.expiresAt && (
            <div className="fact">
              <dt>Answer by</dt>
              <dd>{londonDateTime(handoff.expiresAt)}, or it returns to the hub as a safety-net follow-up</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="hint">The hub’s hand-off details are still arriving.</p>
      )}
      <p id={`${id}-moves`} className="moves-note">
        <strong>Responsibility moves to the practice when you accept.</strong> Until then the hub stays accountable.
      </p>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      <div className="button-row">
        <Button
          variant="primary"
          disabled={busy || !handoff}
          aria-describedby={`${id}-moves`}
          onClick={() => handoff && answer(() => api.accept(handoff.id), `Request ${item.reference} accepted: the practice is now responsible for it.`)}
        >
          Accept for the practice <span className="visually-hidden">(request {item.reference})</span>
        </Button>
        <Button disabled={busy || !handoff} aria-expanded={declining} onClick={() => setDeclining((open) => !open)}>
          Decline <span className="visually-hidden">request {item.reference}</span>
        </Button>
        <Button variant="quiet" onClick={() => onOpen(item.id)}>
          Read the request <span className="visually-hidden">{item.reference}</span>
        </Button>
      </div>
      {declining && handoff && (
        <DeclineForm
          requestId={item.id}
          busy={busy}
          onCancel={() => setDeclining(false)}
          onDecline={(reason) => answer(() => api.decline(handoff.id, reason), `Request ${item.reference} declined and returned to the hub’s triage queue.`)}
        />
      )}
    </li>
  );
}
