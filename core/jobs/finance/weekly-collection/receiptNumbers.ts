/** A receipt number split into its prefix and its trailing serial number. */
export interface ReceiptNumber {
  /** What comes before the trailing digits, after NFKC, trimming and upper-casing (`NO.`); may be empty. */
  prefix: string;
  /** The trailing digits as written, leading zeros kept (`0012345`). */
  digits: string;
  value: bigint;
}

/** A run of receipt numbers missing between two numbers used in the week. */
export interface ReceiptGap<T> {
  prefix: string;
  /** The first and last missing numbers, zero-padded to the width of the number before the gap. */
  from: string;
  to: string;
  count: number;
  /** What holds the number right after the gap (where a clerk would look). */
  next: T;
}

const TRAILING_DIGITS = /^(.*?)(?<!\d)(\d+)$/u;

/**
 * The prefix and serial of a receipt number, compared as the collection reader compares them (NFKC, trimmed,
 * upper case: `no.0012345` = `NO.0012345`); null when it does not end in digits.
 * @example parseReceipt(" NO.0012345 ") -> { prefix: "NO.", digits: "0012345", value: 12345n }
 */
export function parseReceipt(text: string): ReceiptNumber | null {
  const match = TRAILING_DIGITS.exec(text.normalize("NFKC").trim().toUpperCase());
  if (match === null) return null;
  const digits = match[2]!;
  return { prefix: match[1]!, digits, value: BigInt(digits) };
}

/**
 * The numbers missing between the smallest and the largest number of each prefix (a number used on
 * several rows counts once), by prefix then number. Numbers before the first or after the last one
 * are not known to be missing: another week may hold them.
 * @example receiptGaps of NO.0012345 and NO.0012350 -> [{ prefix: "NO.", from: "0012346", to: "0012349", count: 4 }]
 */
export function receiptGaps<T>(numbers: readonly { receipt: ReceiptNumber; at: T }[]): ReceiptGap<T>[] {
  const byPrefix = new Map<string, Map<bigint, { receipt: ReceiptNumber; at: T }>>();
  for (const entry of numbers) {
    let serials = byPrefix.get(entry.receipt.prefix);
    if (serials === undefined) byPrefix.set(entry.receipt.prefix, (serials = new Map()));
    if (!serials.has(entry.receipt.value)) serials.set(entry.receipt.value, entry);
  }
  const gaps: ReceiptGap<T>[] = [];
  for (const prefix of [...byPrefix.keys()].sort()) {
    const sorted = [...byPrefix.get(prefix)!.values()].sort((a, b) =>
      a.receipt.value < b.receipt.value ? -1 : a.receipt.value > b.receipt.value ? 1 : 0,
    );
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1]!.receipt;
      const after = sorted[i]!;
      if (after.receipt.value - before.value <= 1n) continue;
      const width = before.digits.length;
      gaps.push({
        prefix,
        from: (before.value + 1n).toString().padStart(width, "0"),
        to: (after.receipt.value - 1n).toString().padStart(width, "0"),
        count: Number(after.receipt.value - before.value - 1n),
        next: after.at,
      });
    }
  }
  return gaps;
}
