import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { addDays, addMonths, daysInMonth, monthOf, type IsoDate, type YearMonth } from "../values/isoDate";
import { isoToExcelSerial } from "../values/excelSerial";
import { seededRandom } from "../values/seededRandom";

/** How a demo household pays. */
type Profile = "monthly" | "partial" | "quarterly" | "prepay6" | "prepay12" | "arrears" | "never";

interface DemoUnit {
  code: string;
  building: number;
  customer: string;
  areaCenti: number;
  priceFen: number;
  parkingFen: number | null;
  utilities: boolean;
  profile: Profile;
  /** Arrears units stop paying at this month index. */
  stopAt: number;
  /** Prepaying units pay monthly before this month index, then in blocks. */
  blockFrom: number;
}

interface ChargeLine {
  month: number;
  unit: DemoUnit;
  fee: FeeType;
  fen: number;
  quantity: number | null;
  price: number | null;
}

interface PaymentLine {
  fee: FeeType;
  period: YearMonth | null;
  fen: number;
}

interface PaymentEvent {
  date: IsoDate;
  unit: string;
  customer: string;
  method: string;
  clerk: string;
  lines: PaymentLine[];
  note: string | null;
  receipt: string;
}

type FeeType = "物业管理费" | "停车费" | "水费" | "电费";

const ESTATE = "阳光花园";
const STRAY_UNIT = "6-2-1002";
const TEXT_AMOUNT = "叁佰元整";
const MONTHS = 24;
const FIRST_RECEIPT = 12001;
const WATER_PRICE_FEN = 380;
const POWER_PRICE_FEN = 56;
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "秀英",
  "霞",
  "平",
  "刚",
  "桂英",
  "建华",
  "志强",
  "海燕",
  "晓东",
  "丽华",
  "玉兰",
  "国庆",
  "春梅",
];
const METHODS: [string, number][] = [
  ["微信", 0.35],
  ["支付宝", 0.2],
  ["现金", 0.15],
  ["银行卡", 0.15],
  ["转账", 0.15],
];
const CLERKS = ["陈晓", "刘洋", "赵敏"];
const ARREARS_REASONS = ["经济困难", "对维修不满意", "业主在外地", "对停车管理有异议", "房屋出租，租户未交"];
const NEVER_REASONS = ["房屋空置", "联系不上", "开发商遗留问题（漏水未修）"];

const CHARGE_HEADER = [
  "序号",
  "房号",
  "业主姓名",
  "收费项目",
  "所属期间",
  "面积/用量",
  "单价",
  "应收金额",
  "到期日",
];
const PAYMENT_HEADER = [
  "序号",
  "收据号",
  "收款日期",
  "房号",
  "业主",
  "收费项目",
  "所属期间",
  "实收金额",
  "收款方式",
  "收款人",
  "备注",
];
const TARGET_HEADER = ["序号", "收费项目", "目标收缴率", "备注"];
const FOLLOW_UP_HEADER = [
  "序号",
  "房号",
  "业主",
  "收费项目",
  "欠费月数",
  "未收原因",
  "预计交款时间",
  "跟进人",
  "跟进日期",
];

/**
 * Sample collection inputs for an estate of 216 units (buildings 1-6, units like `3-1-502`) over the 24
 * months up to `today`'s month: a charges ledger (物业管理费 by area, 停车费, metered 水费/电费 for
 * building 6), the payments (on time, prepaid 6 or 12 months, partial, quarterly, arrears, never, one
 * refund), the year's targets and the clerk's follow-up notes (one promise already broken); title rows,
 * 合计 rows and a few bad cells (a text amount, an #N/A, periods typed as text, a duplicate receipt). Beside
 * them the underground car park keeps its 车位费 as a month-wide ledger (see {@link parkingLedgerSheet}).
 */
export function collectionDemo(today: IsoDate): DemoSheet[] {
  const random = seededRandom(20261110);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lastMonth = monthOf(today);
  const firstMonth = addMonths(lastMonth, -(MONTHS - 1));
  const monthAt = (i: number) => addMonths(firstMonth, i);
  const units = makeUnits(random, pick);
  const charges = makeCharges(units, monthAt, random);
  const events = makePayments(units, charges, monthAt, today, random, pick);
  return [
    chargeSheet(charges, monthAt, firstMonth, lastMonth),
    paymentSheet(events, firstMonth, today),
    parkingLedgerSheet(today),
    targetSheet(today),
    followUpSheet(units, charges, today, random, pick),
  ];
}

function makeUnits(random: () => number, pick: <T>(items: readonly T[]) => T): DemoUnit[] {
  const units: DemoUnit[] = [];
  for (let building = 1; building <= 6; building++) {
    for (let entrance = 1; entrance <= 2; entrance++) {
      for (let floor = 1; floor <= 9; floor++) {
        for (let room = 1; room <= 2; room++) {
          const base = room === 1 ? 8956 : 11238;
          const r = random();
          const profile: Profile =
            r < 0.03
              ? "never"
              : r < 0.11
                ? "arrears"
                : r < 0.18
                  ? "partial"
                  : r < 0.25
                    ? "quarterly"
                    : r < 0.32
                      ? "prepay6"
                      : r < 0.38
                        ? "prepay12"
                        : "monthly";
          const parking = random();
          units.push({
            code: `${building}-${entrance}-${floor}0${room}`,
            building,
            customer: pick([...SURNAMES]) + pick(GIVEN),
            areaCenti: base + Math.floor(random() * 600) - 300,
            priceFen: building >= 5 ? 280 : 220,
            parkingFen: parking < 0.15 ? 30000 : parking < 0.25 ? 15000 : null,
            utilities: building === 6,
            profile,
            stopAt: MONTHS - 3 - Math.floor(random() * 12),
            blockFrom: Math.floor(random() * 6),
          });
        }
      }
    }
  }
  return units;
}

function makeCharges(
  units: DemoUnit[],
  monthAt: (i: number) => YearMonth,
  random: () => number,
): ChargeLine[] {
  const lines: ChargeLine[] = [];
  for (let month = 0; month < MONTHS; month++) {
    const calendarMonth = Number(monthAt(month).slice(5, 7));
    const summer = calendarMonth >= 6 && calendarMonth <= 9;
    const winter = calendarMonth === 12 || calendarMonth <= 2;
    for (const unit of units) {
      const propertyFen = Math.floor((unit.areaCenti * unit.priceFen + 50) / 100);
      lines.push({
        month,
        unit,
        fee: "物业管理费",
        fen: propertyFen,
        quantity: unit.areaCenti / 100,
        price: unit.priceFen / 100,
      });
      if (unit.parkingFen !== null) {
        lines.push({ month, unit, fee: "停车费", fen: unit.parkingFen, quantity: null, price: null });
      }
      if (unit.utilities) {
        const water = 4 + Math.floor(random() * (summer ? 14 : 9));
        lines.push({
          month,
          unit,
          fee: "水费",
          fen: water * WATER_PRICE_FEN,
          quantity: water,
          price: WATER_PRICE_FEN / 100,
        });
        const power = 90 + Math.floor(random() * (summer ? 420 : winter ? 300 : 180));
        lines.push({
          month,
          unit,
          fee: "电费",
          fen: power * POWER_PRICE_FEN,
          quantity: power,
          price: POWER_PRICE_FEN / 100,
        });
      }
    }
  }
  return lines;
}

function makePayments(
  units: DemoUnit[],
  charges: ChargeLine[],
  monthAt: (i: number) => YearMonth,
  today: IsoDate,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): PaymentEvent[] {
  const due = new Map<string, Map<FeeType, number[]>>();
  for (const c of charges) {
    let byFee = due.get(c.unit.code);
    if (byFee === undefined) due.set(c.unit.code, (byFee = new Map()));
    let months = byFee.get(c.fee);
    if (months === undefined) byFee.set(c.fee, (months = []));
    months[c.month] = c.fen;
  }
  const events: PaymentEvent[] = [];
  const method = () => {
    let r = random();
    for (const [name, weight] of METHODS) if ((r -= weight) < 0) return name;
    return "微信";
  };
  const dayIn = (month: YearMonth, from: number, to: number): IsoDate =>
    `${month}-${String(Math.min(from + Math.floor(random() * (to - from + 1)), daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))))).padStart(2, "0")}`;
  const payDay = (i: number): IsoDate =>
    random() < 0.15 ? dayIn(monthAt(i + 1), 1, 20) : dayIn(monthAt(i), 1, 28);
  const add = (unit: DemoUnit, date: IsoDate, lines: PaymentLine[], note: string | null = null) => {
    if (date > today || lines.length === 0) return;
    events.push({
      date,
      unit: unit.code,
      customer: unit.customer,
      method: method(),
      clerk: pick(CLERKS),
      lines,
      note,
      receipt: "",
    });
  };
  for (const unit of units) {
    const fees = due.get(unit.code) ?? new Map<FeeType, number[]>();
    const monthly = (i: number, only?: (fee: FeeType) => boolean): PaymentLine[] =>
      [...fees]
        .filter(([fee]) => only === undefined || only(fee))
        .map(([fee, months]) => ({ fee, period: random() < 0.1 ? null : monthAt(i), fen: months[i] ?? 0 }));
    const property = fees.get("物业管理费") ?? [];
    for (let i = 0; i < MONTHS; i++) {
      switch (unit.profile) {
        case "monthly":
          add(unit, payDay(i), monthly(i));
          break;
        case "partial":
          add(
            unit,
            payDay(i),
            monthly(i).map((l) =>
              l.fee === "物业管理费"
                ? {
                    ...l,
                    fen: Math.floor(((property[i] ?? 0) * (5 + Math.floor(random() * 4))) / 1000) * 100,
                  }
                : l,
            ),
          );
          break;
        case "quarterly":
          if (i % 3 === 2) {
            add(
              unit,
              dayIn(monthAt(i + 1), 3, 20),
              [...fees].map(([fee, months]) => ({
                fee,
                period: null,
                fen: (months[i - 2] ?? 0) + (months[i - 1] ?? 0) + (months[i] ?? 0),
              })),
            );
          }
          break;
        case "prepay6":
        case "prepay12": {
          const block = unit.profile === "prepay6" ? 6 : 12;
          const lines = monthly(i, (fee) => fee !== "物业管理费" || i < unit.blockFrom);
          if (i >= unit.blockFrom && (i - unit.blockFrom) % block === 0) {
            lines.unshift({ fee: "物业管理费", period: monthAt(i), fen: (property[i] ?? 0) * block });
          }
          add(unit, payDay(i), lines);
          break;
        }
        case "arrears":
          if (i < unit.stopAt) add(unit, payDay(i), monthly(i));
          else if (i === unit.stopAt + 2) {
            add(
              unit,
              dayIn(monthAt(i), 10, 25),
              [{ fee: "物业管理费", period: null, fen: property[i] ?? 0 }],
              "补交部分欠费",
            );
          }
          break;
        case "never":
          break;
      }
    }
  }
  addRefund(units, events, monthAt, today);
  addStrayPayment(units, events, monthAt);
  events.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0,
  );
  events.forEach((e, i) => (e.receipt = `NO.00${String(FIRST_RECEIPT + i)}`));
  addDuplicateReceipt(events);
  return events;
}

/** A household pays its parking twice by WeChat; the office refunds the second payment (红冲). */
function addRefund(
  units: DemoUnit[],
  events: PaymentEvent[],
  monthAt: (i: number) => YearMonth,
  today: IsoDate,
): void {
  const unit = units.find((u) => u.profile === "monthly" && u.parkingFen !== null);
  if (unit === undefined || unit.parkingFen === null) return;
  const paid = `${monthAt(MONTHS - 3)}-12`;
  const refunded = `${monthAt(MONTHS - 3)}-26`;
  if (refunded > today) return;
  const base = { unit: unit.code, customer: unit.customer, clerk: CLERKS[0]!, receipt: "" };
  events.push(
    {
      ...base,
      date: paid,
      method: "微信",
      lines: [{ fee: "停车费", period: monthAt(MONTHS - 3), fen: unit.parkingFen }],
      note: "重复缴费",
    },
    {
      ...base,
      date: refunded,
      method: "转账",
      lines: [{ fee: "停车费", period: monthAt(MONTHS - 3), fen: -unit.parkingFen }],
      note: "红冲：重复缴费退款",
    },
  );
}

/** A payment typed with a unit number that does not exist (6-2-1002: building 6 has 9 floors). */
function addStrayPayment(units: DemoUnit[], events: PaymentEvent[], monthAt: (i: number) => YearMonth): void {
  const owner = units.find((u) => u.code === "6-2-902");
  events.push({
    date: `${monthAt(MONTHS - 4)}-08`,
    unit: STRAY_UNIT,
    customer: owner?.customer ?? "",
    method: "现金",
    clerk: CLERKS[1]!,
    lines: [{ fee: "物业管理费", period: null, fen: 30000 }],
    note: null,
    receipt: "",
  });
}

/** A clerk types an earlier receipt's number on a later single-line receipt of another unit. */
function addDuplicateReceipt(events: PaymentEvent[]): void {
  const singles = events.filter(
    (e) => e.lines.length === 1 && e.lines[0]!.fen > 0 && e.note === null && e.unit !== STRAY_UNIT,
  );
  const first = singles[Math.floor(singles.length * 0.8)];
  const second = singles.slice(Math.floor(singles.length * 0.8) + 5).find((e) => e.unit !== first?.unit);
  if (first !== undefined && second !== undefined) second.receipt = first.receipt;
}

function chargeSheet(
  charges: ChargeLine[],
  monthAt: (i: number) => YearMonth,
  firstMonth: YearMonth,
  lastMonth: YearMonth,
): DemoSheet {
  const rows: CellValue[][] = [
    [`${ESTATE} 收费台账（应收）`],
    [`项目：${ESTATE}`, null, null, null, `期间：${firstMonth} 至 ${lastMonth}`, null, null, "制表：客服部"],
    CHARGE_HEADER,
  ];
  let total = 0;
  charges.forEach((c, i) => {
    const month = monthAt(c.month);
    total += c.fen;
    rows.push([
      i + 1,
      c.unit.code,
      c.unit.customer,
      c.fee,
      serial(`${month}-01`),
      c.quantity,
      c.price,
      c.fen / 100,
      c.fee === "停车费" ? serial(`${month}-10`) : null,
    ]);
  });
  const at = (fraction: number) => rows[3 + Math.floor((rows.length - 3) * fraction)]!;
  const water = rows.slice(Math.floor(rows.length * 0.6)).find((r) => r[3] === "水费");
  if (water !== undefined) water[7] = "#N/A";
  const chinese = at(0.35);
  chinese[4] = chineseMonth(monthAt(charges[Math.floor((rows.length - 3) * 0.35)]!.month));
  const compact = at(0.5);
  compact[4] = monthAt(charges[Math.floor((rows.length - 3) * 0.5)]!.month).replace("-", "");
  rows.push([]);
  rows.push(["合计", null, null, null, null, null, null, total / 100]);
  return {
    name: "收费台账",
    rows,
    widths: [7, 11, 10, 11, 10, 10, 7, 11, 11],
    formats: [
      { column: 5, format: "yyyy-mm", fromRow: 4 },
      { column: 8, format: "#,##0.00", fromRow: 4 },
      { column: 9, format: "yyyy-mm-dd", fromRow: 4 },
    ],
  };
}

function paymentSheet(events: PaymentEvent[], firstMonth: YearMonth, today: IsoDate): DemoSheet {
  const rows: CellValue[][] = [
    [`${ESTATE} 收款明细（实收）`],
    [
      `项目：${ESTATE}`,
      null,
      null,
      null,
      `期间：${firstMonth}-01 至 ${today}`,
      null,
      null,
      null,
      "制表：客服部",
    ],
    PAYMENT_HEADER,
  ];
  let total = 0;
  let textAmountDone = false;
  for (const e of events) {
    for (const line of e.lines) {
      const asText: boolean =
        !textAmountDone &&
        e.lines.length > 1 &&
        e.note === null &&
        line.fee === "停车费" &&
        line.fen === 30000 &&
        e.date >= addDays(today, -60);
      textAmountDone ||= asText;
      if (!asText) total += line.fen;
      const amount: CellValue = asText ? TEXT_AMOUNT : line.fen / 100;
      rows.push([
        rows.length - 2,
        e.receipt,
        serial(e.date),
        e.unit,
        e.customer,
        line.fee,
        line.period === null ? null : serial(`${line.period}-01`),
        amount,
        e.method,
        e.clerk,
        e.note,
      ]);
    }
  }
  rows.push([]);
  rows.push(["合计", null, null, null, null, null, null, total / 100]);
  return {
    name: "收款明细",
    rows,
    widths: [7, 13, 11, 11, 9, 11, 10, 11, 9, 8, 18],
    formats: [
      { column: 3, format: "yyyy-mm-dd", fromRow: 4 },
      { column: 7, format: "yyyy-mm", fromRow: 4 },
      { column: 8, format: "#,##0.00", fromRow: 4 },
    ],
  };
}

function targetSheet(today: IsoDate): DemoSheet {
  return {
    name: "收缴率指标",
    rows: [
      [`${ESTATE} ${today.slice(0, 4)}年度收缴率指标`],
      [`下达日期：${today.slice(0, 4)}-01-05`],
      TARGET_HEADER,
      [1, "物业管理费", 0.95, "年初计划指标"],
      [2, "停车费", 0.9, null],
      [3, "水费", "98%", "按抄表数"],
      [4, "电费", 0.98, null],
    ],
    widths: [7, 12, 12, 16],
    formats: [{ column: 3, format: "0.00%", fromRow: 4 }],
  };
}

function followUpSheet(
  units: DemoUnit[],
  charges: ChargeLine[],
  today: IsoDate,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): DemoSheet {
  const rows: CellValue[][] = [[`${ESTATE} 催缴跟进记录`], [`更新日期：${today}`], FOLLOW_UP_HEADER];
  const monthsOwed = (unit: DemoUnit) =>
    charges.filter((c) => c.unit === unit && c.fee === "物业管理费" && c.month >= unit.stopAt).length;
  let brokenDone = false;
  for (const unit of units) {
    if (unit.profile === "never") {
      const reason = pick(NEVER_REASONS);
      rows.push([
        rows.length - 2,
        unit.code,
        unit.customer,
        "物业管理费",
        MONTHS,
        reason,
        reason === "联系不上" ? null : serial(addDays(today, 30 + Math.floor(random() * 60))),
        pick(CLERKS),
        serial(addDays(today, -Math.floor(random() * 20))),
      ]);
    } else if (unit.profile === "arrears") {
      const broken = !brokenDone;
      brokenDone = true;
      rows.push([
        rows.length - 2,
        unit.code,
        unit.customer,
        "物业管理费",
        monthsOwed(unit),
        broken ? "已承诺月底前缴清" : pick(ARREARS_REASONS),
        serial(broken ? addDays(today, -12) : addDays(today, 5 + Math.floor(random() * 40))),
        pick(CLERKS),
        serial(addDays(today, broken ? -40 : -Math.floor(random() * 20))),
      ]);
      if (unit.parkingFen !== null) {
        rows.push([
          rows.length - 2,
          unit.code,
          unit.customer,
          "停车费",
          monthsOwed(unit),
          "对停车管理有异议",
          null,
          pick(CLERKS),
          serial(addDays(today, -Math.floor(random() * 20))),
        ]);
      }
    }
  }
  return {
    name: "催缴跟进",
    rows,
    widths: [7, 11, 9, 11, 9, 26, 13, 8, 11],
    formats: [
      { column: 7, format: "yyyy-mm-dd", fromRow: 4 },
      { column: 9, format: "yyyy-mm-dd", fromRow: 4 },
    ],
  };
}

/** The car park's spaces, their 月应收 (fen) and how each pays (see {@link parkingLedgerSheet}). */
const PARKING: readonly { space: string; monthlyFen: number; pays: ParkingHabit }[] = [
  { space: "车位B001", monthlyFen: 15000, pays: "monthly" },
  { space: "车位B002", monthlyFen: 15000, pays: "monthly" },
  { space: "车位B003", monthlyFen: 15000, pays: "ticks" },
  { space: "车位B004", monthlyFen: 15000, pays: "monthly" },
  { space: "车位B005", monthlyFen: 15000, pays: "ticks" },
  { space: "车位B006", monthlyFen: 20000, pays: "year" },
  { space: "车位B007", monthlyFen: 20000, pays: "never" },
  { space: "车位B008", monthlyFen: 20000, pays: "stopped" },
  { space: "车位B009", monthlyFen: 20000, pays: "partial" },
  { space: "车位B010", monthlyFen: 15000, pays: "fromApril" },
];

/**
 * How a parking space pays: each month by the month's end (`monthly`: the amount written, `ticks`: √), the whole
 * year at once (`year`, every month ticked, months ahead too), never, stopped three months ago, half of last
 * month, or rented from April (the months before marked —).
 */
type ParkingHabit = "monthly" | "ticks" | "year" | "never" | "stopped" | "partial" | "fromApril";

/**
 * The underground car park's 车位费 kept as a month-wide ledger (收费台账, months as columns) for the year of last
 * month: a row per space (`车位B001`, none of them in the long lists), 月应收, 1月..12月 filled up to last month
 * (amounts or √; one space paid the whole year ahead, one never paid, one stopped three months ago, one paid half
 * of last month, one rented from April), 已收合计 and 欠费 (owed through last month), a 合计 row and a signature
 * line. The clerk added one month too many into B004's 已收合计.
 */
function parkingLedgerSheet(today: IsoDate): DemoSheet {
  const random = seededRandom(20261201);
  const last = addMonths(monthOf(today), -1);
  const year = Number(last.slice(0, 4));
  const upTo = Number(last.slice(5, 7));
  const monthNumbers = Array.from({ length: 12 }, (_, i) => i + 1);
  const rows: CellValue[][] = [
    [`${ESTATE} ${year}年度地下车位费收费台账`],
    ["单位：元", null, null, null, ...monthNumbers.map(() => null), null, "制表：客服部"],
    ["序号", "车位号", "业主", "月应收", ...monthNumbers.map((m) => `${m}月`), "已收合计", "欠费"],
  ];
  let monthlyTotal = 0;
  let paidTotal = 0;
  let owedTotal = 0;
  PARKING.forEach((p, i) => {
    const owner = SURNAMES[Math.floor(random() * SURNAMES.length)]! + GIVEN[Math.floor(random() * GIVEN.length)]!;
    let paid = 0;
    let owed = 0;
    const cells = monthNumbers.map((m): CellValue => {
      const charged = !(p.pays === "fromApril" && m < 4);
      const billed = m <= upTo;
      const fen = parkingPaid(p.pays, p.monthlyFen, m, upTo);
      paid += fen;
      if (charged && billed) owed += p.monthlyFen - fen;
      if (!charged) return "—";
      if (fen === 0) return null;
      return fen === p.monthlyFen && (p.pays === "ticks" || p.pays === "year") ? "√" : fen / 100;
    });
    monthlyTotal += p.monthlyFen;
    paidTotal += paid;
    owedTotal += owed;
    const typedPaid = p.space === "车位B004" ? paid + p.monthlyFen : paid;
    rows.push([i + 1, p.space, owner, p.monthlyFen / 100, ...cells, typedPaid / 100, owed / 100]);
  });
  rows.push(["合计", null, null, monthlyTotal / 100, ...monthNumbers.map(() => null), paidTotal / 100, owedTotal / 100]);
  rows.push(["制表人：陈晓", null, null, null, null, null, "审核：", null, null, null, null, "客服部经理："]);
  return {
    name: "车位费台账",
    rows,
    widths: [6, 11, 9, 9, ...monthNumbers.map(() => 8), 11, 10],
    formats: [
      { column: 4, format: "#,##0.00", fromRow: 4 },
      ...monthNumbers.map((m) => ({ column: 4 + m, format: "#,##0.00", fromRow: 4 })),
      { column: 17, format: "#,##0.00", fromRow: 4 },
      { column: 18, format: "#,##0.00", fromRow: 4 },
    ],
  };
}

/** What a space of a habit paid for month `m` of the ledger's year (fen), last month being `upTo`. */
function parkingPaid(pays: ParkingHabit, monthlyFen: number, m: number, upTo: number): number {
  switch (pays) {
    case "year":
      return monthlyFen;
    case "never":
      return 0;
    case "stopped":
      return m <= upTo - 3 ? monthlyFen : 0;
    case "partial":
      return m < upTo ? monthlyFen : m === upTo ? monthlyFen / 2 : 0;
    case "fromApril":
      return m >= 4 && m <= upTo ? monthlyFen : 0;
    default:
      return m <= upTo ? monthlyFen : 0;
  }
}

function serial(iso: IsoDate): number {
  return isoToExcelSerial(iso, false);
}

function chineseMonth(month: YearMonth): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
