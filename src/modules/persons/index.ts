export { findPersonForCase, type PersonRow, requirePerson } from './person.repo.ts';
export { registerPersonRoutes } from './person.routes.ts';
