// Hub settings an admin edits (hours, closures, SLA policy, claim lease, protocol, safety-netting templates),
// bounded to what a hub can mean. The server validates and stores them; the client reads the same shape.
import { z } from 'zod';
import { DEFAULT_HUB_CALENDAR, DEFAULT_SLA_POLICY, hubCalendarSchema, slaPolicySchema } from '../time/hubCalendar';

const MAX_TEMPLATES = 100;

export const safetyNettingTemplateSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,40}$/, 'expected a short id of lower-case letters, digits, _ or -'),
  title: z.string().trim().min(1).max(120),
  // Long enough for a full leaflet paragraph, short enough to read aloud to a patient on the phone.
  text: z.string().trim().min(20).max(4000),
});
export type SafetyNettingTemplate = z.infer<typeof safetyNettingTemplateSchema>;

/** Starting templates; the hub edits its own, signed off with the protocol. */
const DEFAULT_TEMPLATES: SafetyNettingTemplate[] = [
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

const DEFAULT_PROTOCOL = { version: 'CN v3', signedOffBy: 'the GP clinical lead', coordinatorMaySelfCare: false };

export const hubProtocolSchema = z.object({
  version: z.string().trim().min(1).max(40).default(DEFAULT_PROTOCOL.version),
  signedOffBy: z.string().trim().min(1).max(120).default(DEFAULT_PROTOCOL.signedOffBy),
  coordinatorMaySelfCare: z.boolean().default(DEFAULT_PROTOCOL.coordinatorMaySelfCare),
});
export type HubProtocol = z.infer<typeof hubProtocolSchema>;

export const hubSettingsSchema = z.object({
  calendar: hubCalendarSchema.default(DEFAULT_HUB_CALENDAR),
  sla: slaPolicySchema.default(DEFAULT_SLA_POLICY),
  /** A claim lapses after this long without activity from its holder: a minute to two hours. */
  leaseMinutes: z.number().int().min(1).max(120).default(10),
  safetyNettingTemplates: z
    .array(safetyNettingTemplateSchema)
    .max(MAX_TEMPLATES, `at most ${MAX_TEMPLATES} templates`)
    // The routing panel picks a template by id; two with one id would make the choice ambiguous.
    .refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'two templates share an id')
    .default(DEFAULT_TEMPLATES),
  protocol: hubProtocolSchema.default(DEFAULT_PROTOCOL),
});
export type HubSettings = z.infer<typeof hubSettingsSchema>;

/** GET /api/hub: the settings in force that every signed-in user may read (no templates: they have their own list). */
export const hubSettingsViewSchema = hubSettingsSchema.pick({ calendar: true, sla: true, protocol: true, leaseMinutes: true });
export type HubSettingsView = z.infer<typeof hubSettingsViewSchema>;
