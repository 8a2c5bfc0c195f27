// Hub settings in force: hours, SLA policy, claim lease, and the care-navigation protocol version in
// force. The admin's settings are stored in hub_settings; the protocol comes from the signed-off
// version in protocol_versions (docs/protocol.md). Both are held in memory together, replaced after commit.
import { checkSettings } from '../shared/rules/hubSettings';
import { protocolSummary } from '../shared/rules/protocol';
import type { ProtocolContent, SignOff } from '../shared/schemas/protocol';
import { hubSettingsSchema, type HubProtocol, type HubSettings as StoredSettings } from '../shared/schemas/settings';

export { hubSettingsSchema, type StoredSettings };

/** The signed-off protocol every command runs under: its summary (as GET /api/hub shows it), id and content. */
export type ProtocolInForce = HubProtocol & { id: number; content: ProtocolContent; signOffs: SignOff[] };

/** What every command sees: the admin's settings and the protocol in force. */
export type HubSettings = StoredSettings & { protocol: ProtocolInForce };

export const protocolInForce = (version: { id: number; label: string; content: ProtocolContent; signOffs: SignOff[] }): ProtocolInForce => ({
  ...protocolSummary(version),
  id: version.id,
  content: version.content,
  signOffs: version.signOffs,
});

/** The admin's part of the settings in force (GET and PUT /api/admin/settings). */
export const storedPart = ({ protocol: _protocol, ...stored }: HubSettings): StoredSettings => stored;

/**
 * The stored settings, or the defaults when none are stored or the stored ones fail today's bounds or
 * rules (an older hub accepted values that stall the SLA clock). Starting on the defaults keeps intake and
 * hand-offs working; `refused` says why, for the log, until an admin saves settings again. Settings
 * stored before protocol versioning still parse: their protocol and templates are dropped here.
 */
export function settingsToRunOn(stored: unknown, now: Date): { settings: StoredSettings; refused?: string } {
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
