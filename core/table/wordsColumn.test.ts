import { describe, expect, it } from "vitest";
import { readTable, type TableRead } from "./readTable";
import { headerColumns } from "./headerColumns";
import { HeaderMatcher } from "./headerMatcher";
import { column, IN_WORDS, table, type TableSpec } from "./declaration";
import { wordsColumnOf } from "./wordsColumn";
import { label } from "../i18n/label";
import type { CellValue, SheetData } from "./sheetData";
import { LOAN_TABLE, VOUCHER_TABLE } from "../jobs/finance/advances/inputs";
import { CHARGE_TABLE, PAYMENT_TABLE } from "../receivables/inputs";
import { HANDOVER_TABLE } from "../jobs/finance/weekly-collection/inputs";
import { SPENDING_TABLE } from "../jobs/finance/cash-plan/inputs";

function sheet(values: CellValue[][]): SheetData {
  return { name: "借款登记", values, origin: { row: 1, column: 1 } };
}

/** Reads a sheet both ways (the quick path for clean rows, and every cell in full) and checks they agree. */
function read<S extends TableSpec>(s: SheetData, spec: S): TableRead<S> {
  const quick = readTable(s, spec, { date1904: false });
  expect(readTable(s, spec, { date1904: false, fullReading: true })).toEqual(quick);
  return quick;
}

/** Each issue as code, severity and cell. */
const issuesOf = (r: TableRead<TableSpec>) =>
  r.issues.map((i) => [i.code, i.severity, `${i.column ?? ""}${i.row}`]);

// 借款登记表 with 大写 (D) beside 小写 (E), one row per case
const HEADER: CellValue[] = ["借款单号", "借款日期", "借款人", "大写", "小写"];

describe("amounts in words (大写) beside figures (小写)", () => {
  it.each<[string, CellValue, CellValue, number | null, (string | number)[][]]>([
    ["both agree", "壹仟贰佰叁拾肆元伍角", 1234.5, 123_450, []],
    ["both agree, words with 人民币 in front", "人民币壹万贰仟元整", 12000, 1_200_000, []],
    ["both agree, words with ￥ and spaces", "￥ 壹仟零贰元伍角", 1002.5, 100_250, []],
    ["both agree, Traditional words", "參仟肆佰伍拾陸圓柒角捌分", "3,456.78", 345_678, []],
    ["figures only", null, 8500, 850_000, []],
    ["words only: the amount read from them", "捌仟零伍拾元整", null, 805_000, []],
    ["words only, everyday digits", "一千零二元五角", null, 100_250, []],
    [
      "they differ: an error at the words, the row out",
      "捌仟零伍拾元整",
      8500,
      null,
      [["amount_words_mismatch", "error", "D2"]],
    ],
    [
      "words that are no amount beside figures: an error",
      "壹仟仟元",
      1000,
      null,
      [["not_amount_in_words", "error", "D2"]],
    ],
    [
      "words missing a required 零 beside figures",
      "壹仟伍元",
      1005,
      null,
      [["not_amount_in_words", "error", "D2"]],
    ],
    ["words that are no amount, no figures", "八千五", null, null, [["not_amount_in_words", "error", "D2"]]],
    ["a number in the words column", 8500, 8500, null, [["not_amount_in_words", "error", "D2"]]],
    ["an error value in the words column", "#N/A", 8500, null, [["cell_error", "error", "D2"]]],
    ["neither: the amount is required", null, null, null, [["value_required", "error", "E2"]]],
    ["words only, zero: the amount's limit", "零元整", null, null, [["not_positive", "error", "D2"]]],
    [
      "figures only, zero: the amount's limit at the figures",
      null,
      0,
      null,
      [["not_positive", "error", "E2"]],
    ],
    [
      "bad figures beside good words: the figures' problem only",
      "捌仟伍佰元整",
      "八千五",
      null,
      [["not_a_number", "error", "E2"]],
    ],
    ["negative both: 负 words", "负伍拾元整", -50, null, [["not_positive", "error", "E2"]]],
  ])("%s", (_case, words, figures, amount, issues) => {
    const r = read(sheet([HEADER, ["JK-01", 46328, "李敏", words, figures]]), LOAN_TABLE);
    expect(r.columns).toMatchObject({ number: "A", amount: "E" });
    expect(r.rows.map((row) => row.values.amount)).toEqual(amount === null ? [] : [amount]);
    expect(r.rejectedRows).toEqual(amount === null ? [2] : []);
    expect(issuesOf(r)).toEqual(issues);
  });

  it("names both cells and both amounts in a mismatch", () => {
    const r = read(sheet([HEADER, ["JK-01", 46328, "陈晓", " 捌仟零伍拾元整 ", 8500]]), LOAN_TABLE);
    expect(r.issues).toEqual([
      {
        code: "amount_words_mismatch",
        severity: "error",
        sheet: "借款登记",
        row: 2,
        column: "D",
        params: {
          field: "amount",
          header: "大写",
          value: "捌仟零伍拾元整",
          words: "8050.00",
          figures: "8500.00",
          wordsCell: "D2",
          figuresCell: "E2",
        },
      },
    ]);
  });

  it.each<[string, CellValue[][], Record<string, string>]>([
    [
      "借款金额 over 大写 | 小写 (two rows)",
      [
        ["借款单号", "借款日期", "借款人", "借款金额", null],
        [null, null, null, "大写", "小写"],
      ],
      { number: "A", amount: "E" },
    ],
    ["大写金额 | 小写金额", [["借款单号", "借款日期", "借款人", "大写金额", "小写金额"]], { amount: "E" }],
    [
      "金额（大写）| 金额（小写）",
      [["借款单号", "借款日期", "借款人", "金额（大写）", "金额（小写）"]],
      { amount: "E" },
    ],
    [
      "借款金额(大写) | 借款金额",
      [["借款单号", "借款日期", "借款人", "借款金额(大写)", "借款金额"]],
      { amount: "E" },
    ],
    ["人民币（大写）| 小写", [["借款单号", "借款日期", "借款人", "人民币（大写）", "小写"]], { amount: "E" }],
    [
      "金額大寫 | 金額 (Traditional)",
      [["借款單號", "借款日期", "借款人", "金額大寫", "金額"]],
      { amount: "E" },
    ],
  ])("binds the words and the figures under %s", (_case, header, columns) => {
    const body: CellValue[][] = [
      ["JK-01", 46328, "李敏", "人民币壹万贰仟元整", 12000],
      ["JK-02", 46335, "张伟", "叁仟肆佰伍拾陆元柒角捌分", 3456.78],
      ["JK-03", 46342, "陈晓", "捌仟零伍拾元整", 8500],
    ];
    const r = read(sheet([...header, ...body]), LOAN_TABLE);
    expect(r.columns).toMatchObject(columns);
    expect(r.rows.map((row) => row.values.amount)).toEqual([1_200_000, 345_678]);
    const last = header.length + body.length;
    expect(issuesOf(r)).toEqual([["amount_words_mismatch", "error", `D${last}`]]);
    expect(r.issues[0]?.params).toMatchObject({
      words: "8050.00",
      figures: "8500.00",
      figuresCell: `E${last}`,
    });
  });

  it("reads a table written only in words: the words stand for the amount", () => {
    const s = sheet([
      ["借款单号", "借款日期", "借款人", "借款金额（大写）"],
      ["JK-01", 46328, "李敏", "壹万贰仟元整"],
      ["JK-02", 46335, "张伟", null],
      ["JK-03", 46342, "陈晓", "捌仟伍佰"],
    ]);
    const r = read(s, LOAN_TABLE);
    expect(r.columns).toMatchObject({ amount: "D" });
    expect(headerColumns(s, LOAN_TABLE)).toMatchObject({ amount: "D" });
    expect(r.rows.map((row) => [row.row, row.values.amount])).toEqual([[2, 1_200_000]]);
    expect(issuesOf(r)).toEqual([
      ["value_required", "error", "D3"],
      ["not_amount_in_words", "error", "D4"],
    ]);
  });

  it("keeps the figures' letter for the money column in headerColumns when both are there", () => {
    expect(headerColumns(sheet([HEADER]), LOAN_TABLE)).toMatchObject({ amount: "E" });
    expect(
      headerColumns(sheet([["借款单号", "借款日期", "借款人", "小写", "大写"]]), LOAN_TABLE),
    ).toMatchObject({
      amount: "D",
    });
  });

  it("an amount that is not required: a disagreement is a warning and the amount counts as empty", () => {
    const spec = table({
      role: "fees",
      label: label("费用", "費用", "fees"),
      columns: [
        column({
          key: "item",
          label: label("项目", "項目", "Item"),
          synonyms: ["项目"],
          type: "text",
          required: true,
        }),
        column({
          key: "fee",
          label: label("金额", "金額", "Fee"),
          synonyms: ["金额", "小写"],
          type: "money",
          words: IN_WORDS,
        }),
      ],
    });
    const r = read(
      sheet([
        ["项目", "大写", "小写"],
        ["电费", "壹佰元整", 100],
        ["水费", "贰佰元整", 250],
        ["燃气", "贰佰伍", 250],
        ["杂费", "叁拾元", null],
        ["网费", null, null],
      ]),
      spec,
    );
    expect(r.rows.map((row) => [row.values.item, row.values.fee])).toEqual([
      ["电费", 10_000],
      ["水费", null],
      ["燃气", 25_000],
      ["杂费", 3_000],
      ["网费", null],
    ]);
    expect(issuesOf(r)).toEqual([
      ["amount_words_mismatch", "warning", "B3"],
      ["not_amount_in_words", "warning", "B4"],
    ]);
  });

  it("finds the header through the words: a money column written only in words is not missing", () => {
    const r = read(
      sheet([
        ["借款单号", "借款日期", "借款人", "大写"],
        ["JK-01", 46328, "李敏", "伍佰元整"],
      ]),
      LOAN_TABLE,
    );
    expect(r.issues).toEqual([]);
    expect(r.rows[0]?.values.amount).toBe(50_000);
  });

  it("a header with 大写 in brackets never names the figures, in a table without words too", () => {
    // CHARGE_TABLE declares no words: 金额（大写）is no column of it, 金额（小写）its amount
    const charges = new HeaderMatcher(CHARGE_TABLE);
    expect(charges.match("金额（大写）")).toBeUndefined();
    expect(charges.match("金额（小写）")?.key).toBe("amountDue");
    expect(charges.match("金额(元)")?.key).toBe("amountDue");
    const loans = new HeaderMatcher(LOAN_TABLE);
    expect(loans.match("金额（大写）")?.key).toBe("amount.words");
    expect(loans.match("【大写】金额")?.key).toBe("amount.words");
    expect(loans.match("大写金额（元）")?.key).toBe("amount.words");
    expect(loans.match("借款金额（小写）")?.key).toBe("amount");
    expect(loans.match("小写")?.key).toBe("amount");
    expect(loans.match("大写")?.key).toBe("amount.words");
    expect(loans.matchNormalized("借款金额(大写)")?.key).toBe("amount.words");
  });

  it("declares words on the tables where offices write amounts in words", () => {
    const named = (spec: TableSpec, text: string) => new HeaderMatcher(spec).match(text)?.key;
    expect(named(VOUCHER_TABLE, "报销金额大写")).toBe("amount.words");
    expect(named(VOUCHER_TABLE, "合计金额（大写）")).toBe("amount.words");
    expect(named(VOUCHER_TABLE, "报销金额小写")).toBe("amount");
    expect(named(SPENDING_TABLE, "用款金额（大写）")).toBe("amount.words");
    expect(named(PAYMENT_TABLE, "人民币（大写）")).toBe("amount.words");
    expect(named(PAYMENT_TABLE, "实收金额小写")).toBe("amount");
    // the handover amount is never a bare 金额, nor a bare 大写 / 小写
    expect(named(HANDOVER_TABLE, "交款金额（大写）")).toBe("amount.words");
    expect(named(HANDOVER_TABLE, "交接金额小写")).toBe("amount");
    expect(named(HANDOVER_TABLE, "大写")).toBeUndefined();
    expect(named(HANDOVER_TABLE, "小写")).toBeUndefined();
    expect(wordsColumnOf(CHARGE_TABLE.columns.find((c) => c.key === "amountDue")!)).toBeNull();
  });

  it("a declared column's own header wins over a name made with 大写", () => {
    const spec = table({
      role: "odd",
      label: label("表", "表", "table"),
      columns: [
        column({ key: "note", label: label("说明", "說明", "Note"), synonyms: ["金额大写"], type: "text" }),
        column({
          key: "amount",
          label: label("金额", "金額", "Amount"),
          synonyms: ["金额"],
          type: "money",
          words: IN_WORDS,
        }),
      ],
    });
    expect(new HeaderMatcher(spec).match("金额大写")?.key).toBe("note");
    expect(new HeaderMatcher(spec).match("大写金额")?.key).toBe("amount.words");
  });
});
