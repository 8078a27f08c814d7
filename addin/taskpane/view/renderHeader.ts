import { LANGS, type Lang } from "../../../core/light";
import { paneText } from "../../i18n/paneText";
import { h } from "./dom";

const LANGUAGE_NAMES: Record<Lang, { short: string; full: string }> = {
  "zh-CN": { short: "简", full: "简体中文" },
  "zh-TW": { short: "繁", full: "繁體中文" },
  en: { short: "EN", full: "English" },
};

/** The pane's header: PropDesk's icon and name, what it does, and the language switch. */
export function renderHeader(lang: Lang, onLanguage: (lang: Lang) => void): HTMLElement {
  const switcher = h("div", {
    class: "pd-languages",
    role: "group",
    "aria-label": paneText(lang, "languageSwitch"),
  });
  for (const option of LANGS) {
    const names = LANGUAGE_NAMES[option];
    const button = h(
      "fluent-toggle-button",
      {
        size: "small",
        appearance: "subtle",
        pressed: option === lang,
        lang: option,
        title: names.full,
        "aria-label": names.full,
        "data-lang": option,
      },
      names.short,
    );
    button.addEventListener("click", () => onLanguage(option));
    switcher.append(button);
  }
  return h(
    "header",
    { class: "pd-header" },
    h("img", { class: "pd-logo", src: "assets/icon-32.png", alt: "", width: "24", height: "24" }),
    h(
      "div",
      { class: "pd-brand" },
      h("h1", { class: "pd-title" }, "PropDesk"),
      h("p", { class: "pd-tagline" }, paneText(lang, "appTagline")),
    ),
    switcher,
  );
}
