import type { BarChart, Lang } from "../../../core/light";
import { h } from "./dom";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 22;
const LABEL_WIDTH = 84;
const VALUE_WIDTH = 70;
const WIDTH = 280;

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

function shown(value: number, unit: BarChart["unit"], lang: Lang): string {
  if (unit === "rate") return `${(value * 100).toFixed(1)}%`;
  return value.toLocaleString(lang === "en" ? "en-US" : lang, { maximumFractionDigits: 0 });
}

/**
 * A small horizontal bar chart as SVG (no chart library): one bar per entry, a tick at its target,
 * bars short of their target in the warning colour. Labels are text nodes, never markup.
 */
export function renderChart(chart: BarChart, lang: Lang): HTMLElement {
  const scale = chart.unit === "rate" ? 1 : Math.max(1, ...chart.bars.map((b) => b.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = chart.bars.length * ROW + 4;
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    width: "100%",
    role: "img",
    class: "pd-chart-svg",
  });
  root.append(svg("title", {}, chart.title));
  chart.bars.forEach((bar, i) => {
    const y = i * ROW + 2;
    const length = Math.max(0, Math.min(1, bar.value / scale)) * span;
    root.append(svg("text", { x: 0, y: y + 14, class: "pd-chart-label" }, bar.label));
    root.append(
      svg("rect", { x: LABEL_WIDTH, y: y + 3, width: span, height: ROW - 8, class: "pd-chart-track" }),
    );
    root.append(
      svg("rect", {
        x: LABEL_WIDTH,
        y: y + 3,
        width: length,
        height: ROW - 8,
        class: bar.short ? "pd-chart-bar pd-chart-short" : "pd-chart-bar",
      }),
    );
    if (bar.target !== undefined) {
      const x = LABEL_WIDTH + Math.max(0, Math.min(1, bar.target / scale)) * span;
      root.append(svg("line", { x1: x, x2: x, y1: y + 1, y2: y + ROW - 3, class: "pd-chart-target" }));
    }
    root.append(
      svg(
        "text",
        { x: WIDTH, y: y + 14, "text-anchor": "end", class: "pd-chart-value" },
        shown(bar.value, chart.unit, lang),
      ),
    );
  });
  return h(
    "figure",
    { class: "pd-chart" },
    h("figcaption", { class: "pd-heading" }, chart.title),
    root as unknown as Node,
  );
}
