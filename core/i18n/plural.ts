/**
 * A count with its English noun in the right number: singular for exactly one, plural otherwise (`0 errors`,
 * `1 error`, `1.5 days`). @example countWords(1, "day", "days") === "1 day"
 */
export function countWords(count: number | string, one: string, other: string): string {
  return `${count} ${Number(count) === 1 ? one : other}`;
}

/** `{name}`, or `{name:one|other}`: the count `name` with its noun in the right number. */
const PLACEHOLDER = /\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g;

/**
 * A template with its placeholders filled: `{name}` by the value, `{name:one|other}` by the count and its noun
 * ({@link countWords}), so English says `1 error` and `2 errors` (Chinese templates need no such form). A
 * placeholder without a value is left as it is.
 * @example fillText("{n:error|errors}, {w:warning|warnings}", { n: 1, w: 2 }) === "1 error, 2 warnings"
 */
export function fillText(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return one === undefined || other === undefined ? String(value) : countWords(value, one, other);
  });
}
