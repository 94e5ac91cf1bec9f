import { Alert, App, Button, Card, Form, Input, List, Space, Table, Typography } from "antd";
import type { InputRef } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { inventory } from "../../api/client";
import type { components } from "../../api/inventory";
import { useCommandForm } from "../../components/useCommandForm";
import { useT } from "../../i18n";
import { currentSession } from "../../session";
import { addDecimals } from "../../components/decimals";
import { scanned } from "./counting";

type CountSummary = components["schemas"]["CountSummary"];
type CountView = components["schemas"]["CountView"];
const BIG = { fontSize: 22, height: 56 };

/** One more or less; what is not a number (being typed) stays as it is. */
function step(value: string, by: string): string {
  try {
    return addDecimals(value || "0", by);
  } catch {
    return value;
  }
}

/** A stock count on a handheld (360×640): open or continue a count of a warehouse; a barcode
 * scanner types into the big field and presses Enter, each scan counts one more of its item
 * (the quantity can be typed too); submit the lines, then close the count to see the
 * differences, which the close posts to the ledger. */
export function CountScreen() {
  const t = useT();
  const { message } = App.useApp();
  const { form, general, run } = useCommandForm();
  const mine = (currentSession()?.warehouses ?? []).filter((w) => w !== "*");
  const [warehouse, setWarehouse] = useState(mine[0] ?? "");
  const [openCounts, setOpenCounts] = useState<CountSummary[]>([]);
  const [countId, setCountId] = useState<string | null>(null);
  const [lines, setLines] = useState<{ sku: string; counted: string }[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const [result, setResult] = useState<CountView | null>(null);
  const scan = useRef<InputRef>(null);

  const findOpen = useCallback(async () => {
    if (!warehouse) return setOpenCounts([]);
    const { data } = await inventory.GET("/stock-counts", { params: { query: { warehouse, status: "open", limit: 20 } } });
    setOpenCounts(data ?? []);
  }, [warehouse]);
  useEffect(() => {
    void findOpen();
  }, [findOpen]);

  const openCount = async () => {
    const opened = await run(() =>
      inventory.POST("/stock-counts", {
        body: { warehouse, scope: "all" },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (opened) start((opened as { id: string }).id);
  };

  const start = (id: string) => {
    setCountId(id);
    setCurrent(null);
    setLines([]);
    setResult(null);
    setTimeout(() => scan.current?.focus(), 0);
  };

  /** What a scan names: an item by its barcode, or by its SKU. */
  const resolve = async (code: string): Promise<string | null> => {
    const byBarcode = await inventory.GET("/items", { params: { query: { barcode: code, limit: 1 } } });
    const item = byBarcode.data?.items[0];
    if (item) return item.sku;
    const bySku = await inventory.GET("/items/{sku}", { params: { path: { sku: code } } });
    return bySku.data?.sku ?? null;
  };

  const onScan = async (raw: string) => {
    const code = raw.trim();
    form.setFieldValue("scan", "");
    if (!code) return;
    const sku = await resolve(code);
    if (!sku) {
      setScanError(`${t("invUnknownCode")}: ${code}`);
      return;
    }
    setScanError(null);
    setCurrent(sku);
    setLines((all) => scanned(all, sku));
    scan.current?.focus();
  };

  const setCounted = (sku: string, counted: string) =>
    setLines((all) => all.map((l) => (l.sku === sku ? { ...l, counted } : l)));

  const submit = async () => {
    if (!countId || !lines.length) return;
    const recorded = await run(() =>
      inventory.POST("/stock-counts/{count_id}/lines", {
        params: { path: { count_id: countId } },
        body: { lines: lines.map((l) => ({ sku: l.sku, counted: l.counted })) },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (recorded !== undefined) message.success(`${t("saved")}: ${lines.length}`);
    return recorded !== undefined;
  };

  const close = async () => {
    if (!countId) return;
    if (lines.length && !(await submit())) return;
    const closed = await run(() =>
      inventory.POST("/stock-counts/{count_id}/close", {
        params: { path: { count_id: countId } },
        headers: { "Idempotency-Key": crypto.randomUUID() },
      }),
    );
    if (closed === undefined) return;
    const { data } = await inventory.GET("/stock-counts/{count_id}", { params: { path: { count_id: countId }, query: { limit: 500 } } });
    setResult(data ?? null);
    setLines([]);
    setCurrent(null);
    setCountId(null); // closed: the next count starts anew
    void findOpen();
  };

  const currentLine = lines.find((l) => l.sku === current);
  return (
    <Form form={form} layout="vertical" style={{ maxWidth: 480 }} data-testid="count-screen">
      {!countId && (
        <Card size="small" title={t("invCount")}>
          <Form.Item label={t("warehouse")}>
            <Input value={warehouse} onChange={(e) => setWarehouse(e.target.value.trim())} style={BIG} data-testid="count-warehouse" />
          </Form.Item>
          <Button type="primary" block style={BIG} onClick={() => void openCount()} disabled={!warehouse} data-testid="count-open">
            {t("invOpenCount")}
          </Button>
          <List
            size="small"
            header={t("invOpenCounts")}
            dataSource={openCounts}
            renderItem={(c) => (
              <List.Item>
                <Button block onClick={() => start(c.count_id)} data-testid={`count-continue-${c.count_id}`}>
                  {c.warehouse} · {c.scope} · {c.opened_at.slice(0, 16)} · {c.lines_counted}
                </Button>
              </List.Item>
            )}
          />
        </Card>
      )}
      {countId && (
        <>
          <Typography.Text type="secondary" data-testid="count-id">
            {t("invCount")} {countId.slice(0, 8)} · {warehouse}
          </Typography.Text>
          <Form.Item name="scan" label={t("invScan")} style={{ marginTop: 8 }}>
            <Input
              ref={scan}
              autoFocus
              autoComplete="off"
              inputMode="none"
              placeholder={t("invScanHint")}
              style={{ fontSize: 28, height: 72 }}
              onPressEnter={(e) => void onScan((e.target as HTMLInputElement).value)}
              data-testid="count-scan"
            />
          </Form.Item>
          {scanError && <Alert type="warning" title={scanError} style={{ marginBottom: 8 }} data-testid="count-scan-error" />}
          {currentLine && (
            <Card size="small" title={currentLine.sku} data-testid="count-current">
              <Space.Compact block>
                <Button style={BIG} onClick={() => setCounted(currentLine.sku, step(currentLine.counted, "-1"))}>
                  −
                </Button>
                <Input
                  value={currentLine.counted}
                  onChange={(e) => setCounted(currentLine.sku, e.target.value.trim())}
                  inputMode="decimal"
                  style={{ ...BIG, textAlign: "center" }}
                  data-testid="count-qty"
                />
                <Button style={BIG} onClick={() => setCounted(currentLine.sku, step(currentLine.counted, "1"))}>
                  +
                </Button>
              </Space.Compact>
            </Card>
          )}
          <List
            size="small"
            dataSource={lines}
            renderItem={(l) => (
              <List.Item onClick={() => setCurrent(l.sku)} data-testid={`count-line-${l.sku}`}>
                <span>{l.sku}</span>
                <strong>{l.counted}</strong>
              </List.Item>
            )}
          />
          {general && <Alert type="error" title={general} style={{ marginBottom: 8 }} data-testid="count-error" />}
          <Space direction="vertical" style={{ width: "100%" }}>
            <Button type="primary" block style={BIG} disabled={!lines.length} onClick={() => void submit()} data-testid="count-submit">
              {t("invSubmitLines")}
            </Button>
            <Button danger block style={BIG} onClick={() => void close()} data-testid="count-close">
              {t("invCloseCount")}
            </Button>
            <Button block onClick={() => setCountId(null)}>
              {t("invLeaveCount")}
            </Button>
          </Space>
        </>
      )}
      {result && (
        <Card size="small" title={t("invDifferences")} style={{ marginTop: 12 }}>
          <Table
            size="small"
            rowKey={(l) => `${l.sku}/${l.location ?? ""}/${l.lot ?? ""}`}
            pagination={false}
            dataSource={result.lines}
            data-testid="count-result"
            columns={[
              { title: t("sku"), dataIndex: "sku" },
              { title: t("invCounted"), dataIndex: "counted", align: "right" },
              { title: t("invExpected"), dataIndex: "expected", align: "right" },
              { title: t("invVariance"), dataIndex: "variance", align: "right" },
            ]}
          />
        </Card>
      )}
    </Form>
  );
}
