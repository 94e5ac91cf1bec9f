// "Export" of a statement as shown: CSV (with a byte-order mark) or Excel, through
// components/exporting; its menu opens on a click (a touch screen has no hover). Hidden in
// print.
import { Button, Dropdown } from "antd";
import { CSV_TYPE, download, type Sheet, toCsv, toXlsx, XLSX_TYPE } from "../../components/exporting";
import { useT } from "../../i18n";

export function ExportStatement({ sheet, name, testid }: { sheet: Sheet | null; name: string; testid: string }) {
  const t = useT();
  const save = (format: "csv" | "xlsx") => {
    if (!sheet) return;
    if (format === "csv") download(toCsv(sheet), `${name}.csv`, CSV_TYPE);
    else download(toXlsx(sheet, name), `${name}.xlsx`, XLSX_TYPE);
  };
  return (
    <Dropdown
      trigger={["click"]}
      disabled={!sheet}
      menu={{
        items: [
          { key: "csv", label: "CSV", "data-testid": `${testid}-csv` } as never,
          { key: "xlsx", label: "Excel (.xlsx)", "data-testid": `${testid}-xlsx` } as never,
        ],
        onClick: ({ key }) => save(key as "csv" | "xlsx"),
      }}
    >
      <Button className="no-print" disabled={!sheet} data-testid={testid}>
        {t("export")}
      </Button>
    </Dropdown>
  );
}
