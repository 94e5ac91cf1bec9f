import { Alert, Card, Descriptions, Space, Table } from "antd";
import { useCallback, useState } from "react";
import { sales } from "../../api/client";
import { type FetchPage, ServerTable } from "../../components/ServerTable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { AddCarrierService, RegisterCarrier, SetRateCard } from "./CarrierForms";
import { can } from "./common";
import type { Zone } from "./rateCard";
import { useDocument } from "./useDocument";

interface CarrierRow {
  carrier_id: string;
  code: string;
  name: string;
  currency: string;
  own_fleet: boolean;
}
interface CarrierView {
  code: string;
  name: string;
  currency: string;
  own_fleet: boolean;
  services: { code: string; name: string; rate_card: Zone[] }[];
}

/** The carriers (sales answers them all: a handful); register one; each opens its page. */
export function CarriersScreen() {
  const t = useT();
  const [reloads, setReloads] = useState(0);
  const fetchPage = useCallback<FetchPage<CarrierRow>>(async () => {
    const { data, error } = await sales.GET("/carriers", {});
    const items = (data as { items: CarrierRow[] } | undefined)?.items;
    return { data: items && { rows: items, next: null }, error };
  }, []);
  return (
    <>
      <h2>{t("slCarriers")}</h2>
      {can("sales") && (
        <div style={{ marginBottom: 16 }}>
          <RegisterCarrier onDone={() => setReloads((n) => n + 1)} />
        </div>
      )}
      <ServerTable<CarrierRow>
        testid="carriers"
        exportName="carriers"
        rowKey="carrier_id"
        fetchPage={fetchPage}
        reloadToken={reloads}
        size="small"
        columns={[
          {
            title: t("slCarrierCode"),
            dataIndex: "code",
            render: (code: string, r) => <a href={href("carrier", { id: r.carrier_id })}>{code}</a>,
          },
          { title: t("slCarrierName"), dataIndex: "name" },
          { title: t("slCurrency"), dataIndex: "currency" },
          { title: t("slOwnFleet"), dataIndex: "own_fleet", render: (v: boolean) => (v ? "✓" : "") },
        ]}
      />
    </>
  );
}

/** A carrier's services and their rate cards; add a service, replace a rate card (sales). */
export function CarrierScreen({ id }: { id: string }) {
  const t = useT();
  const { doc, error, reload } = useDocument<CarrierView>(
    () => sales.GET("/carriers/{carrier_id}", { params: { path: { carrier_id: id } } }),
    [id],
  );
  if (error) return <Alert type="error" title={error} />;
  if (!doc) return null;
  const mine = can("sales");
  return (
    <Card title={`${doc.code} — ${doc.name}`} data-testid="carrier-page" extra={mine && <AddCarrierService carrierId={id} onDone={reload} />}>
      <Descriptions size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("slCurrency")}>{doc.currency}</Descriptions.Item>
        <Descriptions.Item label={t("slOwnFleet")}>{doc.own_fleet ? "✓" : "—"}</Descriptions.Item>
      </Descriptions>
      {doc.services.map((s) => (
        <Card
          key={s.code}
          size="small"
          title={`${s.code} — ${s.name}`}
          style={{ marginBottom: 16 }}
          extra={mine && <SetRateCard carrierId={id} service={s.code} zones={s.rate_card} onDone={reload} />}
        >
          <Table
            size="small"
            pagination={false}
            rowKey={(r) => `${r.zone}.${r.up_to_kg}`}
            dataSource={s.rate_card.flatMap((z) => z.brackets.map((b) => ({ zone: z.zone, destinations: z.destinations.join(", "), ...b })))}
            columns={[
              { title: t("slZone"), dataIndex: "zone" },
              { title: t("slDestinations"), dataIndex: "destinations" },
              { title: t("slUpToKg"), dataIndex: "up_to_kg", align: "right" },
              { title: t("slBracketPrice"), dataIndex: "price", align: "right" },
            ]}
          />
        </Card>
      ))}
      <Space />
    </Card>
  );
}
