import { describe, expect, it } from 'vitest'
import { lintPolicy } from './lint'
import { measurePolicy, sizeDetection } from './size'

/** A policy of exactly `characters` non-whitespace characters, padded inside a Sid. */
function policyOfSize(characters: number): string {
  const shell = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: '' }] })
  return JSON.stringify(
    { Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(characters - shell.length) }] },
    null,
    2,
  )
}

describe('measurePolicy', () => {
  it('returns the characters without white space', () => {
    const size = measurePolicy('{ "a" :\n\t"b c" }')

    expect(size.characters).toBe(10)
  })
})

describe('sizeDetection', () => {
  it.each([
    [2048, undefined],
    [2049, 'POLICY_SIZE_OVER_USER_INLINE'],
    [5121, 'POLICY_SIZE_OVER_GROUP_INLINE'],
    [6144, 'POLICY_SIZE_OVER_GROUP_INLINE'],
    [6145, 'POLICY_SIZE_OVER_MANAGED'],
    [10240, 'POLICY_SIZE_OVER_MANAGED'],
    [10241, 'POLICY_SIZE_OVER_ALL'],
  ] as const)('returns %s characters as %s', (characters, expected) => {
    const size = measurePolicy(policyOfSize(characters))

    expect(size.characters).toBe(characters)
    expect(sizeDetection(size)?.code).toBe(expected)
  })
})

describe('lintPolicy', () => {
  it('returns the sizes and one size finding for a policy over the managed quota', () => {
    const result = lintPolicy(policyOfSize(7000))

    expect(result.sizes.fits).toEqual({
      userInline: false,
      groupInline: false,
      managed: false,
      roleInline: true,
    })
    expect(
      result.findings.filter((f) => f.code.startsWith('POLICY_SIZE')).map((f) => f.code),
    ).toEqual(['POLICY_SIZE_OVER_MANAGED'])
  })
})
