import { normalizeKey } from "../../values/text";
import type { ItemRef } from "./records";

/** The item key: item, spec and unit after NFKC, white space and case folding (no category). */
export function itemKey(ref: ItemRef): string {
  return SPELLINGS.keyOf(ref);
}

/** One spelling of an item (its spec and unit as typed) and the key it folds to; further spellings chained. */
interface Spelling {
  spec: string;
  unit: string;
  key: string;
  next: Spelling | undefined;
}

/**
 * Item keys by spelling, since a ledger spells its few thousand items the same way on every row: one lookup
 * by the item's text, then its spec and unit compared; emptied when it grows past a bound so memory stays small.
 */
class SpellingKeys {
  private byItem = new Map<string, Spelling>();
  private size = 0;

  keyOf(ref: ItemRef): string {
    const first = this.byItem.get(ref.item);
    for (let s = first; s !== undefined; s = s.next) {
      if (s.spec === ref.spec && s.unit === ref.unit) return s.key;
    }
    if (this.size > 100_000) this.reset();
    const key = `${normalizeKey(ref.item)}\u0001${normalizeKey(ref.spec)}\u0001${normalizeKey(ref.unit)}`;
    this.byItem.set(ref.item, {
      spec: ref.spec,
      unit: ref.unit,
      key,
      next: this.size === 0 ? undefined : first,
    });
    this.size += 1;
    return key;
  }

  private reset(): void {
    this.byItem = new Map();
    this.size = 0;
  }
}

const SPELLINGS = new SpellingKeys();

/** One spelling of an item and the entry its key holds; further spellings of the same item text chained. */
interface IndexedSpelling<V> {
  spec: string;
  unit: string;
  value: V;
  next: IndexedSpelling<V> | undefined;
}

/**
 * Values by item key, found by spelling: one lookup by the item's text, then its spec and unit compared, so a
 * month of movements costs one map lookup each; a spelling not seen yet is folded to its key once.
 */
export class ItemIndex<V> {
  /** The values by item key, in the order their items were first added. */
  readonly byKey = new Map<string, V>();
  private readonly spellings = new Map<string, IndexedSpelling<V>>();

  /** The value of an item's key, or undefined when none was added. */
  find(ref: ItemRef): V | undefined {
    const first = this.spellings.get(ref.item);
    for (let s = first; s !== undefined; s = s.next) {
      if (s.spec === ref.spec && s.unit === ref.unit) return s.value;
    }
    const value = this.byKey.get(itemKey(ref));
    if (value !== undefined) this.remember(ref, value, first);
    return value;
  }

  /** Adds the value of an item's key (not found before). */
  add(ref: ItemRef, value: V): void {
    this.byKey.set(itemKey(ref), value);
    this.remember(ref, value, this.spellings.get(ref.item));
  }

  private remember(ref: ItemRef, value: V, next: IndexedSpelling<V> | undefined): void {
    this.spellings.set(ref.item, { spec: ref.spec, unit: ref.unit, value, next });
  }
}
