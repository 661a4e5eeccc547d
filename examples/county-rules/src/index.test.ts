import { describe, expect, test } from 'vitest';
import { createCountyRuleSet, main } from './index';

describe('county rules example', () => {
  test('ranks with the county’s rules and prints the explanations', () => {
    const lines: string[] = [];
    const { ruleSet, ranking, explanation, spanishExplanation } = main((line) => lines.push(line));

    // Lived experience reweighed by the JSON settings; one declarative rule and one code rule added.
    const byId = new Map(ruleSet.rules.map((configured) => [configured.rule.id, configured]));
    expect(byId.get('shared-lived-experience')?.weight).toBe(6);
    expect(byId.get('two-years-recovery')?.rule.kind).toBe('constraint');
    expect(byId.get('remote-friendly')?.weight).toBe(1.5);
    expect(`${ruleSet.id} ${ruleSet.version}`).toBe('door-county 2026.1+code');

    // Every candidate was scored by the code rule; the JSON rule excluded some partners, with its own message.
    expect(ranking.candidates.length).toBeGreaterThan(0);
    for (const candidate of ranking.candidates) {
      expect(candidate.contributions.map((result) => result.ruleId)).toContain('remote-friendly');
    }
    expect(
      ranking.excluded.some((entry) =>
        entry.exclusions.some((result) => result.ruleId === 'two-years-recovery'),
      ),
    ).toBe(true);
    expect(explanation).toMatch(/county’s two years of recovery/);

    // Ranked best first, and the printed text is the explanation.
    const scores = ranking.candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    expect(lines.join('\n')).toContain(explanation.split('\n')[1]);
    expect(spanishExplanation.split('\n')[0]).toMatch(/^Familia parent-\d+: \d+ candidatos/);
  });

  test('the rule set is the same every time it is built', () => {
    expect(
      createCountyRuleSet().rules.map((configured) => [configured.rule.id, configured.weight]),
    ).toEqual(
      createCountyRuleSet().rules.map((configured) => [configured.rule.id, configured.weight]),
    );
  });
});
