// Benchmarks of @parent-partner/matching against the packages a county would otherwise use.
// Run: npm run bench -w @parent-partner/matching, or every package's with the root `npm run bench`
// (scripts/run-benchmarks.mjs). Prints the summary indented, then as one JSON line (the line the root
// runner collects). Times are wall clock and this process's user CPU (`process.cpuUsage`): on a loaded
// machine the CPU figure is the steadier one.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Parent, ParentPartner } from '@parent-partner/core';
import { createSyntheticProgram } from '@parent-partner/testing';
import { linearSumAssignment } from 'linear-sum-assignment';
import { munkres } from 'munkres';
import { solveAssignment } from '../src/assignment-solver';
import { assignMatches, createMatchingPolicy, defaultRuleSet, rankPartners } from '../src/index';
import { resolveMatchingSession } from '../src/matching-context';
import {
  computeScore,
  createPairEvaluator,
  passesPairConstraints,
  passesPartnerConstraints,
} from '../src/pair-evaluator';
import { createJsonRulesEngineMatcher } from './json-rules-engine-rules';

const asOf = '2026-07-01';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

/** Partners with capacities 1 to 6 and no existing matches: a whole program matched afresh. */
function freshPartners(partners: readonly ParentPartner[]): ParentPartner[] {
  return partners.map((partner, index) => ({ ...partner, maxCaseload: 1 + (index % 6) }));
}

function benchRankPartners() {
  const synthetic = createSyntheticProgram({
    seed: 'bench-rank',
    asOf,
    counties: 2,
    parents: 50,
    partners: 2000,
    contacts: 0,
  });
  const options = { asOf, program: synthetic.program, childHistory: synthetic };
  const parents = synthetic.parents;
  for (let run = 0; run < 100; run += 1)
    rankPartners(parents[run % parents.length]!, synthetic.partners, defaultRuleSet, options);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < 500; run += 1) {
    const parent = parents[run % parents.length]!;
    const cpuStart = process.cpuUsage().user;
    const start = performance.now();
    rankPartners(parent, synthetic.partners, defaultRuleSet, options);
    wall.push(performance.now() - start);
    cpu.push((process.cpuUsage().user - cpuStart) / 1000);
  }
  // Reasons are built when first read: the same ranking with every contribution and exclusion read.
  const explainedWall: number[] = [];
  const explainedCpu: number[] = [];
  let reasons = 0;
  for (let run = 0; run < 200; run += 1) {
    const parent = parents[run % parents.length]!;
    const cpuStart = process.cpuUsage().user;
    const start = performance.now();
    const ranking = rankPartners(parent, synthetic.partners, defaultRuleSet, options);
    for (const candidate of ranking.candidates) reasons += candidate.contributions.length;
    for (const excluded of ranking.excluded) reasons += excluded.exclusions.length;
    explainedWall.push(performance.now() - start);
    explainedCpu.push((process.cpuUsage().user - cpuStart) / 1000);
  }
  const sample = rankPartners(parents[0]!, synthetic.partners, defaultRuleSet, options);
  return {
    partners: synthetic.partners.length,
    candidatesForFirstParent: sample.candidates.length,
    medianMs: round(median(wall)),
    medianCpuMs: round(median(cpu)),
    withEveryReasonReadMedianMs: round(median(explainedWall)),
    withEveryReasonReadMedianCpuMs: round(median(explainedCpu)),
    reasonsRead: reasons,
    targetMs: 2,
  };
}

async function benchJsonRulesEngine() {
  const synthetic = createSyntheticProgram({
    seed: 'bench-rank',
    asOf,
    counties: 2,
    parents: 50,
    partners: 2000,
    contacts: 0,
  });
  const policy = createMatchingPolicy(synthetic.program);
  const parent = synthetic.parents[0]!;
  const partners = synthetic.partners;
  const { childPlacements } = resolveMatchingSession({ asOf, childHistory: synthetic });
  const matcher = createJsonRulesEngineMatcher(policy, asOf, childPlacements);
  // Same pairs, same answers: check before timing.
  const ours = rankPartners(parent, partners, defaultRuleSet, {
    asOf,
    program: synthetic.program,
    childHistory: synthetic,
  });
  const ourScores = new Map(
    ours.candidates.map((candidate) => [candidate.partnerId as string, candidate.score]),
  );
  let disagreements = 0;
  for (const partner of partners) {
    const theirs = await matcher(parent, partner);
    const score = ourScores.get(partner.id);
    if (
      theirs.eligible !== (score !== undefined) ||
      (score !== undefined && Math.abs(theirs.score - score) > 1e-9)
    )
      disagreements += 1;
  }
  const engineRuns: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    for (const partner of partners) await matcher(parent, partner);
    engineRuns.push(performance.now() - start);
  }
  const ourRuns: number[] = [];
  for (let run = 0; run < 200; run += 1) {
    const start = performance.now();
    rankPartners(synthetic.parents[run % 50]!, partners, defaultRuleSet, {
      asOf,
      program: synthetic.program,
      childHistory: synthetic,
    });
    ourRuns.push(performance.now() - start);
  }
  const engineMs = median(engineRuns);
  const ourMs = median(ourRuns);
  return {
    pairs: partners.length,
    disagreements,
    jsonRulesEngineMs: round(engineMs),
    matchingMs: round(ourMs),
    speedRatio: round(engineMs / ourMs, 1),
    targetRatio: 20,
  };
}

function benchAssignMatches() {
  const synthetic = createSyntheticProgram({
    seed: 'bench-assign',
    asOf,
    counties: 72,
    parents: 5000,
    partners: 1000,
    contacts: 0,
  });
  const partners = freshPartners(synthetic.partners);
  const options = { asOf, program: synthetic.program, childHistory: synthetic };
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let result = assignMatches(synthetic.parents, partners, defaultRuleSet, options);
  for (let run = 0; run < 3; run += 1) {
    const cpuStart = process.cpuUsage().user;
    const start = performance.now();
    result = assignMatches(synthetic.parents, partners, defaultRuleSet, options);
    times.push(performance.now() - start);
    cpuTimes.push((process.cpuUsage().user - cpuStart) / 1000);
  }
  const greedyStart = performance.now();
  const greedy = assignMatches(synthetic.parents, partners, defaultRuleSet, {
    ...options,
    strategy: 'greedy',
  });
  const greedyMs = performance.now() - greedyStart;
  return {
    parents: synthetic.parents.length,
    partners: partners.length,
    counties: synthetic.program.counties.length,
    medianMs: round(median(times)),
    medianCpuMs: round(median(cpuTimes)),
    targetMs: 2000,
    matched: result.objectiveValue.matchedCount,
    totalScore: round(result.objectiveValue.totalScore, 4),
    unmatchedNoEligiblePartner: result.unmatched.filter(
      (entry) => entry.reason === 'no_eligible_partner',
    ).length,
    unmatchedCapacityExhausted: result.unmatched.filter(
      (entry) => entry.reason === 'capacity_exhausted',
    ).length,
    greedy: {
      ms: round(greedyMs),
      matched: greedy.objectiveValue.matchedCount,
      totalScore: round(greedy.objectiveValue.totalScore, 4),
    },
    heapGrowthMb: round((process.memoryUsage().heapUsed - heapBefore) / 1e6, 1),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    targetPeakMb: 500,
  };
}

function benchAssignmentPackages() {
  const synthetic = createSyntheticProgram({
    seed: 'bench-lsa',
    asOf,
    counties: 6,
    parents: 500,
    partners: 100,
    contacts: 0,
  });
  const parents: Parent[] = synthetic.parents;
  const partners = synthetic.partners.map((partner) => ({ ...partner, maxCaseload: 5 }));
  const session = resolveMatchingSession({ asOf, program: synthetic.program });
  const evaluator = createPairEvaluator(defaultRuleSet, session, false);
  const slots = 5;
  const scale = 1e6;
  // Eligible edges with integer profits (the score in micro-points), as assignMatches builds them.
  const rowStart = [0];
  const edgeColumn: number[] = [];
  const edgeProfit: number[] = [];
  const allowed = partners.map((partner) =>
    passesPartnerConstraints(evaluator, parents[0]!, partner),
  );
  for (const parent of parents) {
    partners.forEach((partner, column) => {
      if (!allowed[column] || !passesPairConstraints(evaluator, parent, partner)) return;
      edgeColumn.push(column);
      edgeProfit.push(Math.round(computeScore(evaluator, parent, partner) * scale));
    });
    rowStart.push(edgeColumn.length);
  }
  // The same problem for the matrix packages: each partner expanded into 5 slots, plus one
  // "unmatched" column per parent (cost 0) so every row can be assigned; forbidden cells marked.
  const columns = partners.length * slots + parents.length;
  const forbidden = Number.POSITIVE_INFINITY;
  const large = 1e15;
  const infinityMatrix = parents.map((_, row) => {
    const line = new Array<number>(columns).fill(forbidden);
    line[partners.length * slots + row] = 0;
    for (let edge = rowStart[row]!; edge < rowStart[row + 1]!; edge += 1) {
      for (let slot = 0; slot < slots; slot += 1)
        line[edgeColumn[edge]! * slots + slot] = -edgeProfit[edge]!;
    }
    return line;
  });
  const finiteMatrix = infinityMatrix.map((line) =>
    line.map((cell) => (cell === forbidden ? large : cell)),
  );
  // CPU time of this process: the figures stay comparable when other processes share the machine.
  const time = (run: () => void, runs: number) => {
    const samples: number[] = [];
    for (let index = 0; index < runs; index += 1) {
      const start = process.cpuUsage().user;
      run();
      samples.push((process.cpuUsage().user - start) / 1000);
    }
    return median(samples);
  };
  const problem = {
    rowCount: parents.length,
    columnCapacities: partners.map(() => slots),
    rowStart,
    edgeColumn,
    edgeProfit,
    objective: 'max-total-score' as const,
  };
  let ours = solveAssignment(problem);
  const oursMs = time(() => {
    ours = solveAssignment(problem);
  }, 20);
  let oursObjective = 0;
  ours.forEach((column, row) => {
    if (column < 0) return;
    for (let edge = rowStart[row]!; edge < rowStart[row + 1]!; edge += 1)
      if (edgeColumn[edge] === column) oursObjective += edgeProfit[edge]!;
  });
  let munkresPairs: [number, number][] = [];
  const munkresMs = time(() => {
    munkresPairs = munkres(infinityMatrix);
  }, 3);
  const munkresObjective = -munkresPairs.reduce(
    (sum, [row, column]) => sum + infinityMatrix[row]![column]!,
    0,
  );
  let lsa = linearSumAssignment(finiteMatrix, { maximaze: false });
  const lsaMs = time(() => {
    lsa = linearSumAssignment(finiteMatrix, { maximaze: false });
  }, 3);
  let lsaObjective = 0;
  lsa.rowAssignments.forEach((column, row) => {
    if (column >= 0) lsaObjective -= finiteMatrix[row]![column]!;
  });
  const endToEndMs = time(
    () => assignMatches(parents, partners, defaultRuleSet, { asOf, program: synthetic.program }),
    5,
  );
  return {
    parents: parents.length,
    partners: partners.length,
    slotsPerPartner: slots,
    eligibleEdges: edgeColumn.length,
    objectiveMicroPoints: {
      matching: oursObjective,
      munkres: munkresObjective,
      linearSumAssignment: lsaObjective,
    },
    sameObjective: oursObjective === munkresObjective && oursObjective === lsaObjective,
    matchingSolverCpuMs: round(oursMs),
    matchingEndToEndCpuMs: round(endToEndMs),
    munkresCpuMs: round(munkresMs),
    linearSumAssignmentCpuMs: round(lsaMs),
    speedRatioMunkres: round(munkresMs / oursMs, 1),
    speedRatioLinearSumAssignment: round(lsaMs / oursMs, 1),
    targetRatio: 10,
  };
}

async function main() {
  const only = process.argv
    .find((argument) => argument.startsWith('--only='))
    ?.slice('--only='.length);
  if (only === 'assign') {
    process.stdout.write(`${JSON.stringify(benchAssignMatches())}\n`);
    return;
  }
  if (only === 'packages') {
    process.stdout.write(`${JSON.stringify(benchAssignmentPackages(), null, 2)}\n`);
    return;
  }
  if (only === 'rank') {
    process.stdout.write(`${JSON.stringify(benchRankPartners(), null, 2)}\n`);
    return;
  }
  // The statewide assignment runs in its own process so that its peak memory is its own.
  const child = spawnSync(
    process.execPath,
    [
      '--conditions=@parent-partner/source',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--only=assign',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (child.status !== 0) throw new Error(`assignment benchmark failed: ${child.stderr}`);
  const summary = {
    package: '@parent-partner/matching',
    node: process.version,
    loadAverage: (await import('node:os')).loadavg().map((value) => round(value, 1)),
    rankPartners: benchRankPartners(),
    jsonRulesEngine: await benchJsonRulesEngine(),
    assignMatches: JSON.parse(child.stdout.trim()),
    assignmentPackages: benchAssignmentPackages(),
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n${JSON.stringify(summary)}\n`);
}

await main();
