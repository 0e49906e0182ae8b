/**
 * Three-line examples that read one partition of the bulk files, for pandas, DuckDB and R, with
 * the real address of a file of this site. Shown on the data page; docs/data-format.md has the same.
 */

/** One example: the tool it is for, its language (for people) and its code. */
export interface ReadExample {
  tool: string
  language: string
  code: string
}

/** The examples for the cells Parquet file at `url` (absolute). */
export function readExamples(url: string): ReadExample[] {
  return [
    {
      tool: 'pandas',
      language: 'Python',
      code: [
        'import pandas as pd',
        `cells = pd.read_parquet("${url}")`,
        'cells[cells["row"] == "行政处罚"][["township", "column", "value", "source_line"]]',
      ].join('\n'),
    },
    {
      tool: 'DuckDB',
      language: 'Python',
      code: [
        'import duckdb',
        `url = "${url}"`,
        `duckdb.sql(f"""select township, "column", value from '{url}' where "row" = '行政处罚'""").show()`,
      ].join('\n'),
    },
    {
      tool: 'arrow',
      language: 'R',
      code: [
        'library(arrow)',
        `cells <- read_parquet("${url}")`,
        'subset(cells, row == "行政处罚", c(township, column, value, source_line))',
      ].join('\n'),
    },
  ]
}
