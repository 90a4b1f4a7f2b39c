import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../config/types'
import type { Config } from '../config/types'
import { REAL_CASE } from '../../../test/cases'
import { decodeBase64Url, encodeBase64Url } from './base64url'
import { decodeShareState, encodeShareState, fragmentOf } from './link'

const FULL: Config = {
  sender: 'anymail-v1',
  features: ['send', 'templates', 'sns-confirm', 's3-inbound'],
  partition: 'aws-us-gov',
  regions: ['us-gov-west-1', 'us-gov-east-1'],
  account: '999988887777',
  identities: ['agency.gov', 'ops@agency.gov'],
  fromAddresses: ['*@agency.gov'],
  configurationSets: ['tracking'],
  templates: ['welcome', 'reset_password'],
  snsTopics: ['arn:aws-us-gov:sns:us-gov-west-1:999988887777:events'],
  s3Bucket: 'inbound-mail',
  s3Prefix: 'raw/',
  sandbox: true,
  recipients: ['qa@agency.gov'],
  allowSendEmail: true,
}

const encodeRaw = (json: string): string => `v1.${encodeBase64Url(deflateSync(strToU8(json)))}`

describe('encodeShareState', () => {
  it.each([
    ['defaults', { config: DEFAULT_CONFIG }],
    ['the real case', { config: REAL_CASE }],
    ['every field set', { config: FULL }],
    ['a pasted policy', { config: REAL_CASE, policy: '{"Version":"2012-10-17","Statement":[]}' }],
    ['unicode in a policy', { config: DEFAULT_CONFIG, policy: '{"Sid":"Ünïcødé ✓"}' }],
  ])('returns a fragment that decodes to the same state for %s', (_name, state) => {
    const fragment = encodeShareState(state)

    const decoded = decodeShareState(fragment)

    expect(fragment).toMatch(/^v1\.[A-Za-z0-9_-]+$/)
    expect(decoded).toEqual({ ok: true, state })
  })

  it('returns a short fragment for the real case', () => {
    const fragment = encodeShareState({ config: REAL_CASE })

    expect(fragment.length).toBeLessThan(160)
  })
})

describe('decodeShareState', () => {
  it.each([
    ['an empty fragment', ''],
    ["another tool's fragment", 'state=abc'],
    ['a future version', 'v2.AAAA'],
    ['characters outside base64url', 'v1.abc$def'],
    ['an impossible base64 length', 'v1.abcde'],
    ['bytes that are not deflate', 'v1.AAAAAAAA'],
    ['a truncated deflate stream', encodeShareState({ config: FULL }).slice(0, 40)],
    ['JSON that is not an object', encodeRaw('[1,2,3]')],
    ['no configuration', encodeRaw('{"x":1}')],
    ['an unknown sender', encodeRaw('{"c":{"sender":"mailgun"}}')],
    ['an unknown feature', encodeRaw('{"c":{"features":["spam"]}}')],
    ['a list of numbers', encodeRaw('{"c":{"regions":[1]}}')],
    ['a policy that is not text', encodeRaw('{"c":{},"p":{"a":1}}')],
    ['an unknown field', encodeRaw('{"c":{"identity":["example.com"]}}')],
    ['a deflate bomb', `v1.${encodeBase64Url(deflateSync(new Uint8Array(5 * 1024 * 1024)))}`],
  ])('returns an error for %s', (_name, fragment) => {
    const decoded = decodeShareState(fragment)

    expect(decoded.ok).toBe(false)
  })

  it('returns the defaults for absent fields', () => {
    const decoded = decodeShareState(encodeRaw('{"c":{"account":"111122223333"}}'))

    expect(decoded).toEqual({
      ok: true,
      state: { config: { ...DEFAULT_CONFIG, account: '111122223333' } },
    })
  })
})

describe('fragmentOf', () => {
  it.each([
    ['https://example.com/tool/#v1.abc', 'v1.abc'],
    ['#v1.abc', 'v1.abc'],
    ['v1.abc', 'v1.abc'],
  ])('returns the fragment of %s', (input, expected) => {
    expect(fragmentOf(input)).toBe(expected)
  })
})

describe('decodeBase64Url', () => {
  it.each([[[]], [[0]], [[255, 254]], [[1, 2, 3]], [[0, 0, 0, 255]]])(
    'returns the bytes that encodeBase64Url encoded (%j)',
    (bytes) => {
      const encoded = encodeBase64Url(new Uint8Array(bytes))

      expect([...(decodeBase64Url(encoded) ?? [])]).toEqual(bytes)
      expect(encoded).toBe(Buffer.from(bytes).toString('base64url'))
    },
  )
})
