import { compareText } from "./consolidate";
import type { SourceRef } from "./requestLine";

/**
 * Sorts items by their source: sheet names in pinyin order, then row. The collator runs once per
 * distinct sheet name, not once per comparison, so large plans sort fast. Returns a new array.
 */
export function sortSources<T = SourceRef>(
  items: readonly T[],
  sourceOf: (item: T) => SourceRef = (i) => i as SourceRef,
): T[] {
  const names = [...new Set(items.map((i) => sourceOf(i).sheet))].sort(compareText);
  const rank = new Map(names.map((name, i) => [name, i]));
  return [...items].sort((a, b) => {
    const x = sourceOf(a);
    const y = sourceOf(b);
    return rank.get(x.sheet)! - rank.get(y.sheet)! || x.row - y.row;
  });
}
