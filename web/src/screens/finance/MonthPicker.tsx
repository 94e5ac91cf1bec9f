// A month (accounting period "YYYY-MM") picker, and a range of two.
import { DatePicker, Space } from "antd";
import dayjs from "dayjs";

export function MonthPicker(props: { value: string | null; onChange: (p: string | null) => void; testid?: string; allowClear?: boolean }) {
  return (
    <DatePicker
      picker="month"
      allowClear={props.allowClear ?? false}
      value={props.value ? dayjs(`${props.value}-01`) : null}
      onChange={(d) => props.onChange(d ? d.format("YYYY-MM") : null)}
      data-testid={props.testid}
    />
  );
}

export function MonthRange(props: { from: string; to: string; onChange: (from: string, to: string) => void; testid?: string }) {
  return (
    <Space>
      <MonthPicker value={props.from} onChange={(p) => p && props.onChange(p, props.to)} testid={props.testid && `${props.testid}-from`} />
      <span>–</span>
      <MonthPicker value={props.to} onChange={(p) => p && props.onChange(props.from, p)} testid={props.testid && `${props.testid}-to`} />
    </Space>
  );
}
