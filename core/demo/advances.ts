import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { createCalendar } from "../calendar/workingCalendar";
import { isoToExcelSerial } from "../values/excelSerial";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../values/isoDate";
import { seededRandom } from "../values/seededRandom";

const ESTATE = "阳光花园";
const MONTHS = 6;
const PROJECT_HEAD = "王建华";
const DEPUTY_GM = "刘志强";
const GM = "陈国庆";

interface DemoLoan {
  number: string;
  date: IsoDate;
  borrower: string;
  purpose: string;
  fen: number;
  /** Signatures left blank on the slip. */
  unsigned: ("gm" | "deputyGm")[];
}

interface DemoVoucher {
  number: string;
  date: IsoDate;
  invoice: string;
  summary: string;
  fen: number;
  loan: string;
  handler: string;
  unsigned: ("gm" | "deputyGm")[];
}

/**
 * Sample loan slips (借款单) and expense vouchers (支出凭证) of the estate of the collection demo over the six
 * months up to `today`: electricity paid to the power bureau every month on the first working day after the
 * 10th, water paid to the water company every second month around the 20th (the last working day on or before
 * it), each offset by its invoice two or three working days later - except one invoice that came 8 working
 * days late, one water bill smaller than the loan (partly offset, the rest still open), one loan the GM has
 * not signed, one voucher the deputy GM has not signed, one voucher whose loan number is typed in full-width
 * lower case, and a purchase loan made one working day before the latest working day, still waiting for its
 * invoice (as is any bill loan whose invoice would come after today).
 */
export function advancesDemo(today: IsoDate): DemoSheet[] {
  const calendar = createCalendar();
  const random = seededRandom(20261120);
  const loans: DemoLoan[] = [];
  const first = addMonths(monthOf(today), -(MONTHS - 1));
  for (let i = 0; i < MONTHS; i++) {
    const month = addMonths(first, i);
    const power = calendar.addWorkingDays(calendar.lastWorkingDayOnOrBefore(`${month}-10`), 1);
    loans.push({
      number: "",
      date: power,
      borrower: "李静",
      purpose: `缴纳${monthLabel(month)}电费（供电局）`,
      fen: 520_000 + Math.floor(random() * 180_000) + (isSummer(month) ? 150_000 : 0),
      unsigned: i === MONTHS - 3 ? ["gm"] : [],
    });
    if (Number(month.slice(5, 7)) % 2 === 0) {
      loans.push({
        number: "",
        date: calendar.lastWorkingDayOnOrBefore(`${month}-20`),
        borrower: "张伟",
        purpose: `缴纳${monthLabel(addMonths(month, -1))}、${monthLabel(month)}水费（自来水公司）`,
        fen: 240_000 + Math.floor(random() * 60_000),
        unsigned: [],
      });
    }
  }
  loans.push({
    number: "",
    date: calendar.addWorkingDays(calendar.lastWorkingDayOnOrBefore(today), -1),
    borrower: "张伟",
    purpose: "采购灭火器（消防检查整改）",
    fen: 186_000,
    unsigned: [],
  });
  const dated = loans.filter((l) => l.date <= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  dated.forEach((loan, i) => {
    loan.number = `JK-${loan.date.slice(0, 4)}-${String(i + 1).padStart(3, "0")}`;
    loan.fen = Math.round(loan.fen / 100) * 100;
  });

  const vouchers: DemoVoucher[] = [];
  const water = dated.filter((l) => l.purpose.includes("水费"));
  const partly = water.at(-2) ?? water[0];
  const late = dated.filter((l) => l.purpose.includes("电费")).at(-3);
  dated.forEach((loan, i) => {
    const date = calendar.addWorkingDays(loan.date, loan === late ? 8 : 2 + (i % 2));
    if (date > today || loan.purpose.startsWith("采购")) return;
    const fen = loan === partly ? loan.fen - 16_360 : loan.fen;
    vouchers.push({
      number: `记-${date.slice(5, 7)}${String(vouchers.length + 1).padStart(3, "0")}`,
      date,
      invoice: String(44_031_200 + Math.floor(random() * 900_000)).padStart(8, "0"),
      summary: loan.purpose.replace("缴纳", "").replace(/（.*）/, ""),
      fen,
      loan: i === 1 ? fullWidthLower(loan.number) : loan.number,
      handler: loan.borrower,
      unsigned: i === 2 ? ["deputyGm"] : [],
    });
  });
  return [loanSheet(dated), voucherSheet(vouchers)];
}

function loanSheet(loans: DemoLoan[]): DemoSheet {
  const rows: CellValue[][] = [
    [`${ESTATE} 借款单登记`],
    [`项目：${ESTATE}`, null, null, null, null, "单位：元"],
    [
      "序号",
      "借款单号",
      "借款日期",
      "借款人",
      "用途",
      "借款金额",
      "借款人签字",
      "项目负责人",
      "副总经理",
      "总经理",
    ],
  ];
  for (const loan of loans) {
    rows.push([
      rows.length - 2,
      loan.number,
      serial(loan.date),
      loan.borrower,
      loan.purpose,
      loan.fen / 100,
      loan.borrower,
      PROJECT_HEAD,
      loan.unsigned.includes("deputyGm") ? null : DEPUTY_GM,
      loan.unsigned.includes("gm") ? null : GM,
    ]);
  }
  return {
    name: "借款单",
    rows,
    widths: [6, 13, 11, 8, 30, 11, 10, 10, 10, 10],
    formats: [
      { column: 3, format: "yyyy-mm-dd", fromRow: 4 },
      { column: 6, format: "#,##0.00", fromRow: 4 },
    ],
  };
}

function voucherSheet(vouchers: DemoVoucher[]): DemoSheet {
  const rows: CellValue[][] = [
    [`${ESTATE} 支出凭证（充借款单）`],
    [`项目：${ESTATE}`],
    [
      "序号",
      "凭证号",
      "日期",
      "发票号",
      "摘要",
      "金额",
      "对应借款单号",
      "经办人",
      "项目负责人",
      "副总经理",
      "总经理",
    ],
  ];
  for (const v of vouchers) {
    rows.push([
      rows.length - 2,
      v.number,
      serial(v.date),
      v.invoice,
      v.summary,
      v.fen / 100,
      v.loan,
      v.handler,
      PROJECT_HEAD,
      v.unsigned.includes("deputyGm") ? null : DEPUTY_GM,
      v.unsigned.includes("gm") ? null : GM,
    ]);
  }
  return {
    name: "支出凭证",
    rows,
    widths: [6, 11, 11, 11, 24, 11, 14, 8, 10, 10, 10],
    formats: [
      { column: 3, format: "yyyy-mm-dd", fromRow: 4 },
      { column: 6, format: "#,##0.00", fromRow: 4 },
    ],
  };
}

function isSummer(month: YearMonth): boolean {
  const m = Number(month.slice(5, 7));
  return m >= 6 && m <= 9;
}

function monthLabel(month: YearMonth): string {
  return `${Number(month.slice(5, 7))}月`;
}

/** `JK-2026-002` as a clerk might type it with a Chinese input method on: `ｊｋ－２０２６－００２`. */
function fullWidthLower(text: string): string {
  return [...text.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
}

function serial(iso: IsoDate): number {
  return isoToExcelSerial(iso, false);
}
