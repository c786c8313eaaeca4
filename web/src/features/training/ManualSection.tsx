import { Accordion, List, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { useLabel } from '../victim-path/labels.ts';
import { IssueManualForm } from './IssueManualForm.tsx';
import { chapterName, useTrainingManuals } from './queries.ts';

/** The editions of the national training manual and their chapters, in the user's language; trainers issue new ones. */
export function ManualSection() {
  const { t } = useTranslation();
  const label = useLabel();
  const manuals = useTrainingManuals();
  const canIssue = useCan('training:manage');
  const items = manuals.data?.items ?? [];
  const name = t('coordedit.manual.title');
  return (
    <Stack component="section" aria-label={name} gap="xs">
      <Title order={2} size="h4">
        {name}
      </Title>
      <QueryState
        isPending={manuals.isPending}
        error={manuals.error}
        isEmpty={items.length === 0}
        emptyText={t('coordedit.manual.none')}
      />
      {items.length > 0 && (
        <Accordion variant="separated" defaultValue={items[0]?.id}>
          {items.map((manual) => (
            <Accordion.Item key={manual.id} value={manual.id}>
              <Accordion.Control>
                {t('coordedit.manual.edition', { title: label(manual.title), edition: manual.edition })}
              </Accordion.Control>
              <Accordion.Panel>
                <List size="sm">
                  {manual.chapters.map((chapter) => (
                    <List.Item key={chapter.id}>{chapterName(chapter, label)}</List.Item>
                  ))}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {canIssue && <IssueManualForm />}
    </Stack>
  );
}
