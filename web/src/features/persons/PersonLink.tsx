import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCan, useMe } from '../../app/session.tsx';

/**
 * A person's name, linked to their page when the reader may open it: persons are the recording
 * agency's, so on a case shared by referral the name stays plain text.
 */
export function PersonLink({
  personId,
  ownerAgencyId,
  children,
}: {
  personId: string;
  ownerAgencyId: string;
  children: ReactNode;
}) {
  const me = useMe();
  const readsPersons = useCan('person:read');
  if (!readsPersons || ownerAgencyId !== me.agency.id) return <>{children}</>;
  return (
    <Anchor component={Link} to={`/persons/${personId}`} inherit>
      {children}
    </Anchor>
  );
}
