/**
 * Whole numbers as short ranges (runs of three or more joined with `~`), each shown by `show`.
 * @example dayList([3, 4, 5, 9, 12, 13]) === "3~5, 9, 12, 13"
 */
export function dayList(days: readonly number[], show: (day: number) => string = String): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${show(days[i]!)}~${show(days[j]!)}`);
    else for (let k = i; k <= j; k++) parts.push(show(days[k]!));
    i = j + 1;
  }
  return parts.join(", ");
}
