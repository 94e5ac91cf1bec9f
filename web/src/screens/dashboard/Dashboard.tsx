import { Col, Row } from "antd";
import type { ReactNode } from "react";
import { currentSession } from "../../session";
import { AlertsCard } from "./AlertsCard";
import { type CardDef, type CardKey, cardsFor } from "./cards";
import { PnlCard } from "./PnlCard";
import { PurchasingCard } from "./PurchasingCard";
import { ReceivablesCard } from "./ReceivablesCard";
import { SalesTodayCard } from "./SalesTodayCard";
import { StockValueCard } from "./StockValueCard";
import { TargetCard } from "./TargetCard";

const RENDER: Record<CardKey, (card: CardDef) => ReactNode> = {
  stockValue: (c) => <StockValueCard card={c} />,
  alerts: (c) => <AlertsCard card={c} />,
  purchasing: (c) => <PurchasingCard card={c} />,
  salesToday: (c) => <SalesTodayCard card={c} />,
  target: (c) => <TargetCard card={c} />,
  receivables: (c) => <ReceivablesCard card={c} />,
  pnl: (c) => <PnlCard card={c} />,
};

/** The cards the signed-in user's roles can read, each linking to its screen. */
export function DashboardScreen() {
  const cards = cardsFor(currentSession()?.roles ?? []);
  return (
    <Row gutter={[16, 16]} data-testid="dashboard">
      {cards.map((card) => (
        <Col key={card.key} xs={24} lg={12} xxl={8}>
          {RENDER[card.key](card)}
        </Col>
      ))}
    </Row>
  );
}
