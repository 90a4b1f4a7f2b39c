import { describe, expect, it } from 'vitest'

import { ipInRange, parseDate, parseIpRange, parseNumber } from './values'

describe('parseIpRange', () => {
  it.each([
    ['203.0.113.0/24', '203.0.113.255', true],
    ['203.0.113.0/24', '203.0.114.0', false],
    ['203.0.113.9', '203.0.113.9', true],
    ['203.0.113.9', '203.0.113.8', false],
    ['0.0.0.0/0', '198.51.100.1', true],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['2001:DB8::/32', '2001:db8::1', true],
    ['::ffff:192.0.2.0/120', '::ffff:192.0.2.77', true],
    ['::1', '::1', true],
    ['2001:db8::/32', '203.0.113.1', false],
    ['203.0.113.0/24', '2001:db8::1', false],
  ])('returns whether range %s holds %s', (range, address, expected) => {
    const parsed = parseIpRange(range)

    const holds = parsed !== undefined && ipInRange(address, parsed)

    expect(holds).toBe(expected)
  })

  it.each([
    '203.0.113.0/33',
    '256.0.0.1',
    '1.2.3',
    '2001:db8::/129',
    '1::2::3',
    'x',
    '10.0.0.0/8/1',
  ])('returns undefined for %s', (text) => {
    expect(parseIpRange(text)).toBeUndefined()
  })
})

describe('parseDate', () => {
  it.each([
    ['2026-12-01T12:00:00Z', Date.UTC(2026, 11, 1, 12)],
    ['2026-12-01T12:00:00', Date.UTC(2026, 11, 1, 12)],
    ['2026-12-01T13:00:00+01:00', Date.UTC(2026, 11, 1, 12)],
    ['2026-12-01', Date.UTC(2026, 11, 1)],
    ['2026-12-01T12:00:00.500Z', Date.UTC(2026, 11, 1, 12, 0, 0, 500)],
    ['1796126400', Date.UTC(2026, 11, 1, 12)],
    ['yesterday', undefined],
    ['2026-13-45', undefined],
  ])('returns the instant of %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected)
  })
})

describe('parseNumber', () => {
  it.each([
    ['3600', 3600],
    ['-1.5', -1.5],
    [' 42 ', 42],
    ['.5', 0.5],
    ['1e3', undefined],
    ['0x10', undefined],
    ['', undefined],
  ])('returns the number of %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected)
  })
})
