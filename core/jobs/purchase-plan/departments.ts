import { compareText } from "../../values/compareText";

/** The order offices usually list their departments in; others follow in pinyin order. */
const USUAL_ORDER = [
  "办公室",
  "综合办",
  "客服部",
  "客服中心",
  "工程部",
  "维修部",
  "保洁部",
  "环境部",
  "绿化部",
  "安保部",
  "秩序部",
  "保安部",
  "财务部",
  "人事部",
];

/** Department names in the usual office order, then pinyin; independent of input order. */
export function orderDepartments(names: Iterable<string>): string[] {
  const rank = (name: string) => {
    const i = USUAL_ORDER.indexOf(name);
    return i < 0 ? USUAL_ORDER.length : i;
  };
  return [...new Set(names)].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}
