import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiForm } from '../../../app/use-api-form.ts';
import { todayIn } from '../../../i18n/format.ts';

/** What placing or moving a person asks for. */
export interface PlaceValues {
  shelterId: string;
  reason: string;
  admittedOn: string;
  acknowledge: boolean;
}

/**
 * Places a person (POST /api/placements) or moves them (POST /api/placements/:id/transfer): the
 * API answers 422 `warnings_unacknowledged` with the shelter's rules the placement goes against;
 * they are shown, and the same request goes through once the user ticks the box.
 */
export function usePlaceForm(
  send: (values: PlaceValues, acknowledge: string[]) => Promise<unknown>,
  onDone: () => void,
) {
  const { t } = useTranslation();
  const me = useMe();
  const [warnings, setWarnings] = useState<{ code: string; message: string }[]>([]);
  const form = useForm<PlaceValues>({
    defaultValues: { shelterId: '', reason: '', admittedOn: todayIn(me.agency.timeZone), acknowledge: false },
  });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['shelterId', 'reason', 'admittedOn'] as const,
    apiFields: { transferredOn: 'admittedOn' },
    send: async (values) => {
      if (warnings.length > 0 && !values.acknowledge) {
        form.setError('acknowledge', { type: 'required', message: t('vp.placement.acknowledgeNeeded') });
        return;
      }
      await send(
        values,
        warnings.map((warning) => warning.code),
      );
      setWarnings([]);
      form.reset();
      onDone();
    },
    handle: (error) => {
      if (!(error instanceof ApiProblem && error.code === 'warnings_unacknowledged')) return false;
      setWarnings(error.warnings);
      return true;
    },
  });
  return { form, submit, warnings, clearWarnings: () => setWarnings([]), problem };
}
