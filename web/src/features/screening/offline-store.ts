import { api } from '../../api/client.ts';
import type { LocalDraft } from './types.ts';

/*
 * Screenings kept on this device, encrypted (AES-GCM, a fresh IV per write) under the user's
 * draft key: a random AES key made on this device for this user, kept only wrapped (AES-KW) by a
 * key the server gives the signed-in user (GET /api/me/draft-key, derived from the server's key
 * and the user id). So the same user's next session opens the drafts; another user, or someone
 * holding only the device, cannot. When the server cannot be reached the drafts fall back to the
 * session's key (HKDF of the CSRF token and user id), readable only within that session. Only the
 * draft's id, owner and time are in the clear. See docs/decisions/0017 and 0027.
 */
const dbName = 'lindung-offline';
const storeName = 'drafts';
const keyStoreName = 'draft-keys';

interface Sealed {
  localId: string;
  userId: string;
  savedAt: string;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

interface SessionKeys {
  userId: string;
  secret: string;
  /** Seals new drafts: the user's draft key, or the session's key when the server was out of reach. */
  key: Promise<CryptoKey>;
  /** Every key a draft of this user may be sealed with, tried in turn. */
  keys: Promise<CryptoKey[]>;
}

let keyFor: SessionKeys | undefined;

/** Sets the session the drafts are sealed with (call when the signed-in user is known). */
export function setSessionKey(userId: string, secret: string | null): void {
  if (!secret) return;
  if (keyFor?.userId === userId && keyFor.secret === secret) return;
  const sessionKey = deriveKey(userId, secret);
  const userKey = userDraftKey(userId).catch(() => undefined);
  const keys = Promise.all([userKey, sessionKey]).then((found) =>
    found.filter((key): key is CryptoKey => key !== undefined),
  );
  keyFor = { userId, secret, keys, key: keys.then((found) => found[0] as CryptoKey) };
}

/** The user's draft key on this device: unwrapped with the server's key, or made and wrapped now. */
async function userDraftKey(userId: string): Promise<CryptoKey> {
  const { key } = await api<{ key: string }>('GET', '/api/me/draft-key');
  const raw = Uint8Array.from(atob(key.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));
  const wrapping = await crypto.subtle.importKey('raw', raw, 'AES-KW', false, ['wrapKey', 'unwrapKey']);
  const unwrap = (wrapped: ArrayBuffer) =>
    crypto.subtle.unwrapKey('raw', wrapped, wrapping, 'AES-KW', 'AES-GCM', false, ['encrypt', 'decrypt']);
  const stored = (await withStore(keyStoreName, 'readonly', (store) => store.get(userId))) as
    | { userId: string; wrapped: ArrayBuffer }
    | undefined;
  if (stored) return unwrap(stored.wrapped);
  const fresh = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const wrapped = await crypto.subtle.wrapKey('raw', fresh, wrapping, 'AES-KW');
  try {
    await withStore(keyStoreName, 'readwrite', (store) => store.add({ userId, wrapped }));
  } catch {
    // Another tab stored this user's key first: use that one.
    const first = (await withStore(keyStoreName, 'readonly', (store) => store.get(userId))) as {
      wrapped: ArrayBuffer;
    };
    return unwrap(first.wrapped);
  }
  // Used from here on as a non-extractable key, like the stored one.
  return unwrap(wrapped);
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
    const request = indexedDB.open(dbName, 2);
    request.onupgradeneeded = () => {
      const names = request.result.objectStoreNames;
      if (!names.contains(storeName)) request.result.createObjectStore(storeName, { keyPath: 'localId' });
      if (!names.contains(keyStoreName))
        request.result.createObjectStore(keyStoreName, { keyPath: 'userId' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function withStore<T>(
  name: string,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(name, mode);
      const request = body(transaction.objectStore(name));
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
  await withStore(storeName, 'readwrite', (store) => store.put(sealed));
}

export async function deleteLocalDraft(localId: string): Promise<void> {
  await withStore(storeName, 'readwrite', (store) => store.delete(localId));
}

async function unseal(sealed: Sealed, keys: CryptoKey[]): Promise<LocalDraft | undefined> {
  for (const key of keys) {
    try {
      const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
      return JSON.parse(new TextDecoder().decode(plain)) as LocalDraft;
    } catch {
      // Not this key: try the next one.
    }
  }
  return undefined; // sealed with an earlier session's key: unreadable by design
}

export interface LocalDrafts {
  drafts: LocalDraft[];
  /** Drafts of this user sealed in an earlier session, which cannot be read any more. */
  locked: number;
}

/** The signed-in user's drafts on this device, newest first. */
export async function listLocalDrafts(): Promise<LocalDrafts> {
  const { userId, keys } = session();
  const all = (await withStore(storeName, 'readonly', (store) => store.getAll())) as Sealed[];
  const mine = all.filter((sealed) => sealed.userId === userId);
  const opened = await Promise.all(mine.map(async (sealed) => unseal(sealed, await keys)));
  const drafts = opened.filter((draft): draft is LocalDraft => draft !== undefined);
  drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { drafts, locked: mine.length - drafts.length };
}

export async function readLocalDraft(localId: string): Promise<LocalDraft | undefined> {
  const { keys } = session();
  const sealed = (await withStore(storeName, 'readonly', (store) => store.get(localId))) as
    | Sealed
    | undefined;
  return sealed ? unseal(sealed, await keys) : undefined;
}
