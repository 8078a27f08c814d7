import type { DemoSheet } from "./demoSheet";
import type { IsoDate } from "../values/isoDate";

/**
 * Sample input of the office calendar: the office's own recurring items (事项) besides the duties PropDesk knows -
 * the monthly fire-equipment check, the yearly lift inspection, the quarterly tank cleaning - under a title line,
 * with a time written as clerks write it (下午3点). The calendar's other input, the 节假日 sheet, is optional: China's
 * built-in arrangement serves.
 */
export function calendarDemo(today: IsoDate): DemoSheet[] {
  const year = Number(today.slice(0, 4));
  return [
    {
      name: "事项",
      rows: [
        [`阳光花园 ${year}年 办公室例行事项`],
        ["事项", "频率", "日", "起始月", "报送对象", "时间", "备注"],
        ["消防设施月检", "每月", 15, null, "安保部", "09:00", "消防控制室、各楼层消火栓、灭火器"],
        ["电梯年检", "每年", 18, "6月", "工程部（特检院）", null, "3台电梯，提前一周约检"],
        ["二次供水水箱清洗", "每季度", 8, "3月", "工程部", "下午3点", "清洗后送检水质报告"],
      ],
      widths: [20, 8, 6, 8, 18, 10, 32],
    },
  ];
}
