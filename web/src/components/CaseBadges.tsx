import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../api/types.ts';

const riskColours = { low: 'gray', medium: 'yellow', high: 'orange', critical: 'red' } as const;

export function StatusBadge({ status }: { status: CaseSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={status === 'closed' ? 'gray' : 'lindung'}>
      {t(`case.status.${status}`)}
    </Badge>
  );
}

export function RiskBadge({ risk }: { risk: CaseSummary['riskLevel'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={riskColours[risk]}>
      {t(`case.risk.${risk}`)}
    </Badge>
  );
}
