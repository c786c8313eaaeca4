/**
 * The roles an administrator gives, in the order they appear on the form. The server checks every
 * membership (an agency administrator gives roles in their own agency only, never `system_admin`).
 */
export const agencyRoles = [
  'frontline_officer',
  'case_manager',
  'shelter_manager',
  'health_worker',
  'investigator',
  'prosecutor',
  'coordinator',
  'trainer',
  'agency_admin',
  'auditor',
] as const;

/** Given only by the platform administrator (`user:manage_any`). */
export const platformRoles = ['system_admin'] as const;

export const locales = ['en', 'ms', 'id', 'vi'] as const;
