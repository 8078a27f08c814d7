import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { amountInWords, parseAmountWords } from "./amountWords";
import { fen } from "./money";

/** The largest amount the words write: 9999,9999,9999.99 yuan. */
const MAX_WORDS_FEN = 99_999_999_999_999;

const read = (text: string) => {
  const r = parseAmountWords(text);
  return r.ok ? r.value : r.problem.code;
};

describe("amountInWords: the form finance writes", () => {
  it.each([
    [0, "零元整"],
    [5, "伍分"],
    [50, "伍角整"],
    [55, "伍角伍分"],
    [100, "壹元整"],
    [105, "壹元零伍分"],
    [1000, "壹拾元整"],
    [1500, "壹拾伍元整"],
    [123450, "壹仟贰佰叁拾肆元伍角整"],
    [123456, "壹仟贰佰叁拾肆元伍角陆分"],
    [1000500, "壹万零伍元整"],
    [100000005, "壹佰万元零伍分"],
    // the examples of 《支付结算办法》附件一 五: the 零s of (一) (二) (四), and the first form of (三)
    [140950, "壹仟肆佰零玖元伍角整"],
    [600714, "陆仟零柒元壹角肆分"],
    [168032, "壹仟陆佰捌拾元零叁角贰分"],
    [10700053, "壹拾万零柒仟元零伍角叁分"],
    [1640902, "壹万陆仟肆佰零玖元零贰分"],
    [32504, "叁佰贰拾伍元零肆分"],
    [1200000, "壹万贰仟元整"],
    [1050000, "壹万零伍佰元整"],
    [10000000000, "壹亿元整"],
    [10001000000, "壹亿零壹万元整"],
    [107000000000, "壹拾亿零柒仟万元整"],
    [100000000050, "壹拾亿元零伍角整"],
    [MAX_WORDS_FEN, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
    [-123450, "负壹仟贰佰叁拾肆元伍角整"],
    [-5, "负伍分"],
  ])("%d fen -> %s", (amount, words) => {
    expect(amountInWords(fen(amount))).toBe(words);
  });

  it.each([[0.5], [NaN], [MAX_WORDS_FEN + 1], [-(MAX_WORDS_FEN + 1)]])("refuses %d", (n) => {
    expect(() => amountInWords(n as ReturnType<typeof fen>)).toThrow(RangeError);
  });
});

describe("parseAmountWords", () => {
  it.each([
    ["壹拾元", 1000],
    ["拾元", 1000],
    ["十元", 1000],
    ["拾伍元整", 1500],
    ["拾万元整", 10000000],
    ["壹万零伍元", 1000500],
    ["壹万零伍元整", 1000500],
    ["伍角", 50],
    ["伍角整", 50],
    ["伍分", 5],
    ["零元整", 0],
    ["零元伍角", 50],
    ["零元零伍分", 5],
    ["负零元整", 0],
    ["壹仟贰佰叁拾肆元伍角", 123450],
    ["一千二百三十四元五角", 123450],
    ["壹仟贰佰叁拾肆圆伍角", 123450],
    ["壹仟貳佰參拾肆圓伍角", 123450],
    ["壹仟贰佰叁拾肆元伍角正", 123450],
    ["两百元", 20000],
    ["兩萬元整", 2000000],
    ["贰亿叁仟万元整", 23000000000],
    ["貳億零伍萬元", 20005000000],
    ["一千〇五元", 100500],
    ["人民币壹仟元整", 100000],
    ["人民幣壹仟元整", 100000],
    ["RMB壹仟元整", 100000],
    ["rmb 壹仟元整", 100000],
    ["￥壹仟元整", 100000],
    ["¥壹仟元整", 100000],
    ["人民币（大写）：壹仟元整", 100000],
    ["人民币：壹仟元整", 100000],
    [" 壹 仟 元 整 ", 100000],
    ["壹仟\u3000元整", 100000],
    ["负壹仟元整", -100000],
    ["負壹仟元整", -100000],
    ["人民币负壹仟元整", -100000],
    ["负人民币壹仟元整", -100000],
    // 五(三): the 零 at the 元位 or 万位 may be written or left out
    ["壹仟陆佰捌拾元零叁角贰分", 168032],
    ["壹仟陆佰捌拾元叁角贰分", 168032],
    ["壹拾万柒仟元零伍角叁分", 10700053],
    ["壹拾万零柒仟元伍角叁分", 10700053],
    ["壹拾万柒仟元伍角叁分", 10700053],
    ["壹拾万零柒仟元零伍角叁分", 10700053],
    ["壹佰万柒仟元", 100700000],
    ["壹佰万零柒仟元", 100700000],
    ["壹亿元伍角", 10000000050],
    ["壹佰元伍角", 10050],
    ["壹拾亿柒仟万元", 107000000000],
    ["壹元零角伍分", 105],
    ["壹仟零拾伍元", 101500],
    ["壹仟零壹拾伍元", 101500],
    ["伍分整", 5],
  ])("%j -> %d fen", (text, amount) => {
    expect(parseAmountWords(text)).toEqual({ ok: true, value: amount });
  });

  it.each([
    ["壹仟仟"],
    ["壹仟仟元"],
    ["元伍"],
    ["壹元伍"],
    ["1000元"],
    ["壹仟2佰元"],
    ["壹仟元5角"],
    ["壹佰"],
    ["壹佰整"],
    ["元整"],
    ["整"],
    ["人民币"],
    ["零"],
    ["零伍分"],
    ["壹仟伍元"], // 一千五 is 1,500: the 零 of 五(一) is required
    ["壹佰伍元"],
    ["壹万伍元"],
    ["壹元伍分"], // 五(四): 元零伍分
    ["壹万零贰仟元"], // no place skipped: no 零
    ["壹元零伍角"],
    ["壹仟零零伍元"],
    ["零壹元"],
    ["壹佰零元"],
    ["壹佰零元伍角"],
    ["壹亿柒仟元"], // no 万 written: 一亿七千 is 170,000,000 in speech
    ["壹万亿元"],
    ["壹万壹亿元"],
    ["壹亿壹亿元"],
    ["壹拾拾元"],
    ["壹佰壹仟元"],
    ["伍角伍角"],
    ["伍分伍角"],
    ["壹元整伍角"],
    ["壹元整整"],
    ["壹万拾元"],
    ["佰元"],
    ["壹元伍角零分"],
    ["负负壹元"],
    ["壹元负"],
    ["一千五"],
    ["合格"],
  ])("%j is not_amount_in_words", (text) => {
    expect(parseAmountWords(text)).toEqual({
      ok: false,
      problem: { code: "not_amount_in_words", params: { value: text } },
    });
  });

  it.each([
    [null, { ok: true, value: null }],
    ["", { ok: true, value: null }],
    ["  ", { ok: true, value: null }],
    ["#N/A", { ok: false, problem: { code: "cell_error", params: { value: "#N/A" } } }],
    [1234.5, { ok: false, problem: { code: "not_amount_in_words", params: { value: "1234.5" } } }],
    [true, { ok: false, problem: { code: "not_amount_in_words", params: { value: "TRUE" } } }],
  ])("%j -> %j", (v, result) => {
    expect(parseAmountWords(v)).toEqual(result);
  });
});

/** The words with every character in one of its other accepted spellings, where the character has one. */
const ALTERNATIVES: Record<string, string[]> = {
  零: ["〇"],
  壹: ["一"],
  贰: ["貳", "二", "两"],
  叁: ["參", "三"],
  肆: ["四"],
  伍: ["五"],
  陆: ["陸", "六"],
  柒: ["七"],
  捌: ["八"],
  玖: ["九"],
  拾: ["十"],
  佰: ["百"],
  仟: ["千"],
  万: ["萬"],
  亿: ["億"],
  元: ["圆", "圓"],
  整: ["正"],
  负: ["負"],
};

describe("amounts in words: properties", () => {
  const amounts = fc.integer({ min: -MAX_WORDS_FEN, max: MAX_WORDS_FEN });

  it("reads back every amount it writes", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        expect(read(amountInWords(fen(n)))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back small and round amounts, where the 零s and 整 are", () => {
    const digits = fc.constantFrom(0, 0, 0, 0, 1, 5, 9);
    const sparse = fc
      .array(digits, { minLength: 1, maxLength: 14 })
      .map((ds) => Number(ds.join("")))
      .filter((n) => n <= MAX_WORDS_FEN);
    fc.assert(
      fc.property(sparse, fc.boolean(), (n, negative) => {
        const amount = negative ? -n : n;
        expect(read(amountInWords(fen(amount)))).toBe(amount === 0 ? 0 : amount);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the same amount in the other spellings clerks type, with 人民币 and spaces", () => {
    fc.assert(
      fc.property(
        amounts,
        fc.infiniteStream(fc.nat()),
        fc.constantFrom("", "人民币", "RMB ", "￥"),
        (n, picks, prefix) => {
          const words = amountInWords(fen(n));
          const spelt = [...words]
            .map((c) => {
              const other = ALTERNATIVES[c];
              const pick = picks.next().value as number;
              return other === undefined ? c : ([c, ...other][pick % (other.length + 1)] ?? c);
            })
            .join(" ");
          expect(read(prefix + spelt)).toBe(n);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads the words without the optional 零s of 五(三)", () => {
    fc.assert(
      fc.property(amounts, (n) => {
        const words = amountInWords(fen(n));
        // the 零 after 万 before a 仟, after 元 before a 角, after 亿 before a 仟 of the 万 group
        const withoutOptional = words
          .replace(/万零(?=[壹贰叁肆伍陆柒捌玖]仟)/gu, "万")
          .replace(/元零(?=[壹贰叁肆伍陆柒捌玖]角)/gu, "元")
          .replace(/亿零(?=[壹贰叁肆伍陆柒捌玖]仟[^亿万元]*万)/gu, "亿");
        expect(read(withoutOptional)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("never reads text with an Arabic digit in it", () => {
    fc.assert(
      fc.property(amounts, fc.nat(), fc.constantFrom(..."0123456789"), (n, at, digit) => {
        const words = [...amountInWords(fen(n))];
        words.splice(at % (words.length + 1), 0, digit);
        expect(read(words.join(""))).toBe("not_amount_in_words");
      }),
    );
  });
});
