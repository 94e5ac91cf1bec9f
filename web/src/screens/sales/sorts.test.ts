import { describe, expect, it } from "vitest";
import type { Column } from "../../components/ServerTable";
import { SALES_SORTS, salesPageQuery, sortedColumns } from "./sorts";

interface Row {
  invoice_no: string;
  order_id: string;
  gross_total: string;
}

describe("sortedColumns", () => {
  it("marks the columns the list sorts by on the server, by key or dataIndex", () => {
    const columns: Column<Row>[] = [
      { title: "No", dataIndex: "invoice_no" },
      { title: "Order", dataIndex: "order_id" },
      { title: "Gross", key: "gross_total", render: (_, r) => r.gross_total },
      { title: "Other", render: () => "x" },
    ];
    const marked = sortedColumns("invoices", columns);
    expect(marked.map((c) => Boolean(c.serverSort))).toEqual([true, false, true, false]);
    expect(columns.some((c) => c.serverSort)).toBe(false); // the given columns are left alone
  });
});

describe("salesPageQuery", () => {
  it("sends the sort and the cursor, or only the old `after` when unsorted", () => {
    expect(salesPageQuery("shipments", "c1", { field: "dispatched_on", order: "desc" })).toEqual({
      sort: "dispatched_on",
      order: "desc",
      after: "c1",
    });
    expect(salesPageQuery("shipments", null, null)).toEqual({});
    expect(salesPageQuery("backorders", "SO-1/2", null)).toEqual({ after: "SO-1/2" });
  });

  it("leaves out a sort the list does not have", () => {
    expect(salesPageQuery("priceLists", null, { field: "price_count", order: "asc" })).toEqual({});
  });

  it("names each sort once per list", () => {
    for (const names of Object.values(SALES_SORTS)) expect(new Set(names).size).toBe(names.length);
  });
});
