const collator = new Intl.Collator("zh-CN");

/** Orders fee types in pinyin order (物业管理费 after 电费), code points breaking ties so the order is total. */
export function compareFeeTypes(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
