import { Button, Form, Input, Space, Switch } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { Action } from "./Action";
import { idempotent } from "./common";
import { type BracketRow, rowsOf, type Zone, zonesOf } from "./rateCard";

/** Register a carrier (sales): code, name, currency, own fleet or not. */
export function RegisterCarrier({ onDone }: { onDone: () => void }) {
  const t = useT();
  return (
    <Action
      label={t("slRegisterCarrier")}
      testid="carrier-register"
      primary
      initialValues={{ currency: "CNY", own_fleet: false }}
      fields={
        <>
          <Form.Item name="code" label={t("slCarrierCode")}>
            <Input data-testid="carrier-register-code" />
          </Form.Item>
          <Form.Item name="name" label={t("slCarrierName")}>
            <Input data-testid="carrier-register-name" />
          </Form.Item>
          <Form.Item name="currency" label={t("slCurrency")}>
            <Input style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="own_fleet" label={t("slOwnFleet")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </>
      }
      call={(v) =>
        sales.POST("/carriers", {
          body: {
            code: String(v.code ?? "").trim(),
            name: String(v.name ?? "").trim(),
            currency: String(v.currency ?? "").trim().toUpperCase(),
            own_fleet: Boolean(v.own_fleet),
          },
          headers: idempotent(),
        })
      }
      onDone={onDone}
    />
  );
}

/** Add a service (a code and a name) to a carrier (sales). */
export function AddCarrierService({ carrierId, onDone }: { carrierId: string; onDone: () => void }) {
  const t = useT();
  return (
    <Action
      label={t("slAddCarrierService")}
      testid="carrier-add-service"
      fields={
        <>
          <Form.Item name="code" label={t("slServiceCode")}>
            <Input data-testid="carrier-service-code" />
          </Form.Item>
          <Form.Item name="name" label={t("slServiceName")}>
            <Input data-testid="carrier-service-name" />
          </Form.Item>
        </>
      }
      call={(v) =>
        sales.POST("/carriers/{carrier_id}/services", {
          params: { path: { carrier_id: carrierId } },
          body: { code: String(v.code ?? "").trim(), name: String(v.name ?? "").trim() },
          headers: idempotent(),
        })
      }
      onDone={onDone}
    />
  );
}

/** Replace a service's rate card (sales): a row per weight bracket, grouped into zones. */
export function SetRateCard(props: { carrierId: string; service: string; zones: readonly Zone[]; onDone: () => void }) {
  const t = useT();
  const rows: BracketRow[] = props.zones.length ? rowsOf(props.zones) : [{ destinations: "*" }];
  return (
    <Action
      label={t("slRateCard")}
      testid={`carrier-rate-card-${props.service}`}
      initialValues={{ rows }}
      fields={
        <Form.List name="rows">
          {(items, { add, remove }) => (
            <>
              {items.map(({ key, name }) => (
                <Space key={key} align="start" wrap>
                  <Form.Item name={[name, "zone"]} label={t("slZone")}>
                    <Input style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[name, "destinations"]} label={t("slDestinations")}>
                    <Input style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[name, "up_to_kg"]} label={t("slUpToKg")}>
                    <Input style={{ width: 80 }} />
                  </Form.Item>
                  <Form.Item name={[name, "price"]} label={t("slBracketPrice")}>
                    <Input style={{ width: 90 }} />
                  </Form.Item>
                  <Button style={{ marginTop: 30 }} onClick={() => remove(name)}>
                    −
                  </Button>
                </Space>
              ))}
              <Button onClick={() => add({})} style={{ marginBottom: 16 }}>
                {t("slAddBracket")}
              </Button>
            </>
          )}
        </Form.List>
      }
      call={(v) =>
        sales.POST("/carriers/{carrier_id}/services/{service}/rate-card", {
          params: { path: { carrier_id: props.carrierId, service: props.service } },
          body: { zones: zonesOf((v.rows as BracketRow[] | undefined) ?? []) } as never,
          headers: idempotent(),
        })
      }
      onDone={props.onDone}
    />
  );
}
