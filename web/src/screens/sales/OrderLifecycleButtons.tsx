import { sales } from "../../api/client";
import { useT } from "../../i18n";
import { Action } from "./Action";
import { can, idempotent } from "./common";
import { type LifecycleLine, orderLifecycle } from "./orderActions";

/** Confirm or close an order (sales), each shown only in the states where it makes sense. */
export function OrderLifecycleButtons(props: { id: string; status: string; lines: readonly LifecycleLine[]; onDone: () => void }) {
  const t = useT();
  if (!can("sales")) return null;
  const may = orderLifecycle(props.status, props.lines);
  const path = { params: { path: { order_id: props.id } } };
  return (
    <>
      {may.confirm && (
        <Action
          label={t("slConfirmOrder")}
          testid="order-confirm"
          primary
          call={() => sales.POST("/orders/{order_id}/confirm", { ...path, headers: idempotent() })}
          onDone={props.onDone}
        />
      )}
      {may.close && (
        <Action
          label={t("slCloseOrder")}
          testid="order-close"
          call={() => sales.POST("/orders/{order_id}/close", { ...path, headers: idempotent() })}
          onDone={props.onDone}
        />
      )}
    </>
  );
}
