import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from './types'
import type { Config } from './types'
import { validateConfig } from './validate'

describe('validateConfig', () => {
  it.each<[string, Partial<Config>, { field: string; index?: number }[]]>([
    ['the defaults', {}, []],
    ['a valid full configuration', { account: '111122223333', regions: ['us-east-1', '*'] }, []],
    ['an 11-digit account', { account: '11112222333' }, [{ field: 'account' }]],
    ['an account with letters', { account: '11112222333a' }, [{ field: 'account' }]],
    [
      'a misspelt region',
      { regions: ['us-east-1', 'us-esat-1'] },
      [{ field: 'regions', index: 1 }],
    ],
    [
      'a region of another partition',
      { regions: ['cn-north-1'] },
      [{ field: 'regions', index: 0 }],
    ],
    [
      'a GovCloud region in aws-us-gov',
      { partition: 'aws-us-gov', regions: ['us-gov-west-1'] },
      [],
    ],
    ['a domain and an address', { identities: ['example.com', 'me@example.com'] }, []],
    [
      'a URL as identity',
      { identities: ['https://example.com'] },
      [{ field: 'identities', index: 0 }],
    ],
    ['a bare word as identity', { identities: ['localhost'] }, [{ field: 'identities', index: 0 }]],
    ['a glob From restriction', { fromAddresses: ['*@example.com', 'no-reply+?@example.com'] }, []],
    [
      'a regex From restriction',
      { fromAddresses: ['invoicing+.*@example.com'] },
      [{ field: 'fromAddresses', index: 0 }],
    ],
    [
      'a From restriction without @',
      { fromAddresses: ['example.com'] },
      [{ field: 'fromAddresses', index: 0 }],
    ],
    [
      'a configuration set with a space',
      { configurationSets: ['my set'] },
      [{ field: 'configurationSets', index: 0 }],
    ],
    [
      'a 65-character template name',
      { templates: ['t'.repeat(65)] },
      [{ field: 'templates', index: 0 }],
    ],
    [
      'a topic name instead of an ARN',
      { snsTopics: ['ses-events'] },
      [{ field: 'snsTopics', index: 0 }],
    ],
    ['a topic ARN', { snsTopics: ['arn:aws:sns:us-east-1:111122223333:ses-events'] }, []],
    ['an uppercase bucket', { s3Bucket: 'Inbound' }, [{ field: 's3Bucket' }]],
    ['a prefix with a leading slash', { s3Prefix: '/inbound' }, [{ field: 's3Prefix' }]],
    [
      'a feature the sender lacks',
      { sender: 'smtp', features: ['send', 'templates'] },
      [{ field: 'features', index: 1 }],
    ],
  ])('returns the issues for %s', (_name, partial, expected) => {
    const config: Config = { ...DEFAULT_CONFIG, ...partial }

    const issues = validateConfig(config)

    expect(
      issues.map(({ field, index }) => ({ field, ...(index !== undefined && { index }) })),
    ).toEqual(expected)
    for (const issue of issues) expect(issue.message).toMatch(/\.$/)
  })
})
