import "@fluentui/web-components/accordion.js";
import "@fluentui/web-components/accordion-item.js";
import "@fluentui/web-components/button.js";
import "@fluentui/web-components/checkbox.js";
import "@fluentui/web-components/field.js";
import "@fluentui/web-components/message-bar.js";
import "@fluentui/web-components/progress-bar.js";
import "@fluentui/web-components/radio.js";
import "@fluentui/web-components/radio-group.js";
import "@fluentui/web-components/spinner.js";
import "@fluentui/web-components/text-input.js";
import "@fluentui/web-components/toggle-button.js";
import { setTheme } from "@fluentui/web-components/theme/set-theme.js";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

/** Defines the Fluent UI components the pane uses (importing this file does that) and sets the Fluent theme, dark to match a dark Office theme. */
export function applyFluentTheme(dark: boolean): void {
  setTheme(dark ? webDarkTheme : webLightTheme);
}
