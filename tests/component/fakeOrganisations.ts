// The admin's organisation calls on the fake hub: empty lists, and every change unexpected unless a test sets it up.
import { vi } from 'vitest';
import { ApiError } from '../../client/src/api/errors';
import type { OrganisationsApi } from '../../client/src/api/organisations';

const unexpected = (name: string) => vi.fn(async () => Promise.reject(new ApiError('UNEXPECTED', `the test did not expect api.organisations.${name}`, 0)));

export function fakeOrganisations(overrides: Partial<OrganisationsApi> = {}): OrganisationsApi {
  return {
    practices: vi.fn<OrganisationsApi['practices']>(async () => []),
    pharmacies: vi.fn<OrganisationsApi['pharmacies']>(async () => []),
    addPractice: unexpected('addPractice'),
    editPractice: unexpected('editPractice'),
    setListSize: unexpected('setListSize'),
    rotateIntakeKey: unexpected('rotateIntakeKey'),
    addPharmacy: unexpected('addPharmacy'),
    editPharmacy: unexpected('editPharmacy'),
    rotateIntegrationKey: unexpected('rotateIntegrationKey'),
    ...overrides,
  };
}
