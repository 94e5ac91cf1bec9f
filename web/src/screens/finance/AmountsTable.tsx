// A statement's section: accounts with their amounts and the section's total.
import { Table } from "antd";
import { useT } from "../../i18n";

export interface AccountAmount {
  account: string;
  name: string;
  amount: string;
}

export function AmountsTable({ title, rows, total, testid }: { title: string; rows: AccountAmount[]; total: string; testid: string }) {
  const t = useT();
  return (
    <Table<AccountAmount>
      data-testid={testid}
      title={() => <strong>{title}</strong>}
      rowKey="account"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { title: t("finAccount"), dataIndex: "account", width: 140 },
        { title: t("name"), dataIndex: "name" },
        { title: t("finAmount"), dataIndex: "amount", align: "right", width: 200 },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <strong>{t("finTotal")}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <strong data-testid={`${testid}-total`}>{total}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      style={{ marginBottom: 16 }}
    />
  );
}
