import { label, type Label } from "../../../i18n/label";
import type { Signer } from "./records";

/** Who a signature box belongs to, in each language. */
export const SIGNER_LABELS: Record<Signer, Label> = {
  borrower: label("借款人", "借款人", "borrower"),
  handler: label("经办人", "經辦人", "handler"),
  projectHead: label("项目负责人", "項目負責人", "project head"),
  deputyGm: label("副总经理", "副總經理", "deputy GM"),
  gm: label("总经理", "總經理", "GM"),
};
