// /admin/hub (docs/admin.md, "Hub hours, SLA and lease"): opening hours and closures, SLA allowances, the
// claim lease, the idle lock and the protocol sign-offs required, saved whole. The shared schema checks the
// form before sending; the hub checks again (and that the calendar leaves every SLA computable).
import { useEffect, useState, type FormEvent } from 'react';
import { IDLE_LOCK_BOUNDS, hubSettingsSchema } from '../../../../../shared/schemas/settings';
import { messageOf } from '../../../api/errors';
import type { HubSettings } from '../../../api/http';
import { Button } from '../../../components/Button';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { useDeps } from '../../../deps';
import { fieldErrorsOf, refusalOf, type FieldErrors } from '../fieldErrors';
import { ClosuresField } from './ClosuresField';
import { NumberField } from './NumberField';
import { WeekHoursFields } from './WeekHoursFields';
import '../admin.css';

type SlaKey = 'firstActionMinutes' | 'outcomeMinutes' | 'redFlagAcceptMinutes' | 'offerExpiryMinutes' | 'externalAckMinutes';
const SLA_FIELDS: { key: SlaKey; label: string; hint: string }[] = [
  { key: 'firstActionMinutes', label: 'First action within (working minutes)', hint: 'A routing decision; at most five long working days.' },
  { key: 'outcomeMinutes', label: 'Outcome within (working minutes)', hint: 'Not shorter than the first action; at most ten long working days.' },
  { key: 'redFlagAcceptMinutes', label: 'Red flag accepted by a clinician within (working minutes)', hint: 'At most four working hours.' },
  { key: 'offerExpiryMinutes', label: 'An offer to a hub team returns after (working minutes)', hint: 'At most one long working day.' },
  { key: 'externalAckMinutes', label: 'A pharmacy referral unacknowledged comes back after (working minutes)', hint: 'At most five long working days.' },
];
const FIELDS = ['calendar', 'sla', 'leaseMinutes', 'idleLockMinutes', 'protocolSignOffsRequired'] as const;

export function HubSettingsPage() {
  const { api } = useDeps();
  const [draft, setDraft] = useState<HubSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    api.adminSettings().then(setDraft, (failure: unknown) => setFormError(`The hub’s settings could not be loaded. ${messageOf(failure)}`));
  }, [api]);

  if (!draft) return <main id="main" className="admin-page" tabIndex={-1}><h1>Hub hours, SLA and lease</h1>{formError && <ErrorBanner message={formError} />}</main>;
  const edit = (next: HubSettings) => (setDraft(next), setSaved(false));
  const setSla = (key: SlaKey, value: number) => edit({ ...draft, sla: { ...draft.sla, [key]: value } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = hubSettingsSchema.safeParse(draft);
    if (!parsed.success) return setErrors(fieldErrorsOf(parsed.error));
    setErrors({});
    setFormError(null);
    try {
      setDraft(await api.saveAdminSettings(parsed.data));
      setSaved(true);
    } catch (failure) {
      const refusal = refusalOf(failure, FIELDS);
      setErrors(refusal.fields);
      setFormError(refusal.form);
    }
  }

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <h1>Hub hours, SLA and lease</h1>
      {formError && <ErrorBanner message={formError} />}
      <form onSubmit={submit} noValidate>
        <WeekHoursFields hours={draft.calendar.hours} onChange={(hours) => edit({ ...draft, calendar: { ...draft.calendar, hours } })} errors={errors} />
        <ClosuresField closures={draft.calendar.closures} onChange={(closures) => edit({ ...draft, calendar: { ...draft.calendar, closures } })} errors={errors} />
        <fieldset className="field">
          <legend>SLA policy</legend>
          {SLA_FIELDS.map((f) => (
            <NumberField key={f.key} id={`sla-${f.key}`} label={f.label} hint={f.hint} value={draft.sla[f.key]} onChange={(v) => setSla(f.key, v)} error={errors[`sla.${f.key}`]} />
          ))}
        </fieldset>
        <NumberField id="lease" label="Claim lease (minutes)" hint="A claim lapses after this long without activity from its holder: 1 to 120." value={draft.leaseMinutes} onChange={(v) => edit({ ...draft, leaseMinutes: v })} error={errors.leaseMinutes} />
        <NumberField
          id="idle-lock"
          label="Idle lock (minutes)"
          hint={`A workstation locks, and its session ends, after this long without use: ${IDLE_LOCK_BOUNDS.min} to ${IDLE_LOCK_BOUNDS.max}.`}
          value={draft.idleLockMinutes}
          onChange={(v) => edit({ ...draft, idleLockMinutes: v })}
          error={errors.idleLockMinutes}
        />
        <fieldset className="field">
          <legend>Clinical sign-offs a protocol version needs</legend>
          {([1, 2] as const).map((n) => (
            <div key={n} className="field-check">
              <input id={`signoffs-${n}`} type="radio" name="signoffs" checked={draft.protocolSignOffsRequired === n} onChange={() => edit({ ...draft, protocolSignOffsRequired: n })} />
              <label htmlFor={`signoffs-${n}`}>{n === 1 ? 'One clinical lead' : 'Two different clinical leads'}</label>
            </div>
          ))}
        </fieldset>
        <Button type="submit" variant="primary">
          Save settings
        </Button>
        {saved && <p role="status">Saved: in force now, and every hub workstation has been told.</p>}
      </form>
    </main>
  );
}
