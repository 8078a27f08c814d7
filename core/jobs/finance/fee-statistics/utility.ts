import { label, type Label } from "../../../i18n/label";
import { normalizeHeader } from "../../../values/text";

/** A utility the project buys and charges on to residents. */
export type Utility = "water" | "electricity";

/** The utilities, in the order the statistics show them. */
export const UTILITIES: readonly Utility[] = ["water", "electricity"];

/** A utility's fee name in each language. */
export const UTILITY_LABEL: Readonly<Record<Utility, Label>> = {
  water: label("水费", "水費", "Water"),
  electricity: label("电费", "電費", "Electricity"),
};

const WORDS: ReadonlyMap<string, Utility> = new Map([
  ...["水", "水费", "自来水", "供水", "用水", "water", "waterbill", "waterfee"].map(
    (w) => [normalizeHeader(w), "water"] as const,
  ),
  ...["电", "电费", "供电", "用电", "电力", "electricity", "power", "electric", "powerbill"].map(
    (w) => [normalizeHeader(w), "electricity"] as const,
  ),
]);

/**
 * The utility a fee type or a bill's type names: 水 / 电 and their usual words, or a name ending in 水费 / 电费
 * (自来水费, 公摊电费), in Simplified, Traditional or English; null for anything else - 电梯费 is the lift,
 * 水电费 is both.
 * @example utilityOf("公摊電費") === "electricity"
 */
export function utilityOf(name: string): Utility | null {
  const text = normalizeHeader(name);
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  if (text.endsWith("水电费")) return null;
  if (text.endsWith("水费") || /^water(fee|bill|charge)s?$/.test(text)) return "water";
  if (text.endsWith("电费") || /^(electricity|power)(fee|bill|charge)s?$/.test(text)) return "electricity";
  return null;
}
