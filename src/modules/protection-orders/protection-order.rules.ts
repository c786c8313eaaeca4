import {
  addDuration,
  allPacks,
  type Duration,
  type JurisdictionPack,
  type TimeLimit,
  type TimeLimitKey,
} from '../../jurisdictions/index.ts';
import { ValidationError } from '../../shared/errors.ts';
import type { ProtectionOrderKind } from './protection-order.schema.ts';

const limitOfKind: Record<ProtectionOrderKind, TimeLimitKey> = {
  interim: 'interim_protection_order',
  full: 'protection_order',
  extension: 'protection_order_extension',
};

export interface OrderTerm {
  readonly period: Duration;
  readonly expiresOn: string;
  readonly legalBasis: string;
  readonly unconfirmed: boolean;
}

function describe(limit: TimeLimit): string {
  return [limit.law, limit.section].filter(Boolean).join(' ');
}

function periodText(period: Duration): string {
  return `${period.amount} ${period.unit}`;
}

/**
 * The period and expiry of an order under the pack's limit for its kind. A fixed limit is the
 * period (a different one contradicts the law); a maximum caps what the court ordered (the
 * maximum when none is given); a court-set period must be given. The expiry is the issue date
 * plus the period, counted from the day after the order.
 */
export function orderTerm(
  pack: JurisdictionPack,
  kind: ProtectionOrderKind,
  issuedOn: string,
  ordered: Duration | undefined,
): OrderTerm {
  const limit = pack.timeLimits[limitOfKind[kind]];
  if (!limit) {
    throw new ValidationError([
      {
        code: 'order_kind_not_in_pack',
        field: 'kind',
        message: `the ${pack.code} jurisdiction pack has no ${kind} protection orders`,
      },
    ]);
  }
  const basis = describe(limit);
  let period: Duration;
  if (limit.rule === 'fixed' && limit.period) {
    if (ordered && (ordered.amount !== limit.period.amount || ordered.unit !== limit.period.unit)) {
      throw new ValidationError([
        {
          code: 'period_fixed_by_law',
          field: 'period',
          message: `${basis} fixes the period at ${periodText(limit.period)}`,
        },
      ]);
    }
    period = limit.period;
  } else if (limit.rule === 'maximum' && limit.period) {
    if (ordered && addDuration(issuedOn, ordered) > addDuration(issuedOn, limit.period)) {
      throw new ValidationError([
        {
          code: 'period_exceeds_law',
          field: 'period',
          message: `exceeds the ${periodText(limit.period)} that ${basis} allows`,
        },
      ]);
    }
    period = ordered ?? limit.period;
  } else {
    if (!ordered) {
      throw new ValidationError([
        {
          code: 'period_required',
          field: 'period',
          message: `is required: under ${basis} the court sets it`,
        },
      ]);
    }
    period = ordered;
  }
  return {
    period,
    expiresOn: addDuration(issuedOn, period),
    legalBasis: basis,
    unconfirmed: limit.unconfirmed,
  };
}

/** Whether the person was produced before the magistrate within the pack's limit after custody began. */
export function custodyProblem(
  pack: JurisdictionPack,
  custodyStartedAt: string | undefined,
  producedAt: string | undefined,
): ValidationError | undefined {
  const limit = pack.timeLimits.custody_to_magistrate;
  if (!custodyStartedAt || !producedAt || !limit?.period || limit.period.unit !== 'hours') return undefined;
  const hours = (Date.parse(producedAt) - Date.parse(custodyStartedAt)) / 3_600_000;
  if (hours < 0)
    return new ValidationError([
      { code: 'date_before_earlier_step', field: 'producedAt', message: 'is before custody began' },
    ]);
  if (hours > limit.period.amount) {
    return new ValidationError([
      {
        code: 'produced_too_late',
        field: 'producedAt',
        message: `is more than the ${limit.period.amount} hours after custody that ${describe(limit)} allows`,
      },
    ]);
  }
  return undefined;
}

/** Whether the pack an order was computed under marks its limit as not yet confirmed. */
export function limitUnconfirmed(jurisdiction: string, kind: ProtectionOrderKind): boolean {
  const pack = allPacks().find((candidate) => candidate.code === jurisdiction);
  return pack?.timeLimits[limitOfKind[kind]]?.unconfirmed ?? false;
}
