import type { Lang } from "../../core/light";
import type { PaneTextKey } from "./paneTextKeys";
import { plural } from "./plural";
import { paneTextEn } from "./paneText.en";
import { paneTextZhCN } from "./paneText.zh-CN";
import { paneTextZhTW } from "./paneText.zh-TW";

/** Every language's table of pane strings. */
export const PANE_TEXT: Readonly<Record<Lang, Record<PaneTextKey, string>>> = {
  "zh-CN": paneTextZhCN,
  "zh-TW": paneTextZhTW,
  en: paneTextEn,
};

/**
 * A pane string in a language, `{name}` placeholders filled; `{name:one|other}` is the count `name` with its noun in
 * the right number ({@link plural}), for English. @example paneText("en", "errorsHeading", { count: 2 }) === "Errors (2)"
 */
export function paneText(lang: Lang, key: PaneTextKey, params: Record<string, string | number> = {}): string {
  return PANE_TEXT[lang][key].replace(
    /\{(\w+)(?::([^{}|]*)\|([^{}|]*))?\}/g,
    (whole, name: string, one: string | undefined, other: string | undefined) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one === undefined || other === undefined) return String(value);
      return typeof value === "number" ? plural(value, one, other) : `${value} ${other}`;
    },
  );
}
