// The admin's calls for member practices and pharmacies (docs/api.md, docs/admin.md), on the one fetch
// wrapper of http.ts. A key arrives only in the answer to its creation, and is never fetched again.
import { z } from 'zod';
import {
  adminPharmaciesAnswerSchema,
  adminPharmacySchema,
  adminPracticeSchema,
  adminPracticesAnswerSchema,
  newKeyAnswerSchema,
  type AddPharmacyBody,
  type AddPracticeBody,
  type AdminPharmacy,
  type AdminPractice,
  type EditPharmacyBody,
  type EditPracticeBody,
  type NewKeyAnswer,
} from '../../../shared/schemas/adminOrganisations';

export type Call = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, schema: z.ZodType<T>, body?: unknown) => Promise<T>;
export type { AdminPharmacy, AdminPractice, NewKeyAnswer };

export interface OrganisationsApi {
  practices(): Promise<AdminPractice[]>;
  addPractice(body: AddPracticeBody): Promise<AdminPractice>;
  editPractice(ods: string, body: EditPracticeBody): Promise<AdminPractice>;
  /** Registered patients, or null to clear (PUT /api/admin/practices/:ods/list-size). */
  setListSize(ods: string, listSize: number | null): Promise<void>;
  /** Creates or replaces the practice's intake key: the answer is the only place the key appears. */
  rotateIntakeKey(ods: string): Promise<NewKeyAnswer>;
  pharmacies(): Promise<AdminPharmacy[]>;
  addPharmacy(body: AddPharmacyBody): Promise<AdminPharmacy>;
  editPharmacy(ods: string, body: EditPharmacyBody): Promise<AdminPharmacy>;
  rotateIntegrationKey(ods: string): Promise<NewKeyAnswer>;
}

const practiceReply = z.object({ practice: adminPracticeSchema });
const pharmacyReply = z.object({ pharmacy: adminPharmacySchema });
const at = (ods: string) => encodeURIComponent(ods);

export function organisationsApi(call: Call): OrganisationsApi {
  return {
    practices: async () => (await call('GET', '/admin/practices', adminPracticesAnswerSchema)).practices,
    addPractice: async (body) => (await call('POST', '/admin/practices', practiceReply, body)).practice,
    editPractice: async (ods, body) => (await call('PATCH', `/admin/practices/${at(ods)}`, practiceReply, body)).practice,
    setListSize: async (ods, listSize) => {
      await call('PUT', `/admin/practices/${at(ods)}/list-size`, z.unknown(), { listSize });
    },
    rotateIntakeKey: (ods) => call('POST', `/admin/practices/${at(ods)}/intake-key`, newKeyAnswerSchema, {}),
    pharmacies: async () => (await call('GET', '/admin/pharmacies', adminPharmaciesAnswerSchema)).pharmacies,
    addPharmacy: async (body) => (await call('POST', '/admin/pharmacies', pharmacyReply, body)).pharmacy,
    editPharmacy: async (ods, body) => (await call('PATCH', `/admin/pharmacies/${at(ods)}`, pharmacyReply, body)).pharmacy,
    rotateIntegrationKey: (ods) => call('POST', `/admin/pharmacies/${at(ods)}/integration-key`, newKeyAnswerSchema, {}),
  };
}
