import * as z from 'zod';

/** A program-defined code: `custom:` followed by lowercase words joined by hyphens, for example `custom:housing-plan`. */
export type CustomCode = `custom:${string}`;

/** Zod schema of a {@link CustomCode}. */
export const CustomCodeSchema = z.templateLiteral([
  'custom:',
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
]);

/** Tells whether a string is a well-formed {@link CustomCode}. */
export function isCustomCode(value: string): value is CustomCode {
  return CustomCodeSchema.safeParse(value).success;
}
