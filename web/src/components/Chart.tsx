// An ECharts chart: the option in, resized with its box, disposed with the component. Its box
// says data-rendered="yes" once ECharts has drawn the option, animations done (what a browser
// test waits for before a screenshot), "no" while it draws.
import * as echarts from "echarts";
import { type CSSProperties, useEffect, useRef } from "react";

export type ChartOption = echarts.EChartsOption;

export function Chart({ option, style, testid }: { option: ChartOption; style?: CSSProperties; testid?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!box.current) return;
    const c = echarts.init(box.current);
    chart.current = c;
    const drawn = box.current;
    c.on("finished", () => {
      drawn.dataset.rendered = "yes";
    });
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (box.current) box.current.dataset.rendered = "no";
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} style={{ width: "100%", height: 300, ...style }} data-testid={testid} />;
}
