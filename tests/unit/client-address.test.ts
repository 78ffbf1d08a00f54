import { describe, expect, it } from "vitest";
import { canonicalAddress, clientAddress, proxyTrust } from "#server/lib/client-address.ts";

const oneLocalProxy = proxyTrust(true);
const listed = (list: string) => proxyTrust(true, list);

describe("the client address behind proxies", () => {
  it("is the socket peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", null)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "1.2.3.4", null)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "1.2.3.4", oneLocalProxy)).toBeNull();
  });

  it("takes the entry the trusted proxy appended, not a spoofed first entry", () => {
    expect(clientAddress("127.0.0.1", "1.2.3.4, 203.0.113.9", oneLocalProxy)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.5", "1.2.3.4,203.0.113.9", oneLocalProxy)).toBe("203.0.113.9");
    expect(clientAddress("127.0.0.1", "203.0.113.9", oneLocalProxy)).toBe("203.0.113.9");
  });

  it("with TRUST_PROXY=true alone believes only a loopback or private peer, and only one hop", () => {
    expect(clientAddress("198.51.100.20", "1.2.3.4", oneLocalProxy)).toBe("198.51.100.20");
    // A client in the office network behind the proxy cannot pass itself off as another address.
    expect(clientAddress("127.0.0.1", "192.168.1.99, 192.168.1.20", oneLocalProxy)).toBe("192.168.1.20");
    expect(clientAddress("127.0.0.1", undefined, oneLocalProxy)).toBe("127.0.0.1");
  });

  it("walks a list of trusted proxies from the right, with CIDR ranges", () => {
    const trust = listed("10.0.0.0/8, 198.51.100.7");
    expect(clientAddress("10.1.2.3", "1.2.3.4, 203.0.113.9, 198.51.100.7, 10.0.0.2", trust)).toBe(
      "203.0.113.9",
    );
    expect(clientAddress("10.1.2.3", "1.2.3.4, 203.0.113.9, 10.255.0.1", trust)).toBe("203.0.113.9");
    expect(clientAddress("11.0.0.1", "1.2.3.4", trust)).toBe("11.0.0.1");
  });

  it("handles IPv6 peers, entries and ranges, in canonical form", () => {
    const trust = listed("2001:db8:1::/48, ::1");
    expect(clientAddress("::1", "1.2.3.4, 2001:DB8:FFFF:0:0::7", trust)).toBe("2001:db8:ffff::7");
    expect(clientAddress("2001:db8:1::9", "2001:db8:2::1, 2001:db8:1:5::1", trust)).toBe("2001:db8:2::1");
    expect(clientAddress("2001:db8:9::1", "1.2.3.4", trust)).toBe("2001:db8:9::1");
    expect(clientAddress("127.0.0.1", "fd12::3, fd12::4", oneLocalProxy)).toBe("fd12::4");
  });

  it("treats an IPv4-mapped IPv6 peer (a dual-stack listener) as its IPv4 address", () => {
    expect(clientAddress("::ffff:127.0.0.1", "1.2.3.4, 203.0.113.9", oneLocalProxy)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", "1.2.3.4", oneLocalProxy)).toBe("203.0.113.9");
  });

  it("when every hop is trusted, takes the left-most (as nginx and Express do)", () => {
    expect(clientAddress("10.0.0.1", "10.0.0.9, 10.0.0.3", listed("private"))).toBe("10.0.0.9");
    expect(clientAddress("10.0.0.1", "203.0.113.9", proxyTrust(true, "3"))).toBe("203.0.113.9");
  });

  it("counts hops without looking at the addresses when given a number", () => {
    const twoHops = proxyTrust(true, "2");
    expect(clientAddress("198.51.100.1", "1.2.3.4, 203.0.113.9, 198.51.100.2", twoHops)).toBe("203.0.113.9");
    expect(clientAddress("198.51.100.1", "1.2.3.4, 203.0.113.9", proxyTrust(true, "1"))).toBe("203.0.113.9");
  });

  it("stops at a malformed entry and keeps the trusted hop that passed it on", () => {
    const trust = listed("loopback,private");
    for (const garbage of [
      "unknown",
      "",
      "1.2.3",
      "1.2.3.4.5",
      "::g",
      "<script>",
      "999.1.1.1",
      "a".repeat(200),
    ])
      expect(clientAddress("127.0.0.1", `203.0.113.9, ${garbage}, 10.0.0.2`, trust), garbage).toBe(
        "10.0.0.2",
      );
    expect(clientAddress("127.0.0.1", "nonsense", oneLocalProxy)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "", oneLocalProxy)).toBe("127.0.0.1");
    expect(clientAddress("not-an-address", "1.2.3.4", oneLocalProxy)).toBeNull();
  });

  it("accepts ports and brackets that some proxies append", () => {
    expect(canonicalAddress("203.0.113.9:51234")).toBe("203.0.113.9");
    expect(canonicalAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(canonicalAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(canonicalAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(canonicalAddress("2001:db8::1:80")).toBe("2001:db8::1:80");
    expect(canonicalAddress("203.0.113.9:99999")).toBeNull();
  });
});

describe("TRUST_PROXY and TRUSTED_PROXIES", () => {
  it("refuses a list entry that is neither an address, a range nor a known name", () => {
    for (const wrong of [
      "10.0.0.0/33",
      "fd00::/129",
      "10.0.0.0/",
      "proxy.example",
      "10.0.0.0/8/1",
      "",
      "[::1]",
    ])
      expect(() => proxyTrust(true, `127.0.0.1, ${wrong}`), wrong).toThrow(/entry/);
  });

  it("refuses a hop count outside 1 to 10, and a list without TRUST_PROXY=true", () => {
    expect(() => proxyTrust(true, "0")).toThrow(/between 1 and 10/);
    expect(() => proxyTrust(true, "11")).toThrow(/between 1 and 10/);
    expect(() => proxyTrust(false, "10.0.0.0/8")).toThrow(/TRUST_PROXY is not true/);
    expect(proxyTrust(false)).toBeNull();
  });
});
