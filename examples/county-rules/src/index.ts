import { pathToFileURL } from 'node:url';
import {
  defineRule,
  explainRanking,
  extendRuleSet,
  type PartnerRanking,
  parseRuleSet,
  type RuleSet,
  rankPartners,
} from '@parent-partner/matching';
import { createSyntheticProgram } from '@parent-partner/testing';
import countyRules from './county-rules.json' with { type: 'json' };

/** Where the example prints: one line at a time (the test passes its own). */
export type WriteLine = (line: string) => void;

/** What the example decided, for the test to check. */
export interface CountyRulesSummary {
  /** The county's rule set. */
  readonly ruleSet: RuleSet;
  /** The ranking shown. */
  readonly ranking: PartnerRanking;
  /** The English explanation printed. */
  readonly explanation: string;
  /** The Spanish explanation printed. */
  readonly spanishExplanation: string;
}

/**
 * A rule in code: the county prefers partners who offer remote meetings for parents who asked for them,
 * something its JSON settings cannot express as a score.
 */
export const remoteFriendlyRule = defineRule({
  id: 'remote-friendly',
  kind: 'preference',
  weight: 1.5,
  description:
    'Prefers partners who meet remotely when the parent asked for remote meetings (long drives in a rural county).',
  messages: {
    remote_offered: {
      en: 'Offers the remote meetings the parent asked for.',
      es: 'Ofrece las reuniones a distancia que pidió la familia.',
    },
    not_asked: {
      en: 'The parent did not ask for remote meetings.',
      es: 'La familia no pidió reuniones a distancia.',
    },
    remote_not_offered: {
      en: 'Does not offer remote meetings.',
      es: 'No ofrece reuniones a distancia.',
    },
  },
  evaluate: (parent, partner) => {
    if (parent.matchingPreferences.meetingMode !== 'remote')
      return { score: 0, code: 'not_asked', skipped: true };
    return partner.meetingModes.includes('remote') || partner.meetingModes.includes('either')
      ? { score: 1, code: 'remote_offered' }
      : { score: 0, code: 'remote_not_offered' };
  },
});

/** Builds the county's rule set: the JSON settings over the default rules, then the rule in code. */
export function createCountyRuleSet(): RuleSet {
  const configured = parseRuleSet(countyRules);
  return extendRuleSet(configured, {
    id: configured.id,
    version: `${configured.version}+code`,
    ...(configured.description === undefined ? {} : { description: configured.description }),
    add: [remoteFriendlyRule],
  });
}

/** Ranks the partners of a synthetic county for its first waiting parent and prints the explanations. */
export function main(write: WriteLine): CountyRulesSummary {
  const asOf = '2026-06-30';
  const synthetic = createSyntheticProgram({
    seed: 'county-rules',
    asOf,
    counties: 2,
    parents: 30,
    partners: 40,
  });
  const ruleSet = createCountyRuleSet();
  const matched = new Set(synthetic.matches.map((match) => match.parentId));
  const waiting = synthetic.parents.filter((parent) => !matched.has(parent.id));
  // The waiting parent with the most candidates (the first by id when several tie).
  const rankings = waiting.map((parent) =>
    rankPartners(parent, synthetic.partners, ruleSet, {
      asOf,
      program: synthetic.program,
      matches: synthetic.matches,
    }),
  );
  const ranking = rankings.reduce((best, next) =>
    next.candidates.length > best.candidates.length ? next : best,
  );
  const explanation = explainRanking(ranking, ruleSet, { limit: 3 });
  const spanishExplanation = explainRanking(ranking, ruleSet, {
    limit: 1,
    language: 'es',
    includeExcluded: false,
  });
  write(
    `Rule set ${ruleSet.id} ${ruleSet.version}: ${ruleSet.rules.filter((rule) => rule.enabled).length} rules.`,
  );
  write('');
  for (const line of explanation.split('\n')) write(line);
  write('');
  for (const line of spanishExplanation.split('\n')) write(line);
  return { ruleSet, ranking, explanation, spanishExplanation };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main((line) => process.stdout.write(`${line}\n`));
}
