// Hub settings in force: hours, SLA policy, claim lease and the signed-off protocol.
// The schema is shared (shared/schemas/settings.ts); here the server decides what to run on at start.
import { checkSettings } from '../shared/rules/hubSettings';
import { hubSettingsSchema, type HubSettings } from '../shared/schemas/settings';

export { hubSettingsSchema, type HubSettings };

/**
 * The stored settings, or the defaults when none are stored or the stored ones fail today's bounds or
 * rules (an older hub accepted values that stall the SLA clock). Starting on the defaults keeps intake and
 * hand-offs working; `refused` says why, for the log, until an admin saves settings again.
 */
export function settingsToRunOn(stored: unknown, now: Date): { settings: HubSettings; refused?: string } {
  const defaults = hubSettingsSchema.parse({});
  if (stored === undefined || stored === null) return { settings: defaults };
  const parsed = hubSettingsSchema.safeParse(stored);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { settings: defaults, refused: `${issue.path.join('.')}: ${issue.message}` };
  }
  const verdict = checkSettings(parsed.data, now);
  return verdict.ok ? { settings: parsed.data } : { settings: defaults, refused: verdict.message };
}
