export type {
  AccountingLine,
  AccountingOptions,
  AccountingPeriod,
  RetentionPolicy,
} from './accounting-of-disclosures';
export {
  accountingOfDisclosures,
  findRetentionStart,
  retentionPolicies,
} from './accounting-of-disclosures';
export type {
  CanDiscloseOptions,
  CategoryDecision,
  ConsentEventOccurrence,
  DenialReason,
  DenialReasonCode,
  DisclosureDecision,
  DisclosureRecipient,
  DisclosureRequest,
  RequiredAttachment,
  RequiredNotice,
} from './can-disclose';
export { canDisclose, matchesRecipient } from './can-disclose';
export { canonicalizeJson } from './canonical-json';
export type {
  Consent,
  ConsentExpiry,
  ConsentProvision,
  ConsentStatement,
  ConsentSubject,
  Party,
  ProvisionPeriod,
  Revocation,
  Signer,
} from './consent';
export {
  ConsentExpirySchema,
  ConsentProvisionSchema,
  ConsentSchema,
  ConsentSubjectSchema,
  consentStatements,
  PartySchema,
  ProvisionPeriodSchema,
  parseConsent,
  RevocationSchema,
  SignerSchema,
  safeParseConsent,
  TimestampSchema,
} from './consent';
export type { ConsentJsonSchemaOptions } from './consent-json-schema';
export { createConsentJsonSchema } from './consent-json-schema';
export type { CreateConsentOptions } from './create-consent';
export {
  createConsent,
  findMissingConsentElements,
  revokeConsent,
  safeCreateConsent,
} from './create-consent';
export type { CustomCode } from './custom-code';
export { CustomCodeSchema, isCustomCode } from './custom-code';
export type { DeidentifiedRecord, DeidentifyRecordOptions } from './deidentify-record';
export { AGE_90_OR_OLDER, deidentifyRecord } from './deidentify-record';
export type {
  DisclosureEntryOptions,
  DisclosureInput,
  DisclosureLegalBasis,
  DisclosureLogAnchor,
  DisclosureLogEntry,
  DisclosureLogProblem,
  DisclosureLogProblemKind,
  DisclosureLogVerification,
  VerifyDisclosureLogOptions,
} from './disclosure-log';
export {
  createDisclosureEntry,
  DisclosureInputSchema,
  DisclosureLegalBasisSchema,
  DisclosureLogEntrySchema,
  disclosureExceptions,
  GENESIS_HASH,
  hashDisclosureEntry,
  parseDisclosureInput,
  safeParseDisclosureInput,
  verifyDisclosureLog,
} from './disclosure-log';
export type { DisclosureLogStore } from './disclosure-store';
export {
  assertFollowsHead,
  createMemoryDisclosureStore,
  recordDisclosure,
} from './disclosure-store';
export type { CodeListName, MissingElement, PrivacyErrorCode } from './errors';
export { IncompleteConsentError, PrivacyError, UnknownCodeError } from './errors';
export type {
  FhirCodeableConcept,
  FhirCoding,
  FhirConsentActor,
  FhirConsentOptions,
  FhirConsentProvisionR4,
  FhirConsentProvisionR5,
  FhirConsentR4,
  FhirConsentR5,
  FhirPeriod,
  FhirReference,
} from './fhir-consent';
export {
  INFORMATION_CATEGORY_SYSTEM,
  LEGAL_BASIS_SYSTEM,
  toFhirConsent,
  toFhirConsentR4,
} from './fhir-consent';
export type {
  FieldClassification,
  FieldTag,
  SafeHarborIdentifierKind,
  SafeHarborTreatment,
} from './field-classification';
export { classifyFields, fieldClassifications } from './field-classification';
export { listLeafFieldPaths } from './field-paths';
export type {
  CategoryProtection,
  ConsentCategory,
  InformationCategory,
  InformationCategoryCatalog,
  InformationCategoryDefinition,
  InformationCategoryOptions,
  SensitivityCode,
  StandardInformationCategory,
} from './information-category';
export {
  ConsentCategorySchema,
  defaultInformationCategories,
  GENERAL_RECORDS,
  InformationCategorySchema,
  resolveCategoryCatalog,
  resolveInformationCategory,
  sensitivityCodes,
  standardInformationCategories,
} from './information-category';
export type { LegalBasis, LegalBasisDefinition, StandardLegalBasis } from './legal-basis';
export { LegalBasisSchema, legalBasisDefinitions, standardLegalBases } from './legal-basis';
export type { LegalBasisValidator, LegalBasisValidatorContext } from './legal-basis-validators';
export { legalBasisValidators } from './legal-basis-validators';
export type { NoticeCatalog, NoticeCode, NoticeDefinition } from './notice';
export { defaultNotices } from './notice';
export type {
  Pseudonym,
  Pseudonymizer,
  PseudonymizerOptions,
  PseudonymNamespace,
} from './pseudonymizer';
export { createPseudonymizer, MINIMUM_KEY_BYTES } from './pseudonymizer';
export type {
  Purpose,
  PurposeCatalog,
  PurposeDefinition,
  PurposeOfUseCode,
  PurposeOptions,
  StandardPurpose,
} from './purpose';
export {
  defaultPurposes,
  PurposeSchema,
  resolvePurpose,
  standardPurposes,
  treatmentPaymentOperationsPurposes,
} from './purpose';
export type { RedactionResult, RedactRecordOptions } from './redact-record';
export { redactRecord } from './redact-record';
export type { RestrictedZipPrefixTable } from './restricted-zip-prefixes';
export { restrictedZipPrefixes } from './restricted-zip-prefixes';
export type { SignerPolicy, SigningRule } from './signer-policy';
export { checkSigners, defaultSignerPolicy, wisconsinSignerPolicy } from './signer-policy';
export type {
  CellReference,
  CountTable,
  CustomSuppressionPolicyOptions,
  ProtectedCell,
  ProtectedRatio,
  ProtectedTable,
  RatioDefinition,
  RoundedCell,
  ShownCell,
  SuppressedCell,
  SuppressionPolicy,
  SuppressionPresetName,
  SuppressionReason,
  SuppressSmallCellsOptions,
} from './suppress-small-cells';
export {
  createSuppressionPolicy,
  suppressionPolicies,
  suppressSmallCells,
} from './suppress-small-cells';
