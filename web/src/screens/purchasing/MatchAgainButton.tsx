import { Alert, App, Button, Space } from "antd";
import { useState } from "react";
import { purchasing } from "../../api/client";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";

/** A held invoice matched once more against its order as it is now (the goods that have
 * arrived since, a price corrected on the order): it is matched or stays held with the reasons
 * of today. */
export function MatchAgainButton(props: { id: string; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { general, run } = useCommandForm();
  const [busy, setBusy] = useState(false);
  const matchAgain = async () => {
    setBusy(true);
    const done = await run(() =>
      purchasing.POST("/supplier-invoices/{invoice_id}/match", {
        params: { path: { invoice_id: props.id } },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    setBusy(false);
    if (done === undefined) return;
    void message.success(t(done.status === "matched" ? "purMatchedNow" : "purStillHeld"));
    props.onDone();
  };
  return (
    <Space direction="vertical">
      <Button loading={busy} onClick={() => void matchAgain()} data-testid="invoice-match-again">
        {t("purMatchAgain")}
      </Button>
      {general && <Alert type="error" title={general} />}
    </Space>
  );
}
