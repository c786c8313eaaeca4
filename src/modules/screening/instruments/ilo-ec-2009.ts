import type { Profile, ScreeningInstrument, ThresholdCombination } from '../instrument.schema.ts';
import { abuseOfVulnerabilityAtDestinationIndicators } from './ilo-ec-2009/abuse-of-vulnerability-at-destination.ts';
import { coercionAtDestinationIndicators } from './ilo-ec-2009/coercion-at-destination.ts';
import { coerciveRecruitmentIndicators } from './ilo-ec-2009/coercive-recruitment.ts';
import { deceptiveRecruitmentIndicators } from './ilo-ec-2009/deceptive-recruitment.ts';
import { iloEc2009Dimensions, iloEc2009Stages } from './ilo-ec-2009/dimensions.ts';
import { exploitativeConditionsIndicators } from './ilo-ec-2009/exploitative-conditions.ts';
import { recruitmentAbuseOfVulnerabilityIndicators } from './ilo-ec-2009/recruitment-abuse-of-vulnerability.ts';

const sexualListsNote =
  'Derived from the labour list with the known differences only ("forced tasks or clients" strong; for children ' +
  '"hazardous work" strong). The strengths are to be confirmed against ILO WCMS_105036 before this list is ' +
  'treated as authoritative.';

const profiles: Profile[] = [
  {
    code: 'adult_labour',
    population: 'adult',
    exploitation: 'labour',
    status: 'confirmed',
    name: {
      en: 'Adults: labour exploitation',
      ms: 'Dewasa: eksploitasi buruh',
      id: 'Dewasa: eksploitasi tenaga kerja',
      vi: 'Người lớn: bóc lột lao động',
    },
  },
  {
    code: 'adult_sexual',
    population: 'adult',
    exploitation: 'sexual',
    status: 'provisional',
    statusNote: sexualListsNote,
    name: {
      en: 'Adults: sexual exploitation',
      ms: 'Dewasa: eksploitasi seksual',
      id: 'Dewasa: eksploitasi seksual',
      vi: 'Người lớn: bóc lột tình dục',
    },
  },
  {
    code: 'child_labour',
    population: 'child',
    exploitation: 'labour',
    status: 'confirmed',
    name: {
      en: 'Children: labour exploitation',
      ms: 'Kanak-kanak: eksploitasi buruh',
      id: 'Anak: eksploitasi tenaga kerja',
      vi: 'Trẻ em: bóc lột lao động',
    },
  },
  {
    code: 'child_sexual',
    population: 'child',
    exploitation: 'sexual',
    status: 'provisional',
    statusNote: sexualListsNote,
    name: {
      en: 'Children: sexual exploitation',
      ms: 'Kanak-kanak: eksploitasi seksual',
      id: 'Anak: eksploitasi seksual',
      vi: 'Trẻ em: bóc lột tình dục',
    },
  },
];

/** WCMS_105023 p.3: a dimension is present with any one of these sets of "yes" answers. */
const iloThresholds: ThresholdCombination[] = [
  { strong: 2 },
  { strong: 1, mediumOrWeak: 1 },
  { medium: 3 },
  { medium: 2, weak: 1 },
];

const recruitment = {
  stage: 'recruitment',
  anyOf: ['deceptive_recruitment', 'coercive_recruitment', 'recruitment_abuse_of_vulnerability'],
};
const exploitation = { stage: 'exploitation', anyOf: ['exploitative_conditions'] };

/**
 * The ILO/European Commission operational indicators of trafficking in human beings (Delphi
 * survey, revised September 2009): four lists, six dimensions, 67 indicators in the adult-labour
 * list. The indicator names are paraphrased as questions an officer can ask or answer by
 * observation; the strengths and rule are the experts'. Validate with `validateInstrument`.
 */
export const iloEc2009Instrument: ScreeningInstrument = {
  id: 'ilo-ec-2009',
  version: '2009.09',
  title: {
    en: 'ILO/European Commission operational indicators of trafficking in human beings (2009)',
    ms: 'Penunjuk operasi pemerdagangan orang ILO/Suruhanjaya Eropah (2009)',
    id: 'Indikator operasional perdagangan orang ILO/Komisi Eropa (2009)',
    vi: 'Bộ chỉ số tác nghiệp về mua bán người của ILO/Ủy ban châu Âu (2009)',
  },
  sources: [
    {
      title:
        'ILO/EC, Operational indicators of trafficking in human beings (March 2009, revised September 2009)',
      url: 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm',
      note: 'Primary source of the four lists, the strengths and the decision rule.',
    },
    {
      title: 'European Commission, Operational indicators of trafficking in human beings',
      url: 'https://ec.europa.eu/anti-trafficking/publications/operational-indicators-trafficking-human-beings_en',
    },
    {
      title: 'Full-text mirror of the brochure',
      url: 'https://studylib.net/doc/18207627/operational-indicators-of-trafficking-in-human-beings',
      note: 'To check the indicators marked unconfirmed.',
    },
    {
      title: 'ILO, Explanations for indicators of trafficking for sexual exploitation',
      url: 'http://www.ilo.org/global/topics/forced-labour/publications/WCMS_105036/lang--en/index.htm',
      note: 'Needed to confirm the provisional adult_sexual and child_sexual strengths.',
    },
    {
      title: 'Public synthesis of the Delphi lists ("Unified Weighted Trafficking-Indicator Reference")',
      note: 'Secondary source [S] of the adult-labour and child-labour strengths and of the rule wording; not yet checked line by line against WCMS_105023.',
    },
  ],
  stages: iloEc2009Stages,
  dimensions: iloEc2009Dimensions,
  profiles,
  indicators: [
    ...deceptiveRecruitmentIndicators,
    ...coerciveRecruitmentIndicators,
    ...recruitmentAbuseOfVulnerabilityIndicators,
    ...exploitativeConditionsIndicators,
    ...coercionAtDestinationIndicators,
    ...abuseOfVulnerabilityAtDestinationIndicators,
  ],
  decisionRule: {
    // The same four combinations apply to every dimension in the ILO/EC rule.
    thresholds: iloEc2009Dimensions.map((dimension) => ({
      dimension: dimension.code,
      presentWhenAnyOf: iloThresholds,
    })),
    profileRules: [
      {
        profiles: ['adult_labour', 'adult_sexual'],
        requires: [
          recruitment,
          exploitation,
          {
            stage: 'coercion_or_vulnerability_at_destination',
            anyOf: ['coercion_at_destination', 'abuse_of_vulnerability_at_destination'],
          },
        ],
        note: 'Palermo Protocol art. 3(a): an act, a means and a purpose of exploitation.',
      },
      {
        profiles: ['child_labour', 'child_sexual'],
        requires: [recruitment, exploitation],
        note: 'Palermo Protocol art. 3(c): for a child the means need not be shown.',
      },
    ],
    unconfirmed:
      'Thresholds per dimension from WCMS_105023 p.3 as quoted by a secondary source [S]; the combination ' +
      'into a presumed victim is [S/U], wording not yet confirmed against the primary text.',
  },
};
