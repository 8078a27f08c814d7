/**
 * Remembers a pure one-argument function's results (cell texts and numbers repeat a lot in a sheet).
 * The cache is dropped whenever it reaches `max` entries, so memory stays bounded.
 */
export function memoize<K, V>(fn: (key: K) => V, max = 20_000): (key: K) => V {
  let cache = new Map<K, V>();
  return (key: K) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = fn(key);
    if (cache.size >= max) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
