import { Select } from "antd";
import { useEffect, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { useT } from "../../i18n";

type Item = components["schemas"]["ItemView"];

/** An item of the item master, chosen by typing the start of its SKU or name (inventory's
 * /items?q=); `onPicked` is told the item (its unit). */
export function ItemPicker(props: {
  value?: string;
  onChange?: (sku: string | undefined) => void;
  onPicked?: (item: Item | undefined) => void;
  testid?: string;
}) {
  const t = useT();
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<Item[]>([]);
  useEffect(() => {
    let live = true;
    void inventory
      .GET("/items", { params: { query: { q: q.trim() || null, limit: 20 } } })
      .then(({ data }) => live && setOptions(data?.items ?? []));
    return () => {
      live = false;
    };
  }, [q]);
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear
      style={{ minWidth: 200 }}
      placeholder={t("poNewPickItem")}
      value={props.value}
      onChange={(v) => {
        props.onChange?.(v);
        props.onPicked?.(options.find((i) => i.sku === v));
      }}
      data-testid={props.testid}
      options={options.map((i) => ({ value: i.sku, label: `${i.sku} · ${i.name} (${i.unit})` }))}
    />
  );
}
