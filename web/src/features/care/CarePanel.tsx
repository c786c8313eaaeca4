import { Stack } from '@mantine/core';
import { PlanSection } from './CarePlanSection.tsx';
import { DeliveriesSection } from './DeliveriesSection.tsx';
import { NeedsSection } from './NeedsSection.tsx';

/*
 * The case's care (issue: care plans, needs assessments, services delivered), as one tab of the
 * case page. Shapes follow src/modules/care/*.schema.ts.
 */

/** The Care tab: the plan in force, the needs assessed, the services delivered. */
export function CarePanel({ caseId }: { caseId: string }) {
  return (
    <Stack gap="xl">
      <PlanSection caseId={caseId} />
      <NeedsSection caseId={caseId} />
      <DeliveriesSection caseId={caseId} />
    </Stack>
  );
}
