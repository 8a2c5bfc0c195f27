// The routing panel's message to the patient: the destination's template filled in with the chosen
// pharmacy or pathway and the safety-netting advice, as the hub will send it (docs/messaging.md).
import { carriesSafetyNetting, needsSafetyNet } from '../../../../shared/rules/patientMessages';
import type { ConsultationDetail } from '../../../../shared/schemas/api';
import type { Destination } from '../../../../shared/schemas/domain';
import type { Pharmacy } from '../../api/http';
import { useMessagePreview } from '../messages/useMessagePreview';
import type { RoutingForm } from './routingForm';

/** The preview for the form as it stands; null until a destination is chosen. */
export function useRoutingMessage(detail: ConsultationDetail, form: RoutingForm, pharmacy: Pharmacy | undefined) {
  const destination: Destination | null = form.destination;
  return useMessagePreview({
    detail,
    pick: (t) => (destination ? t.patientMessageTemplates[destination] : undefined),
    context: {
      ...(pharmacy && (destination === 'pharmacy_first' || destination === 'pharmacy_minor_illness') ? { pharmacy } : {}),
      ...(destination === 'self_referral' && form.pathway ? { pathway: form.pathway } : {}),
    },
    safetyNetting: destination && carriesSafetyNetting(destination) ? form.safetyNetting : undefined,
    needsSafetyNet: destination ? needsSafetyNet(destination) : true,
    edit: form.patientMessage,
  });
}
