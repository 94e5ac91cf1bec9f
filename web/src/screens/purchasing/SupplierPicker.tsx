import { Select } from "antd";
import { useEffect, useState } from "react";
import { purchasing } from "../../api/client";
import { useT } from "../../i18n";
import type { SupplierRow } from "./model";
import { orderableSuppliers } from "./newOrder";

/** A supplier chosen by typing the start of its code (purchasing's /suppliers?code=); with
 * `activeOnly` the blocked ones are left out, and `onPicked` is told the whole row. */
export function SupplierPicker(props: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  testid?: string;
  activeOnly?: boolean;
  onPicked?: (supplier: SupplierRow | undefined) => void;
}) {
  const t = useT();
  const [prefix, setPrefix] = useState("");
  const [options, setOptions] = useState<SupplierRow[]>([]);
  useEffect(() => {
    let live = true;
    void purchasing
      .GET("/suppliers", { params: { query: { code: prefix.trim() || null, limit: 20 } } })
      .then(({ data }) => {
        const rows = (data ?? []) as unknown as SupplierRow[];
        if (live) setOptions(props.activeOnly ? orderableSuppliers(rows) : rows);
      });
    return () => {
      live = false;
    };
  }, [prefix, props.activeOnly]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setPrefix }}
      allowClear
      style={{ minWidth: 240 }}
      placeholder={t("purSelectSupplier")}
      value={props.value}
      onChange={(v) => {
        props.onChange?.(v);
        props.onPicked?.(options.find((s) => s.supplier_id === v));
      }}
      data-testid={props.testid}
      options={options.map((s) => ({ value: s.supplier_id, label: `${s.code} · ${s.name}` }))}
    />
  );
}
