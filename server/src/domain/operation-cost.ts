// What one operation may cost before it runs. A field's size arguments (how many nodes, results or hops it may
// return) multiply into its cost, a list inside a sized field multiplies again, and an operation is refused when its
// fields together (every alias, every repeated fragment) would cost more than the budget.
import { ValidationError } from './errors.ts';
import { QUERY_LIMITS } from './limits.ts';

/** The arguments that scale what a field returns: `neighborhood` costs limit x depth, `paths` first x maxHops. */
export const SIZE_ARGUMENTS = ['limit', 'first', 'depth', 'maxHops'] as const;

/**
 * The size of one field from its argument values (defaults applied), or null when it takes no size argument. A
 * value that is not a positive whole number counts as 1: the field's own bounds refuse it when it runs.
 */
export function fieldSize(args: Record<string, unknown>): number | null {
  let size: number | null = null;
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (value === undefined || value === null) continue;
    const n = typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : 1;
    size = (size ?? 1) * n;
  }
  return size;
}

/**
 * The cost of a field: its size plus its size times the cost of what it selects (so a sized list inside a sized
 * field multiplies), or just what it selects when it has no size. A root field costs at least 1.
 */
export function fieldCost(size: number | null, selectedCost: number, isRoot: boolean): number {
  const cost = size === null ? selectedCost : size + size * selectedCost;
  return isRoot ? Math.max(1, cost) : cost;
}

/** Refuses an operation over the budget, naming the budget, the cost and the costliest root field. */
export function assertWithinBudget(cost: number, costliestField: string, budget: number = QUERY_LIMITS.operationCost): void {
  if (cost <= budget) return;
  const shown = Number.isSafeInteger(cost) ? cost : Number.MAX_SAFE_INTEGER;
  throw new OperationCostError(
    `This operation costs ${shown}, over the budget of ${budget} per operation (a neighborhood costs limit x depth, ` +
      `paths first x maxHops, a list its first or limit); ask for less or split it into several requests`,
    shown,
    budget,
    costliestField,
  );
}

export class OperationCostError extends ValidationError {
  override name = 'OperationCostError';
  constructor(
    message: string,
    readonly cost: number,
    readonly budget: number,
    field: string,
  ) {
    super(message, [{ path: [field], message: `costs too much: the operation's total is ${cost}, the budget ${budget}` }]);
  }
}
