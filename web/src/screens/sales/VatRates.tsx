import { Form, Input } from "antd";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { Action } from "./Action";
import { can, idempotent } from "./common";
import { type VatRow, vatBody, vatRows } from "./vatRates";

/** The VAT rates invoices use: the default and per item category; an admin sets one. */
export function VatRatesScreen() {
  const t = useT();
  const [reloads, setReloads] = useState(0);
  const fetchPage = useCallback<FetchPage<VatRow>>(async () => {
    const { data, error } = await sales.GET("/vat-rates", {});
    return { data: data ? { rows: vatRows(data as never), next: null } : undefined, error };
  }, []);
  return (
    <>
      <h2>{t("slVatRates")}</h2>
      {can("admin") && (
        <div style={{ marginBottom: 16 }}>
          <Action
            label={t("slSetVatRate")}
            testid="vat-rate-set"
            primary
            fields={
              <>
                <Form.Item name="category" label={t("slVatCategory")}>
                  <Input data-testid="vat-rate-category" />
                </Form.Item>
                <Form.Item name="rate" label={t("slVatRate")}>
                  <Input inputMode="decimal" data-testid="vat-rate-rate" />
                </Form.Item>
              </>
            }
            call={(v) => sales.POST("/vat-rates", { body: vatBody(v) as never, headers: idempotent() })}
            onDone={() => setReloads((n) => n + 1)}
          />
        </div>
      )}
      <ServerTable<VatRow>
        testid="vat-rates"
        exportName="vat-rates"
        rowKey={(r) => r.category ?? ""}
        fetchPage={fetchPage}
        reloadToken={reloads}
        size="small"
        columns={[
          {
            title: t("slVatCategory"),
            dataIndex: "category",
            render: (c: string | null) => c ?? t("slVatDefault"),
            exportValue: (r) => r.category ?? "",
          },
          { title: t("slVatRate"), dataIndex: "rate", align: "right" },
        ]}
      />
    </>
  );
}
