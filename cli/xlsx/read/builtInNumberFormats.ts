/**
 * Codes of the number formats a workbook may use by id alone, without a `<numFmt>` of its own: the locale-free
 * built-ins, and for the locale-dependent ids Chinese Excel and WPS save (27-36, 50-58) the zh-CN codes, so
 * their dates are known as dates. The same codes the ExcelJS reader gave (with its zh-CN table), so both
 * readers agree; ids that differ by currency or region (5-8, 41-44) are not listed and read as `General`.
 */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, "General"],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "mm-dd-yy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, 'm/d/yy "h":mm'],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, "m-d-yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午 h"时"mm"分"'],
  [35, '上午/下午 h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00 ;(#,##0.00)"],
  [40, "#,##0.00 ;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午 h"时"mm"分"'],
  [56, '上午/下午 h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

/** The code of a built-in number format id, or undefined when the id is none this reader knows. @example builtInNumberFormat(31) === 'yyyy"年"m"月"d"日"' */
export function builtInNumberFormat(id: number): string | undefined {
  return BUILT_IN.get(id);
}
