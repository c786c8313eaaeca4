/**
 * Open data (issue 7): CTDC-style anonymised microdata with k = 11, and the Human Trafficking Case
 * Data Standard (HTCDS) export and import. See docs/decisions/0023-open-data.md and
 * docs/htcds-mapping.md.
 */
export { registerOpenDataRoutes } from './opendata.routes.ts';
