import type { MergedArea } from "../../../core/index";

/** Excel's last column (XFD) and last row. */
export const MAX_COLUMN = 16_384;
/** Excel's last row. */
export const MAX_ROW = 1_048_576;

/**
 * Reads an A1 reference from bytes (`AB12`, `$AB$12`, lower case too) into `into[0]` (row) and `into[1]`
 * (column), without making a string. Returns false, leaving `into` alone, when the bytes are no reference
 * inside the sheet's limits.
 */
export function readCellReference(bytes: Uint8Array, start: number, end: number, into: Int32Array): boolean {
  let p = start;
  if (bytes[p] === 0x24) p++;
  let column = 0;
  while (p < end) {
    const byte = (bytes[p] ?? 0) & ~0x20;
    if (byte < 0x41 || byte > 0x5a) break;
    column = column * 26 + byte - 0x40;
    if (column > MAX_COLUMN) return false;
    p++;
  }
  if (column === 0) return false;
  if (bytes[p] === 0x24) p++;
  let row = 0;
  const digits = p;
  while (p < end) {
    const byte = bytes[p] ?? 0;
    if (byte < 0x30 || byte > 0x39) return false;
    row = row * 10 + byte - 0x30;
    if (row > MAX_ROW) return false;
    p++;
  }
  if (p === digits || row === 0) return false;
  into[0] = row;
  into[1] = column;
  return true;
}

/**
 * The area of an A1 range (`B2:D4`, corners in any order, or one cell `B2`), or null when it is none.
 * @example parseRange("B2:D4") ~ { top: 2, left: 2, bottom: 4, right: 4 }
 */
export function parseRange(range: string): MergedArea | null {
  const bytes = Buffer.from(range, "latin1");
  const colon = bytes.indexOf(0x3a);
  const a = new Int32Array(2);
  const b = new Int32Array(2);
  if (!readCellReference(bytes, 0, colon === -1 ? bytes.length : colon, a)) return null;
  if (colon === -1) b.set(a);
  else if (!readCellReference(bytes, colon + 1, bytes.length, b)) return null;
  const [rowA = 0, columnA = 0] = a;
  const [rowB = 0, columnB = 0] = b;
  return {
    top: Math.min(rowA, rowB),
    left: Math.min(columnA, columnB),
    bottom: Math.max(rowA, rowB),
    right: Math.max(columnA, columnB),
  };
}
