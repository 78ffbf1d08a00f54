import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { Cell } from "#shared/stats/suppression.ts";
import type { TableModel } from "../utils/table-model.ts";
import { SUPPRESSED_TEXT } from "./cell-text.ts";

const palette = ["#0f5e63", "#c2410c", "#1f4e79", "#7a4f00", "#6b21a8", "#1d6b41", "#b3261e"];

type Point = Record<string, string | number | null>;

const plotted = (cell: Cell | undefined) => (cell && !cell.suppressed ? cell.value : null);

/** Width of the category axis of horizontal bar charts; longer labels end in an ellipsis. */
const CATEGORY_AXIS_WIDTH = 190;
const CATEGORY_FONT_SIZE = 11;
const MAX_LABEL_CHARS = Math.floor(CATEGORY_AXIS_WIDTH / (CATEGORY_FONT_SIZE * 0.68));

export const truncateLabel = (label: string, max = MAX_LABEL_CHARS) =>
  label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** One line per category; the full label stays in the tooltip, the SVG title and the table. */
function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const label = String(payload?.value ?? "");
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      dx={-4}
      dy={4}
      textAnchor="end"
      fontSize={CATEGORY_FONT_SIZE}
      fill="#4a5a63"
    >
      <title>{label}</title>
      {truncateLabel(label)}
    </text>
  );
}

/**
 * Drawn with Recharts, loaded on demand; the table next to it carries the same numbers for screen readers.
 * The drawing is therefore hidden from them, and Recharts' keyboard layer is off: it would make the SVG a
 * Tab stop inside an aria-hidden region (axe: aria-hidden-focus). Keyboard users read the table instead.
 */
export default function FigureChart({ model }: { model: TableModel }) {
  const columns = model.columns.slice(0, model.chartColumns);
  const data: Point[] = model.rows.map((row) => ({
    label: row.label,
    ...Object.fromEntries(columns.map((column, index) => [column.key, plotted(row.cells[index])])),
  }));
  const format = (value: unknown) =>
    value === null || value === undefined ? SUPPRESSED_TEXT : String(value);
  const horizontal = model.chart !== "line";
  const height = horizontal ? Math.max(160, data.length * 30 + 70) : 260;
  return (
    <div className="stat-chart" aria-hidden="true">
      {model.chart === "line" ? (
        <LineChart
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height }}
          data={data}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d3dade" />
          <XAxis dataKey="label" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip formatter={format} separator=": " />
          <Legend />
          {columns.map((column, index) => (
            <Line
              key={column.key}
              type="linear"
              dataKey={column.key}
              name={column.label}
              stroke={palette[index % palette.length]}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      ) : (
        <BarChart
          responsive
          accessibilityLayer={false}
          style={{ width: "100%", height }}
          data={data}
          layout={horizontal ? "vertical" : "horizontal"}
          margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#d3dade" />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} fontSize={12} />
              <YAxis
                type="category"
                dataKey="label"
                width={CATEGORY_AXIS_WIDTH}
                interval={0}
                tick={<CategoryTick />}
              />
            </>
          ) : (
            <>
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} fontSize={12} />
            </>
          )}
          <Tooltip formatter={format} separator=": " />
          <Legend />
          {columns.map((column, index) => (
            <Bar
              key={column.key}
              dataKey={column.key}
              name={column.label}
              fill={palette[index % palette.length]}
              stackId={model.chart === "stacked" ? "stack" : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </div>
  );
}
