import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PersonRecord } from '../persons/types.ts';
import { personQueryKey } from '../persons/types.ts';
import { ageBounds } from '../screening/profile-age.ts';

/** The pack of the user's agency, as far as consent needs it. */
interface ConsentPack {
  consentAge: number;
}

/**
 * The jurisdiction's age of consent and whether the person was certainly under it on `givenOn` —
 * the server's rule (decision 0072: by a recorded birth date or year; an estimated or unknown age
 * is never taken for a minor), so that the form asks for a guardian or a reason before it sends.
 */
export function useUnderConsentAge(personId: string, givenOn: string) {
  const pack = useQuery({
    queryKey: ['jurisdiction'],
    queryFn: () => api<ConsentPack>('GET', '/api/jurisdiction'),
    staleTime: 60 * 60_000,
  });
  // The person's page has already read the person under this key; a case's page reads it once.
  const person = useQuery({
    queryKey: personQueryKey(personId),
    queryFn: () => api<PersonRecord>('GET', `/api/persons/${personId}`),
  });
  const consentAge = pack.data?.consentAge;
  const bounds =
    person.data && /^\d{4}-\d{2}-\d{2}$/.test(givenOn) ? ageBounds(person.data.birth, givenOn) : undefined;
  return {
    consentAge,
    under: consentAge !== undefined && bounds !== undefined && bounds.max < consentAge,
  };
}
