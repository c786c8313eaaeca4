import { dateInFuture, type FieldProblem } from '../../shared/errors.ts';
import { codesOf, type HealthChecklist } from './health-checklist.ts';
import type { RecordHealthScreening } from './health-screening.schema.ts';

/**
 * What is wrong with a screening against its checklist version and the calendar: codes the
 * checklist does not know, dates in the wrong order or in the future. Empty when nothing is.
 */
export function healthScreeningProblems(
  input: RecordHealthScreening,
  checklist: HealthChecklist,
  screenedOn: string,
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (screenedOn > today) problems.push(dateInFuture('screenedOn'));
  const symptoms = codesOf(checklist.symptoms);
  const seen = new Set<string>();
  for (const [index, symptom] of input.symptoms.entries()) {
    if (!symptoms.has(symptom)) {
      problems.push({
        code: 'checklist_option_unknown',
        field: `symptoms.${index}`,
        message: `is not a symptom of checklist ${checklist.version}`,
      });
    } else if (seen.has(symptom)) {
      problems.push({ code: 'given_twice', field: `symptoms.${index}`, message: 'is listed twice' });
    }
    seen.add(symptom);
  }
  const tests = codesOf(checklist.tests);
  const results = codesOf(checklist.results);
  for (const [index, test] of input.tests.entries()) {
    if (!tests.has(test.code)) {
      problems.push({
        code: 'checklist_option_unknown',
        field: `tests.${index}.code`,
        message: `is not a test of checklist ${checklist.version}`,
      });
    }
    if (!results.has(test.result)) {
      problems.push({
        code: 'checklist_option_unknown',
        field: `tests.${index}.result`,
        message: `is not a result of checklist ${checklist.version}`,
      });
    }
    if (test.takenOn && test.takenOn > today) {
      problems.push(dateInFuture(`tests.${index}.takenOn`));
    }
    if (test.resultOn && test.takenOn && test.resultOn < test.takenOn) {
      problems.push({
        code: 'result_before_test',
        field: `tests.${index}.resultOn`,
        message: 'is before takenOn',
      });
    }
    if (test.result === 'pending' && test.resultOn) {
      problems.push({
        code: 'result_for_pending',
        field: `tests.${index}.resultOn`,
        message: 'is given for a pending result',
      });
    }
  }
  const { separation, referral } = input;
  if (separation) {
    if (!codesOf(checklist.separations).has(separation.kind)) {
      problems.push({
        code: 'checklist_option_unknown',
        field: 'separation.kind',
        message: `is not a separation of checklist ${checklist.version}`,
      });
    }
    if (separation.endsOn < separation.startsOn) {
      problems.push({ code: 'ends_before_start', field: 'separation.endsOn', message: 'is before startsOn' });
    }
  }
  if (referral && referral.referredOn < screenedOn) {
    problems.push({
      code: 'date_before_earlier_step',
      field: 'referral.referredOn',
      message: 'is before the screening',
    });
  }
  return problems;
}
