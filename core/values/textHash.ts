/** FNV-1a's starting value (32 bits). */
export const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a's multiplier (32 bits). */
export const FNV_PRIME = 0x01000193;
/** Keeps 30 bits, so a hash is a small integer V8 stores unboxed. */
export const SMALL_INT_BITS = 0x3fffffff;

/**
 * A 30-bit FNV-1a hash of a text's UTF-16 code units: equal texts hash equal, different ones rarely do. As a
 * Map key it is compared by value without reading the text again, which keeps a map of a million texts fast.
 * @example textHash("R1") === textHash("R1")
 */
export function textHash(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash & SMALL_INT_BITS;
}

/** Stands for "no text" among hashes, which are never negative. */
export const NO_TEXT = -1;

/** The hashes that occur more than once (never {@link NO_TEXT}), found by sorting a copy. */
export function repeatedHashes(hashes: Int32Array): Set<number> {
  const sorted = hashes.slice().sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i] === sorted[i - 1] && sorted[i] !== NO_TEXT) repeated.add(sorted[i]!);
  return repeated;
}
