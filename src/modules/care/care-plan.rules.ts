import { dateInFuture, type FieldProblem } from '../../shared/errors.ts';
import type { SetCarePlan } from './care-plan.schema.ts';

/**
 * What a plan's dates and services must satisfy beyond their format: a plan date not in the
 * future, a review not before the plan date, services that end no earlier than they start and
 * are named once. `plannedOn` is the plan's date (today when the plan gave none).
 */
export function carePlanProblems(plan: SetCarePlan, plannedOn: string, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (plannedOn > today) problems.push(dateInFuture('plannedOn'));
  if (plan.reviewOn < plannedOn) {
    problems.push({
      code: 'date_before_earlier_step',
      field: 'reviewOn',
      message: `is before the plan's date (${plannedOn})`,
    });
  }
  const seen = new Set<string>();
  plan.services.forEach((service, index) => {
    if (service.startsOn && service.endsOn && service.endsOn < service.startsOn) {
      problems.push({
        code: 'ends_before_start',
        field: `services.${index}.endsOn`,
        message: 'is before startsOn',
      });
    }
    if (service.id !== undefined) {
      if (seen.has(service.id)) {
        problems.push({
          code: 'service_repeated',
          field: `services.${index}.id`,
          message: 'names a service already in the plan',
        });
      }
      seen.add(service.id);
    }
  });
  return problems;
}
