/**
 * A uPlot chart described by a small declarative spec, so screens never touch uPlot itself and uPlot
 * (about 20 KB gzip) loads only with this module: import it lazily (`React.lazy`), never from the
 * first-load bundle.
 *
 * The chart is built in an effect, follows its container's width (ResizeObserver), takes its colours
 * from the theme's CSS variables and is rebuilt when the theme changes, so light and dark are both
 * legible; it is destroyed on unmount. The canvas is one image to assistive technology (`role="img"`
 * with the caller's summary as its label); the numbers themselves belong in a table beside it.
 */
import { useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { lazyDateFormat } from './lazy-date-format';

/** Theme colours by name; each is a CSS variable of the global stylesheet. */
export type ChartColor = 'accent' | 'muted' | 'good' | 'bad' | 'focus' | 'text';

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  color: ChartColor;
  /** `line` joins values and breaks at nulls; `bars` draws one bar per x. */
  style: 'line' | 'dashed' | 'bars';
  /** Draw a dot on every value (a lone value between gaps is otherwise invisible on a line). */
  points?: boolean;
  /** A line that joins across nulls (a value another series adds an x for), instead of breaking. */
  spanGaps?: boolean;
  /** For two bar series sharing an x: -1 puts this one left of it, 1 right of it. */
  barSide?: -1 | 1;
}

export interface ChartSpec {
  /** Time x values are epoch milliseconds; category x values are the labels' indices. */
  x: { kind: 'time'; values: readonly number[] } | { kind: 'category'; labels: readonly string[] };
  /** `integer`: ticks on whole numbers only (counts). */
  y: { min?: number; max?: number; integer?: boolean; format: (value: number) => string };
  series: readonly ChartSeries[];
  /** Vertical interval bars (e.g. a 95% interval) at each x where both ends are known. */
  whiskers?: { label: string; low: readonly (number | null)[]; high: readonly (number | null)[]; color: ChartColor };
  /** A labelled vertical line, e.g. today (same unit as the x values). */
  marker?: { x: number; label: string; color: ChartColor };
}

interface Props {
  spec: ChartSpec;
  /** What the chart shows, in one sentence with its key numbers: the canvas's accessible name. */
  label: string;
  height?: number;
}

export function Chart({ spec, label, height = 220 }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const theme = useThemeName();
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const plot = new uPlot(chartOptions(spec, themeColors(), Math.max(200, el.clientWidth), height), alignedData(spec), el);
    plot.ctx.canvas.setAttribute('role', 'img');
    plot.ctx.canvas.setAttribute('aria-label', label);
    const observer = new ResizeObserver(() => {
      const width = Math.max(200, el.clientWidth);
      if (width !== plot.width) plot.setSize({ width, height });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [spec, label, height, theme]);
  return (
    <div className="chart">
      <div ref={container} className="chart-canvas" />
      <ul className="chart-legend">
        {spec.series.map((s) => (
          <li key={s.label}>
            <span className={`chart-swatch chart-swatch-${s.style}`} style={{ color: `var(--${s.color})` }} aria-hidden="true" />
            {s.label}
          </li>
        ))}
        {spec.whiskers && (
          <li>
            <span className="chart-swatch chart-swatch-whisker" style={{ color: `var(--${spec.whiskers.color})` }} aria-hidden="true" />
            {spec.whiskers.label}
          </li>
        )}
        {spec.marker && (
          <li>
            <span className="chart-swatch chart-swatch-marker" style={{ color: `var(--${spec.marker.color})` }} aria-hidden="true" />
            {spec.marker.label}
          </li>
        )}
      </ul>
    </div>
  );
}

/** The applied theme (`<html data-theme>`), re-read whenever the theme changes. */
function useThemeName(): string | undefined {
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme);
  useEffect(() => {
    const root = document.documentElement;
    const observer = new MutationObserver(() => setTheme(root.dataset.theme));
    observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

type Colors = Record<ChartColor | 'border' | 'surface', string>;

function themeColors(): Colors {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(`--${name}`).trim() || fallback;
  return {
    accent: read('accent', '#1f4e79'),
    muted: read('muted', '#4a5361'),
    good: read('good', '#1d6b34'),
    bad: read('bad', '#a3262a'),
    focus: read('focus', '#b35c00'),
    text: read('text', '#1b1f24'),
    border: read('border', '#c9d0da'),
    surface: read('surface', '#ffffff'),
  };
}

// uPlot's time scale counts seconds.
const toSeconds = (ms: number) => ms / 1000;

function xValues(spec: ChartSpec): number[] {
  return spec.x.kind === 'time' ? spec.x.values.map(toSeconds) : spec.x.labels.map((_, i) => i);
}

function alignedData(spec: ChartSpec): uPlot.AlignedData {
  return [xValues(spec), ...spec.series.map((s) => [...s.values])];
}

const dayMonth = lazyDateFormat(undefined, { day: 'numeric', month: 'short' });

function chartOptions(spec: ChartSpec, colors: Colors, width: number, height: number): uPlot.Options {
  const xs = xValues(spec);
  const step = xs.length > 1 ? Math.min(...xs.slice(1).map((x, i) => x - (xs[i] ?? x))) : 1;
  // Half a step of room each side: outer bars stay whole and edge points and whiskers are not cut in half.
  const pad = step / 2;
  const axis = { stroke: colors.text, grid: { stroke: colors.border, width: 1 }, ticks: { stroke: colors.border, width: 1 } };
  const labels = spec.x.kind === 'category' ? spec.x.labels : null;
  return {
    width,
    height,
    legend: { show: false },
    // No hover read-out or drag-zoom: the table view gives every exact number, on any device.
    cursor: { show: false, drag: { x: false, y: false } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    scales: {
      x: {
        time: spec.x.kind === 'time',
        range: (_u, min, max) => (xs.length === 0 ? [0, 1] : [min - pad, max + pad]),
      },
      y: { range: (_u, min, max) => [spec.y.min ?? Math.min(0, min), spec.y.max ?? Math.max(1, niceMax(max))] },
    },
    axes: [
      {
        ...axis,
        space: 60,
        ...(labels
          ? { splits: () => labels.map((_, i) => i), values: (_u: uPlot, splits: number[]) => splits.map((i) => labels[i] ?? '') }
          : { values: (_u: uPlot, splits: number[]) => splits.map((s) => dayMonth().format(new Date(s * 1000))) }),
      },
      {
        ...axis,
        size: 56,
        ...(spec.y.integer ? { incrs: wholeNumberSteps } : {}),
        values: (_u: uPlot, splits: number[]) => splits.map((v) => spec.y.format(v)),
      },
    ],
    series: [{}, ...spec.series.map((s) => seriesOptions(s, colors))],
    hooks: { draw: [(u: uPlot) => drawExtras(u, spec, colors)] },
  };
}

const wholeNumberSteps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000];

/** A little headroom above the largest value, on a round number. */
function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.1) / magnitude) * magnitude;
}

function seriesOptions(s: ChartSeries, colors: Colors): uPlot.Series {
  const color = colors[s.color];
  if (s.style === 'bars') {
    return {
      label: s.label,
      stroke: color,
      fill: color,
      width: 0,
      points: { show: false },
      paths: uPlot.paths.bars?.({ size: s.barSide ? [0.4, 48] : [0.7, 48], align: s.barSide ?? 0 }),
    };
  }
  return {
    label: s.label,
    stroke: color,
    width: 2,
    dash: s.style === 'dashed' ? [6, 4] : undefined,
    spanGaps: s.spanGaps ?? false,
    points: { show: s.points ?? false, size: 7, fill: colors.surface, stroke: color, width: 2 },
  };
}

/** Interval whiskers and the marker line, drawn over the series in canvas pixels. */
function drawExtras(u: uPlot, spec: ChartSpec, colors: Colors): void {
  const ctx = u.ctx;
  const ratio = uPlot.pxRatio;
  const xs = u.data[0];
  ctx.save();
  if (spec.whiskers) {
    const { low, high, color } = spec.whiskers;
    ctx.strokeStyle = colors[color];
    ctx.lineWidth = 1.5 * ratio;
    const cap = 4 * ratio;
    ctx.beginPath();
    xs.forEach((x, i) => {
      const lo = low[i];
      const hi = high[i];
      if (lo == null || hi == null) return;
      const px = u.valToPos(x, 'x', true);
      const top = u.valToPos(hi, 'y', true);
      const bottom = u.valToPos(lo, 'y', true);
      ctx.moveTo(px, top);
      ctx.lineTo(px, bottom);
      ctx.moveTo(px - cap, top);
      ctx.lineTo(px + cap, top);
      ctx.moveTo(px - cap, bottom);
      ctx.lineTo(px + cap, bottom);
    });
    ctx.stroke();
  }
  if (spec.marker) {
    const mx = spec.x.kind === 'time' ? toSeconds(spec.marker.x) : spec.marker.x;
    const px = u.valToPos(mx, 'x', true);
    const { left, top, width, height } = u.bbox;
    if (px >= left && px <= left + width) {
      ctx.strokeStyle = colors[spec.marker.color];
      ctx.fillStyle = colors[spec.marker.color];
      ctx.lineWidth = 2 * ratio;
      ctx.setLineDash([3 * ratio, 3 * ratio]);
      ctx.beginPath();
      ctx.moveTo(px, top);
      ctx.lineTo(px, top + height);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = `${12 * ratio}px system-ui, sans-serif`;
      // uPlot leaves the alignment of its last axis labels on the context.
      ctx.textAlign = 'left';
      ctx.textBaseline = 'alphabetic';
      // Keep the label inside the plot: right of the line, or left of it near the right edge.
      const text = spec.marker.label;
      const textWidth = ctx.measureText(text).width;
      const tx = px + 4 * ratio + textWidth > left + width ? px - 4 * ratio - textWidth : px + 4 * ratio;
      ctx.fillText(text, tx, top + 14 * ratio);
    }
  }
  ctx.restore();
}
