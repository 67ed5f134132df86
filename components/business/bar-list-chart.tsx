import { scaleBand, scaleLinear } from "d3-scale";

// Horizontal bars for a ranked list (MRR by plan, revenue by region), server-rendered SVG with
// the same figures in a table.

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader should see it (e.g. formatted money). */
  display: string;
}

const WIDTH = 640;
const ROW = 28;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 90;

export function BarListChart({ id, title, bars, valueHeading }: { id: string; title: string; bars: Bar[]; valueHeading: string }) {
  const height = Math.max(1, bars.length) * ROW + 8;
  // Rows by position: two bars may share a label (articles with the same title).
  const y = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([4, height - 4])
    .padding(0.2);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...bars.map((b) => b.value))])
    .range([0, WIDTH - LABEL_WIDTH - VALUE_WIDTH]);
  return (
    <figure className="rounded border border-neutral-300 bg-white p-4">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {bars.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing to show yet.</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${WIDTH} ${height}`} className="mt-2 h-auto w-full" role="img" aria-labelledby={`${id}-title`}>
            {bars.map((bar, i) => (
              <g key={i} transform={`translate(0,${y(i)})`}>
                <text x={LABEL_WIDTH - 8} y={y.bandwidth() / 2} dy="0.32em" textAnchor="end" fontSize="13">
                  {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
                </text>
                <rect x={LABEL_WIDTH} width={x(bar.value)} height={y.bandwidth()} fill="#9f1239" />
                <text x={LABEL_WIDTH + x(bar.value) + 6} y={y.bandwidth() / 2} dy="0.32em" fontSize="13">
                  {bar.display}
                </text>
              </g>
            ))}
          </svg>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer underline">Show as a table</summary>
            <table className="mt-2 w-full text-left">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">{valueHeading}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar, i) => (
                  <tr key={i}>
                    <th scope="row" className="font-normal">
                      {bar.label}
                    </th>
                    <td>{bar.display}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
