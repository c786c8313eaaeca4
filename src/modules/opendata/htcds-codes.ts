/**
 * The Human Trafficking Case Data Standard (HTCDS; IOM, Polaris, Liberty Shared; field names from
 * the HTCDS Field Reference: prefixes org_, prs_, vic_, hte_, cas_) as Lindung exports and imports
 * it. One record per victim or presumed victim of a victim case. Where our vocabulary is finer than
 * HTCDS's picklists, the record also carries our own code in an `lnd_` extension field, so that an
 * import of our own export gives back the same case; a file from another system without those
 * fields is read through the HTCDS values alone. docs/htcds-mapping.md is the table of it all.
 */
export const htcdsVersion = 'HTCDS field reference 0.2 (with 2.0 victim-context fields)';

export const htcdsGender = {
  female: 'Female',
  male: 'Male',
  other: 'Transgender/NonConforming',
  unknown: 'Unknown',
};
export const htcdsTraffickingStatus = {
  victim: 'ActualVictimOfTrafficking',
  presumed_victim: 'PossibleVictimOfTrafficking',
} as const;
export const htcdsCaseStatus = { open: 'Active', active: 'Active', closed: 'Closed' } as const;
export const htcdsExploitation: Record<string, 'ForcedLabour' | 'SexualExploitation' | 'Other'> = {
  forced_labour: 'ForcedLabour',
  domestic_servitude: 'ForcedLabour',
  sexual_exploitation: 'SexualExploitation',
  forced_criminality: 'Other',
  online_scam_compound: 'Other',
  forced_marriage: 'Other',
  organ_removal: 'Other',
  child_soldiering: 'Other',
  other: 'Other',
};
/** HTCDS's TypeOfLabourExploitation (CTDC's typeOfLabour*; fishing is CTDC's Aquafarming). */
export const htcdsLabour: Record<string, string> = {
  agriculture: 'Agriculture',
  plantation: 'Agriculture',
  fishing: 'Aquafarming',
  construction: 'Construction',
  domestic_work: 'DomesticWork',
  hospitality: 'Hospitality',
  entertainment: 'Hospitality',
  manufacturing: 'Manufacturing',
  mining: 'MiningOrDrilling',
  services: 'Other',
  other: 'Other',
};
/** HTCDS's ForcedLabourIndustry: ISIC rev. 4 sections. */
export const htcdsIndustry: Record<string, string> = {
  agriculture: 'A_AgricultureForestryAndFishing',
  plantation: 'A_AgricultureForestryAndFishing',
  fishing: 'A_AgricultureForestryAndFishing',
  mining: 'B_MiningAndQuarrying',
  manufacturing: 'C_Manufacturing',
  construction: 'F_Construction',
  hospitality: 'I_AccommodationAndFoodServiceActivities',
  entertainment: 'R_ArtsEntertainmentAndRecreation',
  services: 'S_OtherServiceActivities',
  domestic_work: 'T_ActivitiesOfHouseholdsAsEmployers',
};
export const htcdsControl: Record<string, string> = {
  debt_bondage: 'DebtBondage',
  document_confiscation: 'WithholdsDocuments',
  confinement: 'RestrictsMovement',
  isolation: 'RestrictsMovement',
  violence: 'PhysicalAbuse',
  threats: 'Threats',
  threats_to_family: 'Threats',
  withheld_wages: 'TakesEarnings',
  drugs: 'PsychoactiveSubstances',
  deception: 'FalsePromises',
  other: 'Other',
};
export const htcdsRelationship: Record<string, string> = {
  family: 'Familial',
  partner: 'Familial',
  friend: 'Acquainted',
  acquaintance: 'Acquainted',
  employer: 'Acquainted',
  agent: 'Acquainted',
  stranger: 'Unaquainted',
};
export const htcdsOrganisationType: Record<string, string> = {
  law_enforcement: 'LawEnforcement',
  immigration: 'ImmigrationService',
  ngo: 'NGO',
  shelter_operator: 'NGO',
  international_organisation: 'NGO',
  prosecution: 'LegalService',
};

/** HTCDS's picklist of MethodsOfControl. */
export const allControl = [
  'DebtBondage',
  'TakesEarnings',
  'RestrictsFinancialAccess',
  'Threats',
  'PsychologicalAbuse',
  'PhysicalAbuse',
  'SexualAbuse',
  'FalsePromises',
  'PsychoactiveSubstances',
  'RestrictsMovement',
  'RestrictsMedicalCare',
  'ExcessiveWorkingHours',
  'UsesChildren',
  'ThreatOfLawEnforcement',
  'WithholdsNecessities',
  'WithholdsDocuments',
  'Other',
];
/** HTCDS's picklist of TypeOfLabourExploitation. */
export const allLabour = [
  'Agriculture',
  'Aquafarming',
  'Begging',
  'Construction',
  'DomesticWork',
  'Hospitality',
  'IllicitActivities',
  'Manufacturing',
  'MiningOrDrilling',
  'Peddling',
  'Transportation',
  'Other',
];
/** HTCDS's picklist of ForcedLabourIndustry. */
export const allIndustry = [
  'A_AgricultureForestryAndFishing',
  'B_MiningAndQuarrying',
  'C_Manufacturing',
  'D_ElectricityGasSteamAndAirConditioningSupply',
  'E_WaterSupplySewerageWasteManagement',
  'F_Construction',
  'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
  'H_TransportationAndStorage',
  'I_AccommodationAndFoodServiceActivities',
  'J_InformationAndCommunication',
  'K_FinancialAndInsuranceActivities',
  'L_RealEstateActivities',
  'M_ProfessionalScientificAndTechnicalActivities',
  'N_AdministrativeAndSupportServiceActivities',
  'O_PublicAdministrationAndDefence',
  'P_Education',
  'Q_HumanHealthAndSocialWorkActivities',
  'R_ArtsEntertainmentAndRecreation',
  'S_OtherServiceActivities',
  'T_ActivitiesOfHouseholdsAsEmployers',
  'U_ActivitiesOfExtraterritorialOrganizations',
];
