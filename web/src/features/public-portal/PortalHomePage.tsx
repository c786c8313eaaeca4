import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/page-title.ts';
import { publicLinks } from './public-routes.tsx';

/**
 * The public portal's home page (/public): what a member of the public can do here, one card per
 * page, each saying in a line what the page is for.
 */
export default function PortalHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('portal3.home.title'));
  return (
    <Stack>
      <Title order={1}>{t('portal3.home.title')}</Title>
      <Text>{t('portal3.home.intro')}</Text>
      <Text fw={700}>{t('portal3.home.emergency')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {publicLinks.map((link) => (
          <Card key={link.path} withBorder component="li">
            <Stack gap="xs">
              <Title order={2} size="h4">
                <Anchor component={Link} to={`/public/${link.path}`}>
                  {t(link.label)}
                </Anchor>
              </Title>
              <Text size="sm">{t(`portal3.home.${link.path}`)}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
