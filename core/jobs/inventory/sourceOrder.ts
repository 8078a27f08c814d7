import { compareText } from "../../values/compareText";
import type { RecordSource } from "./records";

/** Orders record sources by sheet name (pinyin), then row: the order "first row" and "earliest row" mean. */
export function compareSource(x: RecordSource, y: RecordSource): number {
  return x.sheet === y.sheet ? x.row - y.row : compareText(x.sheet, y.sheet);
}
