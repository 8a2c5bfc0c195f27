// The self-referral services a request may be pointed to, and how the patient refers themselves:
// the words a patient message fills in for {pathwayName} and {pathwayContact} (docs/messaging.md).
// National routes from NHS.uk; a hub whose local services differ edits its message templates.
import type { SelfReferralPathway } from '../schemas/domain';

export interface SelfReferralService {
  name: string;
  /** Where or how the patient refers themselves, in a sentence fragment: "online at …" or "by calling …". */
  howToRefer: string;
}

export const SELF_REFERRAL_SERVICES: Record<SelfReferralPathway, SelfReferralService> = {
  msk_physio: { name: 'MSK physiotherapy', howToRefer: 'online at www.nhs.uk/service-search/other-services/Physiotherapy/LocationSearch/1' },
  podiatry: { name: 'Podiatry', howToRefer: 'online at www.nhs.uk/service-search/find-a-podiatrist' },
  audiology: { name: 'Audiology', howToRefer: 'online at www.nhs.uk/service-search/find-an-audiology-service' },
  talking_therapies: { name: 'NHS Talking Therapies', howToRefer: 'online at www.nhs.uk/talk' },
  weight_management: { name: 'Weight management', howToRefer: 'online at www.nhs.uk/better-health/lose-weight' },
  falls: { name: 'Falls service', howToRefer: 'through your local council adult social care team' },
  sexual_health: { name: 'Sexual health', howToRefer: 'online at www.nhs.uk/service-search/sexual-health' },
  maternity: { name: 'Maternity', howToRefer: 'online at www.nhs.uk/pregnancy/finding-out/your-antenatal-care' },
};
