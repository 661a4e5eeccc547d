import type * as z from 'zod';
import { ValidationError, type ValidationIssue } from './errors';

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

// Zod's own messages are not used: some of them quote the input (for example the
// offending option of an enum). Every message here is built from the issue's
// kind and the schema's constraints only.
function describeIssue(issue: z.core.$ZodIssue): { code: string; message: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', message: `expected ${issue.expected}` };
    case 'too_small':
      return {
        code: 'too_small',
        message:
          issue.origin === 'array' || issue.origin === 'set'
            ? `must have at least ${String(issue.minimum)} item(s)`
            : issue.origin === 'string'
              ? `must be at least ${String(issue.minimum)} character(s)`
              : `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        code: 'too_big',
        message:
          issue.origin === 'array' || issue.origin === 'set'
            ? `must have at most ${String(issue.maximum)} item(s)`
            : issue.origin === 'string'
              ? `must be at most ${String(issue.maximum)} character(s)`
              : `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`,
      };
    case 'invalid_format':
      // Format messages (ours, or zod's which name the pattern) never contain the input.
      return { code: 'invalid_format', message: issue.message };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', message: `must be a multiple of ${String(issue.divisor)}` };
    case 'invalid_value':
      return { code: 'unknown_code', message: 'must be one of the allowed values' };
    case 'invalid_union':
      return {
        code: issue.message.includes(' list or a custom: code') ? 'unknown_code' : 'invalid_union',
        message: issue.message.includes(' list')
          ? issue.message
          : 'does not match any allowed shape',
      };
    case 'invalid_key':
      return { code: 'invalid_key', message: 'has an invalid key' };
    case 'invalid_element':
      return { code: 'invalid_element', message: 'has an invalid element' };
    case 'custom':
      // Refinement messages are written in this SDK and never interpolate input; a refinement may name its own code.
      return {
        code: typeof issue.params?.code === 'string' ? issue.params.code : 'invalid_value',
        message: issue.message,
      };
    default:
      return { code: 'invalid', message: 'is invalid' };
  }
}

/** Converts zod issues into SDK validation issues: paths and codes, never input values. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const result: ValidationIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        result.push({
          path: formatPath([...issue.path, key]),
          code: 'unknown_field',
          message: 'is not a known field',
        });
      }
      continue;
    }
    const { code, message } = describeIssue(issue);
    result.push({ path: formatPath(issue.path), code, message });
  }
  return result;
}

/** Parses `input` with `schema`, throwing a {@link ValidationError} that names paths and codes only. */
export function parseWithSchema<Schema extends z.ZodType>(
  subject: string,
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(subject, toValidationIssues(result.error.issues));
}

/** Parses `input` with `schema`, returning `{ success, data }` or `{ success, error }` instead of throwing. */
export function safeParseWithSchema<Schema extends z.ZodType>(
  subject: string,
  schema: Schema,
  input: unknown,
): { success: true; data: z.output<Schema> } | { success: false; error: ValidationError } {
  const result = schema.safeParse(input);
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    error: new ValidationError(subject, toValidationIssues(result.error.issues)),
  };
}
