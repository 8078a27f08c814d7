import { fenText, type Fen } from "./money";

const DECIMAL_TEXT = /^(-?)(\d+)(\.\d+)?$/;

/**
 * An amount as a person reads it, with thousands separators: report text (`52705.80`, `-1234.5`) or fen, exactly
 * as given otherwise (no float ever made); text that is not a plain decimal (`—`) is returned as it is.
 * @example groupedAmount("52705.80") === "52,705.80"
 * @example groupedAmount(fen(-123450)) === "-1,234.50"
 */
export function groupedAmount(amount: string | Fen): string {
  const text = typeof amount === "number" ? fenText(amount) : amount;
  const m = DECIMAL_TEXT.exec(text);
  if (m === null) return text;
  const [, sign = "", whole = "", fraction = ""] = m;
  let grouped = "";
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ",";
    grouped += whole.charAt(i);
  }
  return `${sign}${grouped}${fraction}`;
}
