import { Alert, Button, Code, NativeSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { solveProofOfWork } from './proof-of-work.ts';

const countries = ['MY', 'ID', 'VN'] as const;
const fields = ['what', 'where', 'when', 'who', 'region', 'contact'] as const;
type Field = (typeof fields)[number];

/** The server keeps pictures up to 2 MiB each (public-report.schema.ts, maxPictureBytes). */
const maxPictureMegabytes = 2;
const maxPictureBytes = maxPictureMegabytes * 1024 * 1024;

/** What is wrong with the pictures, in the reader's language, from the server's problem codes. */
function pictureProblem(error: unknown, t: TFunction): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  if (error.code === 'picture_too_large')
    return t('portal3.report.pictureTooLarge', { limit: maxPictureMegabytes });
  if (error.code === 'body_too_large')
    return t('portal3.report.picturesTooLarge', { limit: maxPictureMegabytes });
  const picture = error.errors.find((e) => e.field.startsWith('pictures'));
  if (picture?.code === 'picture_undecodable') return t('portal3.report.pictureUndecodable');
  if (picture) return t('portal3.report.pictureTypeUnsupported');
  return undefined;
}

async function readPicture(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Report a suspicion without signing in; shows the tracking code and secret once. */
export default function ReportPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('portal.report.title'));
  const [values, setValues] = useState<Record<Field, string>>({
    what: '',
    where: '',
    when: '',
    who: '',
    region: '',
    contact: '',
  });
  const [country, setCountry] = useState<string>('MY');
  const [regionCode, setRegionCode] = useState('');
  const regions = useQuery({
    queryKey: ['public-regions', country],
    queryFn: () =>
      api<{ items: { code: string; name: string }[] }>('GET', `/api/public/regions?country=${country}`),
  });
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>({});
  const [receipt, setReceipt] = useState<{ trackingCode: string; secret: string }>();

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    setFieldProblems({});
    if (files.some((file) => file.size > maxPictureBytes)) {
      // Said before the upload: a picture over the limit would only come back refused.
      setFieldProblems({ pictures: t('portal3.report.pictureTooLarge', { limit: maxPictureMegabytes }) });
      setBusy(false);
      return;
    }
    try {
      const optional = Object.fromEntries(
        fields.filter((f) => values[f].trim() !== '').map((f) => [f, values[f].trim()]),
      );
      const pictures = await Promise.all(
        files.map(async (file) => ({ contentBase64: await readPicture(file) })),
      );
      const made = await api<{ trackingCode: string; secret: string }>('POST', '/api/public/reports', {
        ...optional,
        country,
        ...(regionCode ? { regionCode } : {}),
        language: ['en', 'ms', 'id', 'vi'].includes(i18n.language) ? i18n.language : 'en',
        pictures,
        proofOfWork: await solveProofOfWork(),
      });
      setReceipt(made);
    } catch (error) {
      if (error instanceof ApiProblem && error.errors.length > 0) {
        setFieldProblems(
          Object.fromEntries(error.errors.map((e) => [e.field.split('.')[0] as string, e.message])),
        );
      }
      const pictures = pictureProblem(error, t);
      // A picture's problem is said once, by the pictures, just above the button.
      if (pictures) setFieldProblems((shown) => ({ ...shown, pictures }));
      else setProblem(problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  if (receipt) {
    return (
      <Stack>
        <Title order={1}>{t('portal.report.thanks')}</Title>
        <Alert color="gray">
          <Text fw={700}>{t('portal.report.keepTitle')}</Text>
          <Text>{t('portal.report.keep')}</Text>
        </Alert>
        <Text>
          {t('portal.trackingCode')}: <Code data-testid="tracking-code">{receipt.trackingCode}</Code>
        </Text>
        <Text>
          {t('portal.secret')}: <Code data-testid="secret">{receipt.secret}</Code>
        </Text>
      </Stack>
    );
  }

  const input = (field: Field, multiline = false) => {
    const props = {
      label: field === 'region' ? t('portalroute.district') : t(`portal.report.${field}`),
      value: values[field],
      error: fieldProblems[field === 'where' ? 'where' : field],
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
        setValues({ ...values, [field]: e.currentTarget.value }),
      required: field === 'what' || field === 'where',
    };
    return multiline ? <Textarea autosize minRows={3} {...props} /> : <TextInput {...props} />;
  };

  return (
    <Stack component="form" onSubmit={submit}>
      <Title order={1}>{t('portal.report.title')}</Title>
      <Text>{t('portal.report.intro')}</Text>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {input('what', true)}
      {input('where')}
      <NativeSelect
        label={t('portal.report.country')}
        value={country}
        onChange={(e) => {
          setCountry(e.currentTarget.value);
          setRegionCode('');
        }}
        data={countries.map((code) => ({ value: code, label: t(`portal.countries.${code}`) }))}
        error={fieldProblems.country}
      />
      <NativeSelect
        label={t('portalroute.region')}
        description={t('portalroute.regionHint')}
        value={regionCode}
        onChange={(e) => setRegionCode(e.currentTarget.value)}
        data={[
          { value: '', label: t('portalroute.regionUnknown') },
          ...(regions.data?.items ?? []).map((r) => ({ value: r.code, label: r.name })),
        ]}
        error={fieldProblems.regionCode}
      />
      {input('region')}
      {input('when')}
      {input('who', true)}
      {input('contact')}
      <Text size="sm" c="dimmed">
        {t('portal.report.contactHint')}
      </Text>
      <label>
        <Text size="sm">{t('portal.report.pictures')}</Text>
        <input
          type="file"
          accept="image/jpeg,image/png"
          multiple
          onChange={(e) => setFiles([...(e.currentTarget.files ?? [])].slice(0, 3))}
        />
      </label>
      {fieldProblems.pictures && (
        <Text c="red" role="alert">
          {fieldProblems.pictures}
        </Text>
      )}
      <Button type="submit" loading={busy}>
        {t('portal.report.send')}
      </Button>
    </Stack>
  );
}
