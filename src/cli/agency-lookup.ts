import type { Tx } from '../db/db.ts';
import { findAgenciesByShortName, findAgency } from '../modules/agencies/index.ts';
import { ValidationError } from '../shared/errors.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Finds the agency an operator names on the command line: by id, or by short name (PDRM,
 * KPPPA) when exactly one agency has it. Returns the agency's id.
 */
export async function resolveAgency(tx: Tx, named: string): Promise<string> {
  if (uuid.test(named)) {
    const agency = await findAgency(tx, named);
    if (!agency) throw new ValidationError([{ field: 'agency', message: `no agency has the id ${named}` }]);
    return agency.id;
  }
  const matches = await findAgenciesByShortName(tx, named);
  const [only] = matches;
  if (!only) {
    throw new ValidationError([
      { field: 'agency', message: `no agency has the id or short name "${named}"` },
    ]);
  }
  if (matches.length > 1) {
    const choices = matches.map((agency) => `${agency.id} (${agency.name}, ${agency.country})`).join('; ');
    throw new ValidationError([
      { field: 'agency', message: `several agencies are called "${named}"; give the id of one: ${choices}` },
    ]);
  }
  return only.id;
}
