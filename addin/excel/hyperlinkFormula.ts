import { quoteSheetName } from "../../core/light";

/** Excel's limit on one text constant in a formula. */
const MAX_TEXT_CONSTANT = 255;

/** A formula text constant; longer text is joined from pieces with `&`, as Excel allows 255 characters per constant. */
function textConstant(text: string): string {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < chars.length || pieces.length === 0; i += MAX_TEXT_CONSTANT)
    pieces.push(
      `"${chars
        .slice(i, i + MAX_TEXT_CONSTANT)
        .join("")
        .replace(/"/g, '""')}"`,
    );
  return pieces.join("&");
}

/**
 * A link to a cell of this workbook as a formula: `=HYPERLINK("#'工程部'!D12","工程部!12")`. The cell shows
 * (and `Range.values` reads back) the text; Excel, Excel on the web and LibreOffice follow the `#` target.
 */
export function hyperlinkFormula(sheet: string, cell: string, text: string): string {
  return `=HYPERLINK(${textConstant(`#${quoteSheetName(sheet)}!${cell}`)},${textConstant(text)})`;
}
