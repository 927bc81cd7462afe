import net from 'node:net';

/*
 * Which addresses a fetched page may come from. A URL typed by a person must not reach the
 * machine Tally runs on or its network (the database, a metadata service at 169.254.169.254, a
 * router's admin page), so everything but public unicast is refused, unless TALLY_FETCH_ALLOW
 * names the host or the address (tests serve their pages on 127.0.0.1).
 */
const blocked = new net.BlockList();
const V4: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const V6: [string, number][] = [
  ['::', 128],
  ['::1', 128],
  ['::', 96], // IPv4-compatible (deprecated)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];
for (const [a, p] of V4) blocked.addSubnet(a, p, 'ipv4');
for (const [a, p] of V6) blocked.addSubnet(a, p, 'ipv6');

/** The IPv4 address an IPv6 one carries (mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), if any. */
function embeddedV4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = lower.match(/^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) return dotted[1];
  const groups = expand(lower);
  if (!groups) return null;
  const v4 = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) return v4(groups[6], groups[7]);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0)) return v4(groups[6], groups[7]);
  if (groups[0] === 0x2002) return v4(groups[1], groups[2]);
  return null;
}

/** Eight 16-bit groups of an IPv6 address written with hex groups only. */
function expand(ip: string): number[] | null {
  if (ip.includes('.')) return null;
  const [head, tail] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = ip.includes('::') ? 8 - h.length - t.length : 0;
  const all = [...h, ...Array(fill).fill('0'), ...t].map((g) => parseInt(g, 16));
  return all.length === 8 && all.every((g) => g >= 0 && g <= 0xffff) ? all : null;
}

/** Whether an IP address is public unicast, the only kind a fetch may reach without being allowed. */
export function isPublicAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 4) return !blocked.check(ip, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedV4(ip);
  if (v4) return isPublicAddress(v4);
  return !blocked.check(ip, 'ipv6');
}

/** A host as TALLY_FETCH_ALLOW and URLs spell it: lower case, IPv6 without its brackets. */
export const bareHost = (host: string) => host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');

/** Why a fetch may not connect to `ip` for `host`, or null when it may. */
export function addressRefusal(host: string, ip: string, allow: readonly string[]): string | null {
  if (isPublicAddress(ip)) return null;
  const h = bareHost(host);
  if (allow.includes(h) || allow.includes(bareHost(ip))) return null;
  const what = h === bareHost(ip) ? ip : `${h} (which resolves to ${ip})`;
  return `${what} is a private, loopback or otherwise non-public address: Tally fetches only public web pages`;
}
