// What the chosen destination needs besides a reason: a Pharmacy First condition and its questions,
// a pharmacy, a self-referral pathway, safety-netting advice.
import { SELF_REFERRAL_PATHWAYS, type SelfReferralPathway } from '../../../../shared/schemas/domain';
import { FieldError, describedBy } from '../../components/FieldError';
import type { FieldsProps, ReferenceProps } from './fieldsProps';
import type { Asked } from './routingForm';
import { PATHWAY_WORDS } from './labels';
import { PharmacyFirstFields } from './PharmacyFirstFields';
import { PharmacySelect } from './PharmacySelect';
import { SafetyNettingFields } from './SafetyNettingFields';

export function DestinationDetails(props: FieldsProps & ReferenceProps & { asked: Asked }) {
  const { form, errors, update } = props;
  switch (form.destination) {
    case 'pharmacy_first':
      return <PharmacyFirstFields {...props} />;
    case 'pharmacy_minor_illness':
      return <PharmacySelect pharmacies={props.pharmacies} value={form.pharmacyOds} error={errors.pharmacyOds} onChange={(pharmacyOds) => update({ pharmacyOds })} />;
    case 'self_referral':
      return (
        <>
          <div className="field">
            <label htmlFor="route-pathway">Self-referral pathway</label>
            <select
              id="route-pathway"
              value={form.pathway}
              aria-invalid={errors.pathway ? true : undefined}
              aria-describedby={describedBy(errors.pathway && 'route-pathway-error')}
              onChange={(e) => update({ pathway: e.target.value as SelfReferralPathway | '' })}
            >
              <option value="">Choose a pathway</option>
              {SELF_REFERRAL_PATHWAYS.map((p) => (
                <option key={p} value={p}>
                  {PATHWAY_WORDS[p]}
                </option>
              ))}
            </select>
            <FieldError id="route-pathway-error" message={errors.pathway} />
          </div>
          <SafetyNettingFields {...props} />
        </>
      );
    case 'self_care':
      return <SafetyNettingFields {...props} />;
    default:
      return null;
  }
}
