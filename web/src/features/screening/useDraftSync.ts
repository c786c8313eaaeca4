import { type Dispatch, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiProblem } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { readLocalDraft, saveLocalDraft } from './offline-store.ts';
import { DraftConflict, draftFromServer, isOffline, sendStored } from './sync.ts';
import type { LocalDraft, Screening } from './types.ts';

/** What became of the wizard's last save: on the server, kept on this device, or in conflict. */
export type SyncStatus =
  | { kind: 'idle' }
  | { kind: 'saved' }
  | { kind: 'kept-offline' }
  | { kind: 'waiting' }
  | { kind: 'conflict'; server: Screening }
  | { kind: 'problem'; message: string; field?: string | undefined };

/**
 * The wizard's draft on its way to the server: saved on this device first, sent when online (or
 * as soon as the network is back, with the same keys, so nothing is made twice), and a draft the
 * server changed meanwhile held as a conflict for the user to settle — take the server's or keep
 * this device's — never overwritten.
 */
export function useDraftSync({
  draft,
  setDraft,
  online,
}: {
  draft: LocalDraft | undefined;
  setDraft: Dispatch<SetStateAction<LocalDraft | undefined>>;
  online: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SyncStatus>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);

  const send = useCallback(
    async (toSend: LocalDraft) => {
      setBusy(true);
      try {
        const { draft: sent, screening } = await sendStored(toSend.localId);
        setDraft(sent);
        if (sent.completeWhenSent) {
          await navigate(`/screenings/${screening.id}`);
        } else {
          setStatus({ kind: 'saved' });
        }
      } catch (error) {
        if (error instanceof DraftConflict) {
          setDraft((current) => current && { ...current, state: 'conflict' });
          setStatus({ kind: 'conflict', server: error.server });
        } else if (isOffline(error)) {
          setStatus({ kind: toSend.completeWhenSent ? 'waiting' : 'kept-offline' });
        } else if (error instanceof ApiProblem && error.status >= 400 && error.status < 500) {
          // Refused: the draft goes back to editing, to be put right and sent again; what the
          // send kept (the person's and screening's ids) stays.
          const stored = (await readLocalDraft(toSend.localId)) ?? toSend;
          const back: LocalDraft = { ...stored, state: 'editing', completeWhenSent: false };
          await saveLocalDraft(back);
          setDraft(back);
          setStatus({ kind: 'problem', message: problemMessage(error, t), field: error.errors[0]?.field });
        } else {
          setStatus({ kind: 'problem', message: problemMessage(error, t) });
        }
      } finally {
        setBusy(false);
      }
    },
    [navigate, setDraft, t],
  );

  // Back online: send what waits (the same keys, so nothing is made twice).
  const wasOnline = useRef(online);
  useEffect(() => {
    const cameBack = online && !wasOnline.current;
    wasOnline.current = online;
    if (cameBack && draft && (draft.state === 'waiting' || status.kind === 'kept-offline')) void send(draft);
  }, [online, draft, status.kind, send]);

  /** Saves the draft as it is, to the server when online, else on this device only. */
  const saveDraft = async (current: LocalDraft) => {
    const latest = { ...current, savedAt: new Date().toISOString() };
    await saveLocalDraft(latest);
    if (!online) {
      setStatus({ kind: 'kept-offline' });
      return;
    }
    await send(latest);
  };

  /** Completes the screening now, or as soon as the network is back. */
  const complete = async (current: LocalDraft) => {
    const latest: LocalDraft = { ...current, completeWhenSent: true, state: 'waiting' };
    setDraft(latest);
    await saveLocalDraft(latest);
    if (!online) {
      setStatus({ kind: 'waiting' });
      return;
    }
    await send(latest);
  };

  /** Settles a conflict: the server's screening replaces this device's, or this device's is sent over it. */
  const resolveConflict = async (current: LocalDraft, server: Screening, keepMine: boolean) => {
    const resolved: LocalDraft = keepMine
      ? { ...current, state: 'editing', serverUpdatedAt: server.updatedAt }
      : { ...draftFromServer(server, current.person.name), localId: current.localId, step: current.step };
    setDraft(resolved);
    await saveLocalDraft(resolved);
    setStatus({ kind: 'idle' });
    if (keepMine) await send(resolved);
  };

  return { status, setStatus, busy, saveDraft, complete, resolveConflict };
}
