import { Badge, type MantineSize } from '@mantine/core';
import type { AdvertScreening } from './types.ts';

/** A screened advert's risk as a colour: the badge's, and the advice's alert. */
export const riskColours = { low: 'green', medium: 'orange', high: 'red' } as const;

/** An advert's risk as a badge (its text black or white by the theme's contrast rule, App.tsx). */
export function RiskBadge({
  risk,
  label,
  size,
}: {
  risk: AdvertScreening['risk'];
  label: string;
  size?: MantineSize;
}) {
  return (
    <Badge size={size} color={riskColours[risk]}>
      {label}
    </Badge>
  );
}
