import { label, type Label } from "../i18n/label";
import { WORKSHEET_FUNCTION_ARITIES } from "./functionIds";

/**
 * PropDesk's worksheet functions (Excel custom functions, `=PROPDESK.WORKDAY(A2,5)`) declared as data: the build
 * writes Excel's metadata (`functions.json`, one file per language) from this table; the add-in registers them from
 * its ids and parameter counts (functionIds.ts, without these texts), which a type check below holds to this table,
 * so the two cannot drift apart. Labels only, no calendar.
 */

export { FUNCTION_NAMESPACE, qualifiedName, WORKSHEET_FUNCTION_ARITIES } from "./functionIds";
export type { WorksheetFunctionId } from "./functionIds";

/** A parameter's type in Excel's metadata: `any` takes a number, text or a boolean as the cell holds it. */
export type FunctionParameterType = "any" | "number" | "string" | "boolean";

/** A function's result type in Excel's metadata. */
export type FunctionResultType = "any" | "number" | "string" | "boolean";

/** One parameter: its key (the code's name), its name and description in each language, its type. */
export interface FunctionParameterDeclaration {
  readonly key: string;
  readonly name: Label;
  readonly description: Label;
  readonly type: FunctionParameterType;
  readonly optional?: true;
}

/** One worksheet function: its id (Excel's metadata `id`, also its name in every language), texts, parameters, result. */
export interface FunctionDeclaration {
  readonly id: string;
  readonly name: Label;
  readonly description: Label;
  readonly parameters: readonly FunctionParameterDeclaration[];
  readonly result: FunctionResultType;
}

/** A function's name: the same in every language, so a formula reads the same in every Excel and in files. */
const sameName = (id: string): Label => label(id, id, id);

const DATE = {
  key: "date",
  name: label("日期", "日期", "date"),
  description: label(
    "日期：日期单元格、序列号或“2026-10-10”这样的文本",
    "日期：日期儲存格、序列值或「2026-10-10」這樣的文字",
    "A date: a date cell, a serial number or text such as 2026-10-10",
  ),
  type: "any",
} as const satisfies FunctionParameterDeclaration;

/** Every worksheet function PropDesk offers, in the order Excel lists them. */
export const WORKSHEET_FUNCTIONS = [
  {
    id: "ISWORKDAY",
    name: sameName("ISWORKDAY"),
    description: label(
      "是否工作日（TRUE/FALSE）：周一至周五，除去法定节假日，加上调休上班日；工作簿有“节假日”表时以它为准。",
      "是否工作日（TRUE/FALSE）：週一至週五，除去法定節假日，加上調休上班日；活頁簿有「節假日」表時以它為準。",
      "TRUE on a working day in China: Monday to Friday, less holidays, plus make-up working days; a 节假日 (Holidays) sheet in the workbook overrides.",
    ),
    parameters: [DATE],
    result: "boolean",
  },
  {
    id: "WORKDAY",
    name: sameName("WORKDAY"),
    description: label(
      "开始日期之后第几个工作日的日期（不含开始日期，负数往前数），按中国节假日和调休；返回日期序列号。",
      "開始日期之後第幾個工作日的日期（不含開始日期，負數往前數），按中國節假日和調休；傳回日期序列值。",
      "The date a number of working days after the start (not counting it; back when negative), by China's holidays and make-up days; a date serial.",
    ),
    parameters: [
      {
        key: "start",
        name: label("开始日期", "開始日期", "start_date"),
        description: label(
          "开始日期（不计入）",
          "開始日期（不計入）",
          "The date to count from (not counted)",
        ),
        type: "any",
      },
      {
        key: "days",
        name: label("工作日数", "工作日數", "days"),
        description: label(
          "工作日天数，负数往前数，小数舍去",
          "工作日天數，負數往前數，小數捨去",
          "Working days to add; negative goes back; a fraction is truncated",
        ),
        type: "number",
      },
    ],
    result: "number",
  },
  {
    id: "NETWORKDAYS",
    name: sameName("NETWORKDAYS"),
    description: label(
      "两个日期之间的工作日天数（含首尾两天），结束日期早于开始日期时为负数，按中国节假日和调休。",
      "兩個日期之間的工作日天數（含首尾兩天），結束日期早於開始日期時為負數，按中國節假日和調休。",
      "Working days from start to end, both counted, negative when the end is before the start, by China's holidays and make-up days.",
    ),
    parameters: [
      {
        key: "start",
        name: label("开始日期", "開始日期", "start_date"),
        description: label("开始日期（计入）", "開始日期（計入）", "The first date (counted)"),
        type: "any",
      },
      {
        key: "end",
        name: label("结束日期", "結束日期", "end_date"),
        description: label("结束日期（计入）", "結束日期（計入）", "The last date (counted)"),
        type: "any",
      },
    ],
    result: "number",
  },
  {
    id: "DEADLINE",
    name: sameName("DEADLINE"),
    description: label(
      "报送截止日：落在休息日或节假日时提前到之前最后一个工作日；返回日期序列号。",
      "報送截止日：落在休息日或節假日時提前到之前最後一個工作日；傳回日期序列值。",
      "A due date moved back to the last working day before it when it falls on a rest day or holiday; a date serial.",
    ),
    parameters: [
      {
        ...DATE,
        key: "due",
        name: label("截止日期", "截止日期", "due_date"),
      },
    ],
    result: "number",
  },
  {
    id: "HOLIDAYCLASS",
    name: sameName("HOLIDAYCLASS"),
    description: label(
      "日期的加班类别：workday 工作日（150%），restday 休息日（200%），statutory 法定节假日（300%）。",
      "日期的加班類別：workday 工作日（150%），restday 休息日（200%），statutory 法定節假日（300%）。",
      "The overtime class of a date: workday (150%), restday (200%) or statutory, a statutory holiday (300%).",
    ),
    parameters: [DATE],
    result: "string",
  },
  {
    id: "AGEBUCKET",
    name: sameName("AGEBUCKET"),
    description: label(
      "应收款的账龄段：未到期、1-30、31-90、91-180、181-365、1-2年、2-3年、3年以上（账龄 = 截止日 − 到期日）。",
      "應收款的帳齡段：未到期、1-30、31-90、91-180、181-365、1-2年、2-3年、3年以上（帳齡 = 截止日 − 到期日）。",
      "The ageing bucket of a receivable: Not yet due, 1-30, 31-90, 91-180, 181-365, 1-2 years, 2-3 years, Over 3 years (age = as-of − due).",
    ),
    parameters: [
      {
        ...DATE,
        key: "due",
        name: label("到期日", "到期日", "due_date"),
      },
      {
        ...DATE,
        key: "asOf",
        name: label("截止日", "截止日", "as_of"),
      },
      {
        key: "lang",
        name: label("语言", "語言", "language"),
        description: label(
          "账龄段的语言：zh-CN（默认）、zh-TW 或 en",
          "帳齡段的語言：zh-CN（預設）、zh-TW 或 en",
          "Language of the bucket: zh-CN (default), zh-TW or en",
        ),
        type: "string",
        optional: true,
      },
    ],
    result: "string",
  },
  {
    id: "RMBUPPER",
    name: sameName("RMBUPPER"),
    description: label(
      "金额的中文大写，四舍五入到分，如 1234.5 为“壹仟贰佰叁拾肆元伍角整”，负数前加“负”。",
      "金額的中文大寫，四捨五入到分，如 1234.5 為「壹仟贰佰叁拾肆元伍角整」，負數前加「負」。",
      "An amount in Chinese words as finance writes it, rounded half-up to the fen: 1234.5 gives 壹仟贰佰叁拾肆元伍角整.",
    ),
    parameters: [
      {
        key: "amount",
        name: label("金额", "金額", "amount"),
        description: label(
          "金额（元），数字或“¥1,234.50”这样的文本",
          "金額（元），數字或「¥1,234.50」這樣的文字",
          "An amount in yuan: a number or text such as ¥1,234.50",
        ),
        type: "any",
      },
    ],
    result: "string",
  },
] as const satisfies readonly FunctionDeclaration[];

/** A declaration table's ids and parameter counts, in its order. */
type Arities<T extends readonly unknown[]> = {
  readonly [K in keyof T]: T[K] extends {
    readonly id: infer Id;
    readonly parameters: infer P extends readonly unknown[];
  }
    ? { readonly id: Id; readonly parameters: P["length"] }
    : never;
};

/** True when A and B are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compiles only when given true. */
type Holds<T extends true> = T;

/**
 * The table declares the functions the add-in registers (functionIds.ts), in the same order, with as many
 * parameters: a function added, removed, moved or given a parameter in one place only is a type error here.
 */
export type DeclaredAsRegistered = Holds<
  Same<Arities<typeof WORKSHEET_FUNCTIONS>, typeof WORKSHEET_FUNCTION_ARITIES>
>;
