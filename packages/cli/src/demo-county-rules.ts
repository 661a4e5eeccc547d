/**
 * The example county rule set the demo writes and loads: what a county's `county.json` looks like.
 * A large rural county weighs shared lived experience and travel more, switches off availability overlap,
 * and asks two years of recovery of partners mentoring a parent whose lived experience includes substance use.
 */
export const demoCountyRules = {
  $schema: './schemas/rule-set.schema.json',
  id: 'example-county',
  version: '2026.1',
  description:
    'Example county: lived experience and travel weigh more; two years of recovery for partners of parents in recovery.',
  rules: {
    'shared-lived-experience': { weight: 6 },
    proximity: { weight: 3 },
    'availability-overlap': { enabled: false },
  },
  add: [
    {
      id: 'two-years-recovery',
      kind: 'constraint',
      description: 'A parent in recovery is matched with a partner who has two years of recovery.',
      onMissing: 'fail',
      when: {
        any: [
          { not: { path: 'parent.livedExperience', op: 'intersects', value: ['substance_use'] } },
          {
            monthsBetween: [{ path: 'partner.recoveryDate' }, { asOf: true }],
            op: 'gte',
            value: 24,
          },
        ],
      },
      messages: {
        condition_met: { en: 'Has two years of recovery, or the parent is not in recovery.' },
        condition_not_met: {
          en: 'The parent is in recovery and the partner has less than two years of recovery.',
          es: 'La familia está en recuperación y la persona mentora tiene menos de dos años de recuperación.',
        },
        missing_value: { en: 'The partner has no recovery date on file.' },
      },
    },
  ],
} as const;
