// Exact capacitated assignment by successive shortest augmenting paths (Jonker–Volgenant style, sparse),
// with column potentials kept so every Dijkstra runs on non-negative reduced costs and stops at the
// first free slot. Each row may also stay unmatched (a private "dummy" column), which makes the
// problem a full row assignment and lets "max total score" and "max matched, then score" share one solver.

/** Objective of an assignment. */
export type AssignmentObjective = 'max-total-score' | 'max-matched-then-score';

/** A sparse bipartite problem: rows (parents), capacitated columns (partners) and integer profits on the allowed edges. */
export interface AssignmentProblem {
  /** Number of rows. */
  readonly rowCount: number;
  /** Capacity of each column (whole numbers, 0 or more). */
  readonly columnCapacities: ArrayLike<number>;
  /** Edges of row `r` are `rowStart[r]` to `rowStart[r + 1] - 1`. */
  readonly rowStart: ArrayLike<number>;
  /** Column of each edge. */
  readonly edgeColumn: ArrayLike<number>;
  /** Profit of each edge: a whole number, 0 or more. */
  readonly edgeProfit: ArrayLike<number>;
  /** What to maximise. */
  readonly objective: AssignmentObjective;
}

/** Column of each row, or -1 when the row stays unmatched. */
export type AssignmentSolution = Int32Array;

class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }

  clear(): void {
    this.size = 0;
  }

  private less(a: number, b: number): boolean {
    const keys = this.keys;
    return keys[a]! < keys[b]! || (keys[a] === keys[b] && this.nodes[a]! < this.nodes[b]!);
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let index = this.size;
    this.size += 1;
    this.keys[index] = key;
    this.nodes[index] = node;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.less(index, parent)) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  /** Removes the smallest entry; read it first with `topKey` and `topNode`. */
  pop(): void {
    this.size -= 1;
    if (this.size === 0) return;
    this.keys[0] = this.keys[this.size]!;
    this.nodes[0] = this.nodes[this.size]!;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.less(right, left) ? right : left;
      if (!this.less(child, index)) break;
      this.swap(index, child);
      index = child;
    }
  }

  topKey(): number {
    return this.keys[0]!;
  }

  topNode(): number {
    return this.nodes[0]!;
  }

  private swap(a: number, b: number): void {
    const key = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = key;
    const node = this.nodes[a]!;
    this.nodes[a] = this.nodes[b]!;
    this.nodes[b] = node;
  }
}

/**
 * Solves the assignment exactly: the maximum total profit (ties: more rows matched) or the most rows matched (ties: the maximum total profit).
 *
 * Rows are processed by their best edge (most profitable first, then by index) and Dijkstra breaks equal labels by the lower column index, so the result is a pure function of the (sorted) input; among equally good assignments, rows processed earlier keep their column.
 */
export function solveAssignment(problem: AssignmentProblem): AssignmentSolution {
  const { rowCount, columnCapacities, rowStart, edgeColumn, edgeProfit, objective } = problem;
  const columnCount = columnCapacities.length;
  let maximumProfit = 0;
  for (let edge = 0; edge < edgeProfit.length; edge += 1)
    maximumProfit = Math.max(maximumProfit, edgeProfit[edge]!);
  // Integer costs, lexicographic by construction (see the module comment); shifted so every cost is >= 0.
  const rows1 = rowCount + 1;
  const matchBonus = objective === 'max-total-score' ? 1 : rowCount * maximumProfit + 1;
  const profitFactor = objective === 'max-total-score' ? rows1 : 1;
  const shift = maximumProfit * profitFactor + matchBonus;
  // Each row's edges sorted by cost (then column): potentials never rise above 0, so once
  // `cost` alone exceeds the best "unmatched" option, no later edge of the row can matter.
  const edgeCount = edgeColumn.length;
  const cost = new Float64Array(edgeCount);
  const sortedColumn = new Int32Array(edgeCount);
  for (let row = 0; row < rowCount; row += 1) {
    const first = rowStart[row]!;
    const order: number[] = [];
    for (let edge = first; edge < rowStart[row + 1]!; edge += 1) order.push(edge);
    order.sort(
      (left, right) =>
        edgeProfit[right]! - edgeProfit[left]! || edgeColumn[left]! - edgeColumn[right]!,
    );
    order.forEach((edge, offset) => {
      cost[first + offset] = shift - (edgeProfit[edge]! * profitFactor + matchBonus);
      sortedColumn[first + offset] = edgeColumn[edge]!;
    });
  }
  const dummyCost = shift;
  // Predecessor edge of each column on the current shortest-path tree, and the edge each row is assigned by.
  const predecessorEdge = new Int32Array(columnCount);
  const rowEdge = new Int32Array(rowCount).fill(-1);

  const potential = new Float64Array(columnCount);
  const rowColumn = new Int32Array(rowCount).fill(-2);
  const remaining = new Int32Array(columnCount);
  const columnRows: number[][] = [];
  for (let column = 0; column < columnCount; column += 1) {
    remaining[column] = Math.max(0, Math.floor(columnCapacities[column]!));
    columnRows.push([]);
  }
  const label = new Float64Array(columnCount).fill(Number.POSITIVE_INFINITY);
  const settled = new Uint8Array(columnCount);
  const predecessor = new Int32Array(columnCount);
  const touched: number[] = [];
  const settledList: number[] = [];
  const heap = new MinHeap(1024);

  const removeRow = (column: number, row: number) => {
    const list = columnRows[column]!;
    const index = list.indexOf(row);
    list[index] = list[list.length - 1]!;
    list.pop();
  };

  // Rows with the most valuable edge first (then by index): they set the partners' prices early,
  // so the searches of rows that cannot win a slot stop sooner. Any order is exact.
  const rowOrder = Array.from({ length: rowCount }, (_, row) => row);
  const bestCost = (row: number) =>
    rowStart[row + 1]! > rowStart[row]! ? cost[rowStart[row]!]! : dummyCost;
  rowOrder.sort((left, right) => bestCost(left) - bestCost(right) || left - right);
  for (const start of rowOrder) {
    heap.clear();
    touched.length = 0;
    settledList.length = 0;
    // The cheapest way found so far to leave a row unmatched: the start row itself at first. Node ids
    // order equal costs: columns first, then the start row's own "unmatched" option, then the other
    // rows' ones, so a free partner is preferred, then leaving the new row unmatched, and only then
    // displacing a row matched earlier: earlier rows (lower ids) keep their partner on ties.
    let dummyKey = dummyCost;
    let dummyNode = columnCount;
    // Labels of the start row's edges (its own potential is taken as 0). A label above the best
    // "unmatched" option can never be reached before it, so it is not even recorded.
    for (let edge = rowStart[start]!; edge < rowStart[start + 1]!; edge += 1) {
      if (cost[edge]! > dummyKey) break;
      const target = sortedColumn[edge]!;
      const value = cost[edge]! - potential[target]!;
      if (value <= dummyKey && value < label[target]!) {
        if (label[target] === Number.POSITIVE_INFINITY) touched.push(target);
        label[target] = value;
        predecessor[target] = start;
        predecessorEdge[target] = edge;
        heap.push(value, target);
      }
    }
    let terminal = -1;
    let shortest = 0;
    for (;;) {
      while (
        heap.size > 0 &&
        (settled[heap.topNode()] === 1 || heap.topKey() > label[heap.topNode()]!)
      )
        heap.pop();
      if (heap.size === 0 || dummyKey < heap.topKey()) {
        terminal = dummyNode;
        shortest = dummyKey;
        break;
      }
      const key = heap.topKey();
      const node = heap.topNode();
      heap.pop();
      if (remaining[node]! > 0) {
        terminal = node;
        shortest = key;
        break;
      }
      settled[node] = 1;
      settledList.push(node);
      // A full column: continue through each of its rows, whose assigned edge is tight.
      for (const row of columnRows[node]!) {
        const rowPotential = cost[rowEdge[row]!]! - potential[node]!;
        const release = key + dummyCost - rowPotential;
        const releaseNode = columnCount + 1 + row;
        if (release < dummyKey || (release === dummyKey && releaseNode < dummyNode)) {
          dummyKey = release;
          dummyNode = releaseNode;
        }
        const base = key - rowPotential;
        for (let edge = rowStart[row]!; edge < rowStart[row + 1]!; edge += 1) {
          if (base + cost[edge]! > dummyKey) break;
          const target = sortedColumn[edge]!;
          if (settled[target] === 1) continue;
          const value = base + cost[edge]! - potential[target]!;
          if (value <= dummyKey && value < label[target]!) {
            if (label[target] === Number.POSITIVE_INFINITY) touched.push(target);
            label[target] = value;
            predecessor[target] = row;
            predecessorEdge[target] = edge;
            heap.push(value, target);
          }
        }
      }
    }
    for (const column of settledList)
      potential[column] = potential[column]! + label[column]! - shortest;
    // Augment along the predecessor chain.
    let column: number;
    if (terminal >= columnCount) {
      const row = terminal === columnCount ? start : terminal - columnCount - 1;
      const previous = rowColumn[row]!;
      rowColumn[row] = -1;
      rowEdge[row] = -1;
      column = previous;
      if (previous >= 0) {
        removeRow(previous, row);
        remaining[previous] = remaining[previous]! + 1;
      }
    } else column = terminal;
    while (column >= 0) {
      const row = predecessor[column]!;
      const previous = rowColumn[row]!;
      rowColumn[row] = column;
      rowEdge[row] = predecessorEdge[column]!;
      columnRows[column]!.push(row);
      remaining[column] = remaining[column]! - 1;
      if (previous >= 0) {
        removeRow(previous, row);
        remaining[previous] = remaining[previous]! + 1;
      }
      if (row === start) break;
      column = previous;
    }
    for (const touchedColumn of touched) {
      label[touchedColumn] = Number.POSITIVE_INFINITY;
      settled[touchedColumn] = 0;
    }
  }
  return rowColumn;
}

/**
 * The greedy strategy, for comparison and very large batches: with `max-total-score`, edges by descending profit (ties by row, then column) each taken while both ends are free; with `max-matched-then-score`, rows with the fewest edges first, each taking its most profitable free column.
 */
export function solveAssignmentGreedily(problem: AssignmentProblem): AssignmentSolution {
  const { rowCount, columnCapacities, rowStart, edgeColumn, edgeProfit, objective } = problem;
  const remaining = Int32Array.from({ length: columnCapacities.length }, (_, column) =>
    Math.max(0, Math.floor(columnCapacities[column]!)),
  );
  const rowColumn = new Int32Array(rowCount).fill(-1);
  const edgeRow = new Int32Array(edgeColumn.length);
  for (let row = 0; row < rowCount; row += 1) {
    for (let edge = rowStart[row]!; edge < rowStart[row + 1]!; edge += 1) edgeRow[edge] = row;
  }
  if (objective === 'max-total-score') {
    const order = Array.from({ length: edgeColumn.length }, (_, edge) => edge).sort(
      (left, right) =>
        edgeProfit[right]! - edgeProfit[left]! ||
        edgeRow[left]! - edgeRow[right]! ||
        edgeColumn[left]! - edgeColumn[right]!,
    );
    for (const edge of order) {
      const row = edgeRow[edge]!;
      const column = edgeColumn[edge]!;
      if (rowColumn[row] === -1 && remaining[column]! > 0) {
        rowColumn[row] = column;
        remaining[column] = remaining[column]! - 1;
      }
    }
    return rowColumn;
  }
  const rows = Array.from({ length: rowCount }, (_, row) => row).sort(
    (left, right) =>
      rowStart[left + 1]! - rowStart[left]! - (rowStart[right + 1]! - rowStart[right]!) ||
      left - right,
  );
  for (const row of rows) {
    let best = -1;
    let bestProfit = -1;
    for (let edge = rowStart[row]!; edge < rowStart[row + 1]!; edge += 1) {
      const column = edgeColumn[edge]!;
      if (
        remaining[column]! > 0 &&
        (edgeProfit[edge]! > bestProfit || (edgeProfit[edge] === bestProfit && column < best))
      ) {
        best = column;
        bestProfit = edgeProfit[edge]!;
      }
    }
    if (best >= 0) {
      rowColumn[row] = best;
      remaining[best] = remaining[best]! - 1;
    }
  }
  return rowColumn;
}
