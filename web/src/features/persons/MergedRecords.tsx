import { Anchor, Card, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';

/** `GET /api/linkage/persons/{id}`: the person a person resolves to, and every person merged with it. */
interface PersonLinks {
  personId: string;
  masterId: string;
  members: { personId: string; agencyId: string; mergeId: string | null; names: string[] }[];
}

/**
 * The records merged into this person (issue 8: a merge keeps every source record). Shown on the
 * page of the person they resolve to, each leading to its own page, which says it was merged and
 * leads back here. Nothing when no record was merged into this one.
 */
export function MergedRecords({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const links = useQuery({
    queryKey: ['linkage', 'persons', personId],
    queryFn: () => api<PersonLinks>('GET', `/api/linkage/persons/${personId}`),
  });
  const merged = links.data?.masterId === personId ? links.data.members.filter((m) => m.mergeId) : [];
  if (merged.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="person-merged-records">
      <Title order={2} size="h4" id="person-merged-records" mb="xs">
        {t('personSearch.mergedRecords')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('personSearch.mergedRecordsHelp')}
      </Text>
      <List>
        {merged.map((member) => (
          <List.Item key={member.personId}>
            <Anchor component={Link} to={`/persons/${member.personId}`}>
              {member.names.join(' · ')}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
