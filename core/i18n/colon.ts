import { label } from "./label";

/** The colon between a caption and its value: full-width in Chinese, `: ` in English (月份：2026-12 / Month: 2026-12). */
export const COLON = label("：", "：", ": ");
