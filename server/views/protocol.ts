// A protocol version as the API shows it (shared/schemas/protocol.ts): times as ISO strings.
import type { ProtocolVersionRow } from '../../db/schema';
import type { ProtocolVersionView } from '../../shared/schemas/protocol';

export const toProtocolView = (row: ProtocolVersionRow): ProtocolVersionView => ({
  id: row.id,
  number: row.number,
  label: row.label,
  status: row.status,
  content: row.content,
  createdBy: row.createdByName,
  createdAt: new Date(row.createdAt).toISOString(),
  signOffs: row.signOffs,
  inForceFrom: row.inForceFrom === null ? null : new Date(row.inForceFrom).toISOString(),
});
