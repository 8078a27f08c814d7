/** One cell as Office.js `Range.values` holds it: dates are serial numbers, errors are their text (`#N/A`). */
export type CellValue = string | number | boolean | null;
