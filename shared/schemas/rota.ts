// The duty clinician rota on the wire (docs/rota.md): a session is the morning or afternoon of a
// hub-local date; the rota names who is duty clinician in each, and lists the gaps ahead.
import { z } from 'zod';
import { roleSchema } from './domain';

export const ROTA_SESSIONS = ['morning', 'afternoon'] as const;
export const rotaSessionSchema = z.enum(ROTA_SESSIONS);
export type RotaSession = z.infer<typeof rotaSessionSchema>;

/** A real calendar date (zod's ISO date checks days per month and leap years): 2027-02-30 is refused. */
export const rotaDateSchema = z.iso.date('expected a real calendar date YYYY-MM-DD');

export const rotaSlotKeySchema = z.object({ date: rotaDateSchema, session: rotaSessionSchema });
export const assignRotaSchema = rotaSlotKeySchema.extend({ clinicianId: z.number().int().positive() }).strict();
export type AssignRota = z.infer<typeof assignRotaSchema>;
export const clearRotaSchema = rotaSlotKeySchema.strict();

/** GET /api/rota: at most a quarter (92 days) in one answer; gaps are looked for over the next `days` days. */
export const MAX_ROTA_RANGE_DAYS = 92;
export const DEFAULT_GAP_DAYS = 14;
export const rotaQuerySchema = z.object({
  from: rotaDateSchema.optional(),
  to: rotaDateSchema.optional(),
  days: z.coerce.number().int().min(1).max(MAX_ROTA_RANGE_DAYS).optional(),
});

const personRefSchema = z.object({ id: z.number().int(), name: z.string() });

export const rotaSlotSchema = z.object({
  date: z.string(),
  session: rotaSessionSchema,
  /** "Thu 26 Nov morning" */
  label: z.string(),
  /** Whether the hub opens in this session at all; a closed session needs nobody. */
  open: z.boolean(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  clinician: personRefSchema.nullable(),
  assignedBy: personRefSchema.nullable(),
  assignedAt: z.string().nullable(),
});
export type RotaSlot = z.infer<typeof rotaSlotSchema>;

export const rotaGapSchema = z.object({ date: z.string(), session: rotaSessionSchema, label: z.string() });
export type RotaGap = z.infer<typeof rotaGapSchema>;

export const onDutySchema = z.object({ clinician: personRefSchema, date: z.string(), session: rotaSessionSchema, label: z.string() });
export type OnDuty = z.infer<typeof onDutySchema>;

export const rotaReplySchema = z.object({
  today: z.string(),
  from: z.string(),
  to: z.string(),
  /** The duty clinician in force now, if any: the client lets them answer duty offers. */
  onDuty: onDutySchema.nullable(),
  slots: z.array(rotaSlotSchema),
  gaps: z.array(rotaGapSchema),
});
export type RotaReply = z.infer<typeof rotaReplySchema>;

/** GET /api/staff: active hub staff, for the rota's clinician select and the lead's reassign. */
export const staffRefSchema = z.object({ id: z.number().int(), name: z.string(), roles: z.array(roleSchema) });
export type StaffRef = z.infer<typeof staffRefSchema>;
export const staffListSchema = z.object({ staff: z.array(staffRefSchema) });
