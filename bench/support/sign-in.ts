/** A signed-in user of a running platform: the session cookie and what the policies see. */
export interface SignedIn {
  readonly cookie: string;
  readonly userId: string;
  readonly agencyId: string;
  readonly permissions: readonly string[];
}

/** Signs in through the API (no second factor) and reads the user's permissions from GET /api/me. */
export async function signIn(apiUrl: string, email: string, password: string): Promise<SignedIn> {
  const response = await fetch(`${apiUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { userId: string; agencyId: string; stage: string };
  if (body.stage !== 'complete') throw new Error(`sign-in left the session at stage ${body.stage}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith('lindung_session='));
  if (!cookie) throw new Error('sign-in set no lindung_session cookie');
  const me = await fetch(`${apiUrl}/api/me`, { headers: { cookie } });
  const { permissions } = (await me.json()) as { permissions: string[] };
  return { cookie, userId: body.userId, agencyId: body.agencyId, permissions };
}
