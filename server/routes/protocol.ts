// The care-navigation protocol (docs/protocol.md): everyone signed in reads the version in force and
// the history; the lead reads the draft with its difference from the version in force, and edits,
// signs off or discards it through the command path.
import { Router } from 'express';
import type { HubDatabase } from '../../db/open';
import { diffProtocol } from '../../shared/rules/protocolDiff';
import { requireUser, signedInUser } from '../auth/requireUser';
import type { Sessions } from '../auth/sessions';
import { staffActor } from '../commands/actors';
import { discardProtocolDraft } from '../commands/discardProtocolDraft';
import { editProtocolDraft } from '../commands/editProtocolDraft';
import type { Execute } from '../commands/execute';
import { signOffProtocol } from '../commands/signOffProtocol';
import { startProtocolDraft } from '../commands/startProtocolDraft';
import type { HubSettings } from '../settings';
import { toProtocolView } from '../views/protocol';

export function protocolRoutes(deps: { db: HubDatabase; sessions: Sessions; execute: Execute; settings: () => HubSettings }) {
  const router = Router();
  const signedIn = requireUser(deps.sessions, 'any');
  const leadOnly = requireUser(deps.sessions, ['lead']);
  const db = deps.db;

  /** The draft, its difference from the version in force, and how many sign-offs it needs. */
  const draftReply = () => {
    const draft = db.q.protocol.draft();
    const inForce = db.q.protocol.inForce();
    return {
      draft: draft ? toProtocolView(draft) : null,
      diff: draft && inForce ? diffProtocol(inForce.content, draft.content) : [],
      signOffsRequired: deps.settings().protocolSignOffsRequired,
    };
  };

  router.get('/protocol', signedIn, (_req, res) => {
    const inForce = db.q.protocol.inForce();
    res.json({ inForce: inForce ? toProtocolView(inForce) : null });
  });

  router.get('/protocol/versions', signedIn, (_req, res) => {
    res.json({ versions: db.q.protocol.all().map(toProtocolView) });
  });

  router.get('/protocol/draft', leadOnly, (_req, res) => {
    res.json(draftReply());
  });

  router.post('/protocol/drafts', leadOnly, async (req, res) => {
    await deps.execute(startProtocolDraft, { actor: staffActor(signedInUser(res)), body: req.body });
    res.status(201).json(draftReply());
  });

  router.put('/protocol/draft', leadOnly, async (req, res) => {
    await deps.execute(editProtocolDraft, { actor: staffActor(signedInUser(res)), body: req.body });
    res.json(draftReply());
  });

  router.post('/protocol/draft/sign-off', leadOnly, async (req, res) => {
    res.json(await deps.execute(signOffProtocol, { actor: staffActor(signedInUser(res)), body: req.body }));
  });

  router.delete('/protocol/draft', leadOnly, async (req, res) => {
    res.json({ discarded: await deps.execute(discardProtocolDraft, { actor: staffActor(signedInUser(res)), body: req.body }) });
  });

  return router;
}
