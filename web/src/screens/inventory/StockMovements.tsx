import { Space } from "antd";
import { currentSession } from "../../session";
import { AdjustStockButton } from "./AdjustStockButton";
import { CostCorrectionButton } from "./CostCorrectionButton";
import { IssueStockButton } from "./IssueStockButton";
import { stockMoves } from "./stockForms";

/** The movements by hand a user's roles allow on a stock position. */
export function StockMovements(props: { sku: string; warehouse: string; unit: string; currency: string; onDone: () => void }) {
  const session = currentSession();
  const moves = stockMoves(session?.roles ?? [], session?.warehouses ?? [], props.warehouse);
  if (!moves.length) return null;
  return (
    <Space style={{ marginBottom: 16 }} data-testid="stock-movements">
      {moves.includes("adjust") && <AdjustStockButton {...props} />}
      {moves.includes("issue") && <IssueStockButton {...props} />}
      {moves.includes("costCorrection") && <CostCorrectionButton {...props} />}
    </Space>
  );
}
