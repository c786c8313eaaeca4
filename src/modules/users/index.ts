export { createUser } from './user.commands.ts';
export { registerUserRoutes } from './user.routes.ts';
export { createUserSchema, localeSchema } from './user.schema.ts';
