import { Badge, type MantineSize } from '@mantine/core';
import type { AdvertScreening } from './types.ts';

/** A screened advert's risk as a colour: the badge's, and the advice's alert. */
export const riskColours = { low: 'green', medium: 'orange', high: 'red' } as const;

/**
 * The risks whose badge text is black: white on the theme's green and orange (shade 8) is 3.3:1
 * and 3.6:1, under the 4.5:1 that WCAG AA asks; black on them 6.3:1 and 5.8:1. White stays on red
 * (4.6:1). Mantine's own contrast choice keeps white on both.
 */
const blackText = new Set<AdvertScreening['risk']>(['low', 'medium']);

/** An advert's risk as a badge. */
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
    <Badge
      size={size}
      color={riskColours[risk]}
      style={blackText.has(risk) ? { '--badge-color': 'var(--mantine-color-black)' } : undefined}
    >
      {label}
    </Badge>
  );
}
