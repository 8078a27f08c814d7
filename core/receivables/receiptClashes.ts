import { normalizeKey } from "../values/text";
import { NO_TEXT, repeatedHashes, textHash } from "../values/textHash";
import type { Payment } from "./records";

/**
 * The payments whose receipt number an earlier payment already used for something else: by index into
 * `payments`, the earliest such payment. Receipt numbers are compared after NFKC, removing white space and
 * upper-casing (`NO.0012345` = `no.0012345`). Rows sharing a number are one receipt when they are of one unit
 * and date and differ in fee type or period, or when one is a refund (negative) of the same unit; anything
 * else clashes.
 *
 * A ledger's receipt numbers are nearly all distinct, so they are first told apart by sorting a hash of each
 * (`hash`: a non-negative 31-bit integer, {@link textHash} unless a test gives another); only numbers whose hash
 * occurs more than once are compared exactly, in input order.
 */
export function findReceiptClashes(
  payments: readonly Payment[],
  hash: (key: string) => number = textHash,
): Map<number, Payment> {
  const clashes = new Map<number, Payment>();
  const hashes = new Int32Array(payments.length);
  for (let i = 0; i < payments.length; i++) {
    const receipt = payments[i]!.receipt;
    hashes[i] = receipt === null ? NO_TEXT : hash(receiptKey(receipt));
  }
  const repeated = repeatedHashes(hashes);
  if (repeated.size === 0) return clashes;
  const book = new ReceiptBook();
  for (let i = 0; i < payments.length; i++) {
    const payment = payments[i]!;
    if (payment.receipt === null || !repeated.has(hashes[i]!)) continue;
    const clash = book.conflict(payment, receiptKey(payment.receipt));
    if (clash !== null) clashes.set(i, clash);
  }
  return clashes;
}

/** Payments by receipt key, each key's in input order. */
class ReceiptBook {
  private readonly first = new Map<string, Payment>();
  private readonly more = new Map<string, Payment[]>();

  /** The earliest payment with the same key that is not part of the same receipt, or null; remembers the payment. */
  conflict(payment: Payment, key: string): Payment | null {
    const first = this.first.get(key);
    if (first === undefined) {
      this.first.set(key, payment);
      return null;
    }
    let others = this.more.get(key);
    if (others === undefined) this.more.set(key, (others = []));
    const clash = [first, ...others].find((earlier) => !sameReceipt(earlier, payment)) ?? null;
    others.push(payment);
    return clash;
  }
}

function sameReceipt(a: Payment, b: Payment): boolean {
  if (a.unit !== b.unit) return false;
  if (a.amountFen < 0 !== b.amountFen < 0) return true;
  return a.date === b.date && (a.feeType !== b.feeType || a.period !== b.period);
}

/** The form receipt numbers are compared in: NFKC without white space (non-ASCII only), upper-cased. */
export function receiptKey(receipt: string): string {
  if (isPlainUpper(receipt)) return receipt;
  return (isPlainAscii(receipt) ? receipt : normalizeKey(receipt)).toUpperCase();
}

/** Printable ASCII without lower-case letters (`!` to `` ` ``, `{` to `~`): already in compared form. */
function isPlainUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e || (code >= 0x61 && code <= 0x7a)) return false;
  }
  return true;
}

/** Printable ASCII only (no white space). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}
