// The routing panel: decision support, every destination checked by the shared rules, what the
// destination needs, the reason, the message the patient will get, a preview of who will be responsible,
// then confirm. The refusal the hub would give shows before submit; a refusal from the hub itself (422, 409) shows too.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { checkDestination, checkRoute, mayRoute } from '../../../../shared/rules/destinations';
import { suggestDestinations } from '../../../../shared/rules/suggestions';
import type { ConsultationDetail, User } from '../../../../shared/schemas/api';
import { DESTINATIONS, type Destination } from '../../../../shared/schemas/domain';
import type { HandoffInput } from '../../../../shared/schemas/handoff';
import type { PatientMessageEdit } from '../../api/http';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { MessagePreview, messageFieldId } from '../messages/MessagePreview';
import { patientMessageEditOf } from '../messages/messagePreview';
import { DestinationChoice } from './DestinationChoice';
import { DestinationDetails } from './DestinationDetails';
import { ReasonFields } from './ReasonFields';
import { ResponsibilityPreview } from './ResponsibilityPreview';
import { responsibilityPreview } from './responsibilityText';
import { EMPTY_FORM, applySuggestion, detailsForRules, fieldErrorsOf, followsFirstSuggestion, handoffInputOf, type RoutingForm } from './routingForm';
import { SuggestionList } from './SuggestionList';
import { useRoutingMessage } from './useRoutingMessage';
import { useRoutingReferences } from './useRoutingReferences';

interface Props {
  detail: ConsultationDetail;
  user: User;
  busy: boolean;
  /** The hub's own refusal of the last attempt, in its words. */
  serverError: string | null;
  /** Its code: a refused message to the patient (MESSAGE_NOT_ALLOWED) shows by the message. */
  serverErrorCode?: string | null;
  onSubmit(body: HandoffInput & PatientMessageEdit): void;
  onCancel(): void;
}

export function RoutingPanel({ detail, user, busy, serverError, serverErrorCode, onSubmit, onCancel }: Props) {
  const refs = useRoutingReferences();
  const [form, setForm] = useState<RoutingForm>(EMPTY_FORM);
  const [attempted, setAttempted] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const update = (patch: Partial<RoutingForm>) => setForm((f) => ({ ...f, ...patch }));

  const { kind, redFlags, submittedAt, text, answers } = detail;
  const { birthDate, sex } = detail.patient;
  const consultation = useMemo(() => ({ kind, redFlags, submittedAt, patient: { birthDate, sex } }), [kind, redFlags, submittedAt, birthDate, sex]);
  const { coordinatorMaySelfCare, closedToCoordinators, suggestionRulesOff: rulesOff } = refs.protocol;
  const protocol = { coordinatorMaySelfCare, closedToCoordinators };
  // The protocol in force decides which rules suggest, and a destination it closes to this user is not suggested.
  const suggestions = useMemo(
    () =>
      suggestDestinations({ ...consultation, text, answers, actorRoles: user.roles, rulesOff }).filter((s) =>
        mayRoute(user.roles, s.destination, { coordinatorMaySelfCare, closedToCoordinators }),
      ),
    [consultation, text, answers, user.roles, rulesOff, coordinatorMaySelfCare, closedToCoordinators],
  );
  const verdicts = Object.fromEntries(
    DESTINATIONS.map((destination) => [destination, checkDestination({ actorRoles: user.roles, destination, consultation, protocol })]),
  ) as Record<Destination, ReturnType<typeof checkDestination>>;

  const pharmacy = refs.pharmacies.find((p) => p.ods === form.pharmacyOds);
  const details = form.destination ? detailsForRules(form, form.destination, consultation) : null;
  const verdict = details
    ? checkRoute({ actorRoles: user.roles, destination: details.destination, consultation, details, pharmacy, protocol })
    : form.destination && verdicts[form.destination];
  const refusal = verdict && !verdict.ok ? verdict.message : null;
  const errors = fieldErrorsOf(form, consultation);
  const preview = details && !refusal ? responsibilityPreview(user, detail, details, pharmacy, refs.protocol, refs.sla) : null;
  const message = useRoutingMessage(detail, form, pharmacy);
  const editing = form.patientMessage !== null;
  const messageRefused = serverErrorCode === 'MESSAGE_NOT_ALLOWED' ? serverError : null;
  // An edit is checked as it is typed; the template's own text once the rest of the form is complete
  // (before then its pharmacy or pathway may still be a {placeholder}).
  const messageVerdict = message.preview?.verdict;
  const messageProblem =
    messageVerdict && !messageVerdict.ok && (editing || Object.keys(errors).length === 0) ? messageVerdict.message : undefined;
  const messageError = (editing || attempted ? messageProblem : undefined) ?? messageRefused ?? undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (busy || refusal) return;
    if (Object.keys(errors).length > 0) {
      // Focus moves to the first field in trouble, whose error is tied to it.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.routing-panel [aria-invalid="true"]')?.focus());
      return;
    }
    if (messageProblem) return document.getElementById(messageFieldId('route', editing))?.focus();
    onSubmit({ ...handoffInputOf(form, consultation, detail.version, followsFirstSuggestion(form, suggestions)), ...patientMessageEditOf(message.preview) });
  }

  const shown = attempted ? errors : {};
  return (
    <section className="routing-panel" aria-labelledby="routing-heading">
      <h3 id="routing-heading" tabIndex={-1} ref={headingRef}>
        Route this request
      </h3>
      <SuggestionList suggestions={suggestions} onChoose={(s) => setForm((f) => applySuggestion(f, s))} />
      {refs.error && <p className="hint">{refs.error}</p>}
      <form onSubmit={submit} noValidate aria-labelledby="routing-heading">
        <DestinationChoice value={form.destination} verdicts={verdicts} error={shown.destination} onChange={(destination) => update({ destination, patientMessage: null })} />
        <DestinationDetails form={form} errors={shown} update={update} pharmacies={refs.pharmacies} templates={refs.templates} asked={consultation} />
        <ReasonFields form={form} errors={shown} update={update} />
        <div className="field">
          <label htmlFor="route-note">Note for whoever receives it (optional)</label>
          <textarea id="route-note" rows={2} value={form.note} onChange={(e) => update({ note: e.target.value })} />
        </div>
        <div className="rule-verdict" aria-live="polite">
          {refusal && (
            <p id="route-refusal" className="rule-refusal">
              <span className="banner-icon" aria-hidden="true">✕ </span>
              <strong>The hub would refuse this: </strong>
              {refusal}
            </p>
          )}
        </div>
        {form.destination && (
          <MessagePreview
            idPrefix="route"
            preview={message.preview}
            loadError={message.loadError}
            editing={editing}
            error={messageError}
            onEdit={(patientMessage) => update({ patientMessage })}
          />
        )}
        {preview && <ResponsibilityPreview text={preview} />}
        {serverError && !messageRefused && <ErrorBanner message={serverError} />}
        <div className="button-row">
          <Button type="submit" variant="primary" disabled={busy || refusal !== null} aria-busy={busy} aria-describedby={refusal ? 'route-refusal' : undefined}>
            {busy ? 'Routing…' : 'Confirm route'}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            Back to the request
          </Button>
        </div>
      </form>
    </section>
  );
}
