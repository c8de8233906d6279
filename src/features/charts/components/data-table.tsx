import type { TableData } from '@/lib/csv'

/**
 * The chart's numbers as a real table; visually hidden (but still read by screen readers) while collapsed.
 * Its caption is shown above the scrolling part: a caption is as wide as its table, and on a table wider
 * than the card it ran off the edge ("…with its qu"). Screen readers read the table's own caption.
 */
export function DataTable({ id, table, visible }: { id: string; table: TableData; visible: boolean }) {
  return (
    <div id={id} className={visible ? 'chart-card__table' : 'visually-hidden'}>
      <p className="chart-card__table-caption" aria-hidden="true">
        {table.caption}
      </p>
      <div className="chart-card__table-scroll">
        <table>
          <caption className="visually-hidden">{table.caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
