import type { JobDeclaration } from "../job";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { monthOf } from "../../values/isoDate";
import { INVENTORY_TABLES } from "./inputs";
import { INVENTORY_TEXT } from "./texts";

/** The inventory job (物资台账 / 库存物资清单) as a host's form sees it; its run is in `job.ts`. */
export const INVENTORY_DECLARATION: JobDeclaration = {
  id: "inventory",
  title: INVENTORY_TEXT.jobTitle,
  description: INVENTORY_TEXT.jobDescription,
  inputs: [...INVENTORY_TABLES, HOLIDAY_TABLE],
  period: "month",
  dateOption: {
    param: "countDate",
    label: INVENTORY_TEXT.countDate,
    whenBlank: INVENTORY_TEXT.countDateWhenBlank,
  },
  readsOwnSheets: true,
  issuesTag: INVENTORY_TEXT.issuesTag,
  defaultPeriod: (today) => monthOf(today),
};
