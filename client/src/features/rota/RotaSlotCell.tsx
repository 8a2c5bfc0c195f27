// One session of the rota: who is on duty, and for the lead or an admin a select to change it while
// the session has not ended (changing the rota never rewrites the past).
import type { RotaSlot, StaffRef } from '../../api/http';

interface Props {
  slot: RotaSlot;
  editable: boolean;
  clinicians: StaffRef[];
  busy: boolean;
  onChange(slot: RotaSlot, clinicianId: number | null): void;
}

export function RotaSlotCell({ slot, editable, clinicians, busy, onChange }: Props) {
  if (!slot.open) return <td className="rota-closed">Hub closed</td>;
  const gap = slot.clinician === null;
  if (!editable) return <td className={gap ? 'rota-gap' : undefined}>{slot.clinician?.name ?? 'Nobody on duty'}</td>;
  // Someone no longer listed (made inactive) still shows, so the select says what the rota holds.
  const options = slot.clinician && !clinicians.some((c) => c.id === slot.clinician!.id) ? [...clinicians, { ...slot.clinician, roles: [] }] : clinicians;
  return (
    <td className={gap ? 'rota-gap' : undefined}>
      <select
        aria-label={`Duty clinician for ${slot.label}`}
        value={slot.clinician?.id ?? ''}
        disabled={busy}
        onChange={(e) => onChange(slot, e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">Nobody on duty</option>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </td>
  );
}
