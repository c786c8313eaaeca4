/** The jurisdiction packs over the API, for forms and for showing the law behind a date. */
export { registerJurisdictionRoutes } from './jurisdiction.routes.ts';
