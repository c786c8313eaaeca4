import { auditCommand } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import {
  allPacks,
  type PackCode,
  packForCountry,
  type RetentionRecordType,
  retentionRecordTypes,
} from '../../jurisdictions/index.ts';
import { type Actor, can } from '../../policy/policy.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import {
  deletePeriod,
  findPeriod,
  periodsForAgency,
  type RetentionPeriodRow,
  savePeriod,
} from './retention-period.repo.ts';
import { legalMinimum, periodProblems } from './retention-period.rules.ts';
import type {
  RetentionOverview,
  RetentionPeriod,
  RetentionScope,
  SetRetentionPeriod,
} from './retention-period.schema.ts';

interface PeriodCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  /** The deployment's jurisdiction pack, for countries without one of their own. */
  readonly deployment: PackCode;
  readonly requestId: string;
}

export const scopeOf = (row: RetentionPeriodRow): RetentionScope =>
  row.agency_id ? 'agency' : row.jurisdiction === '*' ? 'default' : 'country';

export function presentPeriod(row: RetentionPeriodRow): RetentionPeriod {
  return {
    id: row.id,
    scope: scopeOf(row),
    jurisdiction: row.jurisdiction,
    agencyId: row.agency_id,
    recordType: row.record_type,
    years: row.years,
    source: row.source,
    changedBy: row.changed_by,
    changedAt: new Date(row.changed_at).toISOString(),
  };
}

/** Every country an agency of the platform belongs to (the agency directory is everyone's to read). */
async function agencyCountries(tx: Tx): Promise<string[]> {
  const rows = await tx.query<{ country: string }>(
    'select distinct btrim(country) as country from agency order by 1',
  );
  return rows.map((row) => row.country);
}

async function actingAgency(tx: Tx, actor: Actor) {
  const agency = await findAgency(tx, actor.agencyId);
  if (!agency) throw new NotFoundError('agency');
  return { id: agency.id, country: agency.country.trim() };
}

/** The legal minimum that binds a period of this scope: the country's pack, or every pack for the default. */
function minimumFor(
  scope: RetentionScope,
  country: string,
  deployment: PackCode,
  recordType: RetentionRecordType,
) {
  const packs = scope === 'default' ? allPacks() : [packForCountry(country, deployment)];
  return legalMinimum(packs, recordType);
}

/**
 * The periods by record type of the acting agency (its own, its country's, the default), or of
 * another country (its own and the default), which is in force, and the legal minimum.
 */
export async function retentionOverview(
  props: Omit<PeriodCommandProps, 'requestId'> & { country?: string | undefined },
): Promise<RetentionOverview> {
  const agency = await actingAgency(props.tx, props.actor);
  const country = props.country ?? agency.country;
  const ownCountry = country === agency.country;
  const rows = (await periodsForAgency(props.tx, { id: agency.id, country })).filter(
    (row) => ownCountry || row.agency_id === null,
  );
  const countries = can(props.actor, 'retention:manage_any')
    ? await agencyCountries(props.tx)
    : [agency.country];
  return {
    agencyId: agency.id,
    country,
    countries: countries.includes(country) ? countries : [...countries, country].sort(),
    recordTypes: retentionRecordTypes.map((recordType) => {
      const of = (scope: RetentionScope) =>
        rows.find((row) => row.record_type === recordType && scopeOf(row) === scope);
      const [own, national, fallback] = [of('agency'), of('country'), of('default')];
      const inForce = own ?? national ?? fallback;
      const minimum = minimumFor('country', country, props.deployment, recordType);
      return {
        recordType,
        effective: inForce ? { years: inForce.years, scope: scopeOf(inForce) } : null,
        agency: own ? presentPeriod(own) : null,
        country: national ? presentPeriod(national) : null,
        default: fallback ? presentPeriod(fallback) : null,
        legalMinimum: minimum
          ? { years: minimum.years, law: minimum.law, ...(minimum.section && { section: minimum.section }) }
          : null,
      };
    }),
  };
}

/**
 * Sets a retention period of the acting agency, of a country or the platform's default: never
 * shorter than the legal minimum of the jurisdiction pack, and an agency administrator's own
 * agency's never shorter than what the agency falls back to (decision 0038). Audited with the
 * period before and after.
 */
export async function setRetentionPeriod(
  props: PeriodCommandProps & { period: SetRetentionPeriod },
): Promise<RetentionPeriodRow> {
  const { tx, actor, period } = props;
  const agency = await actingAgency(tx, actor);
  const country = period.scope === 'country' ? (period.country ?? agency.country) : agency.country;
  const key = {
    jurisdiction: period.scope === 'default' ? '*' : country,
    agencyId: period.scope === 'agency' ? agency.id : null,
    recordType: period.recordType,
  };
  if (period.country !== undefined && period.scope !== 'country') {
    throw new ValidationError([
      { code: 'scope_country_only', field: 'country', message: 'is only for a period of scope country' },
    ]);
  }
  // An agency administrator may lengthen their agency's period, not shorten it below its country's.
  const fallback =
    period.scope === 'agency' && !can(actor, 'retention:manage_any')
      ? await fallbackYears(tx, agency, period.recordType)
      : undefined;
  const minimum = minimumFor(period.scope, country, props.deployment, period.recordType);
  const problems = periodProblems({ years: period.years, minimum, fallback });
  if (problems.length > 0) throw new ValidationError(problems, 'The retention period is too short.');
  const existing = await findPeriod(tx, key);
  const saved = await savePeriod(tx, {
    existingId: existing?.id,
    ...key,
    years: period.years,
    source: period.source,
    changedBy: actor.userId,
  });
  if (!saved) throw new ForbiddenError();
  await auditCommand(
    props,
    'retention.set_period',
    { type: 'retention_period', id: saved.id },
    {
      recordType: period.recordType,
      scope: period.scope,
      jurisdiction: key.jurisdiction,
      years: period.years,
      previousYears: existing?.years ?? null,
    },
  );
  return saved;
}

async function fallbackYears(
  tx: Tx,
  agency: { id: string; country: string },
  recordType: RetentionRecordType,
): Promise<number | undefined> {
  const rows = await periodsForAgency(tx, agency);
  const forType = rows.filter((row) => row.record_type === recordType && row.agency_id === null);
  return (forType.find((row) => row.jurisdiction !== '*') ?? forType.find((row) => row.jurisdiction === '*'))
    ?.years;
}

/**
 * Removes an agency's or a country's own period, so that its cases fall back to the country's or
 * the default. The default ('*') stays: without it some cases would never be anonymised.
 */
export async function removeRetentionPeriod(
  props: PeriodCommandProps & { found: RetentionPeriodRow },
): Promise<void> {
  const { found } = props;
  if (found.jurisdiction === '*') {
    throw new ConflictError(
      'retention_default_required',
      "The platform's default period cannot be removed: every case needs a period to fall back to. Change it instead.",
    );
  }
  if (!(await deletePeriod(props.tx, found.id))) throw new ForbiddenError();
  await auditCommand(
    props,
    'retention.remove_period',
    { type: 'retention_period', id: found.id },
    {
      recordType: found.record_type,
      scope: scopeOf(found),
      jurisdiction: found.jurisdiction,
      previousYears: found.years,
    },
  );
}
