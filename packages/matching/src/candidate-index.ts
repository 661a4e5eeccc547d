import type { Parent, ParentPartner } from '@parent-partner/core';
import type { PairEvaluator } from './pair-evaluator';
import type { CandidateKeys } from './rule';

/** Partners by the keys of the first enabled constraint that declares candidate keys (serves-county by default). */
export interface CandidateIndex {
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  readonly unindexed: readonly number[];
  readonly keys: CandidateKeys;
  readonly context: Parameters<CandidateKeys['parent']>[1];
}

/** Indexes partners by candidate key. */
export function buildCandidateIndex(
  evaluator: PairEvaluator,
  partners: readonly ParentPartner[],
): CandidateIndex | undefined {
  const indexed = evaluator.pairConstraints.find(
    (compiled) => compiled.rule.kind === 'constraint' && compiled.rule.candidateKeys !== undefined,
  );
  if (indexed?.rule.kind !== 'constraint' || !indexed.rule.candidateKeys) return undefined;
  const keys = indexed.rule.candidateKeys as CandidateKeys;
  const byKey = new Map<string, number[]>();
  const unindexed: number[] = [];
  partners.forEach((partner, index) => {
    const partnerKeys = keys.partner(partner, indexed.context);
    if (partnerKeys === undefined) {
      unindexed.push(index);
      return;
    }
    for (const key of new Set(partnerKeys)) {
      let list = byKey.get(key);
      if (!list) {
        list = [];
        byKey.set(key, list);
      }
      list.push(index);
    }
  });
  return { byKey, unindexed, keys, context: indexed.context };
}

/** Positions of the partners that may pass the indexed constraint for a parent, ascending. */
export function candidatesOf(
  index: CandidateIndex | undefined,
  parent: Parent,
  partnerCount: number,
): readonly number[] {
  const parentKeys = index?.keys.parent(parent, index.context);
  if (!index || parentKeys === undefined)
    return Array.from({ length: partnerCount }, (_, position) => position);
  if (parentKeys.length === 1 && index.unindexed.length === 0)
    return index.byKey.get(parentKeys[0] as string) ?? [];
  const set = new Set<number>(index.unindexed);
  for (const key of parentKeys)
    for (const position of index.byKey.get(key) ?? []) set.add(position);
  return [...set].sort((left, right) => left - right);
}
