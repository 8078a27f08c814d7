import type { Lang } from "../../core/light";
import { functionsMetadata } from "./metadata";

/**
 * The metadata files the build writes beside taskpane.html, one per language of the manifest: `functions.json` for
 * its default locale (zh-CN) and one per `Override Locale` of the metadata URL (manifest.xml's
 * `Functions.Metadata.Url`). webpack.config.js writes them; test/manifest.test.ts checks the manifest names them.
 */
export const FUNCTIONS_METADATA_FILES: readonly { locale: string | null; lang: Lang; file: string }[] = [
  { locale: null, lang: "zh-CN", file: "functions.json" },
  { locale: "zh-TW", lang: "zh-TW", file: "functions.zh-TW.json" },
  { locale: "en-US", lang: "en", file: "functions.en-US.json" },
];

/** Each metadata file's name and text (JSON, two-space indented, a final newline), as the build writes it. */
export function functionsMetadataFiles(): { file: string; text: string }[] {
  return FUNCTIONS_METADATA_FILES.map(({ lang, file }) => ({
    file,
    text: `${JSON.stringify(functionsMetadata(lang), null, 2)}\n`,
  }));
}
