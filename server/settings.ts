// Hub settings in force: hours, SLA policy, claim lease and the signed-off protocol.
// Stored in hub_settings so an admin can change them; defaults follow DESIGN §2.
import { z } from 'zod';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, hubCalendarSchema, slaPolicySchema } from '../shared/time/hubCalendar';

export const hubSettingsSchema = z.object({
  calendar: hubCalendarSchema.default(DEFAULT_HUB_CALENDAR),
  sla: slaPolicySchema.default(DEFAULT_SLA_POLICY),
  /** A claim lapses after this long without activity from its holder. */
  leaseMinutes: z.number().int().min(1).max(120).default(10),
  protocol: z
    .object({
      version: z.string().default('CN v3'),
      signedOffBy: z.string().default('the GP clinical lead'),
      coordinatorMaySelfCare: z.boolean().default(false),
    })
    .default({ version: 'CN v3', signedOffBy: 'the GP clinical lead', coordinatorMaySelfCare: false }),
});

export type HubSettings = z.infer<typeof hubSettingsSchema>;

export const defaultSettings = (): HubSettings => hubSettingsSchema.parse({});
