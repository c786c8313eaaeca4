export { queueNameKeysRefill, refillNameKeysHandler, refillNameKeysJob } from './name-keys.job.ts';
export { createPerson, queueMatchOfPersons } from './person.commands.ts';
export { personFields } from './person.fields.ts';
export { personPolicy } from './person.policy.ts';
export { presentBirth } from './person.presenter.ts';
export { earliestBirthOf, findPersonForCase, type PersonRow, requirePerson } from './person.repo.ts';
export { registerPersonRoutes } from './person.routes.ts';
export { birthSchema } from './person.schema.ts';
export { ensureNameKeys, nameKeysFor, nameKeysVersion, type StoredBirth } from './person-name-keys.ts';
