import { BlockList, isIP } from "node:net";

/**
 * Which hops in front of the server are proxies whose `X-Forwarded-For` additions are believed:
 * hop 0 is the socket peer, hop 1 the right-most header entry, and so on (see decision 0016).
 */
export type ProxyTrust = {
  /** The text it was configured from, for logs and errors. */
  description: string;
  /** At most this many hops (counted from the socket peer) are proxies. */
  maxHops: number;
  trusts: (address: string) => boolean;
};

const named: Record<string, [string, number][]> = {
  loopback: [
    ["127.0.0.0", 8],
    ["::1", 128],
  ],
  private: [
    ["10.0.0.0", 8],
    ["172.16.0.0", 12],
    ["192.168.0.0", 16],
    ["fc00::", 7],
  ],
};

const MAX_HOPS = 10;

/**
 * An address as one canonical string (IPv4 dotted, IPv6 compressed lower case, IPv4-mapped IPv6 as
 * IPv4, without port or zone), or null when the text is no address at all.
 */
export function canonicalAddress(text: string): string | null {
  let value = text.trim();
  const withPort =
    /^\[([^\]]+)\](?::(\d{1,5}))?$/.exec(value) ?? /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(value);
  if (withPort) {
    if (Number(withPort[2] ?? 0) > 65535) return null;
    value = withPort[1] ?? "";
  }
  value = value.replace(/%[\w.-]+$/, "");
  const family = isIP(value);
  if (family === 4) return value;
  if (family !== 6) return null;
  const v6 = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(v6);
  if (!mapped) return v6;
  const high = Number.parseInt(mapped[1] ?? "0", 16);
  const low = Number.parseInt(mapped[2] ?? "0", 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

function addEntry(list: BlockList, entry: string): boolean {
  const ranges = named[entry.toLowerCase()];
  if (ranges) {
    for (const [network, prefix] of ranges)
      list.addSubnet(network, prefix, isIP(network) === 4 ? "ipv4" : "ipv6");
    return true;
  }
  const [address = "", prefixText, ...rest] = entry.split("/");
  const network = canonicalAddress(address);
  if (!network || rest.length > 0 || address !== address.trim() || address.includes("[")) return false;
  const family = isIP(network) === 4 ? "ipv4" : "ipv6";
  const bits = family === "ipv4" ? 32 : 128;
  if (prefixText === undefined) {
    list.addAddress(network, family);
    return true;
  }
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return false;
  list.addSubnet(network, Number(prefixText), family);
  return true;
}

/** A list of addresses, CIDR ranges and the names `loopback` and `private`; throws on a wrong entry. */
export function trustedAddresses(text: string): (address: string) => boolean {
  const list = new BlockList();
  const entries = text.split(",").map((entry) => entry.trim());
  for (const entry of entries) {
    if (!addEntry(list, entry))
      throw new Error(
        `entry "${entry}" is no IP address, CIDR range (e.g. 10.0.0.0/8, fd00::/8), "loopback" or "private"`,
      );
  }
  return (address) => list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * `TRUST_PROXY` and `TRUSTED_PROXIES` as one rule, or null when no forwarded header is believed.
 * `true` alone: one proxy on this host or in the private network appends the client address.
 * A number: that many proxies, wherever they are. A list: every proxy in it, however many.
 */
export function proxyTrust(trustProxy: boolean, trustedProxies?: string): ProxyTrust | null {
  if (!trustProxy) {
    if (trustedProxies !== undefined) throw new Error("is set, but TRUST_PROXY is not true");
    return null;
  }
  if (trustedProxies === undefined)
    return {
      description: "one proxy (loopback or private)",
      maxHops: 1,
      trusts: trustedAddresses("loopback,private"),
    };
  if (/^\d+$/.test(trustedProxies.trim())) {
    const hops = Number(trustedProxies.trim());
    if (hops < 1 || hops > MAX_HOPS) throw new Error(`as a hop count must be between 1 and ${MAX_HOPS}`);
    return { description: `${hops} proxy hop(s)`, maxHops: hops, trusts: () => true };
  }
  return {
    description: trustedProxies.trim(),
    maxHops: Number.POSITIVE_INFINITY,
    trusts: trustedAddresses(trustedProxies),
  };
}

/**
 * The client's address: walking from the socket peer leftwards through `X-Forwarded-For`, the first
 * hop that is not a trusted proxy (nginx `real_ip_recursive`, Express "trust proxy"). When every hop
 * is trusted it is the left-most; a malformed entry stops the walk at the trusted hop that passed it on.
 */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | undefined,
  trust: ProxyTrust | null,
): string | null {
  const socket = peer ? canonicalAddress(peer) : null;
  if (!socket || !trust) return socket;
  const forwarded = forwardedFor === undefined ? [] : forwardedFor.split(",").reverse();
  let client = socket;
  for (let hop = 0; ; hop++) {
    if (hop >= trust.maxHops || !trust.trusts(client)) return client;
    const next = forwarded[hop];
    if (next === undefined) return client;
    const address = canonicalAddress(next);
    if (!address) return client;
    client = address;
  }
}
