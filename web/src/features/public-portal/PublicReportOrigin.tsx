import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Origin {
  trackingCode: string;
  what: string;
  where: string;
  when: string | null;
  who: string | null;
  reportedAt: string;
}

/** The report by the public an investigation was opened from, in the reporter's own words. */
export function PublicReportOrigin({ origin }: { origin: Origin }) {
  const { t, i18n } = useTranslation();
  return (
    <Paper withBorder p="sm" component="section" aria-label={t('portalroute.investigation.fromReport')}>
      <Stack gap={4}>
        <Text fw={700}>
          {t('portalroute.investigation.fromReport')}: {origin.trackingCode} (
          {new Date(origin.reportedAt).toLocaleDateString(i18n.language)})
        </Text>
        {(['what', 'where', 'when'] as const).map((field) =>
          origin[field] ? (
            <Text key={field} style={{ whiteSpace: 'pre-wrap' }}>
              <b>{t(`portalroute.investigation.${field}`)}:</b> {origin[field]}
            </Text>
          ) : null,
        )}
        {origin.who && (
          <Text style={{ whiteSpace: 'pre-wrap' }}>
            <b>{t('portalfix.investigation.who')}:</b> {origin.who}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
