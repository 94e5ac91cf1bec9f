import { Alert, Card, Descriptions, Space, Table, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import { finance } from "../../api/client";
import type { Problem } from "../../api/problems";
import { screensFor } from "../../areas";
import { useT } from "../../i18n";
import { href } from "../../nav";
import { currentSession } from "../../session";
import { money } from "../../components/decimals";
import { reversible } from "./entryLines";
import { ReverseEntryButton } from "./ReverseEntryButton";
import { documentLinks, type Source } from "./sources";

interface EntryLine {
  line_no: number;
  account: string;
  account_name: string;
  cost_centre: string | null;
  debit: string;
  credit: string;
  party_id: string | null;
  sku: string | null;
}

interface Entry {
  entry_id: number;
  posted_on: string;
  period: string;
  description: string;
  currency: string;
  total: string;
  recorded_at: string;
  source: Source;
  lines: EntryLine[];
  reversed_by?: number | null;
}

/** One journal entry: its lines, the event that posted it, and a link to its document where
 * the back office has a screen for it (the event itself is shown in any case). */
export function JournalEntryScreen({ id }: { id: string | null }) {
  const t = useT();
  const [entry, setEntry] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setEntry(null);
    setError(null);
    if (!id || !/^\d+$/.test(id)) {
      setError(`${t("finEntry")}: ${id ?? ""}?`);
      return;
    }
    void finance.GET("/journal/entries/{entry_id}", { params: { path: { entry_id: Number(id) } } }).then(({ data, error: e }) => {
      if (e) setError((e as Problem).detail ?? (e as Problem).title ?? "error");
      else setEntry(data as unknown as Entry);
    });
  }, [id]); // eslint-disable-line react-hooks/exhaustive-deps
  const known = useMemo(() => new Set(screensFor(currentSession()?.roles ?? []).map((s) => s.key)), []);

  if (error) return <Alert type="error" title={error} data-testid="entry-error" />;
  if (!entry) return null;
  const links = documentLinks(entry.source, known);
  const reversedBy = entry.reversed_by ?? null;
  const byHand = reversible(entry.source.event_type, entry.source.payload, reversedBy);
  return (
    <Space direction="vertical" style={{ width: "100%" }} size="large">
      <Card
        title={`${t("finEntry")} ${entry.entry_id}`}
        data-testid="entry"
        extra={byHand && <ReverseEntryButton entryId={byHand} />}
      >
        <Descriptions column={2} size="small">
          <Descriptions.Item label={t("finDescription")}>{entry.description}</Descriptions.Item>
          <Descriptions.Item label={t("finPostedOn")}>{entry.posted_on}</Descriptions.Item>
          <Descriptions.Item label={t("finPeriod")}>{entry.period}</Descriptions.Item>
          {reversedBy !== null && (
            <Descriptions.Item label={t("finReversedBy")}>
              <a href={href("fin-entry", { id: String(reversedBy) })} data-testid="entry-reversed-by">
                {t("finEntry")} {reversedBy}
              </a>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t("total")}>
            <span data-testid="entry-total">{money(entry.total)}</span>{" "}
            {entry.currency}
          </Descriptions.Item>
        </Descriptions>
        <Table<EntryLine>
          data-testid="entry-lines"
          rowKey="line_no"
          size="small"
          pagination={false}
          dataSource={entry.lines}
          columns={[
            { title: t("line"), dataIndex: "line_no" },
            { title: t("finAccount"), render: (_, l) => `${l.account} ${l.account_name}` },
            { title: t("finCostCentre"), dataIndex: "cost_centre" },
            { title: t("finDebit"), dataIndex: "debit", align: "right", render: (v: string) => money(v) },
            { title: t("finCredit"), dataIndex: "credit", align: "right", render: (v: string) => money(v) },
            { title: t("finParty"), dataIndex: "party_id" },
            { title: t("sku"), dataIndex: "sku" },
          ]}
        />
      </Card>
      <Card title={t("finSourceEvent")} data-testid="entry-source">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t("finEventType")}>
            <span data-testid="entry-source-type">{entry.source.event_type}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("finEventId")}>{entry.source.event_id}</Descriptions.Item>
          <Descriptions.Item label={t("finStream")}>
            <span data-testid="entry-source-stream">{entry.source.stream_id ?? "—"}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("finDocument")}>
            {links.length ? (
              <Space wrap>
                {links.map((l) => (
                  <a key={`${l.kind}/${l.id}`} href={href(l.screen, l.params)} data-testid={`entry-document-${l.screen}`}>
                    {l.kind} {l.id}
                  </a>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary" data-testid="entry-no-document">
                {t("finNoDocumentScreen")}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("finJournal")}>
            <a href={href("fin-journal", { source: entry.source.event_type, period: entry.period })}>{t("finSameSource")}</a>
          </Descriptions.Item>
        </Descriptions>
        <pre data-testid="entry-source-payload" style={{ background: "#fafafa", padding: 12, overflow: "auto", maxHeight: 400 }}>
          {entry.source.payload ? JSON.stringify(entry.source.payload, null, 2) : t("finNoPayload")}
        </pre>
      </Card>
    </Space>
  );
}
