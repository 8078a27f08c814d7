import { amountInWords } from "../values/amountWords";
import { parseFenCell } from "../values/money";
import {
  functionError,
  isEmptyArg,
  type FunctionArg,
  type FunctionContext,
  type FunctionResult,
} from "./functionValues";

/**
 * PROPDESK.RMBUPPER(amount): the amount in Chinese words as finance writes it (`amountInWords`): rounded half-up to
 * the fen from the number Excel shows (15 significant digits, so `=0.1+0.2` gives 叁角整), 负 before a negative,
 * text amounts as the jobs read them (`¥1,234.50`); empty text for an empty amount, so a form's 大写 cell stays blank
 * until its amount is filled; `#VALUE!` for anything that is no amount, `#NUM!` from 10^12 yuan (beyond the words).
 * @example RMBUPPER(1234.5) === "壹仟贰佰叁拾肆元伍角整"
 */
export function rmbUpperFunction(_context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const value = args[0];
  if (value === undefined || isEmptyArg(value)) return "";
  const read = parseFenCell(value);
  if (!read.ok) return functionError(read.problem.code === "value_too_large" ? "#NUM!" : "#VALUE!");
  return read.value === null ? "" : amountInWords(read.value);
}
