import { recordAudit } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import { regionProblem, regionsOf } from '../../jurisdictions/index.ts';
import type { Actor } from '../../policy/policy.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { shelterFields } from './shelter.fields.ts';
import {
  insertBeds,
  insertShelter,
  requireShelter,
  type ShelterColumns,
  type ShelterRow,
  setBedInService,
  updateShelterColumns,
} from './shelter.repo.ts';
import type {
  AdmittedSex,
  CreateShelter,
  ShelterPopulation,
  ShelterRulesInput,
  UpdateShelter,
} from './shelter.schema.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/** The rules a shelter for a population has unless it says otherwise. */
const defaultRules: Record<
  ShelterPopulation,
  { sexes: AdmittedSex[]; minAge: number | null; maxAge: number | null }
> = {
  women: { sexes: ['female'], minAge: 18, maxAge: null },
  men: { sexes: ['male'], minAge: 18, maxAge: null },
  children: { sexes: ['female', 'male', 'other'], minAge: null, maxAge: 17 },
  mixed: { sexes: ['female', 'male', 'other'], minAge: null, maxAge: null },
};

/** The rules given, the rest from `base`: the population's defaults, or the shelter's rules so far. */
function rulesFor(
  population: ShelterPopulation,
  rules: ShelterRulesInput | undefined,
  base: { sexes: readonly AdmittedSex[]; minAge: number | null; maxAge: number | null } = defaultRules[
    population
  ],
) {
  return {
    admits_sexes: [...new Set(rules?.sexes ?? base.sexes)],
    min_age: rules?.minAge === undefined ? base.minAge : rules.minAge,
    max_age: rules?.maxAge === undefined ? base.maxAge : rules.maxAge,
  };
}

async function shelterProblems(
  tx: Tx,
  agencyId: string,
  columns: { region?: string | undefined; min_age?: number | null; max_age?: number | null },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const agency = await findAgency(tx, agencyId);
  if (columns.region && agency && columns.region.slice(0, 2) !== agency.country) {
    problems.push({
      code: 'region_other_country',
      field: 'region',
      message: `is not in your agency's country (${agency.country})`,
    });
  } else if (columns.region && agency && regionsOf(agency.country).length > 0) {
    // Where the platform lists the country's regions, a shelter's is one of them (not a former one).
    const refused = regionProblem(agency.country, columns.region, 'region');
    if (refused) problems.push(refused);
  }
  if (columns.min_age != null && columns.max_age != null && columns.min_age > columns.max_age) {
    problems.push({ code: 'max_age_below_min', field: 'rules.maxAge', message: 'is below the minimum age' });
  }
  return problems;
}

function labelsOf(beds: CreateShelter['beds']): string[] {
  return typeof beds === 'number' ? Array.from({ length: beds }, (_, index) => String(index + 1)) : beds;
}

function duplicateLabelProblems(
  labels: readonly string[],
  taken: readonly string[],
  field: string,
): FieldProblem[] {
  const seen = new Set(taken.map((label) => label.toLowerCase()));
  const problems: FieldProblem[] = [];
  labels.forEach((label, index) => {
    if (seen.has(label.toLowerCase()))
      problems.push({ code: 'bed_label_repeated', field: `${field}.${index}`, message: 'is already a bed' });
    seen.add(label.toLowerCase());
  });
  return problems;
}

async function audit(
  props: CommandProps,
  action: string,
  shelterId: string,
  detail: Record<string, unknown>,
) {
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action,
    subject: { type: 'shelter', id: shelterId },
    requestId: props.requestId,
    detail,
  });
}

/**
 * Registers a shelter run by the actor's agency: whom it takes (the population's rules unless
 * given), its region in the agency's country, its beds, services and contact; the address encrypted.
 */
export async function registerShelter(props: CommandProps & { shelter: CreateShelter }): Promise<ShelterRow> {
  const { tx, actor, shelter } = props;
  const rules = rulesFor(shelter.population, shelter.rules);
  const bedLabels = labelsOf(shelter.beds);
  const problems = [
    ...(await shelterProblems(tx, actor.agencyId, { region: shelter.region, ...rules })),
    ...duplicateLabelProblems(bedLabels, [], 'beds'),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  const id = await insertShelter(tx, {
    agencyId: actor.agencyId,
    createdBy: actor.userId,
    name: shelter.name,
    type: shelter.type,
    population: shelter.population,
    ...rules,
    region: shelter.region,
    address: shelter.address ? encryptField(props.keyring, shelterFields.address, shelter.address) : null,
    phone: shelter.phone ?? null,
    email: shelter.email ?? null,
    services: [...new Set(shelter.services)],
    active: true,
    bedLabels,
  });
  await audit(props, 'shelter.create', id, {
    population: shelter.population,
    region: shelter.region,
    beds: bedLabels.length,
  });
  return requireShelter(tx, id);
}

/**
 * Changes a shelter's details. A new population brings its default rules (but for those given);
 * rules alone change only the parts given.
 */
export async function updateShelter(
  props: CommandProps & { shelter: ShelterRow; changes: UpdateShelter },
): Promise<ShelterRow> {
  const { tx, shelter, changes } = props;
  const columns: Partial<ShelterColumns> = {
    name: changes.name,
    type: changes.type,
    population: changes.population,
    region: changes.region,
    phone: changes.phone,
    email: changes.email,
    services: changes.services && [...new Set(changes.services)],
    active: changes.active,
  };
  if (changes.address !== undefined) {
    columns.address =
      changes.address === null ? null : encryptField(props.keyring, shelterFields.address, changes.address);
  }
  if (changes.population !== undefined && changes.population !== shelter.population) {
    Object.assign(columns, rulesFor(changes.population, changes.rules));
  } else if (changes.rules !== undefined) {
    const current = { sexes: shelter.admits_sexes, minAge: shelter.min_age, maxAge: shelter.max_age };
    Object.assign(columns, rulesFor(shelter.population, changes.rules, current));
  }
  const problems = await shelterProblems(tx, shelter.agency_id, columns);
  if (problems.length > 0) throw new ValidationError(problems);
  await updateShelterColumns(tx, shelter.id, columns);
  const changed = Object.entries(columns)
    .filter(([, value]) => value !== undefined)
    .map(([column]) => column);
  await audit(props, 'shelter.update', shelter.id, { changed });
  return requireShelter(tx, shelter.id);
}

/** Adds beds to a shelter, each with a label not yet used there. */
export async function addBeds(
  props: CommandProps & { shelter: ShelterRow; labels: readonly string[] },
): Promise<ShelterRow> {
  const { tx, shelter, labels } = props;
  const problems = duplicateLabelProblems(
    labels,
    shelter.beds.map((bed) => bed.label),
    'labels',
  );
  if (problems.length > 0) throw new ValidationError(problems);
  await insertBeds(tx, shelter.id, shelter.agency_id, labels);
  await audit(props, 'shelter.add_beds', shelter.id, { beds: labels.length });
  return requireShelter(tx, shelter.id);
}

/** Takes a bed out of service or back into it; an occupied bed stays in service until it is free. */
export async function changeBed(
  props: CommandProps & { shelter: ShelterRow; bedId: string; inService: boolean },
): Promise<ShelterRow> {
  const { tx, shelter, bedId, inService } = props;
  const bed = shelter.beds.find((candidate) => candidate.id === bedId);
  if (!bed)
    throw new ValidationError([
      { code: 'bed_not_of_shelter', field: 'params.bedId', message: 'is not a bed of this shelter' },
    ]);
  if (!inService && bed.inService && !bed.free) {
    throw new ConflictError(
      'bed_occupied',
      'Someone is placed in this bed. Discharge or transfer them first.',
    );
  }
  await setBedInService(tx, bedId, inService);
  await audit(props, 'shelter.change_bed', shelter.id, { bedId, inService });
  return requireShelter(tx, shelter.id);
}
