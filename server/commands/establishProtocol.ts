// At a hub's first start with protocol versions, the protocol it ran on becomes the first version in
// force: the label, signer and self-care permission that hub settings carried, and their safety-netting
// templates, or today's defaults ("CN v3"). The stored settings lose those fields (docs/protocol.md).
import { z } from 'zod';
import { DEFAULT_PROTOCOL_CONTENT, safetyNettingTemplatesSchema, type ProtocolContent } from '../../shared/schemas/protocol';
import { protocolInForce } from '../settings';
import { toProtocolView } from '../views/protocol';
import { defineOperation } from './definition';
import { protocolSubject } from './protocolDraft';

/** What hub settings held of the protocol before versioning; each part used only if it is still valid. */
const legacySchema = z.object({
  protocol: z
    .object({ version: z.string().trim().min(1).max(40), signedOffBy: z.string().trim().min(1).max(120), coordinatorMaySelfCare: z.boolean() })
    .partial()
    .optional()
    .catch(undefined),
  safetyNettingTemplates: safetyNettingTemplatesSchema.optional().catch(undefined),
});

const LEGACY_KEYS = ['protocol', 'safetyNettingTemplates'];

export const establishProtocol = defineOperation({
  name: 'protocol_established',
  senders: { system: true },
  input: z.object({}),
  perform({ db, now }) {
    const existing = db.q.protocol.inForce();
    if (existing) return { result: protocolInForce(existing), afterCommit: (hub) => hub.setProtocol(protocolInForce(existing)) };
    const stored = db.q.settings.load();
    const legacy = legacySchema.catch({}).parse(stored ?? {});
    const label = legacy.protocol?.version ?? 'CN v3';
    const content: ProtocolContent = {
      ...DEFAULT_PROTOCOL_CONTENT,
      routing: { ...DEFAULT_PROTOCOL_CONTENT.routing, coordinatorMaySelfCare: legacy.protocol?.coordinatorMaySelfCare ?? false },
      safetyNettingTemplates: legacy.safetyNettingTemplates ?? DEFAULT_PROTOCOL_CONTENT.safetyNettingTemplates,
    };
    const row = {
      number: Number(/(\d+)\s*$/.exec(label)?.[1] ?? 1),
      label,
      status: 'in_force' as const,
      content,
      createdById: 'system',
      createdByName: 'carried over from hub settings',
      createdAt: now,
      // Signed off before the hub recorded who and when: the name settings held, no date.
      signOffs: [{ staffId: null, name: legacy.protocol?.signedOffBy ?? 'the GP clinical lead', role: 'lead' as const, at: null }],
      inForceFrom: now,
    };
    const id = db.q.protocol.insert(row);
    const established = { id, ...row };
    const storedObject = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : null;
    const migrateSettings = storedObject !== null && LEGACY_KEYS.some((k) => Object.hasOwn(storedObject, k));
    if (migrateSettings) db.q.settings.save(Object.fromEntries(Object.entries(storedObject).filter(([k]) => !LEGACY_KEYS.includes(k))));
    return {
      result: protocolInForce(established),
      audit: [
        { subject: protocolSubject(row), before: null, after: toProtocolView(established), reason: 'the protocol in force when versioning began' },
        ...(migrateSettings ? [{ action: 'settings_migrated', subject: 'settings', before: { keys: Object.keys(storedObject) }, after: { removed: LEGACY_KEYS }, reason: 'protocol and templates moved to protocol versions' }] : []),
      ],
      afterCommit: (hub) => hub.setProtocol(protocolInForce(established)),
      notices: ['protocol'],
    };
  },
});
