import { type SafeResult, toValidationIssues, ValidationError } from '@parent-partner/core';
import * as z from 'zod';
import { ConsentCategorySchema, InformationCategorySchema } from './information-category';
import { LegalBasisSchema } from './legal-basis';
import { PurposeSchema } from './purpose';

/** An ISO 8601 timestamp with an offset (`Z` or `±hh:mm`); instants are compared, not strings. */
export const TimestampSchema = z.iso.datetime({ offset: true });

const IdSchema = z.string().min(1).max(200);

/** Zod schema of a {@link Party}. */
export const PartySchema = z.strictObject({
  kind: z.enum(['organization', 'role', 'person']),
  id: IdSchema,
  organizationId: IdSchema.optional(),
  label: z.string().min(1).max(500).optional(),
  address: z.string().min(1).max(1000).optional(),
});

/**
 * A party to a consent or a disclosure, named as an organisation, a role (for example `caseworker`) or a person.
 *
 * A role or person may be limited to one organisation with `organizationId`.
 */
export type Party = z.infer<typeof PartySchema>;

/** Zod schema of a {@link Signer}. */
export const SignerSchema = z.strictObject({
  role: z.enum(['subject', 'parent-of-subject', 'guardian', 'legal-representative']),
  personId: IdSchema.optional(),
  method: z.enum(['written', 'electronic', 'verbal-witnessed']),
  signedOn: z.iso.date(),
  witnessId: IdSchema.optional(),
  authority: z.string().min(1).max(1000).optional(),
});

/** Someone who signed a consent: the subject or someone signing for them, how they signed, and when. */
export type Signer = z.infer<typeof SignerSchema>;

/** Zod schema of a {@link ConsentExpiry}. */
export const ConsentExpirySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('date'), at: TimestampSchema }),
  z.strictObject({
    type: z.literal('event'),
    event: IdSchema,
    description: z.string().max(500).optional(),
  }),
  z.strictObject({
    type: z.literal('date-or-event'),
    at: TimestampSchema,
    event: IdSchema,
    description: z.string().max(500).optional(),
  }),
  z.strictObject({ type: z.literal('none') }),
]);

/**
 * When a consent ends: at an instant, when a named event occurs (for example `case-closed`), whichever comes first, or never
 * (`none`, which only some legal bases accept).
 */
export type ConsentExpiry = z.infer<typeof ConsentExpirySchema>;

/** Statements a consent form can contain; each legal basis requires some of them. */
export const consentStatements = [
  'right-to-revoke',
  'revocation-procedure',
  'reliance-exception',
  'conditioning',
  'redisclosure-risk',
  'consequences-of-refusal',
  'not-condition-of-service',
] as const;

/** A statement the signed consent form contains, for example `right-to-revoke`. */
export type ConsentStatement = (typeof consentStatements)[number];

/** Zod schema of a {@link Revocation}. */
export const RevocationSchema = z.strictObject({
  receivedAt: TimestampSchema,
  method: z.enum(['written', 'electronic', 'verbal']),
  recordedBy: IdSchema.optional(),
});

/** The event that revokes a consent: when the program received it and how; it takes effect at `receivedAt`. */
export type Revocation = z.infer<typeof RevocationSchema>;

/** Zod schema of a {@link ProvisionPeriod}. */
export const ProvisionPeriodSchema = z.strictObject({
  start: TimestampSchema.optional(),
  end: TimestampSchema.optional(),
});

/** A half-open period `[start, end)`; a missing bound is open. */
export type ProvisionPeriod = z.infer<typeof ProvisionPeriodSchema>;

/**
 * A nested exception inside a consent, as in FHIR: it applies to the requests matching all of its criteria
 * (a missing criterion matches anything) and its `type` must be the opposite of the level above it.
 */
export interface ConsentProvision {
  /** `deny` inside a permit, `permit` inside a deny. */
  readonly type: 'permit' | 'deny';
  /** Recipients the exception applies to. */
  readonly recipients?: readonly Party[] | undefined;
  /** Categories the exception applies to. */
  readonly categories?: readonly z.infer<typeof InformationCategorySchema>[] | undefined;
  /** Purposes the exception applies to. */
  readonly purposes?: readonly z.infer<typeof PurposeSchema>[] | undefined;
  /** When the exception applies. */
  readonly period?: ProvisionPeriod | undefined;
  /** Exceptions to this exception. */
  readonly provisions?: readonly ConsentProvision[] | undefined;
}

/** Zod schema of a {@link ConsentProvision}. */
export const ConsentProvisionSchema: z.ZodType<ConsentProvision> = z.lazy(() =>
  z.strictObject({
    type: z.enum(['permit', 'deny']),
    recipients: z.array(PartySchema).min(1).optional(),
    categories: z.array(InformationCategorySchema).min(1).optional(),
    purposes: z.array(PurposeSchema).min(1).optional(),
    period: ProvisionPeriodSchema.optional(),
    provisions: z.array(ConsentProvisionSchema).optional(),
  }),
);

/** Zod schema of a {@link ConsentSubject}. */
export const ConsentSubjectSchema = z.strictObject({
  kind: z.enum(['parent', 'child', 'other']),
  id: IdSchema,
  ageAtSigning: z.number().int().min(0).max(130).optional(),
});

/** The person whose information the consent releases; `ageAtSigning` drives the who-may-sign rules (absent means adult). */
export type ConsentSubject = z.infer<typeof ConsentSubjectSchema>;

const ConsentObjectSchema = z.strictObject({
  id: IdSchema,
  version: z.number().int().min(1).optional(),
  legalBasis: LegalBasisSchema,
  jurisdiction: z
    .string()
    .regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/)
    .optional(),
  subject: ConsentSubjectSchema,
  signers: z.array(SignerSchema),
  disclosingParties: z.array(PartySchema),
  recipients: z.array(PartySchema),
  categories: z.array(ConsentCategorySchema),
  informationDescription: z.string().min(1).max(4000).optional(),
  purposes: z.array(PurposeSchema),
  effectiveFrom: TimestampSchema,
  expiry: ConsentExpirySchema.optional(),
  statements: z.array(z.enum(consentStatements)),
  revocation: RevocationSchema.optional(),
  provisions: z.array(ConsentProvisionSchema).optional(),
});

/**
 * Zod schema of a consent record (structure only; the legal basis's required elements are checked by `createConsent`).
 *
 * The root of a consent is a permit; nested `provisions` alternate deny, permit, ... as FHIR R5 provisions do.
 */
export const ConsentSchema = ConsentObjectSchema.superRefine((consent, context) => {
  const walk = (
    provisions: readonly ConsentProvision[] | undefined,
    parent: 'permit' | 'deny',
    path: (string | number)[],
  ) => {
    provisions?.forEach((provision, index) => {
      const here = [...path, index];
      if (provision.type === parent) {
        context.addIssue({
          code: 'custom',
          path: [...here, 'type'],
          message: 'a nested provision must negate the level above it',
        });
      }
      walk(provision.provisions, provision.type, [...here, 'provisions']);
    });
  };
  walk(consent.provisions, 'permit', ['provisions']);
  consent.signers.forEach((signer, index) => {
    if (signer.method === 'verbal-witnessed' && signer.witnessId === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['signers', index, 'witnessId'],
        message: 'a verbal consent needs a witness',
      });
    }
  });
});

/** A consent record: immutable once created; revocation is an appended event, never an edit. */
export type Consent = z.infer<typeof ConsentSchema>;

/** Parses a stored consent record's structure, throwing a `ValidationError` that lists paths and codes. */
export function parseConsent(input: unknown): Consent {
  const result = safeParseConsent(input);
  if (!result.success) throw result.error;
  return result.data;
}

/** Parses a stored consent record's structure, returning a result instead of throwing. */
export function safeParseConsent(input: unknown): SafeResult<Consent> {
  const result = ConsentSchema.safeParse(input);
  if (result.success) return { success: true, data: deepFreeze(result.data) };
  return {
    success: false,
    error: new ValidationError('consent', toValidationIssues(result.error.issues)),
  };
}

/** Freezes a plain data value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
