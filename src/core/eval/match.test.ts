import { describe, expect, it } from 'vitest'

import { compileArnMatcher, compileGlob } from './match'
import { parseTemplate, resolveTemplate } from './template'

function tokens(pattern: string) {
  const pieces = parseTemplate(pattern, { wildcards: true, variables: false })
  return resolveTemplate(pieces, () => undefined) ?? []
}

const ARN = 'arn:aws:ses:us-east-1:111122223333:identity/example.com'

describe('compileArnMatcher', () => {
  it.each([
    ['*', ARN, true],
    [ARN, ARN, true],
    ['arn:aws:ses:*:111122223333:identity/*', ARN, true],
    ['arn:aws:ses:us-*:111122223333:identity/*', ARN, true],
    ['arn:aws:ses:us-*:111122223333:identity/*', 'arn:aws:ses:eu-west-1:111122223333:x/y', false],
    // A wildcard inside a segment stays in it: `us-*` cannot swallow the account.
    ['arn:aws:ses:us-*:identity/*', ARN, false],
    ['arn:aws:ses:*', ARN, true],
    ['arn:aws:*', ARN, true],
    ['arn:aws:ses', ARN, false],
    ['arn:aws:ses:us-east-1:111122223333:identity/example.co?', ARN, true],
    ['arn:aws:ses:us-east-1:111122223333:identity/Example.com', ARN, false],
    ['arn:aws:ses:us-east-1:111122223333:*', ARN, true],
    [
      'arn:aws:logs:*:*:log-group:app:*',
      'arn:aws:logs:eu-west-1:1:log-group:app:log-stream:s',
      true,
    ],
    ['arn:aws:logs:*:*:log-group:app:*', 'arn:aws:logs:eu-west-1:1:log-group:other:x', false],
    ['arn:aws:ses:*:*:identity/*', '*', false],
  ])('returns whether %s matches %s', (pattern, value, expected) => {
    const matcher = compileArnMatcher(tokens(pattern))

    const matches = matcher.test(value)

    expect(matches).toBe(expected)
  })
})

describe('compileGlob', () => {
  it.each([
    ['ses:Send*', 'ses:SendRawEmail', true, true],
    ['ses:Send*', 'SES:sendrawemail', true, true],
    ['ses:Send*', 'SES:sendrawemail', false, false],
    ['ses:Send?mail', 'ses:SendEmail', true, true],
    ['ses:Send?mail', 'ses:SendRawEmail', true, false],
    ['*@example.com', 'a@b@example.com', false, true],
    ['*a*b*c', 'xxaxxbxxbxxc', false, true],
    ['*a*b*c', 'xxaxxbxxbxxcx', false, false],
    ['invoicing+.*@example.com', 'invoicing+1@example.com', false, false],
    ['', '', false, true],
    ['*', '', false, true],
    ['?', '', false, false],
  ])('returns whether %s matches %s (ignoreCase %s)', (pattern, value, ignoreCase, expected) => {
    const matcher = compileGlob(tokens(pattern), ignoreCase)

    const matches = matcher.test(value)

    expect(matches).toBe(expected)
  })
})
