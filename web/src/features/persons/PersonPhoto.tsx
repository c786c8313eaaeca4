import { Avatar } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The person's current photo, fetched as a file (the API sends it as a download, audited) and
 * shown from memory; initials when there is none or it cannot be fetched.
 */
export function PersonPhoto({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const photo = useQuery({
    queryKey: ['persons', personId, 'photo'],
    queryFn: async () => {
      const response = await fetch(`/api/persons/${personId}/photo`, { credentials: 'same-origin' });
      return response.ok ? response.blob() : null;
    },
    staleTime: 5 * 60_000,
  });
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!photo.data) return;
    const objectUrl = URL.createObjectURL(photo.data);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [photo.data]);
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <Avatar src={url} size={96} radius="md" alt={t('personPage.photo', { name })}>
      {initials}
    </Avatar>
  );
}
