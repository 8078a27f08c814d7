/** Excel column letters of a 1-based column number. @example columnLetter(28) === "AB" */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 1-based column number of Excel column letters. @example columnNumber("AB") === 28 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** An A1 reference. @example a1(3, 12) === "C12" */
export function a1(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}
