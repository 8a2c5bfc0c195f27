// Every version of the protocol, newest first: its status, who signed it off and when it came into force.
import type { ProtocolVersionView } from '../../api/http';
import { signOffWords, STATUS_WORDS } from './protocolWords';

export function ProtocolVersionList({ versions }: { versions: ProtocolVersionView[] }) {
  return (
    <table className="protocol-versions">
      <caption>Protocol versions</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Status</th>
          <th scope="col">Signed off by</th>
          <th scope="col">In force from</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id}>
            <th scope="row">{v.label}</th>
            <td>{STATUS_WORDS[v.status]}</td>
            <td>{signOffWords(v)}</td>
            <td>{v.inForceFrom ? new Date(v.inForceFrom).toLocaleString('en-GB', { timeZone: 'Europe/London' }) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
