// The care-navigation protocol (docs/protocol.md): the version in force and its sign-offs for everyone on
// the hub; for the GP clinical lead, the draft, its difference from the version in force, and sign-off.
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../../api/errors';
import { useNotices } from '../../api/useNotices';
import type { ProtocolContent, ProtocolDraft, ProtocolVersionView } from '../../api/http';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useSession } from '../../deps';
import { ProtocolDiff } from './ProtocolDiff';
import { ProtocolDraftForm } from './ProtocolDraftForm';
import { ProtocolVersionList } from './ProtocolVersionList';
import { SignOffControl } from './SignOffControl';
import { signOffWords } from './protocolWords';
import './protocol.css';

export function ProtocolPage() {
  const { api, hubSettings } = useDeps();
  const user = useSession((s) => s.user);
  const isLead = user?.roles.includes('lead') ?? false;
  const [inForce, setInForce] = useState<ProtocolVersionView | null>(null);
  const [versions, setVersions] = useState<ProtocolVersionView[]>([]);
  const [draft, setDraft] = useState<ProtocolDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [current, all, waiting] = await Promise.all([api.protocol(), api.protocolVersions(), isLead ? api.protocolDraft() : Promise.resolve(null)]);
    setInForce(current);
    setVersions(all);
    setDraft(waiting);
  }, [api, isLead]);

  useEffect(() => {
    load().catch((failure: unknown) => setError(messageOf(failure)));
  }, [load]);
  // Another lead's draft or sign-off shows here at once.
  useNotices(['protocol'], () => void load().catch((failure: unknown) => setError(messageOf(failure))));

  /** Runs a lead's command, then reads the protocol again (the hub's settings too: routing follows the version in force). */
  async function act(work: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await work();
      await load();
      void hubSettings.getState().refresh(api);
      setSaid(done);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const waiting = draft?.draft ?? null;
  return (
    <main id="main" className="protocol-page" tabIndex={-1}>
      <h1>Care-navigation protocol</h1>
      {error && <ErrorBanner message={error} onDismiss={() => setError(null)} />}
      {said && (
        <p className="notice" role="status">
          {said}
        </p>
      )}
      {!inForce && !error && <p role="status">Loading the protocol…</p>}
      {inForce && (
        <section aria-labelledby="in-force-heading">
          <h2 id="in-force-heading">In force: {inForce.label}</h2>
          <p>Signed off by {signOffWords(inForce)}.</p>
        </section>
      )}
      {isLead && inForce && (
        <section aria-labelledby="draft-heading">
          <h2 id="draft-heading">{waiting ? `Draft ${waiting.label}` : 'Draft'}</h2>
          {!waiting && (
            <Button variant="primary" disabled={busy} onClick={() => act(() => api.startProtocolDraft(), 'Draft started from the version in force.')}>
              Start a draft
            </Button>
          )}
          {waiting && draft && (
            <>
              <h3>Changes from {inForce.label}</h3>
              <ProtocolDiff diff={draft.diff} against={inForce.label} />
              <p>
                Sign-offs: {waiting.signOffs.length} of {draft.signOffsRequired}
                {waiting.signOffs.length > 0 && ` (${signOffWords(waiting)})`}.
              </p>
              {draft.diff.length > 0 && (
                <SignOffControl
                  label={waiting.label}
                  given={waiting.signOffs.length}
                  required={draft.signOffsRequired}
                  signedByMe={waiting.signOffs.some((s) => s.staffId === user?.id)}
                  busy={busy}
                  onSignOff={() => act(() => api.signOffProtocol(), `${waiting.label} signed off.`)}
                />
              )}
              <h3>Edit the draft</h3>
              <ProtocolDraftForm
                key={`${waiting.id}`}
                initial={waiting.content}
                busy={busy}
                onSave={(content: ProtocolContent) => act(() => api.saveProtocolDraft(content), 'Draft saved.')}
              />
              <Button variant="warning" disabled={busy} onClick={() => act(() => api.discardProtocolDraft(), `${waiting.label} discarded.`)}>
                Discard draft
              </Button>
            </>
          )}
        </section>
      )}
      {versions.length > 0 && <ProtocolVersionList versions={versions} />}
    </main>
  );
}
