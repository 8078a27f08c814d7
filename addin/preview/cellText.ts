import { excelSerialToIso, isDateNumberFormat, type CellValue } from "../../core/light";

/**
 * How the preview shows a cell: text as is, booleans as Excel does, numbers by the common parts of their
 * number format (decimals, thousands separators, percent, dates), otherwise as Excel's General would.
 * A rough rendering for the preview, not Excel's formatter. @example cellText(1234.5, "#,##0.00") === "1,234.50"
 */
export function cellText(value: CellValue, format: string, date1904 = false): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const section = format.split(";")[0] ?? "General";
  if (section === "@") return generalNumber(value);
  if (isDateNumberFormat(section)) {
    const date = excelSerialToIso(Math.floor(value), date1904);
    return date.ok ? date.value : generalNumber(value);
  }
  const decimals = /0\.(0+)/.exec(section)?.[1]?.length ?? (/[0#]/.test(section) ? 0 : null);
  if (decimals === null) return generalNumber(value);
  const percent = section.includes("%");
  const shown = percent ? value * 100 : value;
  const grouped = /[#0],[#0]/.test(section);
  const text = shown.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

/** A number as Excel's General format shows it in a normal column: up to 11 significant digits. */
function generalNumber(value: number): string {
  return String(Number(value.toPrecision(11)));
}
