/**
 * Parsers for the typed condition operators: numbers, dates and IP ranges. Each answers
 * undefined for text it cannot read, so a malformed value makes its condition fail rather than
 * match by accident.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** Reads an integer or decimal as the Numeric operators accept it. */
export function parseNumber(value: string): number | undefined {
  const trimmed = value.trim()
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined
}

const EPOCH = /^[+-]?\d+$/
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Reads a date as the Date operators accept it: ISO 8601 (W3C profile) or an epoch in seconds.
 * The answer is milliseconds since the epoch.
 */
export function parseDate(value: string): number | undefined {
  const trimmed = value.trim()
  if (EPOCH.test(trimmed)) return Number(trimmed) * 1000
  if (!ISO_DATE.test(trimmed)) return undefined
  // A date-time without a zone is read as UTC, so answers never depend on the machine's zone.
  const normalized = trimmed.replace(' ', 'T')
  const needsZone = normalized.includes('T') && !/(Z|[+-]\d{2}:?\d{2})$/.test(normalized)
  const millis = Date.parse(needsZone ? `${normalized}Z` : normalized)
  return Number.isNaN(millis) ? undefined : millis
}

/** An address range: IP version, network bits and prefix length. */
export interface IpRange {
  readonly version: 4 | 6
  readonly network: bigint
  readonly prefix: number
}

/** Reads `203.0.113.0/24`, `2001:db8::/32` or a single address (a range of one). */
export function parseIpRange(value: string): IpRange | undefined {
  const [address = '', prefixText, extra] = value.trim().split('/')
  if (extra !== undefined) return undefined
  const parsed = parseIp(address)
  if (parsed === undefined) return undefined
  const bits = parsed.version === 4 ? 32 : 128
  const prefix = prefixText === undefined ? bits : Number(prefixText)
  if (!/^\d+$/.test(prefixText ?? '0') || prefix > bits) return undefined
  return { version: parsed.version, network: mask(parsed.value, prefix, bits), prefix }
}

/** True when the address lies inside the range; false across IP versions. */
export function ipInRange(address: string, range: IpRange): boolean {
  const parsed = parseIp(address.trim().split('/')[0] ?? '')
  if (parsed === undefined || parsed.version !== range.version) return false
  const bits = range.version === 4 ? 32 : 128
  return mask(parsed.value, range.prefix, bits) === range.network
}

function mask(value: bigint, prefix: number, bits: number): bigint {
  const hostBits = BigInt(bits - prefix)
  return (value >> hostBits) << hostBits
}

function parseIp(text: string): { version: 4 | 6; value: bigint } | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text)
    return value === undefined ? undefined : { version: 6, value }
  }
  const value = parseIpv4(text)
  return value === undefined ? undefined : { version: 4, value }
}

function parseIpv4(text: string): bigint | undefined {
  const octets = text.split('.')
  if (octets.length !== 4) return undefined
  let value = 0n
  for (const octet of octets) {
    if (!/^\d{1,3}$/.test(octet) || Number(octet) > 255) return undefined
    value = (value << 8n) | BigInt(octet)
  }
  return value
}

/** Reads an IPv6 address, with `::` compression and an IPv4 tail allowed. */
function parseIpv6(text: string): bigint | undefined {
  const halves = text.split('::')
  if (halves.length > 2) return undefined
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':')
  const tail = halves.length === 2 && halves[1] !== '' ? (halves[1] ?? '').split(':') : []
  const groups = [...head, ...tail].flatMap(ipv4TailToGroups)
  if (groups.some((group) => group === undefined)) return undefined
  const missing = 8 - groups.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined

  const filled = [
    ...head.flatMap(ipv4TailToGroups),
    ...Array<string>(halves.length === 2 ? missing : 0).fill('0'),
    ...tail.flatMap(ipv4TailToGroups),
  ]
  let value = 0n
  for (const group of filled) {
    if (group === undefined || !/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined
    value = (value << 16n) | BigInt(`0x${group}`)
  }
  return value
}

/** Turns a dotted IPv4 group at the end of an IPv6 address into two hexadecimal groups. */
function ipv4TailToGroups(group: string): (string | undefined)[] {
  if (!group.includes('.')) return [group]
  const value = parseIpv4(group)
  if (value === undefined) return [undefined]
  return [(value >> 16n).toString(16), (value & 0xffffn).toString(16)]
}
