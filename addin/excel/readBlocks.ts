import type { MergedArea } from "../../core/light";

/** The cells of a rectangle. */
function cellsOf(area: MergedArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** The smallest rectangle holding both. */
function union(a: MergedArea, b: MergedArea): MergedArea {
  return {
    top: Math.min(a.top, b.top),
    left: Math.min(a.left, b.left),
    bottom: Math.max(a.bottom, b.bottom),
    right: Math.max(a.right, b.right),
  };
}

/**
 * The blocks to read a sheet's cells in, from the areas holding them (`Range.getSpecialCells`): areas on the same or
 * touching rows joined into one block while the block stays at most twice the cells its areas hold. So a table full
 * of scattered blanks (thousands of areas) is read in a few blocks, and a stray cell far out in a block of its own.
 * @example blocksOf([A1:B1, A2:B2, XFD9]) gives A1:B2 and XFD9
 */
export function blocksOf(areas: readonly MergedArea[]): MergedArea[] {
  const sorted = [...areas].sort((a, b) => a.top - b.top || a.left - b.left);
  const done: MergedArea[] = [];
  let open: { block: MergedArea; held: number }[] = [];
  for (const area of sorted) {
    const still = open.filter((o) => o.block.bottom >= area.top - 1);
    for (const o of open) if (!still.includes(o)) done.push(o.block);
    open = still;
    const held = cellsOf(area);
    const joined = open.find((o) => cellsOf(union(o.block, area)) <= 2 * (o.held + held));
    if (joined === undefined) open.push({ block: area, held });
    else {
      joined.block = union(joined.block, area);
      joined.held += held;
    }
  }
  return [...done, ...open.map((o) => o.block)];
}
