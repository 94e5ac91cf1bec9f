// The finance screens' logic: the drill-down from an entry's source to its document, the
// statements' checks and charts, the payment form's body, who sees what; and a screen in both
// languages.
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { screensFor } from "../../areas";
import { FINANCE } from "../../areas/finance";
import { type Lang, LangContext } from "../../i18n";
import { payLink } from "./OpenItems";
import { initialPayment, RecordPaymentScreen, paymentBody } from "./RecordPayment";
import { mayRecordPayments } from "./roles";
import { documentCandidates, documentLinks } from "./sources";
import { agingChart, budgetChart, periodOf, sameAmount } from "./statements";
import { periodsOf } from "./TrialBalance";

const PO = "0191f2a0-1111-7000-8000-000000000001";
const SUPPLIER = "0191f2a0-2222-7000-8000-000000000002";
const INVOICE = "0191f2a0-3333-7000-8000-000000000003";

describe("the drill-down from an entry to its document", () => {
  it("links a supplier invoice's stream to its screen, and the purchase order it names", () => {
    const source = {
      event_id: "e",
      event_type: "purchasing.SupplierInvoiceMatched",
      stream_id: `supplier-invoice-${INVOICE}`,
      payload: { invoice_id: INVOICE, purchase_order_id: PO, supplier_id: SUPPLIER },
    };
    const all = documentCandidates(source).map((c) => `${c.screen}?${c.params.id}`);
    expect(all[0]).toBe(`supplier-invoice?${INVOICE}`);
    expect(all).toContain(`purchase-order?${PO}`);
    // the supplier invoice's invoice_id is not a sales invoice
    expect(all).not.toContain(`invoice?${INVOICE}`);
    const links = documentLinks(source, new Set(["purchase-order", "supplier"]));
    expect(links.map((l) => l.screen)).toEqual(["purchase-order", "supplier"]);
  });

  it("links a receipt's document only where a screen exists, else nothing", () => {
    const source = {
      event_id: "e",
      event_type: "inventory.StockReceived",
      stream_id: "stock-TEA-WH-SH",
      payload: { purchase_order_id: PO, sku: "TEA" },
    };
    expect(documentLinks(source, new Set())).toEqual([]);
    expect(documentLinks(source, new Set(["purchase-order"]))[0].params).toEqual({ id: PO });
  });

  it("offers one link per document, its first screen the user has", () => {
    const order = "0191f2a0-4444-7000-8000-000000000004";
    const source = { event_id: "e", event_type: "sales.InvoiceIssued", stream_id: `invoice-${INVOICE}`, payload: { invoice_id: INVOICE, order_id: order } };
    const links = documentLinks(source, new Set(["invoice", "sales-invoice", "order"]));
    expect(links.map((l) => `${l.screen}:${l.id}`)).toEqual([`invoice:${INVOICE}`, `order:${order}`]);
  });

  it("takes finance's own payment to the payments of its party", () => {
    const payment = "0191f2a0-5555-7000-8000-000000000005";
    const source = { event_id: "e", event_type: "finance.PaymentRecorded", stream_id: `payment-${payment}`, payload: { party_id: SUPPLIER } };
    expect(documentLinks(source, new Set(["fin-payments"]))).toEqual([
      { screen: "fin-payments", params: { party: SUPPLIER }, kind: "payment", id: payment },
    ]);
  });

  it("survives an entry posted before sources were kept", () => {
    expect(documentCandidates({ event_id: "e", event_type: "x", stream_id: null, payload: null })).toEqual([]);
  });
});

describe("the statements", () => {
  it("compares amounts as decimals, not floats", () => {
    expect(sameAmount("1250", "1250.00")).toBe(true);
    expect(sameAmount("0.1", "0.10")).toBe(true);
    expect(sameAmount("-0", "0")).toBe(true);
    expect(sameAmount("1250.01", "1250")).toBe(false);
    expect(sameAmount("-5", "5")).toBe(false);
    expect(sameAmount("12345678901234567890.1", "12345678901234567890.10")).toBe(true);
    expect(sameAmount("12345678901234567890.1", "12345678901234567890.2")).toBe(false);
  });

  it("takes the periods from the route, this month otherwise", () => {
    expect(periodsOf(new URLSearchParams("from=2026-01&to=2026-03"))).toEqual({ from: "2026-01", to: "2026-03" });
    const now = periodOf(new Date());
    expect(periodsOf(new URLSearchParams(""))).toEqual({ from: now, to: now });
    expect(periodOf(new Date(2026, 0, 31))).toBe("2026-01");
  });

  it("charts budget against actual per account", () => {
    const option = budgetChart(
      [{ account: "6601", name: "Freight", budget: "100", actual: "85.5", variance: "14.5", used_percent: "85.5", currency: "CNY" }],
      { budget: "Budget", actual: "Actual" },
    ) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] };
    expect(option.xAxis.data).toEqual(["6601 Freight"]);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ["Budget", [100]],
      ["Actual", [85.5]],
    ]);
  });

  it("charts the aging totals per bucket", () => {
    const option = agingChart({ current: "113", "1-30": "226", "31-60": "0", "61-90": "0", "90+": "5" }, "Total") as {
      series: { data: number[] }[];
    };
    expect(option.series[0].data).toEqual([113, 226, 0, 0, 5]);
    expect((agingChart(undefined, "Total") as { series: { data: number[] }[] }).series[0].data).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("the payment form", () => {
  it("sends what was typed, trimmed, and drops empty allocation rows", () => {
    expect(
      paymentBody({
        direction: "outgoing",
        party_id: ` ${SUPPLIER} `,
        amount: "1423.80",
        currency: "CNY",
        paid_on: "2026-12-01",
        cash_account: "1002",
        reference: "",
        allocations: [{ invoice_id: INVOICE, amount: " 1423.80" }, {}],
      }),
    ).toEqual({
      direction: "outgoing",
      party_id: SUPPLIER,
      amount: "1423.80",
      currency: "CNY",
      paid_on: "2026-12-01",
      cash_account: "1002",
      reference: null,
      allocations: [{ invoice_id: INVOICE, amount: "1423.80" }],
    });
  });

  it("opens from an open item's Pay link with the item to settle", () => {
    const link = payLink("payable", { party_id: SUPPLIER, document_id: INVOICE, open: "423.8", currency: "CNY" });
    expect(link.startsWith("#/fin-record-payment?")).toBe(true);
    const values = initialPayment(new URLSearchParams(link.split("?")[1]));
    expect(values).toEqual({
      direction: "outgoing",
      party_id: SUPPLIER,
      amount: "423.8",
      currency: "CNY",
      cash_account: "1002",
      allocations: [{ invoice_id: INVOICE, amount: "423.8" }],
    });
    const receipt = new URLSearchParams(payLink("receivable", { party_id: SUPPLIER, document_id: INVOICE, open: "5", currency: "USD" }).split("?")[1]);
    expect(initialPayment(receipt).direction).toBe("incoming");
    expect(initialPayment(new URLSearchParams(""))).toMatchObject({ direction: "outgoing", currency: "CNY", allocations: [] });
  });

  it("is labelled in both languages", () => {
    const render = (lang: Lang) =>
      renderToString(
        <LangContext.Provider value={{ lang, setLang: () => {} }}>
          <ConfigProvider locale={lang === "zh" ? zhCN : enUS}>
            <RecordPaymentScreen />
          </ConfigProvider>
        </LangContext.Provider>,
      );
    expect(render("en")).toContain("Record payment");
    expect(render("zh")).toContain("登记收付款");
    expect(render("zh")).not.toContain("Record payment");
  });
});

describe("who sees finance", () => {
  it("shows every finance screen to accountants and admins only", () => {
    const keys = FINANCE.map((s) => s.key);
    const seen = (roles: Parameters<typeof screensFor>[0]) => screensFor(roles, FINANCE).map((s) => s.key);
    expect(seen(["accountant"])).toEqual(keys);
    expect(seen(["admin"])).toEqual(keys);
    expect(seen(["sales", "warehouse", "purchaser", "credit_controller"])).toEqual([]);
    expect(FINANCE.find((s) => s.key === "fin-entry")?.hidden).toBe(true);
  });

  it("offers the payment button to who may record one", () => {
    expect(mayRecordPayments(["accountant"])).toBe(true);
    expect(mayRecordPayments(["admin"])).toBe(true);
    expect(mayRecordPayments(["sales", "credit_controller"])).toBe(false);
  });
});
