import { Select } from "antd";
import { useEffect, useState } from "react";
import { purchasing } from "../../api/client";
import { useT } from "../../i18n";
import type { SupplierRow } from "./model";

/** A supplier chosen by typing the start of its code (purchasing's /suppliers?code=). */
export function SupplierPicker(props: { value?: string; onChange?: (id: string | undefined) => void; testid?: string }) {
  const t = useT();
  const [prefix, setPrefix] = useState("");
  const [options, setOptions] = useState<SupplierRow[]>([]);
  useEffect(() => {
    let live = true;
    void purchasing
      .GET("/suppliers", { params: { query: { code: prefix.trim() || null, limit: 20 } } })
      .then(({ data }) => live && setOptions((data ?? []) as unknown as SupplierRow[]));
    return () => {
      live = false;
    };
  }, [prefix]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setPrefix }}
      allowClear
      style={{ minWidth: 240 }}
      placeholder={t("purSelectSupplier")}
      value={props.value}
      onChange={(v) => props.onChange?.(v)}
      data-testid={props.testid}
      options={options.map((s) => ({ value: s.supplier_id, label: `${s.code} · ${s.name}` }))}
    />
  );
}
