/*
 * The codes of care plans, needs assessments and services delivered that the API takes and the
 * web app offers (decision 0091): one list each, read by the server's schemas and imported by the
 * web app. Plain constants, importing only other lists of codes.
 */

import { referralServices } from './sharing-codes.ts';

/**
 * The services a plan provides for and an agency delivers: the services a referral may ask for
 * (the list), and a few the field needs.
 */
export const careServiceTypes = [...referralServices, 'documentation', 'reintegration', 'other'] as const;
export const plannedServiceStatuses = ['planned', 'active', 'done', 'cancelled'] as const;
export const needDomains = [
  'safety',
  'shelter',
  'medical',
  'mental_health',
  'legal',
  'documentation',
  'financial',
  'employment',
  'education',
  'family',
  'repatriation',
  'interpretation',
] as const;
export const needLevels = ['none', 'low', 'medium', 'high', 'urgent'] as const;
