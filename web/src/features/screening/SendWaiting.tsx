import { useEffect } from 'react';
import { useMe } from '../../app/session.tsx';
import { listLocalDrafts, setSessionKey } from './offline-store.ts';
import { isOffline, sendStored } from './sync.ts';
import { useOnline } from './useOnline.ts';

/** Sends every screening completed offline that waits on this device; conflicts stay for the user. */
export async function sendWaitingDrafts(): Promise<void> {
  const { drafts } = await listLocalDrafts();
  for (const draft of drafts.filter((d) => d.state === 'waiting')) {
    try {
      await sendStored(draft.localId);
    } catch (error) {
      if (isOffline(error)) return;
    }
  }
}

/** In every signed-in page: when the network comes back, what waits is sent. */
export function SendWaiting() {
  const me = useMe();
  const online = useOnline();
  setSessionKey(me.user.id, me.csrfToken);
  useEffect(() => {
    if (online && me.permissions.includes('screening:conduct'))
      void sendWaitingDrafts().catch(() => undefined);
  }, [online, me.permissions]);
  return null;
}
