import { describe, expect, it } from 'vitest'
import {
  accountProblem,
  matchingResourceTypes,
  parseArn,
  regionProblem,
  resourcePlaceholders,
} from './arn'

describe('parseArn', () => {
  it('returns the segments, keeping a policy variable with a colon whole', () => {
    const arn = parseArn('arn:aws:ses:us-east-1:210987654321:identity/${aws:username}@example.com')

    expect(arn?.region).toEqual({ value: 'us-east-1', start: 12 })
    expect(arn?.resource.value).toBe('identity/${aws:username}@example.com')
  })

  it.each(['identity/example.com', 'arn:aws:ses:us-east-1', '*'])(
    'returns undefined for %s',
    (value) => {
      expect(parseArn(value)).toBeUndefined()
    },
  )
})

describe('matchingResourceTypes', () => {
  it.each([
    ['ses', 'arn:aws:ses:us-east-1:210987654321:identity/example.com', ['identity']],
    ['ses', 'arn:aws:ses:us-east-1:210987654321:identity/*', ['identity']],
    ['ses', 'arn:aws:ses:*:*:template/*', ['template']],
    ['ses', 'arn:aws:ses:us-east-1:210987654321:configuration-set/main', ['configuration-set']],
    ['ses', 'arn:aws:ses:us-east-1:210987654321:domain/example.com', []],
    ['ses', 'arn:aws:ses:::identity/example.com', []],
    ['s3', 'arn:aws:s3:::inbound-mail', ['bucket']],
    ['s3', 'arn:aws:s3:::inbound-mail/incoming/*', ['object']],
    ['sns', 'arn:aws:sns:eu-west-1:210987654321:ses-events', ['topic']],
    ['kms', 'arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab', ['key']],
  ] as const)('returns the %s types that %s can match', (service, arn, expected) => {
    const types = matchingResourceTypes(service, arn)

    expect([...types].sort()).toEqual([...expected].sort())
  })

  it('returns every SES type for an ARN whose resource is a bare wildcard', () => {
    const types = matchingResourceTypes('ses', 'arn:aws:ses:us-east-1:210987654321:*')

    expect(types).toEqual(expect.arrayContaining(['identity', 'template', 'configuration-set']))
  })
})

describe('regionProblem', () => {
  it.each([
    ['us-east-1', undefined],
    ['us-gov-west-1', undefined],
    ['', undefined],
    ['*', undefined],
    ['region', 'placeholder'],
    ['REGION', 'placeholder'],
    ['${Region}', 'placeholder'],
    ['<region>', 'placeholder'],
    ['useast1', 'invalid'],
  ] as const)('returns the problem of region %j', (value, expected) => {
    expect(regionProblem(value)).toBe(expected)
  })
})

describe('accountProblem', () => {
  it.each([
    ['210987654321', undefined],
    ['*', undefined],
    ['${aws:PrincipalAccount}', undefined],
    ['account-id', 'placeholder'],
    ['ACCOUNT_ID', 'placeholder'],
    ['123456789012', 'example'],
    ['111122223333', 'example'],
    ['12345', 'invalid'],
  ] as const)('returns the problem of account %j', (value, expected) => {
    expect(accountProblem(value)).toBe(expected)
  })
})

describe('resourcePlaceholders', () => {
  it.each([
    ['identity/your-domain.com', ['your-domain.com']],
    ['identity/<domain>', ['<domain>']],
    ['template/${TemplateName}', ['${TemplateName}']],
    ['identity/${aws:username}@example.com', []],
    ['identity/example.com', []],
  ] as const)('returns the placeholders in %s', (value, expected) => {
    expect(resourcePlaceholders(value).map((p) => p.text)).toEqual(expected)
  })
})
