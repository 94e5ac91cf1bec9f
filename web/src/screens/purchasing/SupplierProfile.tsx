import { Alert, Card, DatePicker, Descriptions, Space, Statistic } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { purchasing } from "../../api/client";
import type { Problem } from "../../api/problems";
import { money } from "../../components/decimals";
import { useT } from "../../i18n";
import { currentSession } from "../../session";
import { percent, type Scorecard, type SupplierRow } from "./model";
import { SupplierBlockButton } from "./SupplierBlockButton";
import { SupplierEditButton } from "./SupplierEditButton";
import { maySupplier } from "./supplierForms";

/** One supplier: its details and its scorecard (on-time delivery, rejects, price variance)
 * over a period, as purchasing computes them. */
export function SupplierProfileScreen({ id }: { id: string }) {
  const t = useT();
  const [supplier, setSupplier] = useState<SupplierRow | null>(null);
  const [card, setCard] = useState<Scorecard | null>(null);
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    void purchasing.GET("/suppliers/{supplier_id}", { params: { path: { supplier_id: id } } }).then(({ data, error: p }) => {
      setSupplier((data ?? null) as unknown as SupplierRow | null);
      if (p) setError((p as Problem).detail ?? "error");
    });
  }, [id, reload]);
  useEffect(() => {
    void purchasing
      .GET("/suppliers/{supplier_id}/scorecard", {
        params: {
          path: { supplier_id: id },
          query: { from: period?.[0]?.format("YYYY-MM-DD") ?? null, to: period?.[1]?.format("YYYY-MM-DD") ?? null },
        },
      })
      .then(({ data, error: p }) => {
        setCard((data ?? null) as unknown as Scorecard | null);
        if (p) setError((p as Problem).detail ?? "error");
      });
  }, [id, period]);

  return (
    <Space orientation="vertical" style={{ width: "100%" }} size="large">
      {error && <Alert type="error" title={error} />}
      {supplier && (
        <Card
          title={`${t("purSupplier")} · ${supplier.code}`}
          data-testid="supplier-profile"
          extra={
            maySupplier(currentSession()?.roles) && (
              <Space>
                <SupplierEditButton supplier={supplier} onDone={() => setReload((n) => n + 1)} />
                <SupplierBlockButton supplier={supplier} onDone={() => setReload((n) => n + 1)} />
              </Space>
            )
          }
        >
          <Descriptions
            column={2}
            items={[
              { label: t("name"), children: supplier.name },
              { label: t("purCurrency"), children: supplier.currency },
              { label: t("purPaymentTerms"), children: supplier.payment_terms_days },
              { label: t("purEmail"), children: supplier.email ?? "—" },
              { label: t("purBlocked"), children: <span data-testid="supplier-blocked">{supplier.blocked ? `✔ ${supplier.blocked_reason ?? ""}` : "—"}</span> },
              { label: t("purSupplierId"), children: supplier.supplier_id },
            ]}
          />
        </Card>
      )}
      <Card
        title={t("purScorecard")}
        extra={<DatePicker.RangePicker onChange={(v) => setPeriod(v)} />}
        data-testid="supplier-scorecard"
      >
        {card && (
          <Space size={48} wrap>
            <Statistic
              title={t("purOnTime")}
              value={percent(card.on_time_delivery.percent)}
              suffix={<small>{`${card.on_time_delivery.receipt_lines_on_time} / ${card.on_time_delivery.receipt_lines_due}`}</small>}
            />
            <Statistic
              title={t("purQuality")}
              value={percent(card.quality.reject_percent)}
              suffix={<small>{`${t("purAccepted")} ${card.quality.accepted} · ${t("purRejected")} ${card.quality.rejected}`}</small>}
            />
            <Statistic
              title={t("purPriceVariance")}
              value={percent(card.price_variance.percent)}
              suffix={
                <small>{`${money(card.price_variance.amount)} ${card.price_variance.currency ?? ""} (${t("purInvoiced")} ${money(card.price_variance.invoiced)} · ${t("purAtPoPrices")} ${money(card.price_variance.at_po_prices)})`}</small>
              }
            />
          </Space>
        )}
      </Card>
    </Space>
  );
}
