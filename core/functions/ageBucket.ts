import { bucketOf, DEFAULT_BUCKETS } from "../receivables/ageBuckets";
import { toDayNumber } from "../values/isoDate";
import {
  dateArg,
  isFunctionError,
  langArg,
  type FunctionArg,
  type FunctionContext,
  type FunctionResult,
} from "./functionValues";

/**
 * PROPDESK.AGEBUCKET(due, asOf, [lang]): the ageing bucket of a receivable due on `due`, judged on `asOf` (age =
 * asOf − due in days, as the collection job ages it), labelled in `lang` (zh-CN when omitted, zh-TW or en).
 * @example AGEBUCKET("2026-08-31", "2026-11-30") === "91-180"; AGEBUCKET("2026-12-05", "2026-11-30", "en") === "Not yet due"
 */
export function ageBucketFunction(context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const due = dateArg(args[0], context.date1904);
  if (isFunctionError(due)) return due;
  const asOf = dateArg(args[1], context.date1904);
  if (isFunctionError(asOf)) return asOf;
  const lang = langArg(args[2]);
  if (isFunctionError(lang)) return lang;
  const bucket = DEFAULT_BUCKETS[bucketOf(toDayNumber(asOf) - toDayNumber(due), DEFAULT_BUCKETS)];
  return bucket?.label[lang] ?? "";
}
