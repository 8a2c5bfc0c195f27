// Decline, hand back or escalate: each needs a reason in the clinician's words before it is sent.
import type { FormEvent } from 'react';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { ErrorBanner } from '../../components/ErrorBanner';
import { TextAreaField } from '../../components/TextAreaField';
import { useReasonInput } from '../../components/useReasonInput';

export type ReasonTask = 'decline' | 'hand_back' | 'escalate';

const WORDS: Record<ReasonTask, { heading: string; label: string; hint: string; submit: string }> = {
  decline: {
    heading: 'Decline the offer',
    label: 'Why are you declining it?',
    hint: 'It goes back to the hub queue, marked with your reason.',
    submit: 'Decline the offer',
  },
  hand_back: {
    heading: 'Hand back to the hub queue',
    label: 'Why are you handing it back?',
    hint: 'The hub duty clinician becomes accountable again until someone else takes it on.',
    submit: 'Hand it back',
  },
  escalate: {
    heading: 'Escalate to the duty clinician',
    label: 'Why does the duty clinician need to see it?',
    hint: 'You stay accountable until the duty clinician accepts.',
    submit: 'Send to the duty clinician',
  },
};

interface Props {
  task: ReasonTask;
  busy: boolean;
  error: string | null;
  onSubmit(reason: string): void;
  onCancel(): void;
}

export function ReasonForm({ task, busy, error, onSubmit, onCancel }: Props) {
  const words = WORDS[task];
  const { reason, setReason, headingRef, shown, take } = useReasonInput('task-reason', task);

  function submit(event: FormEvent) {
    event.preventDefault();
    const given = take();
    if (given !== undefined && !busy) onSubmit(given);
  }

  return (
    <section className="task-form" aria-labelledby="task-heading">
      <h3 id="task-heading" tabIndex={-1} ref={headingRef}>
        {words.heading}
      </h3>
      <form onSubmit={submit} noValidate aria-labelledby="task-heading">
        <TextAreaField id="task-reason" label={words.label} hint={words.hint} value={reason} onChange={setReason} error={shown} />
        {error && <ErrorBanner message={error} />}
        <SubmitOrCancel submit={words.submit} busy={busy} onCancel={onCancel} />
      </form>
    </section>
  );
}
