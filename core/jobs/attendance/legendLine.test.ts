import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isSymbol, readLegendLine, type LegendCell } from "./legendLine";
import type { Mark } from "./marks";

/** A row of cells from texts (null for a number cell), in columns A, B, C… of row 9. */
function row(...texts: (string | null)[]): LegendCell[] {
  return texts.map((text, i) => ({ text, row: 9, column: String.fromCharCode(65 + i) }));
}

/** The pairs of a line as `symbol=mark` (`?` for a meaning that is not counted). */
function pairs(...texts: (string | null)[]): string[] {
  return readLegendLine(row(...texts)).pairs.map((p) => `${p.symbol}=${p.mark ?? `?${p.meaning}`}`);
}

describe("readLegendLine: the forms offices write their legend in", () => {
  it.each<[string, (string | null)[], string[]]>([
    [
      "symbol before meaning, full-width spaces, one pair apart (休 休息)",
      ["说明：√出勤　○事假　☆病假　△迟到　□早退　×旷工　休 休息"],
      ["√=present", "○=事假", "☆=病假", "△=late", "□=early", "×=absent", "休=rest"],
    ],
    ["meaning before symbol with colons", ["出勤：√ 事假：○ 迟到：△"], ["√=present", "○=事假", "△=late"]],
    ["symbol = meaning, commas", ["√=出勤，○=事假，△=出差"], ["√=present", "○=事假", "△=trip"]],
    ["full-width equals signs", ["√＝出勤　○＝病假"], ["√=present", "○=病假"]],
    ["spaces around the equals sign", ["√ = 出勤 ， × = 休假"], ["√=present", "×=rest"]],
    ["表示 / 代表 / 为", ["符号说明：√表示出勤；○代表事假；△为出差"], ["√=present", "○=事假", "△=trip"]],
    ["all glued, no separator", ["√出勤○事假△迟到"], ["√=present", "○=事假", "△=late"]],
    ["meaning glued before symbol", ["出勤√ 事假○ 早退□"], ["√=present", "○=事假", "□=early"]],
    ["symbols and meanings in tokens of their own", ["√ 出勤 ○ 事假"], ["√=present", "○=事假"]],
    ["a note in brackets after a meaning", ["注：△迟到(10分钟以内) ○事假（半天以上）"], ["△=late", "○=事假"]],
    [
      "Traditional characters",
      ["說明：√出勤 ○事假 △遲到 ☆喪假"],
      ["√=present", "○=事假", "△=late", "☆=丧假"],
    ],
    ["Latin letters as symbols", ["SJ事假 BJ病假 CC出差"], ["SJ=事假", "BJ=病假", "CC=trip"]],
    ["English meanings", ["Legend: √ present, × absent, T trip"], ["√=present", "×=absent", "T=trip"]],
    [
      "the office's own words",
      ["说明：√正常出勤 ◇公出 ▽外勤 ◆培训 ●值班 ×缺勤"],
      ["√=present", "◇=trip", "▽=trip", "◆=trip", "●=present", "×=absent"],
    ],
    [
      "a label in its own cell, the pairs spread over cells",
      ["说明：", "√出勤", "○事假", "△迟到"],
      ["√=present", "○=事假", "△=late"],
    ],
    ["a block row: symbol | meaning", ["√", "出勤"], ["√=present"]],
    ["a block row: meaning | symbol", ["出勤", "√"], ["√=present"]],
    ["a block row of two pairs", ["△", "出差", "×", "旷工"], ["△=trip", "×=absent"]],
    ["a meaning PropDesk cannot count", ["说明：√出勤 ◎值夜"], ["√=present", "◎=?值夜"]],
    ["a block row of a meaning PropDesk cannot count", ["◎", "值夜"], ["◎=?值夜"]],
  ])("%s", (_form, texts, expected) => {
    expect(pairs(...texts)).toEqual(expected);
  });

  it.each<[string, (string | null)[]]>([
    ["a grid row with an ID", ["E01", "李敏", "√", "√", "○", "休"]],
    ["a grid row of words", ["李敏", "出勤", "出勤", "事假", "出勤"]],
    ["a title", ["2026年11月考勤表"]],
    ["a signature row", ["考勤员：李敏　　部门负责人：　　项目负责人："]],
    ["a remark naming a trip", ["备注：张三11月5日出差"]],
    ["a status list row", [null, "E01", "李敏", "出差"]],
  ])("finds no legend pair in %s", (_what, texts) => {
    expect(readLegendLine(row(...texts)).pairs).toEqual([]);
  });

  it.each<[string, (string | null)[], { labelled: boolean; loose: number; heading: boolean }]>([
    ["a labelled line", ["说明：√出勤 ○事假"], { labelled: true, loose: 0, heading: false }],
    [
      "a line with a trailing sentence",
      ["注：√出勤 ○事假；本表28日前交人事部"],
      {
        labelled: true,
        loose: 1,
        heading: false,
      },
    ],
    ["a block's heading", ["符号", "含义"], { labelled: false, loose: 0, heading: true }],
    ["a heading line", ["考勤符号说明："], { labelled: true, loose: 0, heading: true }],
    ["a grid row", [null, "李敏", "√", "√"], { labelled: false, loose: 4, heading: false }],
  ])("tells %s", (_what, texts, expected) => {
    const { labelled, loose, heading } = readLegendLine(row(...texts));
    expect({ labelled, loose, heading }).toEqual(expected);
  });

  it("gives each pair the cell of its symbol and its status key", () => {
    const [first, second] = readLegendLine(row("出勤", "√", "Ｘ", "旷工")).pairs;
    expect(first).toMatchObject({ symbol: "√", key: "√", cell: { column: "B" } });
    expect(second).toMatchObject({ symbol: "X", key: "x", mark: "absent", cell: { column: "C" } });
  });
});

describe("isSymbol", () => {
  it.each([
    ["√", true],
    ["○", true],
    ["SJ", true],
    ["休", true],
    ["×", true],
    ["E01", false],
    ["李敏", false],
    ["出勤", false],
    ["符号", false],
    ["", false],
    ["12", false],
  ])("%j is %s", (text, expected) => {
    expect(isSymbol(text)).toBe(expected);
  });
});

describe("readLegendLine, whatever the spelling", () => {
  const symbols = ["√", "○", "△", "☆", "□", "×", "●", "◇", "SJ", "休"];
  const meanings: [string, Mark][] = [
    ["出勤", "present"],
    ["迟到", "late"],
    ["早退", "early"],
    ["出差", "trip"],
    ["旷工", "absent"],
    ["休息", "rest"],
    ["事假", "事假"],
    ["病假", "病假"],
    ["年休假", "年假"],
    ["调休", "调休"],
  ];
  const entries = fc.uniqueArray(fc.tuple(fc.constantFrom(...symbols), fc.constantFrom(...meanings)), {
    selector: ([symbol]) => symbol,
    minLength: 1,
    maxLength: 6,
  });
  const style = fc.constantFrom(
    (s: string, m: string) => `${s}${m}`,
    (s: string, m: string) => `${s}=${m}`,
    (s: string, m: string) => `${s}＝${m}`,
    (s: string, m: string) => `${m}：${s}`,
    (s: string, m: string) => `${s} ${m}`,
  );
  const separator = fc.constantFrom("　", " ", "，", "；", "、", "  ");

  it("reads back every symbol with its meaning, written in one cell in any of the usual ways", () => {
    fc.assert(
      fc.property(entries, style, separator, fc.boolean(), (list, write, sep, label) => {
        const text = `${label ? "说明：" : ""}${list.map(([s, [m]]) => write(s, m)).join(sep)}`;
        const line = readLegendLine(row(text));
        expect(line.pairs.map((p) => [p.symbol, p.mark])).toEqual(list.map(([s, [, mark]]) => [s, mark]));
        expect(line.loose).toBe(0);
      }),
    );
  });
});
