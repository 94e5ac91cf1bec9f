// A list paged on the server (keyset: each page starts after a cursor the previous page gave),
// filtered by the caller's query, sorted by the server where the API can and otherwise within
// the page, and exported whole to CSV or Excel.
import { Alert, Button, Dropdown, Space, Table, Typography } from "antd";
import type { ColumnType, TableProps } from "antd/es/table";
import { type Key, type ReactNode, useEffect, useState } from "react";
import type { Problem } from "../api/problems";
import { useT } from "../i18n";
import { type Cell, CSV_TYPE, download, toCsv, toXlsx, XLSX_TYPE } from "./exporting";

export type Cursor = string | number | null;
export interface Page<T> {
  rows: T[];
  /** Where the next page starts; null on the last page. */
  next: Cursor;
}
export interface Sort {
  field: string;
  order: "asc" | "desc";
}
/** One page after `cursor`, at most `limit` rows. A new function (new filters) reloads. */
export type FetchPage<T> = (
  cursor: Cursor,
  limit: number,
  sort: Sort | null,
) => Promise<{ data?: Page<T>; error?: unknown }>;

export type Column<T> = ColumnType<T> & {
  /** The exported value; by default the row's `dataIndex` field. */
  exportValue?: (row: T) => Cell;
  /** The API sorts by this column (`sorter` then asks the server, not the page). */
  serverSort?: boolean;
  /** Title for the export when `title` is not a plain string. */
  exportTitle?: string;
};

/** A keyset page of an API that answers a plain list: full page -> there may be more. */
export function keysetPage<T>(rows: T[] | undefined, limit: number, cursorOf: (row: T) => Cursor): Page<T> {
  const all = rows ?? [];
  return { rows: all, next: all.length >= limit && all.length ? cursorOf(all[all.length - 1]) : null };
}

export const EXPORT_CAP = 20_000;

interface Props<T> {
  fetchPage: FetchPage<T>;
  columns: Column<T>[];
  rowKey: keyof T & string | ((row: T) => Key);
  /** File name (without extension) and sheet name of an export. */
  exportName: string;
  pageSize?: number;
  testid?: string;
  toolbar?: ReactNode;
  onRow?: TableProps<T>["onRow"];
  size?: TableProps<T>["size"];
  /** Bump to reload the current filters from the first page (after a command, say). */
  reloadToken?: number;
  /** Bump to fetch the page shown again, staying on it (a live update). */
  refreshToken?: number;
}

export function ServerTable<T extends object>(props: Props<T>) {
  const { fetchPage, columns, pageSize = 50, testid, reloadToken, refreshToken } = props;
  const t = useT();
  const [cursors, setCursors] = useState<Cursor[]>([null]);
  const [page, setPage] = useState<Page<T>>({ rows: [], next: null });
  const [sort, setSort] = useState<Sort | null>(null);
  const [loading, setLoading] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const cursor = cursors[cursors.length - 1];

  // new filters, sort or a reload: back to the first page
  useEffect(() => setCursors([null]), [fetchPage, sort, reloadToken]);

  useEffect(() => {
    let live = true;
    setLoading(true);
    void fetchPage(cursor, pageSize, sort).then(({ data, error: problem }) => {
      if (!live) return;
      setLoading(false);
      setError(problem ? describe(problem) : null);
      setPage(data ?? { rows: [], next: null });
    });
    return () => {
      live = false;
    };
    // reloadToken too: a reload while on the first page leaves the cursor as it was
  }, [fetchPage, cursor, pageSize, sort, refreshToken, reloadToken]);

  const exportAll = async (format: "csv" | "xlsx") => {
    setExporting(true);
    const rows: T[] = [];
    let at: Cursor = null;
    try {
      do {
        const { data, error: problem } = await fetchPage(at, 500, sort);
        if (problem || !data) {
          setError(describe(problem));
          return;
        }
        rows.push(...data.rows);
        at = data.next;
      } while (at !== null && rows.length < EXPORT_CAP);
    } finally {
      setExporting(false);
    }
    const sheet = toSheet(columns, rows.slice(0, EXPORT_CAP));
    if (format === "csv") download(toCsv(sheet), `${props.exportName}.csv`, CSV_TYPE);
    else download(toXlsx(sheet, props.exportName), `${props.exportName}.xlsx`, XLSX_TYPE);
  };

  const shown = columns.map((c) =>
    c.serverSort
      ? { ...c, sorter: true, sortOrder: sort && sort.field === key(c) ? (sort.order === "asc" ? "ascend" : "descend") : null }
      : c,
  ) as ColumnType<T>[];

  return (
    <>
      {error && <Alert type="error" title={error} style={{ marginBottom: 12 }} data-testid={testid && `${testid}-error`} />}
      <Table<T>
        data-testid={testid}
        rowKey={props.rowKey as TableProps<T>["rowKey"]}
        size={props.size}
        loading={loading}
        dataSource={page.rows}
        columns={shown}
        pagination={false}
        onRow={props.onRow}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const column = s?.column as Column<T> | undefined;
          // a sort cancelled (antd then names no column): the server's default order again
          if (!s?.order) return setSort(null);
          if (!column?.serverSort) return;
          setSort({ field: key(column), order: s.order === "ascend" ? "asc" : "desc" });
        }}
      />
      <Space style={{ marginTop: 12 }} wrap>
        <Button disabled={cursors.length === 1} onClick={() => setCursors([null])} data-testid={testid && `${testid}-first`}>
          {t("first")}
        </Button>
        <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))} data-testid={testid && `${testid}-previous`}>
          {t("previous")}
        </Button>
        <Button disabled={page.next === null} onClick={() => setCursors([...cursors, page.next])} data-testid={testid && `${testid}-next`}>
          {t("next")}
        </Button>
        <Typography.Text type="secondary">
          {t("pageNo")} {cursors.length}
        </Typography.Text>
        <Dropdown
          menu={{
            items: [
              { key: "csv", label: "CSV", "data-testid": testid && `${testid}-export-csv` } as never,
              { key: "xlsx", label: "Excel (.xlsx)", "data-testid": testid && `${testid}-export-xlsx` } as never,
            ],
            onClick: ({ key: format }) => void exportAll(format as "csv" | "xlsx"),
          }}
        >
          <Button loading={exporting} data-testid={testid && `${testid}-export`}>
            {t("export")}
          </Button>
        </Dropdown>
        {props.toolbar}
      </Space>
    </>
  );
}

function key<T>(c: Column<T>): string {
  return String(c.key ?? (Array.isArray(c.dataIndex) ? c.dataIndex.join(".") : c.dataIndex));
}

function describe(problem: unknown): string {
  const p = problem as Problem | undefined;
  return p?.detail ?? p?.title ?? "error";
}

/** The columns' titles and values of rows, for an export. */
export function toSheet<T extends object>(columns: Column<T>[], rows: T[]) {
  const exported = columns.filter((c) => c.exportValue || c.dataIndex !== undefined);
  return {
    headers: exported.map((c) => c.exportTitle ?? (typeof c.title === "string" ? c.title : key(c))),
    numeric: exported.map((c) => c.align === "right"),
    rows: rows.map((row) =>
      exported.map((c) => {
        if (c.exportValue) return c.exportValue(row);
        const path = Array.isArray(c.dataIndex) ? c.dataIndex : [c.dataIndex];
        let v: unknown = row;
        for (const p of path) v = (v as Record<string, unknown> | undefined)?.[p as string];
        return v === null || v === undefined ? null : typeof v === "object" ? JSON.stringify(v) : (v as Cell);
      }),
    ),
  };
}
