import type { MetricBreakdownEntry } from './metric';

/** Positions of codes (known codes first, in list order; others in order of first sight), shared by every period. */
export class CodeTable {
  /** Codes by position. */
  readonly codes: string[] = [];
  /** How many leading codes come from the code list (shown even when zero). */
  readonly knownCount: number;
  private readonly positions = new Map<string, number>();

  /** Creates a table that starts with the codes of a code list. */
  constructor(known: readonly string[]) {
    for (const code of known) this.position(code);
    this.knownCount = this.codes.length;
  }

  /** Position of a code, adding it when new. */
  position(code: string): number {
    let position = this.positions.get(code);
    if (position === undefined) {
      position = this.codes.length;
      this.positions.set(code, position);
      this.codes.push(code);
    }
    return position;
  }
}

/** Counts and sums per (scope, code), allocated on first use and grown when the shared code table grows. */
export class CodeCounts {
  private stride = 0;
  private counts: Float64Array = new Float64Array(0);
  private sums: Float64Array = new Float64Array(0);

  /** Creates counters for `scopeCount` scopes over a code table; nothing is allocated until the first addition. */
  constructor(
    readonly table: CodeTable,
    private readonly scopeCount: number,
  ) {}

  private grow(): void {
    const stride = Math.max(this.stride * 2, this.table.codes.length + 2);
    const counts = new Float64Array(this.scopeCount * stride);
    const sums = new Float64Array(this.scopeCount * stride);
    for (let scope = 0; this.stride > 0 && scope < this.scopeCount; scope += 1) {
      counts.set(
        this.counts.subarray(scope * this.stride, (scope + 1) * this.stride),
        scope * stride,
      );
      sums.set(this.sums.subarray(scope * this.stride, (scope + 1) * this.stride), scope * stride);
    }
    this.stride = stride;
    this.counts = counts;
    this.sums = sums;
  }

  /** Adds one occurrence and an amount for the code at `position` in `scope`. */
  add(scope: number, position: number, amount: number): void {
    if (position >= this.stride) this.grow();
    const cell = scope * this.stride + position;
    this.counts[cell]! += 1;
    this.sums[cell]! += amount;
  }

  /** Adds `count` occurrences and their total amount for the code at `position` in `scope`. */
  addMany(scope: number, position: number, count: number, amount: number): void {
    if (position >= this.stride) this.grow();
    const cell = scope * this.stride + position;
    this.counts[cell]! += count;
    this.sums[cell]! += amount;
  }

  /** Adds an amount without counting an occurrence. */
  addSum(scope: number, position: number, amount: number): void {
    if (position >= this.stride) this.grow();
    this.sums[scope * this.stride + position]! += amount;
  }

  /** Occurrences in a scope, all codes together. */
  totalCount(scope: number): number {
    if (scope >= this.scopeCount) return 0;
    let total = 0;
    const base = scope * this.stride;
    for (let position = 0; position < this.stride; position += 1)
      total += this.counts[base + position]!;
    return total;
  }

  /** Amounts in a scope, all codes together. */
  totalSum(scope: number): number {
    if (scope >= this.scopeCount) return 0;
    let total = 0;
    const base = scope * this.stride;
    for (let position = 0; position < this.stride; position += 1)
      total += this.sums[base + position]!;
    return total;
  }

  /** Occurrences of one code in a scope. */
  countOf(scope: number, code: string): number {
    const position =
      this.stride === 0 || scope >= this.scopeCount ? -1 : this.table.codes.indexOf(code);
    return position < 0 || position >= this.stride
      ? 0
      : this.counts[scope * this.stride + position]!;
  }

  /** Amounts of one code in a scope. */
  sumOf(scope: number, code: string): number {
    const position =
      this.stride === 0 || scope >= this.scopeCount ? -1 : this.table.codes.indexOf(code);
    return position < 0 || position >= this.stride ? 0 : this.sums[scope * this.stride + position]!;
  }

  /** Per-code entries of a scope: every known code (zeros included), then other codes seen in this scope. */
  entries(scope: number, channel: 'count' | 'sum'): MetricBreakdownEntry[] {
    const values = channel === 'count' ? this.counts : this.sums;
    const counts = this.counts;
    const entries: MetricBreakdownEntry[] = [];
    const inRange = scope < this.scopeCount;
    this.table.codes.forEach((code, position) => {
      const cell = scope * this.stride + position;
      const stored = inRange && position < this.stride;
      const value = stored ? values[cell]! : 0;
      const seen = stored ? counts[cell]! > 0 || values[cell]! > 0 : false;
      if (position < this.table.knownCount || seen) entries.push({ code, value });
    });
    return entries;
  }
}
