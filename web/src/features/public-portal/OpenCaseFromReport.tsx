import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoosePerson, type Chosen } from '../persons/ChoosePerson.tsx';

/**
 * Turning a report into a victim case: the triage officer looks the person up (the same search as
 * opening a case, so that nobody is recorded twice) or records a new one, then opens the case.
 */
export function OpenCaseFromReport({ busy, onOpen }: { busy: boolean; onOpen: (personId: string) => void }) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<Chosen>();
  return (
    <Card withBorder component="section" aria-labelledby="open-case-from-report">
      <Stack>
        <Title order={2} size="h4" id="open-case-from-report">
          {t('portal3.triage.personTitle')}
        </Title>
        {person ? (
          <>
            <Text>{t('portal3.triage.chosen', { name: person.name })}</Text>
            <Group>
              <Button onClick={() => onOpen(person.id)} loading={busy}>
                {t('portal3.triage.openCase')}
              </Button>
              <Button variant="default" onClick={() => setPerson(undefined)}>
                {t('portal3.triage.change')}
              </Button>
            </Group>
          </>
        ) : (
          <ChoosePerson
            onChosen={setPerson}
            intro={<Text size="sm">{t('portal3.triage.personIntro')}</Text>}
          />
        )}
      </Stack>
    </Card>
  );
}
