/** A count with its English noun in the right number: the singular for exactly 1, else the plural. @example plural(1, "error", "errors") === "1 error"; plural(0, "error", "errors") === "0 errors" */
export function plural(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}
