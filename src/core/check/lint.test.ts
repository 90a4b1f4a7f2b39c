import { describe, expect, it } from 'vitest'
import { lintPolicy } from './lint'

const ACCOUNT = '210987654321'
const IDENTITY = `arn:aws:ses:us-east-1:${ACCOUNT}:identity/example.com`
const CONFIG_SET = `arn:aws:ses:us-east-1:${ACCOUNT}:configuration-set/main`
const TEMPLATE = `arn:aws:ses:us-east-1:${ACCOUNT}:template/welcome`

/** A policy text with the usual Version, formatted as users paste it. */
function policy(...statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2)
}

function allow(action: string | string[], resource: string | string[], extra: object = {}) {
  return { Effect: 'Allow', Action: action, Resource: resource, ...extra }
}

const codesAndPaths = (text: string) =>
  lintPolicy(text)
    .findings.map((f) => `${f.code} @ ${f.path}`)
    .sort()

interface Case {
  readonly name: string
  readonly text: string
  readonly expected: readonly string[]
}

const cases: readonly Case[] = [
  {
    name: 'a least-privilege sending policy',
    text: policy(
      allow(['ses:SendRawEmail', 'ses:SendEmail'], [IDENTITY, CONFIG_SET], {
        Sid: 'SendAsNoreply',
        Condition: { StringEquals: { 'ses:FromAddress': 'noreply@example.com' } },
      }),
    ),
    expected: [],
  },
  {
    name: 'Effect written in lower case (a)',
    text: policy({ Effect: 'allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }),
    expected: ['EFFECT_INVALID @ Statement[0].Effect'],
  },
  {
    name: 'the blog placeholder ARN (c)',
    text: policy(
      allow('ses:SendRawEmail', 'arn:aws:ses:region:account-id:identity/your-domain.com'),
    ),
    expected: [
      'ARN_PLACEHOLDER @ Statement[0].Resource',
      'ARN_PLACEHOLDER @ Statement[0].Resource',
      'ARN_PLACEHOLDER @ Statement[0].Resource',
    ],
  },
  {
    name: 'the sesv2 prefix, which IAM does not have (d)',
    text: policy(allow('sesv2:SendEmail', IDENTITY)),
    expected: ['SERVICE_UNKNOWN @ Statement[0].Action'],
  },
  {
    name: 'an address condition on ses:SendBulkEmail, which never supplies it (e)',
    text: policy(
      allow('ses:SendBulkEmail', [IDENTITY, TEMPLATE], {
        Condition: { StringEquals: { 'ses:FromAddress': 'news@example.com' } },
      }),
    ),
    expected: ['CONDITION_NEVER_MATCHES @ Statement[0].Condition.StringEquals.ses:FromAddress'],
  },
  {
    name: 'the same condition on a bulk statement that also holds SendBulkTemplatedEmail',
    text: policy(
      allow(['ses:SendBulkEmail', 'ses:SendBulkTemplatedEmail'], [IDENTITY, TEMPLATE], {
        Condition: { StringEquals: { 'ses:FromAddress': 'news@example.com' } },
      }),
    ),
    expected: [
      'CONDITION_NEVER_MATCHES_SOME @ Statement[0].Condition.StringEquals.ses:FromAddress',
    ],
  },
  {
    name: 'ses:* on every resource (f)',
    text: policy(allow('ses:*', '*')),
    expected: [
      'ALLOW_RESOURCE_STAR @ Statement[0].Resource',
      'ALLOW_SERVICE_WILDCARD @ Statement[0].Action',
    ],
  },
  {
    name: 'every action on every resource',
    text: policy(allow('*', '*')),
    expected: [
      'ALLOW_ALL_ACTIONS @ Statement[0].Action',
      'ALLOW_RESOURCE_STAR @ Statement[0].Resource',
    ],
  },
  {
    name: 'a regular expression in a StringLike address (g)',
    text: policy(
      allow('ses:SendRawEmail', IDENTITY, {
        Condition: { StringLike: { 'ses:FromAddress': 'invoicing+.*@example.com' } },
      }),
    ),
    expected: ['GLOB_REGEX_SYNTAX @ Statement[0].Condition.StringLike.ses:FromAddress'],
  },
  {
    name: 'ses:Recipients without a set qualifier',
    text: policy(
      allow('ses:SendRawEmail', IDENTITY, {
        Condition: { StringLike: { 'ses:Recipients': '*@example.com' } },
      }),
    ),
    expected: [
      'CONDITION_MULTIVALUE_NO_QUALIFIER @ Statement[0].Condition.StringLike.ses:Recipients',
    ],
  },
  {
    name: 'a set qualifier on the single-valued ses:FromAddress',
    text: policy(
      allow('ses:SendRawEmail', IDENTITY, {
        Condition: { 'ForAnyValue:StringEquals': { 'ses:FromAddress': 'a@example.com' } },
      }),
    ),
    expected: [
      'CONDITION_SINGLEVALUE_QUALIFIER @ ' +
        'Statement[0].Condition.ForAnyValue:StringEquals.ses:FromAddress',
    ],
  },
  {
    name: 'ses:ApiVersion compared with the API date',
    text: policy(
      allow('ses:SendEmail', IDENTITY, {
        Condition: { StringEquals: { 'ses:ApiVersion': '2019-09-27' } },
      }),
    ),
    expected: ['SES_API_VERSION_INVALID @ Statement[0].Condition.StringEquals.ses:ApiVersion'],
  },
  {
    name: 'operator and value of different types',
    text: policy(
      allow('ses:SendEmail', IDENTITY, {
        Condition: {
          Bool: { 'aws:SecureTransport': 'yes' },
          IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '10.0.0.300'] },
          DateLessThan: { 'aws:CurrentTime': 'tomorrow' },
          NumericLessThan: { 'aws:MultiFactorAuthAge': 'an hour' },
        },
      }),
    ),
    expected: [
      'CONDITION_VALUE_MISMATCH @ Statement[0].Condition.Bool.aws:SecureTransport',
      'CONDITION_VALUE_MISMATCH @ Statement[0].Condition.DateLessThan.aws:CurrentTime',
      'CONDITION_VALUE_MISMATCH @ Statement[0].Condition.IpAddress.aws:SourceIp[1]',
      'CONDITION_VALUE_MISMATCH @ Statement[0].Condition.NumericLessThan.aws:MultiFactorAuthAge',
    ],
  },
  {
    name: 'a Null check with a value other than true or false, and an unknown operator',
    text: policy(
      allow('ses:SendRawEmail', IDENTITY, {
        Condition: {
          Null: { 'ses:Recipients': 'no' },
          StringEqual: { 'ses:FromAddress': 'a@b.c' },
        },
      }),
    ),
    expected: [
      'CONDITION_OPERATOR_UNKNOWN @ Statement[0].Condition.StringEqual',
      'NULL_VALUE_INVALID @ Statement[0].Condition.Null.ses:Recipients',
    ],
  },
  {
    name: 'an operator in the wrong case',
    text: policy(
      allow('ses:SendRawEmail', IDENTITY, {
        Condition: { stringequals: { 'ses:FromAddress': 'a@example.com' } },
      }),
    ),
    expected: ['CONDITION_OPERATOR_UNKNOWN @ Statement[0].Condition.stringequals'],
  },
  {
    name: 'a misspelt SES action and a wildcard that matches nothing',
    text: policy(allow(['ses:SendRawEmails', 'ses:SendMail*'], IDENTITY)),
    expected: [
      'ACTION_UNKNOWN @ Statement[0].Action[0]',
      'ACTION_WILDCARD_NO_MATCH @ Statement[0].Action[1]',
    ],
  },
  {
    name: 'a template ARN as the only resource of ses:SendRawEmail',
    text: policy(allow('ses:SendRawEmail', TEMPLATE)),
    expected: [
      'ACTION_NO_MATCHING_RESOURCE @ Statement[0].Action',
      'RESOURCE_NOT_APPLICABLE @ Statement[0].Resource',
    ],
  },
  {
    name: 'an SNS topic next to SES send actions',
    text: policy(allow('ses:SendRawEmail', [IDENTITY, `arn:aws:sns:us-east-1:${ACCOUNT}:bounces`])),
    expected: ['RESOURCE_NOT_APPLICABLE @ Statement[0].Resource[1]'],
  },
  {
    name: 'malformed ARNs and an account that is not 12 digits',
    text: policy(
      allow('ses:SendRawEmail', [
        'identity/example.com',
        `arn:aws:ses:us-east-1:12345:identity/example.com`,
        `arn:aws:ses:us-east-1:${ACCOUNT}:domain/example.com`,
        `arn:aws:ses:useast1:${ACCOUNT}:identity/example.com`,
      ]),
    ),
    expected: [
      'ARN_ACCOUNT_INVALID @ Statement[0].Resource[1]',
      'ARN_MALFORMED @ Statement[0].Resource[0]',
      'ARN_REGION_INVALID @ Statement[0].Resource[3]',
      'ARN_RESOURCE_TYPE_UNKNOWN @ Statement[0].Resource[2]',
    ],
  },
  {
    name: 'an ARN with the example account and a ${Region} template variable',
    text: policy(
      allow('ses:SendRawEmail', 'arn:aws:ses:${Region}:123456789012:identity/example.com'),
    ),
    expected: [
      'ARN_EXAMPLE_ACCOUNT @ Statement[0].Resource',
      'ARN_PLACEHOLDER @ Statement[0].Resource',
    ],
  },
  {
    name: 'regular-expression syntax in a Resource',
    text: policy(
      allow('ses:SendRawEmail', `arn:aws:ses:us-east-1:${ACCOUNT}:identity/.*@example.com`),
    ),
    expected: ['GLOB_REGEX_SYNTAX @ Statement[0].Resource'],
  },
  {
    name: 'NotAction and NotResource in an Allow',
    text: policy({ Effect: 'Allow', NotAction: 'iam:*', NotResource: IDENTITY }),
    expected: [
      'ALLOW_NOT_ACTION @ Statement[0].NotAction',
      'ALLOW_NOT_RESOURCE @ Statement[0].NotResource',
    ],
  },
  {
    name: 'a grant of a service the checker does not judge',
    text: policy(allow('ec2:DescribeInstances', '*')),
    expected: ['ALLOW_OTHER_SERVICE @ Statement[0].Action'],
  },
  {
    name: 'a Principal in an identity policy',
    text: policy(allow('ses:SendRawEmail', IDENTITY, { Principal: { AWS: '*' } })),
    expected: ['PRINCIPAL_IN_IDENTITY_POLICY @ Statement[0].Principal'],
  },
  {
    name: 'statement elements missing, doubled, empty or unknown',
    text: policy(
      { Sid: 'Send-Mail', Effect: 'Allow', Action: [], Resources: IDENTITY },
      {
        Sid: 'A',
        Effect: 'Deny',
        Action: 'ses:SendEmail',
        NotAction: 'ses:SendRawEmail',
        Resource: [1],
      },
      { Sid: 'A', Action: 'send', Resource: IDENTITY },
    ),
    expected: [
      'ACTION_CONFLICT @ Statement[1].NotAction',
      'ACTION_FORMAT @ Statement[2].Action',
      'ARRAY_EMPTY @ Statement[0].Action',
      'EFFECT_MISSING @ Statement[2]',
      'RESOURCE_MISSING @ Statement[0]',
      'SID_DUPLICATE @ Statement[2].Sid',
      'SID_INVALID @ Statement[0].Sid',
      'STATEMENT_KEY_UNKNOWN @ Statement[0].Resources',
      'STRING_LIST_EXPECTED @ Statement[1].Resource[0]',
    ],
  },
  {
    name: 'Statement as a single object, with the old Version',
    text: JSON.stringify({ Version: '2008-10-17', Statement: allow('ses:SendRawEmail', IDENTITY) }),
    expected: ['VERSION_OLD @ Version'],
  },
  {
    name: 'no Version, an unknown top-level key and a date as Version',
    text: JSON.stringify({ Statement: [allow('ses:SendRawEmail', IDENTITY)], statement: [] }),
    expected: ['POLICY_KEY_UNKNOWN @ statement', 'VERSION_MISSING @ '],
  },
  {
    name: 'a Version that is not an IAM policy language date',
    text: JSON.stringify({
      Version: '2024-01-01',
      Statement: [allow('ses:SendRawEmail', IDENTITY)],
    }),
    expected: ['VERSION_INVALID @ Version'],
  },
  {
    name: 'a condition key SES does not define',
    text: policy(
      allow('ses:SendRawEmail', IDENTITY, {
        Condition: { StringEquals: { 'ses:TemplateName': 'welcome' } },
      }),
    ),
    expected: ['CONDITION_KEY_UNKNOWN @ Statement[0].Condition.StringEquals.ses:TemplateName'],
  },
  {
    name: 'ForAllValues on a key the action never supplies, in an Allow',
    text: policy(
      allow('ses:SendBulkEmail', [IDENTITY, TEMPLATE], {
        Condition: { 'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' } },
      }),
    ),
    expected: [
      'CONDITION_ALWAYS_TRUE @ Statement[0].Condition.ForAllValues:StringLike.ses:Recipients',
    ],
  },
  {
    name: 'curly quotes pasted from a document',
    text: '{"Version": "2012-10-17", "Statement": [{"Sid": \u201cSend\u201d}]}',
    expected: ['INVALID_CHARACTER @ ', 'INVALID_CHARACTER @ ', 'JSON_SYNTAX @ ', 'JSON_SYNTAX @ '],
  },
]

describe('lintPolicy', () => {
  it.each(cases)('returns the expected codes and paths for $name', ({ text, expected }) => {
    const found = codesAndPaths(text)

    expect(found).toEqual([...expected].sort())
  })

  it('returns findings sorted by offset, with line and column of the offset', () => {
    const text = policy({ Effect: 'allow', Action: 'sesv2:SendEmail', Resource: '*' })

    const { findings } = lintPolicy(text)

    expect(findings.map((f) => f.offset)).toEqual(
      [...findings.map((f) => f.offset)].sort((a, b) => a - b),
    )
    const effect = findings.find((f) => f.code === 'EFFECT_INVALID')
    expect(effect).toMatchObject({ line: 5, column: 17, value: 'allow', severity: 'error' })
    expect(text.slice(effect?.offset, (effect?.offset ?? 0) + (effect?.length ?? 0))).toBe(
      '"allow"',
    )
  })

  it('returns each placeholder of the blog ARN underlined on its own segment', () => {
    const text = policy(
      allow('ses:SendRawEmail', 'arn:aws:ses:region:account-id:identity/your-domain.com'),
    )

    const placeholders = lintPolicy(text).findings.filter((f) => f.code === 'ARN_PLACEHOLDER')

    const underlined = placeholders.map((f) => text.slice(f.offset, f.offset + f.length))
    expect(underlined).toEqual(['region', 'account-id', 'your-domain.com'])
    expect(placeholders.map((f) => f.value)).toEqual(underlined)
  })

  it('returns the parsed document when the text is valid JSON', () => {
    const text = policy(allow('ses:SendRawEmail', IDENTITY))

    const { document } = lintPolicy(text)

    expect(document).toEqual(JSON.parse(text))
  })
})
