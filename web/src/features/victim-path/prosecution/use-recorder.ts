import { useQueryClient } from '@tanstack/react-query';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { api } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiForm } from '../../../app/use-api-form.ts';
import { todayIn } from '../../../i18n/format.ts';

/** Where a prosecution form posts, what it sends, and which of its fields the API may name. */
interface RecorderOptions<Values extends FieldValues> {
  url: string;
  body: (values: Values) => unknown;
  fields: readonly Path<Values>[];
  apiFields?: Record<string, Path<Values>>;
}

/** Posts a form's body, then empties the form and reloads the investigation. */
export function useRecorder<Values extends FieldValues>(
  investigationId: string,
  form: UseFormReturn<Values>,
  { url, body, fields, apiFields }: RecorderOptions<Values>,
) {
  const queryClient = useQueryClient();
  return useApiForm(form, {
    fields,
    apiFields,
    send: async (values) => {
      await api('POST', url, body(values));
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['investigations', investigationId] });
    },
  });
}

/** Today in the agency's time zone, the default date of every prosecution form. */
export function useToday() {
  return todayIn(useMe().agency.timeZone);
}
