import { ApiProblem, api } from '../../api/client.ts';
import { readLocalDraft, saveLocalDraft } from './offline-store.ts';
import type { LocalDraft, Screening } from './types.ts';

/** The server changed the screening since this device last saw it: the user decides, not us. */
export class DraftConflict extends Error {
  readonly server: Screening;
  constructor(server: Screening) {
    super('conflict');
    this.server = server;
  }
}

/** A draft on the server, taken onto this device to go on with it. */
export function draftFromServer(screening: Screening, personName: string): LocalDraft {
  return {
    localId: `server-${screening.id}`,
    person: { id: screening.personId, name: personName, idempotencyKey: crypto.randomUUID() },
    screeningId: screening.id,
    screeningKey: crypto.randomUUID(),
    serverUpdatedAt: screening.updatedAt,
    instrument: screening.instrument,
    profile: screening.profile,
    profileReason: screening.profileReason ?? '',
    answers: screening.answers,
    interpreterLanguage: screening.interpreter?.language ?? '',
    interpreterName: screening.interpreter?.name ?? '',
    location: screening.location ?? '',
    observations: screening.observations ?? '',
    step: 1,
    completeWhenSent: false,
    state: 'editing',
    savedAt: new Date().toISOString(),
  };
}

const forgotten = { answers: {}, observations: '', location: '', interpreterName: '' };

/** The reason for a child profile, when the officer gave one. */
const profileReasonOf = (draft: LocalDraft) => draft.profileReason?.trim() || null;

function details(draft: LocalDraft) {
  return {
    profile: draft.profile,
    profileReason: profileReasonOf(draft),
    interpreter: draft.interpreterLanguage.trim()
      ? {
          language: draft.interpreterLanguage.trim().toLowerCase(),
          ...(draft.interpreterName.trim() && { name: draft.interpreterName.trim() }),
        }
      : null,
    location: draft.location.trim() || null,
    observations: draft.observations.trim() || null,
    answers: draft.answers,
  };
}

/**
 * Sends a draft to the server, step by step, saving what the server said after each step so
 * that a retry (after a lost answer or a reload) repeats nothing: the person and the screening are
 * created with idempotency keys, and a screening changed on the server since this device last saw
 * it is a conflict, never overwritten. Returns the screening as the server now has it.
 */
export async function sendDraft(input: LocalDraft): Promise<{ draft: LocalDraft; screening: Screening }> {
  let draft = { ...input };
  const keep = async (change: Partial<LocalDraft>) => {
    draft = { ...draft, ...change, savedAt: new Date().toISOString() };
    await saveLocalDraft(draft);
  };
  if (!draft.person.id) {
    const newPerson = draft.person.newPerson;
    if (!newPerson) throw new Error('a draft without a person');
    const person = await api<{ id: string }>(
      'POST',
      '/api/persons',
      {
        names: [{ fullName: newPerson.fullName }],
        sex: newPerson.sex,
        ...(newPerson.nationality.trim() && { nationality: newPerson.nationality.trim().toUpperCase() }),
      },
      { 'idempotency-key': draft.person.idempotencyKey },
    );
    await keep({ person: { ...draft.person, id: person.id } });
  }
  // The case intake goes last, once the screening is complete, with its own key.
  const openCaseIfAsked = async () => {
    const intake = draft.openCase;
    if (!intake || intake.caseId) return;
    const opened = await api<{ id: string }>(
      'POST',
      '/api/cases',
      {
        type: 'victim_case',
        personId: draft.person.id,
        riskLevel: intake.riskLevel,
        ...(intake.summary.trim() && { summary: intake.summary.trim() }),
      },
      { 'idempotency-key': intake.idempotencyKey },
    );
    await keep({ openCase: { ...intake, summary: '', caseId: opened.id } });
  };
  let screening: Screening;
  if (!draft.screeningId) {
    // Created with the instrument alone (a body that never changes, so a retry with the same key
    // is the same request); everything else follows as a change.
    screening = await api<Screening>(
      'POST',
      `/api/persons/${draft.person.id}/screenings`,
      {
        instrument: draft.instrument,
        profile: draft.profile,
        ...(profileReasonOf(draft) && { profileReason: profileReasonOf(draft) }),
      },
      { 'idempotency-key': draft.screeningKey },
    );
    await keep({ screeningId: screening.id, serverUpdatedAt: screening.updatedAt });
  } else {
    screening = await api<Screening>('GET', `/api/screenings/${draft.screeningId}`);
    const completedByUs = screening.status === 'completed' && draft.completeWhenSent;
    if (completedByUs) {
      await openCaseIfAsked();
      await keep({ ...forgotten, state: 'sent', serverUpdatedAt: screening.updatedAt });
      return { draft, screening };
    }
    if (screening.status === 'completed' || screening.updatedAt !== draft.serverUpdatedAt) {
      await keep({ state: 'conflict' });
      throw new DraftConflict(screening);
    }
  }
  try {
    // Saved only on the version this device last saw: a save slipping in since is refused (412).
    screening = await api<Screening>('PATCH', `/api/screenings/${draft.screeningId}`, details(draft), {
      'if-match': `"${screening.updatedAt}"`,
    });
    await keep({ serverUpdatedAt: screening.updatedAt });
    if (draft.completeWhenSent) {
      screening = await api<Screening>('POST', `/api/screenings/${draft.screeningId}/complete`);
      await keep({ serverUpdatedAt: screening.updatedAt });
      await openCaseIfAsked();
      // Sent: the device keeps no more than a pointer to it.
      await keep({ ...forgotten, state: 'sent', serverUpdatedAt: screening.updatedAt });
    }
  } catch (error) {
    if (error instanceof ApiProblem && (error.status === 409 || error.status === 412)) {
      const server = await api<Screening>('GET', `/api/screenings/${draft.screeningId}`);
      await keep({ state: 'conflict' });
      throw new DraftConflict(server);
    }
    throw error;
  }
  return { draft, screening };
}

/** Whether an error means the network (not the server) failed: keep the draft and try later. */
export function isOffline(error: unknown): boolean {
  return (error instanceof ApiProblem && error.status === 0) || !navigator.onLine;
}

let queue: Promise<unknown> = Promise.resolve();

/** One send at a time on this device, so two tabs' worth of retries never race each other. */
export function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Sends the draft as this device last saved it, one send at a time: a second trigger (the wizard
 * and the background both seeing the network come back) finds it sent and sends nothing.
 */
export function sendStored(localId: string): Promise<{ draft: LocalDraft; screening: Screening }> {
  return exclusively(async () => {
    const latest = await readLocalDraft(localId);
    if (!latest) throw new Error('no such draft');
    if (latest.state === 'sent' && latest.screeningId) {
      return {
        draft: latest,
        screening: await api<Screening>('GET', `/api/screenings/${latest.screeningId}`),
      };
    }
    return sendDraft(latest);
  });
}
