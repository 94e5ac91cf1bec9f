import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tabs } from "antd";
import { useEffect, useState } from "react";
import { sales } from "../../api/client";
import { Printable } from "../../components/Printable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { Action } from "./Action";
import { can, idempotent, shipmentActions, trimmed } from "./common";
import { useDocument } from "./useDocument";

interface Line {
  line_no: number;
  sku: string;
  quantity: string;
  unit: string;
  value?: string;
}
interface ShipmentView {
  shipment_id: string;
  status: string;
  order_id: string;
  customer_id: string;
  warehouse: string;
  currency: string;
  value: string;
  lines: Line[];
  promised_on: string | null;
  picked_by: string | null;
  weight_kg: string | null;
  volume_m3: string | null;
  carrier: string | null;
  service: string | null;
  tracking_number: string | null;
  dispatched_on: string | null;
  delivered_at: string | null;
  signed_by: string | null;
  cancel_reason: string | null;
}
interface Tracking {
  carrier_event_id: string;
  status: string;
  at: string;
  location: string | null;
  note: string | null;
}

/** A shipment: pick (with its pick list to print), pack, dispatch with a carrier, proof of
 * delivery, cancel; its tracking history. */
export function ShipmentScreen({ id }: { id: string }) {
  const t = useT();
  const { doc, error, reload, token } = useDocument<ShipmentView>(
    () => sales.GET("/shipments/{shipment_id}", { params: { path: { shipment_id: id } } }),
    [id],
  );
  if (error) return <Alert type="error" title={error} />;
  if (!doc) return null;
  const actions = can("warehouse") ? shipmentActions(doc.status) : [];
  const path = () => ({ params: { path: { shipment_id: id } }, headers: idempotent() });
  return (
    <Card
      title={`${t("slShipment")} ${doc.shipment_id}`}
      data-testid="shipment-page"
      extra={<Button onClick={reload}>{t("refresh")}</Button>}
    >
      <Descriptions size="small" bordered column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t("status")}>
          <span data-testid="shipment-status">{doc.status}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("slOrderId")}>
          <a href={href("order", { id: doc.order_id })} data-testid="shipment-order">
            {doc.order_id}
          </a>
        </Descriptions.Item>
        <Descriptions.Item label={t("warehouse")}>{doc.warehouse}</Descriptions.Item>
        <Descriptions.Item label={t("value")}>{`${doc.value} ${doc.currency}`}</Descriptions.Item>
        <Descriptions.Item label={t("promisedOn")}>{doc.promised_on ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slPickedBy")}>{doc.picked_by ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slWeightVolume")}>
          {doc.weight_kg ? `${doc.weight_kg} kg / ${doc.volume_m3} m³` : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("slCarrier")}>
          {doc.carrier ? `${doc.carrier} ${doc.service ?? ""} ${doc.tracking_number ?? ""}` : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("slDispatchedOn")}>{doc.dispatched_on ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("slDeliveredOn")}>
          {doc.delivered_at ? `${doc.delivered_at} (${doc.signed_by ?? "—"})` : "—"}
        </Descriptions.Item>
        {doc.cancel_reason && <Descriptions.Item label={t("reason")}>{doc.cancel_reason}</Descriptions.Item>}
      </Descriptions>
      <Space style={{ marginBottom: 16 }} wrap>
        {actions.includes("pick") && (
          <Action
            label={t("slPick")}
            testid="shipment-pick"
            primary
            call={() => sales.POST("/shipments/{shipment_id}/pick", path())}
            onDone={reload}
          />
        )}
        {actions.includes("pack") && (
          <Action
            label={t("slPack")}
            testid="shipment-pack"
            primary
            fields={
              <>
                <Form.Item name={["parcels", 0, "weight_kg"]} label={t("slWeightKg")}>
                  <Input data-testid="shipment-pack-weight" />
                </Form.Item>
                <Form.Item name={["parcels", 0, "volume_m3"]} label={t("slVolumeM3")}>
                  <Input data-testid="shipment-pack-volume" />
                </Form.Item>
              </>
            }
            call={(v) => {
              const parcel = (v.parcels as Record<string, string>[] | undefined)?.[0] ?? {};
              return sales.POST("/shipments/{shipment_id}/pack", {
                ...path(),
                body: { parcels: [trimmed(parcel)] } as never,
              });
            }}
            onDone={reload}
          />
        )}
        {actions.includes("dispatch") && (
          <Action
            label={t("slDispatch")}
            testid="shipment-dispatch"
            primary
            fields={<DispatchFields />}
            call={(v) => sales.POST("/shipments/{shipment_id}/dispatch", { ...path(), body: trimmed(v) as never })}
            onDone={reload}
          />
        )}
        {actions.includes("deliver") && (
          <Action
            label={t("slDeliver")}
            testid="shipment-deliver"
            primary
            fields={
              <Form.Item name="signed_by" label={t("slSignedBy")}>
                <Input data-testid="shipment-signed-by" />
              </Form.Item>
            }
            call={(v) => sales.POST("/shipments/{shipment_id}/deliver", { ...path(), body: trimmed(v) as never })}
            onDone={reload}
          />
        )}
        {actions.includes("cancel") && (
          <Action
            label={t("cancelShipment")}
            testid="shipment-cancel"
            danger
            fields={
              <Form.Item name="reason" label={t("reason")}>
                <Input />
              </Form.Item>
            }
            call={(v) => sales.POST("/shipments/{shipment_id}/cancel", { ...path(), body: trimmed(v) as never })}
            onDone={reload}
          />
        )}
      </Space>
      <Tabs
        items={[
          { key: "lines", label: t("slPickList"), children: <PickList id={id} version={token} /> },
          { key: "tracking", label: t("slTracking"), children: <TrackingHistory id={id} version={token} /> },
        ]}
      />
    </Card>
  );
}

function DispatchFields() {
  const t = useT();
  const [carriers, setCarriers] = useState<{ value: string; label: string }[] | null>(null);
  useEffect(() => {
    void sales.GET("/carriers").then(({ data }) => {
      const items = (data as { items?: { carrier_id: string; code: string; name: string }[] } | undefined)?.items ?? [];
      setCarriers(items.map((c) => ({ value: c.carrier_id, label: `${c.code} — ${c.name}` })));
    });
  }, []);
  return (
    <>
      <Form.Item name="carrier_id" label={t("slCarrier")}>
        <Select
          options={carriers ?? []}
          loading={carriers === null}
          data-testid="shipment-dispatch-carrier"
        />
      </Form.Item>
      <Form.Item name="service" label={t("slCarrierService")}>
        <Input data-testid="shipment-dispatch-service" />
      </Form.Item>
      <Form.Item name="tracking_number" label={t("slTrackingNo")}>
        <Input />
      </Form.Item>
    </>
  );
}

function PickList({ id, version }: { id: string; version: number }) {
  const t = useT();
  const { doc } = useDocument<{ warehouse: string; status: string; lines: Line[] }>(
    () => sales.GET("/shipments/{shipment_id}/pick-list", { params: { path: { shipment_id: id } } }),
    [id, version],
  );
  if (!doc) return null;
  return (
    <Printable title={`${t("slPickList")} — ${doc.warehouse}`}>
      <Table<Line>
        data-testid="pick-list"
        rowKey="line_no"
        size="small"
        pagination={false}
        dataSource={doc.lines}
        columns={[
          { title: t("sku"), dataIndex: "sku" },
          { title: t("line"), dataIndex: "line_no" },
          { title: t("quantity"), render: (_, l) => `${l.quantity} ${l.unit}`, align: "right" },
          { title: "✓", render: () => "☐" },
        ]}
      />
    </Printable>
  );
}

function TrackingHistory({ id, version }: { id: string; version: number }) {
  const t = useT();
  const { doc } = useDocument<{ items: Tracking[] }>(
    () => sales.GET("/shipments/{shipment_id}/tracking", { params: { path: { shipment_id: id } } }),
    [id, version],
  );
  return (
    <Table<Tracking>
      data-testid="tracking-history"
      rowKey="carrier_event_id"
      size="small"
      pagination={false}
      dataSource={doc?.items ?? []}
      columns={[
        { title: t("occurredAt"), dataIndex: "at" },
        { title: t("status"), dataIndex: "status" },
        { title: t("slLocation"), dataIndex: "location" },
        { title: t("slNote"), dataIndex: "note" },
      ]}
    />
  );
}
