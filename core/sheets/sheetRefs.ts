import { quoteSheetName } from "./sheetName";

const NAME_STOP = /[\s'"!(),:;+\-*/^&=<>{}[\]%]/;

/**
 * A formula whose references to renamed sheets (`'Old name'!A1`, `Old!A1`) point at the new names; text in
 * string literals is left alone. `renamed` maps lower-cased old names to new names.
 * @example retargetSheetRefs("SUM(Plan!E5:E9)", new Map([["plan", "Plan (2)"]])) === "SUM('Plan (2)'!E5:E9)"
 */
export function retargetSheetRefs(formula: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      const end = closing(formula, i, '"');
      out += formula.slice(i, end + 1);
      i = end + 1;
    } else if (ch === "'") {
      const end = closing(formula, i, "'");
      const target =
        formula.charAt(end + 1) === "!"
          ? renamed.get(
              formula
                .slice(i + 1, end)
                .replace(/''/g, "'")
                .toLowerCase(),
            )
          : undefined;
      out += target === undefined ? formula.slice(i, end + 1) : quoteSheetName(target);
      i = end + 1;
    } else if (!NAME_STOP.test(ch) && (i === 0 || NAME_STOP.test(formula.charAt(i - 1)))) {
      let end = i;
      while (end < formula.length && !NAME_STOP.test(formula.charAt(end))) end++;
      const word = formula.slice(i, end);
      const target =
        formula.charAt(end) === "!" && formula.charAt(i - 1) !== "]"
          ? renamed.get(word.toLowerCase())
          : undefined;
      out += target === undefined ? word : quoteSheetName(target);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Index of the quote closing the one at `start` (a doubled quote is an escaped one), or the last index. */
function closing(text: string, start: number, quote: string): number {
  let j = start + 1;
  while (j < text.length) {
    if (text.charAt(j) === quote) {
      if (text.charAt(j + 1) !== quote) return j;
      j += 2;
    } else {
      j++;
    }
  }
  return text.length - 1;
}
