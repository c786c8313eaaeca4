/**
 * The partner network: a country's directory of civil-society organisations, international
 * organisations and government focal points, network membership, MoUs whose expiry is a deadline,
 * and the partners offering a service as referral targets. No victim data.
 */

export { createPartner, recordMou } from './partner.commands.ts';
export { partnerLabels } from './partner.labels.ts';
export { registerPartnerRoutes } from './partner.routes.ts';
export type { PartnerInput } from './partner.schema.ts';
