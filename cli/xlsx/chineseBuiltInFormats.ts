import { createRequire } from "node:module";

type BuiltInFormats = Record<string, { f?: string; "zh-cn"?: string } | undefined>;

let installed = false;

/**
 * Teaches ExcelJS the built-in number formats Chinese Excel stores by id only (27-36, 50-58, e.g. 31 =
 * `yyyy"年"m"月"d"日"`). ExcelJS 4.4 knows their codes per locale but gives such cells no format, so their
 * dates would read as bare numbers with format `General`; with the zh-CN codes they read as dates with
 * their format. Written copies store these codes as custom formats (they look the same in Chinese Excel).
 */
export function useChineseBuiltInFormats(): void {
  if (installed) return;
  installed = true;
  const formats = createRequire(import.meta.url)("exceljs/lib/xlsx/defaultnumformats.js") as BuiltInFormats;
  for (const format of Object.values(formats)) {
    if (format !== undefined && format.f === undefined && format["zh-cn"] !== undefined)
      format.f = format["zh-cn"];
  }
}
