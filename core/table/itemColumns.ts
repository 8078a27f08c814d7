import { column } from "./declaration";
import { label } from "../i18n/label";

/** The item name column every goods table shares (purchase requests, stock ledger, count): synonyms of docs/jobs/purchase-plan.md#inputs. */
export const ITEM_COLUMN = column({
  key: "item",
  label: label("物资名称", "物資名稱", "Item"),
  synonyms: ["物资名称", "名称", "品名", "物品名称", "Item", "Item name"],
  type: "text",
  required: true,
  valueRequired: true,
  maxLength: 200,
});

/** The spec column goods tables share. */
export const SPEC_COLUMN = column({
  key: "spec",
  label: label("规格", "規格", "Spec"),
  synonyms: ["规格", "规格型号", "型号", "Spec", "Specification"],
  type: "text",
  maxLength: 200,
});

/** The unit-of-measure column goods tables share. */
export const UNIT_COLUMN = column({
  key: "unit",
  label: label("单位", "單位", "Unit"),
  synonyms: ["单位", "计量单位", "Unit", "UOM"],
  type: "text",
  required: true,
  maxLength: 20,
});

/** The goods category column (办公 / 工程 / 保洁) purchase requests and stock tables share. */
export const CATEGORY_COLUMN = column({
  key: "category",
  label: label("类别", "類別", "Category"),
  synonyms: ["类别", "物资类别", "分类", "Category"],
  type: "text",
  maxLength: 50,
});
