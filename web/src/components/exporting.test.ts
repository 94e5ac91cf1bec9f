import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { toCsv, toXlsx } from "./exporting";

const sheet = {
  headers: ["SKU", "名称", "数量"],
  rows: [
    ["00123", 'Tea, "green"', "12.500"],
    ["CUP<1>", null, "-3"],
  ],
  numeric: [false, false, true],
};

describe("CSV export", () => {
  it("starts with a byte-order mark and quotes what needs it", () => {
    const csv = toCsv(sheet);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "SKU,名称,数量",
      '00123,"Tea, ""green""",12.500',
      "CUP<1>,,-3",
      "",
    ]);
  });
});

describe("Excel export", () => {
  it("writes a workbook whose sheet keeps codes as text and quantities as numbers", () => {
    const parts = unzipSync(toXlsx(sheet, "Stock"));
    expect(Object.keys(parts).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ]);
    const data = strFromU8(parts["xl/worksheets/sheet1.xml"]);
    expect(data).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">00123</t></is></c>');
    expect(data).toContain('<c r="C2"><v>12.500</v></c>');
    expect(data).toContain("CUP&lt;1&gt;");
    expect(data).toContain("<t xml:space=\"preserve\">名称</t>");
    expect(data).not.toContain('r="B3"'); // an empty cell is left out
    expect(strFromU8(parts["xl/workbook.xml"])).toContain('name="Stock"');
  });
});
