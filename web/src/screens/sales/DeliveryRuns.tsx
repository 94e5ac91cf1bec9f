import { Alert, Button, Card, Form, Input, Space, Table } from "antd";
import { useState } from "react";
import { sales } from "../../api/client";
import { Printable } from "../../components/Printable";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { Action } from "./Action";
import { RegisterVehicle } from "./RegisterVehicle";
import { can, idempotent } from "./common";
import { useDocument } from "./useDocument";

interface Stop {
  seq: number;
  shipment_id: string;
  order_id: string;
  customer_id: string;
  latitude: string;
  longitude: string;
  weight_kg: string;
  volume_m3: string;
}
interface Run {
  run_id: string;
  vehicle: string;
  stops: Stop[];
  weight_kg: string;
  volume_m3: string;
  distance_km: string;
}
interface Plan {
  warehouse: string;
  day: string;
  runs: Run[];
  unplanned: { shipment_id: string; reason: string }[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** A warehouse's delivery runs of a day: plan them (again: the new plan replaces the old) and
 * print the run sheet, each vehicle's stops in order. */
export function DeliveryRunsScreen() {
  const t = useT();
  const first = currentSession()?.warehouses.find((w) => w !== "*") ?? "";
  const [asked, setAsked] = useState({ warehouse: first, day: today() });
  return (
    <>
      <Form
        layout="inline"
        style={{ marginBottom: 16 }}
        initialValues={asked}
        onFinish={(v: { warehouse: string; day: string }) => setAsked({ warehouse: v.warehouse.trim(), day: v.day.trim() })}
      >
        <Form.Item name="warehouse" label={t("warehouse")}>
          <Input style={{ width: 120 }} data-testid="runs-warehouse" />
        </Form.Item>
        <Form.Item name="day" label={`${t("slDay")} (YYYY-MM-DD)`}>
          <Input style={{ width: 130 }} data-testid="runs-day" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="runs-show">
          {t("search")}
        </Button>
      </Form>
      {asked.warehouse && <RunSheet warehouse={asked.warehouse} day={asked.day} />}
    </>
  );
}

function RunSheet({ warehouse, day }: { warehouse: string; day: string }) {
  const t = useT();
  const { doc, error, reload } = useDocument<Plan>(
    () => sales.GET("/warehouses/{warehouse}/delivery-runs", { params: { path: { warehouse }, query: { day } } }),
    [warehouse, day],
  );
  return (
    <Card>
      {can("warehouse") && (
        <Space style={{ marginBottom: 16 }}>
          <RegisterVehicle warehouse={warehouse} onDone={reload} />
          <Action
            label={t("slPlanRuns")}
            testid="runs-plan"
            primary
            call={() =>
              sales.POST("/warehouses/{warehouse}/delivery-runs/plan", {
                params: { path: { warehouse } },
                body: { day },
                headers: idempotent(),
              })
            }
            onDone={reload}
          />
        </Space>
      )}
      {!doc && error && <Alert type="info" title={error} />}
      {doc && (
        <Printable title={`${t("slRunSheet")} — ${doc.warehouse} ${doc.day}`}>
          {doc.runs.map((run) => (
            <div key={run.run_id} style={{ marginBottom: 24, breakInside: "avoid" }} data-testid="run">
              <h3>
                {run.vehicle}: {run.stops.length} {t("slStops")}, {run.weight_kg} kg, {run.volume_m3} m³, {run.distance_km} km
              </h3>
              <Table<Stop>
                rowKey="seq"
                size="small"
                pagination={false}
                dataSource={run.stops}
                columns={[
                  { title: "#", dataIndex: "seq" },
                  {
                    title: t("slShipment"),
                    dataIndex: "shipment_id",
                    render: (id: string) => <a href={href("shipment", { id })}>{id}</a>,
                  },
                  { title: t("customer"), dataIndex: "customer_id" },
                  { title: t("slWhere"), render: (_, s) => `${s.latitude}, ${s.longitude}` },
                  { title: t("slWeightKg"), dataIndex: "weight_kg", align: "right" },
                  { title: t("slVolumeM3"), dataIndex: "volume_m3", align: "right" },
                  { title: t("slSignedBy"), render: () => "" },
                ]}
              />
            </div>
          ))}
          {doc.unplanned.length > 0 && (
            <Alert
              type="warning"
              title={t("slUnplanned")}
              description={doc.unplanned.map((u) => `${u.shipment_id}: ${u.reason}`).join("; ")}
            />
          )}
        </Printable>
      )}
    </Card>
  );
}
