import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { findAgenciesOfType } from './referral.repo.ts';

/** How a referral names its receiver: by id, or by agency type and country. */
export interface RecipientRequest {
  readonly toAgencyId?: string | undefined;
  readonly toAgencyType?: string | undefined;
  readonly toCountry?: string | undefined;
}

/**
 * The agency a referral goes to: the one named, or the one active agency of the type in the
 * country. Never the sender itself. Several matching agencies are listed for the sender to choose.
 */
export async function resolveRecipient(tx: Tx, actor: Actor, request: RecipientRequest): Promise<string> {
  if (request.toAgencyId !== undefined) {
    const agency = await findAgency(tx, request.toAgencyId);
    if (!agency)
      throw new ValidationError([
        {
          code: 'agency_not_in_directory',
          field: 'toAgencyId',
          message: 'is not an agency of the directory',
        },
      ]);
    if (agency.id === actor.agencyId) {
      throw new RuleViolationError(
        'referral_to_own_agency',
        'A referral goes to another agency: toAgencyId names your own.',
        [{ code: 'agency_is_own', field: 'toAgencyId', message: 'names your own agency' }],
      );
    }
    if (!agency.active) {
      throw new RuleViolationError(
        'recipient_inactive',
        'The agency named by toAgencyId is no longer active.',
        [{ code: 'agency_inactive', field: 'toAgencyId', message: 'is no longer active' }],
      );
    }
    return agency.id;
  }
  const type = request.toAgencyType as string;
  const country = request.toCountry as string;
  const choices = await findAgenciesOfType(tx, { type, country, excluding: actor.agencyId });
  const [only] = choices;
  if (only && choices.length === 1) return only.id;
  if (!only) {
    throw new RuleViolationError(
      'recipient_not_found',
      `No other active agency of type ${type} in ${country} (toAgencyType, toCountry).`,
      [
        {
          code: 'agency_unknown',
          field: 'toAgencyType',
          message: `has no other active agency in ${country}`,
        },
      ],
    );
  }
  throw new RuleViolationError(
    'recipient_ambiguous',
    `${choices.length} agencies of type ${type} in ${country} match; name one with toAgencyId: ${choices
      .map((choice) => `${choice.short_name ?? choice.name} (${choice.id})`)
      .join(', ')}.`,
    [{ code: 'required', field: 'toAgencyId', message: `is needed: ${choices.length} agencies match` }],
  );
}
