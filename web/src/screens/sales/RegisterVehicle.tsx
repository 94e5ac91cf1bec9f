import { Form, Input } from "antd";
import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { Action } from "./Action";
import { idempotent } from "./common";

const FIELDS = ["vehicle", "name", "max_weight_kg", "max_volume_m3", "depot_latitude", "depot_longitude"] as const;
const LABELS = {
  vehicle: "slVehicleCode",
  name: "slVehicleName",
  max_weight_kg: "slVehicleMaxWeight",
  max_volume_m3: "slVehicleMaxVolume",
  depot_latitude: "slVehicleDepotLat",
  depot_longitude: "slVehicleDepotLon",
} as const;

/** The body of POST /warehouses/{warehouse}/vehicles: every field trimmed text (decimals as typed). */
export function vehicleBody(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(FIELDS.map((f) => [f, String(values[f] ?? "").trim()]));
}

/** Register a vehicle of the warehouse for its delivery runs (warehouse role). */
export function RegisterVehicle({ warehouse, onDone }: { warehouse: string; onDone: () => void }) {
  const t = useT();
  return (
    <Action
      label={t("slRegisterVehicle")}
      testid="vehicle-register"
      fields={FIELDS.map((f) => (
        <Form.Item key={f} name={f} label={t(LABELS[f])}>
          <Input data-testid={`vehicle-${f}`} />
        </Form.Item>
      ))}
      call={(v) =>
        sales.POST("/warehouses/{warehouse}/vehicles", {
          params: { path: { warehouse } },
          body: vehicleBody(v) as never,
          headers: idempotent(),
        })
      }
      onDone={onDone}
    />
  );
}
