const collator = new Intl.Collator("zh-CN");

/** Orders text the way a Chinese clerk expects (pinyin), with code points breaking ties so the order is total. @example compareText("王", "李") > 0 */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
