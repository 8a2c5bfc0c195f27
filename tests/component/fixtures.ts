// Queue items, details and users for component tests: a small hub with readable names.
import type { ConsultationDetail, QueueItem, User } from '../../shared/schemas/api';

export const COORDINATOR_1: User = { id: 101, name: 'Coordinator 1', username: 'coordinator1', roles: ['coordinator'], practiceOds: null };
export const COORDINATOR_2: User = { id: 102, name: 'Coordinator 2', username: 'coordinator2', roles: ['coordinator'], practiceOds: null };
export const ANP_1: User = { id: 201, name: 'Ana Nurse', username: 'anp1', roles: ['anp'], practiceOds: null };
export const ANP_2: User = { id: 202, name: 'Ben Nurse', username: 'anp2', roles: ['anp'], practiceOds: null };
export const PHARMACIST_1: User = { id: 203, name: 'Priya Pharmacist', username: 'pharmacist1', roles: ['pharmacist'], practiceOds: null };
export const LEAD_1: User = { id: 204, name: 'Dr Lee Lead', username: 'lead1', roles: ['lead'], practiceOds: null };
export const PRACTICE_1: User = { id: 301, name: 'Pat Practice', username: 'practice1', roles: ['practice'], practiceOds: 'E85001' };
export const MANAGER_1: User = { id: 401, name: 'Mo Manager', username: 'manager1', roles: ['manager'], practiceOds: null };

export const RIVERSIDE = { practiceOds: 'E85001', practiceName: 'Riverside Surgery' };
export const HILLVIEW = { practiceOds: 'E85002', practiceName: 'Hillview Practice' };

let nextId = 1;

/** A waiting request; override what the test is about. */
export function queueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  const id = overrides.id ?? nextId++;
  return {
    id,
    reference: `EH-26-${String(id).padStart(5, '0')}`,
    version: 1,
    status: 'queued',
    ...RIVERSIDE,
    patient: { initials: 'TM', age: 36, sex: 'female' },
    kind: 'clinical',
    snippet: 'Sore throat for four days, worse when I swallow.',
    redFlags: [],
    possibleRedFlags: [],
    priority: 'routine',
    submittedAt: '2026-11-24T08:00:00.000Z',
    receivedAt: '2026-11-24T08:00:00.000Z',
    sla: { firstActionDue: '2026-11-24T10:00:00.000Z', outcomeDue: '2026-11-25T08:00:00.000Z' },
    claimedBy: null,
    leaseExpiresAt: null,
    assignee: null,
    pendingDestination: null,
    pendingHandoff: null,
    firstActionAt: null,
    slaBreaches: [],
    returnedBecause: null,
    returnDetail: null,
    closedAt: null,
    outcome: null,
    updatedAt: '2026-11-24T08:00:00.000Z',
    ...overrides,
  };
}

export const redFlagged = (overrides: Partial<QueueItem> = {}) =>
  queueItem({ priority: 'red_flag', redFlags: ['chest_pain'], snippet: 'Crushing chest pain since this morning.', ...overrides });

/** The same request claimed by someone, one version on. */
export const claimedBy = (item: QueueItem, user: User, leaseExpiresAt = '2026-11-24T10:20:00.000Z'): QueueItem => ({
  ...item,
  version: item.version + 1,
  status: 'in_triage',
  claimedBy: { id: user.id, name: user.name },
  leaseExpiresAt,
});

/** The request offered to a hub team by Coordinator 1 at 09:58, hand-off #80 + id, routed (first action done). */
export function offeredTo(team: 'anp' | 'pharmacist' | 'physio' | 'duty_clinician', overrides: Partial<QueueItem> = {}): QueueItem {
  const item = queueItem({ version: 3, status: 'offered', firstActionAt: '2026-11-24T09:58:00.000Z', ...overrides });
  return {
    ...item,
    pendingDestination: team,
    pendingHandoff: {
      id: 80 + item.id,
      destination: team,
      offeredBy: 'Coordinator 1',
      offeredAt: '2026-11-24T09:58:00.000Z',
      reasonCode: 'clinical_assessment_needed',
      reasonText: 'Worse at night',
      expiresAt: '2026-11-24T10:28:00.000Z',
      escalatedAt: null,
    },
    ...overrides,
  };
}

/** The same request accepted by a clinician, one version on. */
export const acceptedBy = (item: QueueItem, user: User): QueueItem => ({
  ...item,
  version: item.version + 1,
  status: 'with_clinician',
  assignee: { id: user.id, name: user.name },
  pendingDestination: null,
  pendingHandoff: null,
});

export function detailOf(item: QueueItem): ConsultationDetail {
  return {
    ...item,
    patient: {
      ...item.patient,
      nhsNumber: '9434765919',
      givenName: 'Testy',
      familyName: 'McTestface',
      birthDate: '1990-05-17',
      phone: '07700 900123',
      email: null,
      preferredContact: 'phone',
    },
    text: 'I have had a sore throat for four days and it is getting worse when I swallow.',
    answers: { symptomArea: 'ent', duration: '4 days', severity: 'moderate' },
    attachments: [],
    redFlagScreen: null,
    outcome: null,
    closedAt: null,
  };
}

/** Tuesday 24 November 2026, 10:10 London. */
export const NOW = Date.parse('2026-11-24T10:10:00.000Z');

/** A request the screen could not settle: a possible red flag (sepsis signs, "feels hot" without a number). */
export const possiblyFlagged = (overrides: Partial<QueueItem> = {}) =>
  queueItem({ priority: 'red_flag_possible', possibleRedFlags: ['sepsis_signs'], snippet: 'She feels hot and is very sleepy.', ...overrides });

const SCREENED_TEXT = 'My chest feels tight since this morning and I feel hot and shivery. I had a seizure in 2019.';
const at = (words: string, text = SCREENED_TEXT) => ({ text: words, start: text.indexOf(words), end: text.indexOf(words) + words.length });

/**
 * The detail of a screened request: chest tightness fired definitely, "feel hot" only possibly (sepsis),
 * a yes to the breathing question fired its rule, a word in the "otherSymptoms" answer fired nothing new
 * but is marked, and the 2019 seizure was set aside as past.
 */
export function screenedDetailOf(item: QueueItem): ConsultationDetail {
  const other = 'really cannot breathe properly';
  return {
    ...detailOf(item),
    text: SCREENED_TEXT,
    answers: { breathingDifficultyNow: true, otherSymptoms: other, duration: '1 day' },
    redFlagScreen: {
      hits: [
        { ruleId: 'chest_pain', severity: 'emergency', certainty: 'definite', evidence: at('chest feels tight') },
        { ruleId: 'breathing_difficulty', severity: 'emergency', certainty: 'definite', evidence: { answer: 'breathingDifficultyNow' } },
        { ruleId: 'sepsis_signs', severity: 'emergency', certainty: 'possible', evidence: at('feel hot') },
        { ruleId: 'breathing_difficulty', severity: 'emergency', certainty: 'definite', evidence: { ...at('cannot breathe', other), field: 'otherSymptoms' } },
      ],
      setAside: [{ ruleId: 'seizure_or_collapse', evidence: at('seizure'), reason: "past: 'in 2019'" }],
    },
  };
}
