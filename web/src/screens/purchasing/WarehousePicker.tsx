import { Select } from "antd";
import { useEffect, useState } from "react";
import { inventory } from "../../api/client";
import { useT } from "../../i18n";

/** A warehouse of inventory's (a short list, all at once). */
export function WarehousePicker(props: { value?: string; onChange?: (code: string | undefined) => void; testid?: string }) {
  const t = useT();
  const [codes, setCodes] = useState<{ code: string; name: string }[]>([]);
  useEffect(() => {
    let live = true;
    void inventory.GET("/warehouses", {}).then(({ data }) => live && setCodes(data ?? []));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Select
      allowClear
      style={{ minWidth: 140 }}
      placeholder={t("poNewPickWarehouse")}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      data-testid={props.testid}
      options={codes.map((w) => ({ value: w.code, label: `${w.code} · ${w.name}` }))}
    />
  );
}
