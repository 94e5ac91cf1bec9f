// A printable view: the page's navigation is hidden in print (see index.css: .no-print), and a
// Print button opens the browser's print dialog for what is inside.
import { Button } from "antd";
import type { ReactNode } from "react";
import { useT } from "../i18n";

export function PrintButton({ testid }: { testid?: string }) {
  const t = useT();
  return (
    <Button className="no-print" onClick={() => window.print()} data-testid={testid ?? "print"}>
      {t("print")}
    </Button>
  );
}

export function Printable({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <div className="printable">
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
        <h2 style={{ margin: "0 0 12px" }}>{title}</h2>
        <PrintButton />
      </div>
      {children}
    </div>
  );
}
