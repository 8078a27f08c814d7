import { describe, expect, it } from "vitest";
import { readVerdict } from "./verdict";

describe("readVerdict", () => {
  it.each([
    "合格",
    "验收合格",
    "驗收合格",
    "已验收",
    "已驗收",
    "验收通过",
    "通过",
    "通過",
    "同意",
    "是",
    "√",
    "✓",
    "✔",
    "☑",
    "✅",
    "OK",
    "ok",
    "Ok",
    "ＯＫ",
    "Y",
    "y",
    "yes",
    "YES",
    "Accepted",
    "pass",
    " 合 格 ",
    "合格（已入库）",
    "合格(已入库)",
    "验收合格，已签字",
    "合格。",
    "合格 张三",
    "√ 李四",
    "合格，无退货",
    "合格，没有退回",
    "合格 无不合格品",
    "OK - checked",
  ])("%j accepts", (text) => {
    expect(readVerdict(text)).toBe("accept");
  });

  it.each([
    "不合格",
    " 不 合格 ",
    "不合格（破损，退货）",
    "不合格(破损,退货)",
    "拒收",
    "拒绝接收",
    "退货",
    "退貨",
    "已退货",
    "退回",
    "退回供应商",
    "不通过",
    "不通過",
    "验收不通过",
    "未通过",
    "不同意",
    "×",
    "✗",
    "✘",
    "✕",
    "✖",
    "x",
    "X",
    "否",
    "驳回",
    "駁回",
    "NG",
    "ng",
    "No",
    "no.",
    "Rejected",
    "reject",
    "failed",
    "× 包装破损",
    "包装破损，退回",
    "数量不符，拒收",
  ])("%j rejects", (text) => {
    expect(readVerdict(text)).toBe("reject");
  });

  it.each(["合格（部分退货）", "合格，但部分退回", "验收合格/退货2件", "√ ×", "OK but NG", "是否"])(
    "%j names both: the refusal wins",
    (text) => {
      expect(readVerdict(text)).toBe("reject");
    },
  );

  it.each([
    "",
    "   ",
    "待验收",
    "未验收",
    "部分合格",
    "基本合格",
    "良好",
    "已入库",
    "N/A",
    "not ok",
    "note",
    "Nothing",
    "合格品",
    "?",
    "1",
    "张三",
  ])("%j is unknown", (text) => {
    expect(readVerdict(text)).toBe("unknown");
  });
});
