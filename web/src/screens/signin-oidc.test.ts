// The OIDC sign-in's hand-over: the gateway gives the session once (200), none (204) or why
// the sign-in failed (401), always by POST with the same-origin cookie.
import { afterEach, describe, expect, it, vi } from "vitest";
import { pickUpOidcSession } from "./SignIn";

function answer(status: number, body?: unknown) {
  return vi.fn(async (_url: string, _init?: RequestInit) =>
    new Response(body === undefined ? null : JSON.stringify(body), { status }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("picking up an OIDC sign-in", () => {
  it("takes the session the gateway hands over", async () => {
    const fetch = answer(200, { token: "t", user: "qian.kuaiji", roles: ["accountant"], warehouses: ["*"], extra: 1 });
    vi.stubGlobal("fetch", fetch);
    expect(await pickUpOidcSession()).toEqual({ token: "t", user: "qian.kuaiji", roles: ["accountant"], warehouses: ["*"] });
    expect(fetch.mock.calls[0][0]).toBe("/gateway/oidc/session");
    expect(fetch.mock.calls[0][1]?.method).toBe("POST");
  });

  it("is nothing when no sign-in waits", async () => {
    vi.stubGlobal("fetch", answer(204));
    expect(await pickUpOidcSession()).toBeNull();
  });

  it("says why a sign-in failed", async () => {
    vi.stubGlobal("fetch", answer(401, { title: "Sign-in failed", detail: "the ID token's nonce is not this sign-in's" }));
    expect(await pickUpOidcSession()).toEqual({ error: "the ID token's nonce is not this sign-in's" });
  });
});
