import { recordAudit, recordRead } from '../../audit/audit.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import {
  listCasePlacements,
  listShelterPlacements,
  type PlacementRow,
  requirePlacement,
} from './placement.repo.ts';

interface ReadProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly requestId: string;
}

/** One placement, with the person's name, sex and age band; the read is audited. */
export async function readPlacement(props: ReadProps & { placementId: string }): Promise<PlacementRow> {
  const row = await requirePlacement(props.tx, props.placementId);
  await recordRead(props.tx, {
    actor: props.actor,
    subject: { type: 'placement', id: row.id },
    requestId: props.requestId,
    detail: { caseId: row.case_id, shelterId: row.shelter_id },
  });
  return row;
}

/** A case's placements, the latest first; the read is audited. */
export async function readCasePlacements(props: ReadProps & { caseId: string }): Promise<PlacementRow[]> {
  const rows = await listCasePlacements(props.tx, props.caseId);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'case.read_placements',
    subject: { type: 'case', id: props.caseId },
    requestId: props.requestId,
    detail: { results: rows.length },
  });
  return rows;
}

/** Who is (or was) placed in a shelter, for its operator; the read is audited. */
export async function readShelterResidents(
  props: ReadProps & { shelterId: string; currentOnly: boolean },
): Promise<PlacementRow[]> {
  const rows = await listShelterPlacements(props.tx, props.shelterId, props.currentOnly);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'shelter.read_residents',
    subject: { type: 'shelter', id: props.shelterId },
    requestId: props.requestId,
    detail: { results: rows.length, currentOnly: props.currentOnly },
  });
  return rows;
}
