import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import type { Fen } from "./money";
import { cellParamText } from "./numberText";
import { fail, ok } from "./parsed";
import { memoize } from "./memo";
import type { Parsed } from "./parsed";

/*
 * Amounts in Chinese words (大写金额), both ways. The rules are those of 中国人民银行《支付结算办法》
 * (银发〔1997〕393号) 附件一《正确填写票据和结算凭证的基本规定》, as quoted on e.g.
 * http://m.ningxialong.com/c/0QDM23R022_3.html and https://www.52zhanxing.com/ask/7886038.html:
 *
 * - 二: words that end at 元 take 整 (or 正); after 角 整 may be left out; after 分 no 整.
 * - 五(一)(二): a 0 between non-zero digits is written 零, a run of several 0s one 零
 *   (¥1,409.50 壹仟肆佰零玖元伍角, ¥6,007.14 陆仟零柒元壹角肆分).
 * - 五(三): when the 万位 or 元位 is 0 (alone or ending a run of 0s) but the 仟位 / 角位 is not, the 零 may be
 *   written or left out (¥1,680.32 壹仟陆佰捌拾元零叁角贰分 or 壹仟陆佰捌拾元叁角贰分; ¥107,000.53
 *   壹拾万柒仟元零伍角叁分 or 壹拾万零柒仟元伍角叁分). We read it only where the 万 or 元 is written: `壹亿柒仟元`
 *   (no 万) still needs its 零, as 一亿七千 says 170,000,000 in speech.
 * - 五(四): when the 角位 is 0 but the 分位 is not, 元 is followed by 零 (¥16,409.02 壹万陆仟肆佰零玖元零贰分).
 *
 * {@link amountInWords} writes one 零 for every run of skipped places, the optional ones of 五(三) included
 * (the first form the rule gives), 整 after 元 and after 角 (二 allows it), no 人民币. {@link parseAmountWords}
 * accepts either choice of 五(三), but refuses a missing 零 that 五(一)(二)(四) require: `壹仟伍元` is 1,500 in
 * everyday speech (一千五), not 1,005.
 */

/** Digit characters: the financial forms (Simplified and Traditional), the everyday ones, 两 and 〇. */
const DIGIT_OF: ReadonlyMap<string, number> = new Map([
  ...[..."零〇"].map((c) => [c, 0] as const),
  ...[..."壹一"].map((c) => [c, 1] as const),
  ...[..."贰貳二两兩"].map((c) => [c, 2] as const),
  ...[..."叁叄參三"].map((c) => [c, 3] as const),
  ...[..."肆四"].map((c) => [c, 4] as const),
  ...[..."伍五"].map((c) => [c, 5] as const),
  ...[..."陆陸六"].map((c) => [c, 6] as const),
  ...[..."柒七"].map((c) => [c, 7] as const),
  ...[..."捌八"].map((c) => [c, 8] as const),
  ...[..."玖九"].map((c) => [c, 9] as const),
]);

/** Place units inside a group of four (拾 10, 佰 100, 仟 1000) and the group units (万 10^4, 亿 10^8). */
const PLACE_OF: ReadonlyMap<string, number> = new Map([
  ["拾", 1],
  ["十", 1],
  ["佰", 2],
  ["百", 2],
  ["仟", 3],
  ["千", 3],
]);
const GROUP_OF: ReadonlyMap<string, number> = new Map([
  ["万", 4],
  ["萬", 4],
  ["亿", 8],
  ["億", 8],
]);
const YUAN = new Set([..."元圆圓"]);
const END = new Set([..."整正"]);
const MINUS = new Set([..."负負"]);

const DIGIT_WORDS = [..."零壹贰叁肆伍陆柒捌玖"];
const PLACE_WORDS = ["", "拾", "佰", "仟"];
/** Places of 10 a written amount reaches: 亿 groups up to 仟亿, so 9999,9999,9999.99 yuan at most. */
const HIGHEST_PLACE = 11;
/** The first amount in fen beyond what the words can write (10^12 yuan). */
const WORDS_LIMIT = 10 ** (HIGHEST_PLACE + 3);

const WHITE_SPACE = /\s+/gu;
/** `人民币` / `人民幣` / `RMB` / `¥` (after NFKC, so `￥` too), with `(大写)` and a colon allowed after it. */
const CURRENCY = /^(?:人民币|人民幣|rmb|¥)(?:\(?大[写寫]\)?)?:?/iu;

/**
 * Money in Chinese words (大写) as a whole count of fen: `壹仟贰佰叁拾肆元伍角` is 123450, `壹万零伍元整` 1000500,
 * `伍角` 50. Reads the financial digits (壹贰叁…, Traditional 貳參陸 too) and the everyday ones (一二三…, 两, 〇),
 * 拾/十, 佰/百, 仟/千, 万/萬, 亿/億, 元/圆/圓, 角, 分, an optional 整/正 at the end, an optional `人民币` /
 * `人民幣` / `RMB` / `￥` in front (with `(大写)` and a colon), 负/負 for a negative amount, and spaces anywhere.
 * `拾元` is 10 like `壹拾元`. A 零 is required where 五(一)(二)(四) of the rules above require one and refused
 * where no place is skipped; where 五(三) leaves it optional either form is read. Anything else (`壹仟仟`, `元伍`,
 * `壹佰` without 元, Arabic digits mixed in) is `not_amount_in_words`; an empty cell is null.
 * @example parseAmountWords("人民币壹仟贰佰叁拾肆元伍角") gives 123450
 */
export function parseAmountWords(v: CellValue): Parsed<Fen | null> {
  if (v === null) return ok(null);
  const error = excelErrorOf(v);
  if (error !== null) return fail("cell_error", { value: error });
  const value = cellParamText(v);
  if (typeof v !== "string") return fail("not_amount_in_words", { value });
  let text = v.normalize("NFKC").replace(WHITE_SPACE, "");
  if (text === "") return ok(null);
  let negative = MINUS.has(text.charAt(0));
  if (negative) text = text.slice(1);
  const currency = CURRENCY.exec(text);
  if (currency !== null) text = text.slice(currency[0].length);
  if (!negative && MINUS.has(text.charAt(0))) {
    negative = true;
    text = text.slice(1);
  }
  const amount = fenOfWords(text);
  if (amount === null) return fail("not_amount_in_words", { value });
  return ok((negative && amount !== 0 ? -amount : amount) as Fen);
}

/**
 * The fen a text writes in words ({@link parseAmountWords}), or undefined when it writes none or is empty: the
 * table reader's quick path, which leaves every other case to the full reading. Remembered, as a sheet may
 * repeat an amount; a cache of modest size, as most do not.
 */
export const quickAmountWords: (text: string) => Fen | undefined = memoize((text: string) => {
  const parsed = parseAmountWords(text);
  return parsed.ok && parsed.value !== null ? parsed.value : undefined;
}, 4_096);

/**
 * Money as finance writes it in Chinese words (大写), without `人民币`: `零元整` for 0; one 零 for every run of
 * skipped places (10005 yuan `壹万零伍元整`, 1000000.05 yuan `壹佰万元零伍分`, 1680.32 yuan
 * `壹仟陆佰捌拾元零叁角贰分`); 整 after 元 or 角 when there are no 分; 负 before a negative amount. The rules and
 * their source are at the top of this module. A RangeError for anything but a whole count of fen below 10^12
 * yuan. @example amountInWords(fen(123450)) === "壹仟贰佰叁拾肆元伍角整"
 */
export function amountInWords(amount: Fen): string {
  if (!Number.isSafeInteger(amount) || Math.abs(amount) >= WORDS_LIMIT)
    throw new RangeError(`amountInWords: ${String(amount)} is not an amount the words can write`);
  const abs = Math.abs(amount);
  if (abs === 0) return "零元整";
  const yuan = Math.floor(abs / 100);
  let out = amount < 0 ? "负" : "";
  /** Place of the last non-zero digit written (null before the first). */
  let last: number | null = null;
  const write = (digit: number, place: number, unit: string) => {
    if (last !== null && last - place > 1) out += "零";
    out += (DIGIT_WORDS[digit] ?? "") + unit;
    last = place;
  };
  for (let place = HIGHEST_PLACE; place >= 0; place--) {
    const digit = Math.floor(yuan / 10 ** place) % 10;
    if (digit !== 0) write(digit, place, PLACE_WORDS[place % 4] ?? "");
    if ((place === 8 || place === 4) && Math.floor(yuan / 10 ** place) % 10_000 !== 0)
      out += place === 8 ? "亿" : "万";
  }
  if (yuan !== 0) out += "元";
  const jiao = Math.floor(abs / 10) % 10;
  const fenDigit = abs % 10;
  if (jiao !== 0) write(jiao, -1, "角");
  if (fenDigit !== 0) write(fenDigit, -2, "分");
  else out += "整";
  return out;
}

/** A non-zero digit at its place (a power of ten: 0 the 元位, -1 角, -2 分), or a 零 written between two. */
type Entry = { digit: number; place: number } | "零";

/** The amount in fen the words (sign and currency taken off) give, or null when they are not an amount. */
function fenOfWords(text: string): number | null {
  const chars = [...text];
  const yuanAt = chars.findIndex((c) => YUAN.has(c));
  const integer = yuanAt < 0 ? [] : chars.slice(0, yuanAt);
  const rest = yuanAt < 0 ? chars : chars.slice(yuanAt + 1);
  const zeroYuan = integer.length === 1 && DIGIT_OF.get(integer[0] ?? "") === 0;
  const entries = zeroYuan ? [] : integerEntries(integer);
  if (entries === null || (yuanAt >= 0 && !zeroYuan && entries.length === 0)) return null;
  const fraction = fractionEntries(rest, yuanAt >= 0, zeroYuan);
  if (fraction === null) return null;
  if (yuanAt < 0 && fraction.every((e) => e === "零")) return null;
  entries.push(...fraction);
  if (!zerosInPlace(entries)) return null;
  let fen = 0;
  for (const e of entries) if (e !== "零") fen += e.digit * 10 ** (e.place + 2);
  return fen;
}

/**
 * The digits of the words before 元 with their places, and the 零s between them; null when malformed. Groups
 * close with 亿 then 万 (each at most once, in that order, after at least one digit); inside a group places fall
 * (仟 佰 拾, then a bare digit for the ones); a bare 拾 stands for 壹拾 at the start or after a 零.
 */
function integerEntries(chars: readonly string[]): Entry[] | null {
  const entries: Entry[] = [];
  let groupStart = 0;
  let placeLimit = 4;
  let groupLimit = HIGHEST_PLACE + 1;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const digit = DIGIT_OF.get(c);
    const lastEntry = entries[entries.length - 1];
    if (digit === 0) {
      if (lastEntry === undefined || lastEntry === "零") return null;
      entries.push("零");
      continue;
    }
    if (digit !== undefined || PLACE_OF.get(c) === 1) {
      // A digit with its place unit, a bare digit (the ones), or a bare 拾 (壹拾).
      let place = 0;
      if (digit === undefined) {
        if (lastEntry !== undefined && lastEntry !== "零") return null;
        place = 1;
      } else {
        const unit = PLACE_OF.get(chars[i + 1] ?? "");
        if (unit !== undefined) {
          place = unit;
          i++;
        }
      }
      if (place >= placeLimit) return null;
      placeLimit = place;
      entries.push({ digit: digit ?? 1, place });
      continue;
    }
    const group = GROUP_OF.get(c);
    if (group === undefined || group >= groupLimit) return null;
    if (lastEntry === undefined || lastEntry === "零" || placeLimit === 4) return null;
    for (let k = groupStart; k < entries.length; k++) {
      const e = entries[k];
      if (e !== undefined && e !== "零") e.place += group;
    }
    groupStart = entries.length;
    groupLimit = group;
    placeLimit = 4;
  }
  return entries[entries.length - 1] === "零" ? null : entries;
}

/**
 * The 角 and 分 after 元 (or alone), with a 零 before either, and 整/正 at the very end; null when malformed.
 * After `零元` a 零 before the 分 is allowed (`零元零伍分`); `零角` counts as that 零.
 */
function fractionEntries(chars: readonly string[], afterYuan: boolean, zeroYuan: boolean): Entry[] | null {
  const entries: Entry[] = [];
  let placeLimit = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    if (END.has(c)) return i === chars.length - 1 && (afterYuan || entries.length > 0) ? entries : null;
    const digit = DIGIT_OF.get(c);
    const unit = chars[i + 1];
    const place = unit === "角" ? -1 : unit === "分" ? -2 : null;
    if (digit === undefined) return null;
    if (digit === 0) {
      if (entries[entries.length - 1] === "零") return null;
      entries.push("零");
      if (place === -1) i++; // 零角
      continue;
    }
    if (place === null || place >= placeLimit) return null;
    placeLimit = place;
    entries.push({ digit, place });
    i++;
  }
  const second = entries[1];
  if (zeroYuan && entries[0] === "零" && second !== undefined && second !== "零" && second.place === -2)
    entries.shift();
  return entries;
}

/**
 * True when the 零s stand where the rules put them: at most one between two non-zero digits; none where no place
 * is skipped; one where places are skipped, unless the run of skipped places ends at the 元位, or at the 万位 or
 * 亿位 with its 万 or 亿 written (五(三): the unit character marks the place); never before the first digit or
 * after the last.
 */
function zerosInPlace(entries: readonly Entry[]): boolean {
  let last: number | null = null;
  let zeros = 0;
  for (const e of entries) {
    if (e === "零") {
      zeros++;
      continue;
    }
    if (last === null) {
      if (zeros > 0) return false;
    } else {
      const lowestSkipped = e.place + 1;
      const skipped = last - lowestSkipped;
      const optional = lowestSkipped === 0 || lowestSkipped === 8 || (lowestSkipped === 4 && last < 8);
      if (zeros > 1 || (skipped === 0 && zeros > 0) || (skipped > 0 && zeros === 0 && !optional))
        return false;
    }
    last = e.place;
    zeros = 0;
  }
  return zeros === 0;
}
