import { defaultRuleSet, explainRanking, rankPartners } from '@parent-partner/matching';
import { asOf, createCallProgram } from './data';

/** Ranks the partners for every parent not yet matched, with the explanations. */
export async function run(): Promise<unknown> {
  const synthetic = createCallProgram();
  const matched = new Set(synthetic.matches.map((match) => match.parentId));
  const waiting = synthetic.parents.filter((parent) => !matched.has(parent.id));
  if (waiting.length === 0) throw new Error('the synthetic program has no waiting parent');
  return waiting.map((parent) => {
    const ranking = rankPartners(parent, synthetic.partners, defaultRuleSet, {
      asOf,
      program: synthetic.program,
      matches: synthetic.matches,
    });
    return {
      ranking: JSON.parse(JSON.stringify(ranking)),
      explanation: explainRanking(ranking, defaultRuleSet),
    };
  });
}
