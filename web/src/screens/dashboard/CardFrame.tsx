import { Alert, Card, Skeleton } from "antd";
import type { ReactNode } from "react";
import { useT } from "../../i18n";
import { href } from "../../nav";
import type { CardDef } from "./cards";

/** A dashboard card: its title, a link to its screen, the API's problem or its content. */
export function CardFrame(props: {
  card: CardDef;
  title: string;
  loading: boolean;
  error: string | null;
  extra?: ReactNode;
  children?: ReactNode;
}) {
  const t = useT();
  const { card } = props;
  return (
    <Card
      title={props.title}
      size="small"
      data-testid={`card-${card.key}`}
      extra={
        <>
          {props.extra}
          <a href={href(card.link.screen, card.link.params)} data-testid={`card-${card.key}-link`}>
            {t("dashOpen")}
          </a>
        </>
      }
      style={{ height: "100%" }}
    >
      {props.error ? <Alert type="error" title={props.error} /> : props.loading ? <Skeleton active /> : props.children}
    </Card>
  );
}
