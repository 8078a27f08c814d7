/**
 * Compares text the way people read numbered things: digit runs by value, the rest by code point, so
 * `3-1-502` comes before `3-1-1001` and `R9` before `R10`; equal-valued texts (`03` / `3`) fall back to
 * code points so the order is total.
 */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    if (isDigit(x) && isDigit(y)) {
      let iEnd = i;
      while (iEnd < a.length && isDigit(a.charCodeAt(iEnd))) iEnd++;
      let jEnd = j;
      while (jEnd < b.length && isDigit(b.charCodeAt(jEnd))) jEnd++;
      let iStart = i;
      while (iStart < iEnd - 1 && a.charCodeAt(iStart) === ZERO) iStart++;
      let jStart = j;
      while (jStart < jEnd - 1 && b.charCodeAt(jStart) === ZERO) jStart++;
      const byLength = iEnd - iStart - (jEnd - jStart);
      if (byLength !== 0) return byLength;
      for (let k = 0; k < iEnd - iStart; k++) {
        const d = a.charCodeAt(iStart + k) - b.charCodeAt(jStart + k);
        if (d !== 0) return d;
      }
      i = iEnd;
      j = jEnd;
      continue;
    }
    if (x !== y) return x - y;
    i++;
    j++;
  }
  const byRest = a.length - i - (b.length - j);
  if (byRest !== 0) return byRest;
  return a < b ? -1 : a > b ? 1 : 0;
}

const ZERO = 48;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
