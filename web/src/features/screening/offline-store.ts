import type { LocalDraft } from './types.ts';

/*
 * Screenings kept on this device, encrypted (AES-GCM, a fresh IV per write) under a key derived
 * with HKDF from the session's secret (the CSRF token /api/me gives the signed-in browser) and
 * the user's id. The key is never stored: it exists in memory while the session does, so a draft
 * left on a shared device is unreadable without signing in again. Only the draft's id, owner and
 * time are in the clear. See docs/decisions/0017.
 */
const dbName = 'lindung-offline';
const storeName = 'drafts';

interface Sealed {
  localId: string;
  userId: string;
  savedAt: string;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

let keyFor: { userId: string; secret: string; key: Promise<CryptoKey> } | undefined;

/** Sets the session the drafts are sealed with (call when the signed-in user is known). */
export function setSessionKey(userId: string, secret: string | null): void {
  if (!secret) return;
  if (keyFor?.userId === userId && keyFor.secret === secret) return;
  keyFor = { userId, secret, key: deriveKey(userId, secret) };
}

async function deriveKey(userId: string, secret: string): Promise<CryptoKey> {
  const encoder = new TextEncoder();
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: encoder.encode(userId),
      info: encoder.encode('lindung-drafts-v1'),
    },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function session() {
  if (!keyFor) throw new Error('no session key');
  return keyFor;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(storeName, { keyPath: 'localId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const request = body(transaction.objectStore(storeName));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** Keeps a draft on this device, encrypted. */
export async function saveLocalDraft(draft: LocalDraft): Promise<void> {
  const { userId, key } = session();
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await key,
    new TextEncoder().encode(JSON.stringify(draft)),
  );
  const sealed: Sealed = { localId: draft.localId, userId, savedAt: draft.savedAt, iv, data };
  await withStore('readwrite', (store) => store.put(sealed));
}

export async function deleteLocalDraft(localId: string): Promise<void> {
  await withStore('readwrite', (store) => store.delete(localId));
}

async function unseal(sealed: Sealed, key: CryptoKey): Promise<LocalDraft | undefined> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
    return JSON.parse(new TextDecoder().decode(plain)) as LocalDraft;
  } catch {
    return undefined; // sealed in another session: unreadable by design
  }
}

export interface LocalDrafts {
  drafts: LocalDraft[];
  /** Drafts of this user sealed in an earlier session, which cannot be read any more. */
  locked: number;
}

/** The signed-in user's drafts on this device, newest first. */
export async function listLocalDrafts(): Promise<LocalDrafts> {
  const { userId, key } = session();
  const all = (await withStore('readonly', (store) => store.getAll())) as Sealed[];
  const mine = all.filter((sealed) => sealed.userId === userId);
  const opened = await Promise.all(mine.map(async (sealed) => unseal(sealed, await key)));
  const drafts = opened.filter((draft): draft is LocalDraft => draft !== undefined);
  drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { drafts, locked: mine.length - drafts.length };
}

export async function readLocalDraft(localId: string): Promise<LocalDraft | undefined> {
  const { key } = session();
  const sealed = (await withStore('readonly', (store) => store.get(localId))) as Sealed | undefined;
  return sealed ? unseal(sealed, await key) : undefined;
}
