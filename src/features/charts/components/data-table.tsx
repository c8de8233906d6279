import type { TableData } from '@/lib/csv'

/** The chart's numbers as a real table; visually hidden (but still read by screen readers) while collapsed. */
export function DataTable({ id, table, visible }: { id: string; table: TableData; visible: boolean }) {
  return (
    <div id={id} className={visible ? 'chart-card__table' : 'visually-hidden'}>
      <table>
        <caption>{table.caption}</caption>
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
  )
}
