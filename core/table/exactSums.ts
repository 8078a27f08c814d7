/**
 * The most the magnitudes of a run's amounts (in fen), or of its quantities (in ten-thousandths), may add up to:
 * 2^50, an eighth of the integers a double holds exactly. Every sum a job makes of what it read - a total, a
 * balance, a total of totals, an amount counted a few times over - then stays an exact integer.
 */
export const RUN_SUM_LIMIT = 2 ** 50;

/** What one run has taken so far. */
interface Taken {
  money: number;
  quantity: number;
}

/** The run taking figures now (the innermost one), or null outside a run. */
let current: Taken | null = null;

/**
 * Runs `run` as one run of a job: the figures it takes ({@link takeFigures}) add up, from zero, against
 * {@link RUN_SUM_LIMIT}. A run inside a run counts its own; the outer one's count is back when it ends (or throws).
 */
export function withExactSums<T>(run: () => T): T {
  const outer = current;
  current = { money: 0, quantity: 0 };
  try {
    return run();
  } finally {
    current = outer;
  }
}

/**
 * Takes a row's figures into the run's sums: the magnitude of `money` (fen) and of `quantity` (ten-thousandths).
 * False, and nothing taken, when either sum would pass {@link RUN_SUM_LIMIT} (or a figure is no whole number): the
 * figures must then be left out, with an issue at their cell. Outside a run every figure is taken.
 * @example takeFigures(fen(123450), ZERO_QTY) === true
 */
export function takeFigures(money: number, quantity: number): boolean {
  if (current === null) return true;
  const moneyTotal = current.money + Math.abs(money);
  const quantityTotal = current.quantity + Math.abs(quantity);
  if (!(moneyTotal <= RUN_SUM_LIMIT && quantityTotal <= RUN_SUM_LIMIT)) return false;
  current.money = moneyTotal;
  current.quantity = quantityTotal;
  return true;
}
