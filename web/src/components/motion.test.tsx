import { ConfigProvider, theme } from "antd";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { REDUCED_MOTION, motionTheme, useReducedMotion } from "./motion";

function Probe() {
  const { token } = theme.useToken();
  return <span>{`motion=${token.motion}`}</span>;
}

function Themed() {
  return (
    <ConfigProvider theme={motionTheme(useReducedMotion())}>
      <Probe />
    </ConfigProvider>
  );
}

function systemAsks(reduce: boolean) {
  const matchMedia = vi.fn((q: string) => ({
    matches: reduce && q === REDUCED_MOTION,
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
  vi.stubGlobal("window", { matchMedia });
  return matchMedia;
}

afterEach(() => vi.unstubAllGlobals());

describe("motion", () => {
  it("is off when the system asks for reduced motion", () => {
    const asked = systemAsks(true);
    expect(renderToString(<Themed />)).toContain("motion=false");
    expect(asked).toHaveBeenCalledWith(REDUCED_MOTION);
  });
  it("is on otherwise, and where there is no window", () => {
    systemAsks(false);
    expect(renderToString(<Themed />)).toContain("motion=true");
    vi.unstubAllGlobals();
    expect(renderToString(<Themed />)).toContain("motion=true");
  });
});
