import { describe, expect, it } from "vitest";
import { deviceCookieName, signDeviceToken, verifyDeviceToken } from "@/lib/auth/device";
import { describeUserAgent } from "@/lib/auth/sessions";

const SECRET = "s".repeat(32);

describe("device cookies", () => {
  it("verify for the account they were issued for only", () => {
    const token = signDeviceToken("ada@example.test", "dev1", SECRET);
    expect(verifyDeviceToken(token, "ada@example.test", SECRET)).toBe("dev1");
    expect(verifyDeviceToken(token, "bob@example.test", SECRET)).toBeNull();
    expect(verifyDeviceToken(token, "ada@example.test", "t".repeat(32))).toBeNull();
  });

  it("reject altered or malformed tokens", () => {
    const token = signDeviceToken("ada@example.test", "dev1", SECRET);
    const forged = Buffer.from(JSON.stringify({ e: "ada@example.test", d: "other" })).toString("base64url") + "." + token.split(".")[1];
    for (const bad of [forged, token + "x", "nonsense", "", undefined]) expect(verifyDeviceToken(bad, "ada@example.test", SECRET)).toBeNull();
  });

  it("are named per account", () => {
    expect(deviceCookieName("a@x.test")).not.toBe(deviceCookieName("b@x.test"));
  });
});

describe("describeUserAgent", () => {
  it.each([
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36", "Chrome on Windows"],
    ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1", "Safari on iOS"],
    ["Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0", "Firefox on Linux"],
    ["", "Unknown browser on an unknown system"],
  ])("%s → %s", (ua, label) => expect(describeUserAgent(ua)).toBe(label));
});
