/** Test factory for the health screening module's API tests. Not part of the module's surface. */

/** A screening body that passes, with the given fields changed. */
export function screeningBody(extra: Record<string, unknown> = {}) {
  return {
    screenedOn: '2025-11-20',
    consent: { given: true, basis: 'written', reference: 'JKM/HS/2025/0141' },
    symptoms: ['fever', 'cough'],
    tests: [
      { code: 'covid19_rtk_antigen', takenOn: '2025-11-20', result: 'positive', resultOn: '2025-11-20' },
      { code: 'tuberculosis', takenOn: '2025-11-20', result: 'pending' },
    ],
    separation: { kind: 'isolation', startsOn: '2025-11-20', endsOn: '2025-11-27' },
    referral: { facility: 'Klinik Kesihatan Jinjang', referredOn: '2025-11-21', reason: 'Chest X-ray' },
    notes: 'Tired, eating little.',
    ...extra,
  };
}
