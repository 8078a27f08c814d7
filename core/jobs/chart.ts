/** One bar of a small chart: its value and, where the job has one, the target it is measured against. */
export interface ChartBar {
  label: string;
  value: number;
  target?: number;
  /** The bar misses its target (shown in the warning colour). */
  short?: boolean;
}

/**
 * A small bar chart a job declares for its result (rates against targets, ageing buckets); hosts draw it
 * with whatever they have, no chart library needed.
 */
export interface BarChart {
  title: string;
  /** How values read: fractions shown as percentages, yuan, or a count of items (shown as whole numbers, as yuan are). */
  unit: "rate" | "money" | "count";
  bars: ChartBar[];
}
