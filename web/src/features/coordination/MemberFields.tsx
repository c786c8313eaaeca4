import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { type FieldValues, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../victim-path/labels.ts';
import { useCommitteeOptions, useCountryAgencies } from './queries.ts';
import type { MemberRole } from './types.ts';

export const memberRoles: readonly MemberRole[] = [
  'chair',
  'deputy_chair',
  'secretary',
  'member',
  'observer',
];

export interface MembersValues {
  members: { agencyId: string; role: MemberRole }[];
}

/** The form fields an API problem about members can name. */
export const memberFieldsOf = (values: MembersValues) => [
  'members' as const,
  ...values.members.flatMap((_, i) => [`members.${i}.agencyId` as const, `members.${i}.role` as const]),
];

/** A committee's member agencies and their roles, one row each, for a new committee and for changing one. */
export function MemberFields<Values extends FieldValues & MembersValues>({
  form: anyForm,
}: {
  form: UseFormReturn<Values>;
}) {
  const form = anyForm as unknown as UseFormReturn<MembersValues>;
  const { t } = useTranslation();
  const label = useLabel();
  const options = useCommitteeOptions();
  const agencies = useCountryAgencies();
  const members = useFieldArray({ control: form.control, name: 'members' });
  const { errors } = form.formState;
  return (
    <>
      {members.fields.map((field, i) => (
        <Group key={field.id} grow align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('coord.committees.memberAgency', { n: i + 1 })}
            data={[
              { value: '', label: t('coord.common.choose') },
              ...agencies.map((agency) => ({ value: agency.id, label: agency.name })),
            ]}
            error={errors.members?.[i]?.agencyId?.message}
            {...form.register(`members.${i}.agencyId`)}
          />
          <NativeSelect
            label={t('coord.committees.memberRole', { n: i + 1 })}
            data={memberRoles.map((role) => ({
              value: role,
              label: label(options.data?.memberRole[role], role),
            }))}
            {...form.register(`members.${i}.role`)}
          />
          <Button variant="subtle" color="red" onClick={() => members.remove(i)} style={{ flexGrow: 0 }}>
            {t('coord.common.remove')}
          </Button>
        </Group>
      ))}
      {errors.members?.message && (
        <Text c="red" size="sm">
          {errors.members.message}
        </Text>
      )}
      <Group>
        <Button size="xs" variant="light" onClick={() => members.append({ agencyId: '', role: 'member' })}>
          {t('coord.committees.addMember')}
        </Button>
      </Group>
    </>
  );
}
