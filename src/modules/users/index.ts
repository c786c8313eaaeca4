export { createUser } from './user.commands.ts';
export { registerUserRoutes } from './user.routes.ts';
export { localeSchema } from './user.schema.ts';
