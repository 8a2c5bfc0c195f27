// Hub settings in force: hours, SLA policy, claim lease and the signed-off protocol.
// Stored in hub_settings so an admin can change them; defaults follow docs/product.md and docs/domain-rules.md.
import { z } from 'zod';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, hubCalendarSchema, slaPolicySchema } from '../shared/time/hubCalendar';

export const safetyNettingTemplateSchema = z.object({ id: z.string(), title: z.string(), text: z.string().min(20) });

/** Starting templates; the hub edits its own, signed off with the protocol. */
const DEFAULT_TEMPLATES = [
  {
    id: 'general',
    title: 'General worsening advice',
    text: 'If your symptoms get worse, new symptoms appear, or you are not improving in 5 days, contact your GP practice. If you feel very unwell, call NHS 111; in an emergency call 999.',
  },
  {
    id: 'sore_throat',
    title: 'Sore throat',
    text: 'Most sore throats get better in a week. Drink plenty, rest and take paracetamol or ibuprofen. Call NHS 111 or your practice if you cannot swallow fluids, have a high temperature that will not settle, or it is no better after a week. Call 999 if you have difficulty breathing.',
  },
  {
    id: 'back_pain',
    title: 'Back pain',
    text: 'Keep moving gently and take simple pain relief. Call 999 or go to A&E at once if you have numbness around your bottom or genitals, cannot control your bladder or bowels, or have weakness in both legs. Contact your practice if it is no better in 6 weeks.',
  },
  {
    id: 'mental_health',
    title: 'Low mood',
    text: 'If you feel unable to keep yourself safe, call 999 or go to A&E now. For urgent mental health help call NHS 111 and choose the mental health option, or text SHOUT to 85258. Contact your practice if things are not improving.',
  },
];

export const hubSettingsSchema = z.object({
  calendar: hubCalendarSchema.default(DEFAULT_HUB_CALENDAR),
  sla: slaPolicySchema.default(DEFAULT_SLA_POLICY),
  /** A claim lapses after this long without activity from its holder. */
  leaseMinutes: z.number().int().min(1).max(120).default(10),
  safetyNettingTemplates: z.array(safetyNettingTemplateSchema).default(DEFAULT_TEMPLATES),
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
