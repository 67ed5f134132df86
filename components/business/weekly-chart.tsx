import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { WeekRow } from "@/lib/business/metrics";

// New subscriptions above the axis, cancellations below, net as a line: server-rendered SVG with
// the same numbers in a table for screen readers and anyone who prefers one.

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 28, left: 36 };

const weekLabel = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

export function WeeklyChart({ weeks }: { weeks: WeekRow[] }) {
  const x = scaleBand<number>()
    .domain(weeks.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.25);
  const extent = Math.max(1, ...weeks.flatMap((w) => [w.new, w.canceled, Math.abs(w.net)]));
  const y = scaleLinear()
    .domain([-extent, extent])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .nice();
  const netPath = line<WeekRow>()
    .x((_, i) => x(i)! + x.bandwidth() / 2)
    .y((w) => y(w.net))(weeks);
  return (
    <figure className="rounded border border-neutral-300 bg-white p-4">
      <figcaption id="weekly-title" className="font-semibold">
        New and canceled subscriptions per week (last 12 weeks)
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-2 h-auto w-full" role="img" aria-labelledby="weekly-title">
        {y.ticks(5).map((tick) => (
          <g key={tick} transform={`translate(0,${y(tick)})`}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} stroke={tick === 0 ? "#525252" : "#e5e5e5"} />
            <text x={MARGIN.left - 6} dy="0.32em" textAnchor="end" fontSize="11" fill="#525252">
              {tick}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => (
          <g key={w.weekStart.toISOString()}>
            <rect x={x(i)} width={x.bandwidth()} y={y(w.new)} height={y(0) - y(w.new)} fill="#15803d" />
            <rect x={x(i)} width={x.bandwidth()} y={y(0)} height={y(-w.canceled) - y(0)} fill="#b91c1c" />
            {i % 2 === 0 && (
              <text x={x(i)! + x.bandwidth() / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="11" fill="#525252">
                {weekLabel(w.weekStart)}
              </text>
            )}
          </g>
        ))}
        {netPath && <path d={netPath} fill="none" stroke="#1d4ed8" strokeWidth={2} />}
      </svg>
      <p className="mt-2 text-sm text-muted">
        <span className="text-green-700">■</span> new · <span className="text-red-700">■</span> canceled ·{" "}
        <span className="text-blue-700">—</span> net
      </p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer underline">Show as a table</summary>
        <table className="mt-2 w-full text-left">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">New</th>
              <th scope="col">Canceled</th>
              <th scope="col">Net</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart.toISOString()}>
                <th scope="row" className="font-normal">
                  {weekLabel(w.weekStart)}
                </th>
                <td>{w.new}</td>
                <td>{w.canceled}</td>
                <td>{w.net}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
