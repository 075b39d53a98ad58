/**
 * The report of a refused import: a summary that takes focus (announced by screen readers),
 * with a table of every problem, so the file can be fixed in one go.
 */
import { useRef } from "react";
import { useFocusWhenShown } from "./form.tsx";

export function ImportReport({ title, columns, rows }: { title: string; columns: string[]; rows: Array<Array<string | number>> }) {
  const ref = useRef<HTMLDivElement>(null);
  // By content: the rows are a new array on every render, and focus must move only for a new report.
  useFocusWhenShown(ref, JSON.stringify(rows));
  return (
    <div ref={ref} className="ds-error-summary" data-color="danger" tabIndex={-1} autoFocus role="alert" aria-labelledby="import-report-title">
      <h2 id="import-report-title" className="ds-heading" data-size="xs">
        {title}
      </h2>
      <div className="sv-table-wrap" tabIndex={0} role="region" aria-labelledby="import-report-title">
        <table className="ds-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
