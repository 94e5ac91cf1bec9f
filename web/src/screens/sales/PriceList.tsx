import { Alert, Card, Descriptions, Form, Input, Space, Table } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { Action } from "./Action";
import { can, idempotent } from "./common";
import { PriceLines } from "./PriceLines";
import { type ListedPrice, priceListBody, pricesToLines, type PriceListValues } from "./priceLists";
import { useDocument } from "./useDocument";

interface PriceListView {
  price_list_id: string;
  version: number;
  code: string;
  customer_group: string;
  currency: string;
  valid_from: string;
  valid_until: string | null;
  prices: ListedPrice[];
}

/** A price list with its prices; a sales user revises it (new validity, all prices replaced). */
export function PriceListScreen({ id }: { id: string }) {
  const t = useT();
  const { doc, error, reload } = useDocument<PriceListView>(
    () => sales.GET("/price-lists/{price_list_id}", { params: { path: { price_list_id: id } } }),
    [id],
  );
  if (error) return <Alert type="error" title={error} />;
  if (!doc) return null;
  return (
    <Card title={`${t("slPriceList")} ${doc.code}`} data-testid="price-list-page">
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("slCustomerGroup")}>{doc.customer_group}</Descriptions.Item>
        <Descriptions.Item label={t("slCurrency")}>{doc.currency}</Descriptions.Item>
        <Descriptions.Item label={t("slValidFrom")}>
          <span data-testid="price-list-valid-from">{doc.valid_from}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("slValidUntil")}>{doc.valid_until ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slVersion")}>
          <span data-testid="price-list-version">{doc.version}</span>
        </Descriptions.Item>
      </Descriptions>
      <Table<ListedPrice>
        data-testid="price-list-prices"
        rowKey={(p) => `${p.sku} ${p.min_quantity}`}
        size="small"
        pagination={false}
        dataSource={doc.prices}
        columns={[
          { title: t("sku"), dataIndex: "sku" },
          { title: t("slFromQuantity"), dataIndex: "min_quantity", align: "right" },
          { title: `${t("unitPrice")} (${doc.currency})`, dataIndex: "unit_price", align: "right" },
        ]}
      />
      {can("sales") && (
        <Space style={{ marginTop: 16 }}>
          <Action
            key={doc.version} // a new form per version: it starts from the prices as they are now
            label={t("slRevisePriceList")}
            testid="price-list-revise"
            primary
            initialValues={{ valid_from: doc.valid_from, valid_until: doc.valid_until ?? undefined, prices: pricesToLines(doc.prices) }}
            fields={
              <>
                <Space wrap>
                  <Form.Item name="valid_from" label={`${t("slValidFrom")} (YYYY-MM-DD)`}>
                    <Input data-testid="price-list-revise-valid-from" />
                  </Form.Item>
                  <Form.Item name="valid_until" label={`${t("slValidUntil")} (YYYY-MM-DD)`}>
                    <Input data-testid="price-list-revise-valid-until" />
                  </Form.Item>
                </Space>
                <PriceLines testid="price-list-revise-line" />
              </>
            }
            call={(values) =>
              sales.POST("/price-lists/{price_list_id}/revise", {
                params: { path: { price_list_id: id } },
                body: priceListBody(values as PriceListValues, true) as never,
                headers: idempotent(),
              })
            }
            onDone={reload}
          />
        </Space>
      )}
    </Card>
  );
}
