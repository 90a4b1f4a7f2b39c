/**
 * Cases for condition operators, policy variables and malformed statements. Each puts one
 * Condition on an Allow (or a Deny beside a broad Allow) so the decision turns on that alone.
 */
import type { EvalCase } from './evaluate.cases'
import type { EvalRequest } from './types'

const ACCOUNT = '111122223333'
const IDENTITY = `arn:aws:ses:us-east-1:${ACCOUNT}:identity/example.com`
const NOW = '2026-12-01T12:00:00Z'

/** An Allow of ses:SendEmail on the identity, granted only if the condition holds. */
function allowIf(condition: object): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'ses:SendEmail', Resource: IDENTITY, Condition: condition },
    ],
  }
}

/** A broad Allow with a Deny of sending when the condition holds. */
function denyIf(condition: object): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'ses:*', Resource: '*' },
      { Effect: 'Deny', Action: 'ses:Send*', Resource: '*', Condition: condition },
    ],
  }
}

function sendEmail(context: EvalRequest['context'], resource = IDENTITY): EvalRequest {
  return { action: 'ses:SendEmail', resource, context }
}

const ALLOWED = { decision: 'Allowed', because: ['Statement[0]'] } as const
const DENIED = { decision: 'ExplicitlyDenied', because: ['Statement[1]'] } as const

function failed(operator: string, key: string) {
  return {
    decision: 'ImplicitlyDenied',
    because: [`Statement[0].Condition.${operator}.${key}`],
  } as const
}

const operatorCases: readonly EvalCase[] = [
  {
    name: 'allows before a DateLessThan deadline',
    policy: allowIf({ DateLessThan: { 'aws:CurrentTime': '2030-01-01T00:00:00Z' } }),
    request: sendEmail({ 'aws:CurrentTime': NOW }),
    ...ALLOWED,
  },
  {
    name: 'denies after a DateLessThan deadline',
    policy: allowIf({ DateLessThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' } }),
    request: sendEmail({ 'aws:CurrentTime': NOW }),
    ...failed('DateLessThan', 'aws:CurrentTime'),
  },
  {
    name: 'compares an epoch policy date with an ISO request date',
    policy: allowIf({ DateGreaterThan: { 'aws:CurrentTime': '1767225600' } }),
    request: sendEmail({ 'aws:CurrentTime': NOW }),
    ...ALLOWED,
  },
  {
    name: 'compares an ISO policy date with an epoch request value',
    policy: allowIf({ DateLessThanEquals: { 'aws:EpochTime': '2026-12-01T12:00:00Z' } }),
    request: sendEmail({ 'aws:EpochTime': '1796126400' }),
    ...ALLOWED,
  },
  {
    name: 'denies under NumericLessThan when the number is too big',
    policy: allowIf({ NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } }),
    request: sendEmail({ 'aws:MultiFactorAuthAge': '7200' }),
    ...failed('NumericLessThan', 'aws:MultiFactorAuthAge'),
  },
  {
    name: 'allows under NumericGreaterThanEquals at the bound',
    policy: allowIf({ NumericGreaterThanEquals: { 'aws:MultiFactorAuthAge': 60 } }),
    request: sendEmail({ 'aws:MultiFactorAuthAge': '60' }),
    ...ALLOWED,
  },
  {
    name: 'allows an address inside an IpAddress range',
    policy: allowIf({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }),
    request: sendEmail({ 'aws:SourceIp': '203.0.113.77' }),
    ...ALLOWED,
  },
  {
    name: 'allows an IPv6 address inside an IpAddress range',
    policy: allowIf({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }),
    request: sendEmail({ 'aws:SourceIp': '2001:db8:1::5' }),
    ...ALLOWED,
  },
  {
    name: 'denies an address outside an IpAddress range',
    policy: allowIf({ IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }),
    request: sendEmail({ 'aws:SourceIp': '198.51.100.1' }),
    ...failed('IpAddress', 'aws:SourceIp'),
  },
  {
    name: 'denies explicitly outside the office under NotIpAddress',
    policy: denyIf({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }),
    request: sendEmail({ 'aws:SourceIp': '198.51.100.1' }),
    ...DENIED,
  },
  {
    name: 'denies explicitly under NotIpAddress when the source IP is absent',
    policy: denyIf({ NotIpAddress: { 'aws:SourceIp': '192.0.2.0/24' } }),
    request: sendEmail({}),
    ...DENIED,
  },
  {
    name: 'denies explicitly without TLS under Bool',
    policy: denyIf({ Bool: { 'aws:SecureTransport': 'false' } }),
    request: sendEmail({ 'aws:SecureTransport': 'false' }),
    ...DENIED,
  },
  {
    name: 'allows under BoolIfExists when the key is absent',
    policy: allowIf({ BoolIfExists: { 'aws:SecureTransport': true } }),
    request: sendEmail({}),
    ...ALLOWED,
  },
  {
    name: 'denies under StringEqualsIfExists when the key is present and differs',
    policy: allowIf({ StringEqualsIfExists: { 'ses:FromAddress': 'a@example.com' } }),
    request: sendEmail({ 'ses:FromAddress': 'z@example.com' }),
    ...failed('StringEqualsIfExists', 'ses:FromAddress'),
  },
  {
    name: 'allows under StringEqualsIgnoreCase whatever the case',
    policy: allowIf({ StringEqualsIgnoreCase: { 'ses:FromAddress': 'Sales@Example.com' } }),
    request: sendEmail({ 'ses:FromAddress': 'sales@example.COM' }),
    ...ALLOWED,
  },
  {
    name: 'denies explicitly under StringNotEqualsIgnoreCase for another address',
    policy: denyIf({ StringNotEqualsIgnoreCase: { 'ses:FromAddress': 'Sales@Example.com' } }),
    request: sendEmail({ 'ses:FromAddress': 'info@example.com' }),
    ...DENIED,
  },
  {
    name: 'allows a role matched by ArnLike',
    policy: allowIf({ ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/mailer-*` } }),
    request: sendEmail({ 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/mailer-prod` }),
    ...ALLOWED,
  },
  {
    name: 'denies a role of another account under ArnEquals with a wildcard',
    policy: allowIf({ ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/*` } }),
    request: sendEmail({ 'aws:PrincipalArn': 'arn:aws:iam::444455556666:role/mailer' }),
    ...failed('ArnEquals', 'aws:PrincipalArn'),
  },
  {
    name: 'denies explicitly other roles under ArnNotLike',
    policy: denyIf({ ArnNotLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/mailer` } }),
    request: sendEmail({ 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/intruder` }),
    ...DENIED,
  },
  {
    name: 'allows under Null true when the key is absent',
    policy: allowIf({ Null: { 'aws:TokenIssueTime': 'true' } }),
    request: sendEmail({}),
    ...ALLOWED,
  },
  {
    name: 'denies under Null true when the key is present',
    policy: allowIf({ Null: { 'aws:TokenIssueTime': 'true' } }),
    request: sendEmail({ 'aws:TokenIssueTime': NOW }),
    ...failed('Null', 'aws:TokenIssueTime'),
  },
  {
    name: 'allows equal base64 under BinaryEquals',
    policy: allowIf({ BinaryEquals: { 'aws:RequestTag/blob': 'QmluYXJ5VmFsdWU=' } }),
    request: sendEmail({ 'aws:RequestTag/blob': 'QmluYXJ5VmFsdWU=' }),
    ...ALLOWED,
  },
  {
    name: 'denies explicitly when any recipient is outside under ForAnyValue:StringNotLike',
    policy: denyIf({ 'ForAnyValue:StringNotLike': { 'ses:Recipients': '*@example.com' } }),
    request: sendEmail({ 'ses:Recipients': ['a@example.com', 'b@elsewhere.net'] }),
    ...DENIED,
  },
  {
    name: 'allows when all recipients pass ForAllValues:StringNotLike',
    policy: allowIf({ 'ForAllValues:StringNotLike': { 'ses:Recipients': '*@blocked.example' } }),
    request: sendEmail({ 'ses:Recipients': ['a@example.com', 'b@elsewhere.net'] }),
    ...ALLOWED,
  },
  {
    name: 'ignores a Deny whose negated operator meets a multivalued key with no qualifier',
    policy: denyIf({ StringNotLike: { 'ses:Recipients': '*@example.com' } }),
    request: sendEmail({ 'ses:Recipients': ['x@elsewhere.net'] }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'ignores a Deny whose negated condition has an unresolvable variable',
    policy: denyIf({ StringNotEquals: { 'ses:FromAddress': '${aws:username}@example.com' } }),
    request: sendEmail({ 'ses:FromAddress': 'mallory@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies under ForAnyValue even with IfExists when the key is absent',
    policy: allowIf({ 'ForAnyValue:StringEqualsIfExists': { 'ses:Recipients': 'a@example.com' } }),
    request: sendEmail({}),
    ...failed('ForAnyValue:StringEqualsIfExists', 'ses:Recipients'),
  },
  {
    name: 'allows an empty recipient list under ForAllValues, as if absent',
    policy: allowIf({ 'ForAllValues:StringEquals': { 'ses:Recipients': 'a@example.com' } }),
    request: sendEmail({ 'ses:Recipients': [] }),
    ...ALLOWED,
  },
  {
    name: 'matches one character with ? in a Resource',
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'ses:SendEmail',
          Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/example.co?`,
        },
      ],
    },
    request: sendEmail({}),
    ...ALLOWED,
  },
  {
    name: 'fails an unknown operator as unsupported',
    policy: allowIf({ StringEqualz: { 'ses:FromAddress': 'a@example.com' } }),
    request: sendEmail({ 'ses:FromAddress': 'a@example.com' }),
    ...failed('StringEqualz', 'ses:FromAddress'),
    notForOracle: 'iam-simulate throws on an operator it does not know',
  },
]

const variableCases: readonly EvalCase[] = [
  {
    name: 'fills ${aws:username} into a Resource',
    policy: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/\${aws:username}@example.com`,
      },
    },
    request: sendEmail(
      { 'aws:username': 'alice' },
      `arn:aws:ses:us-east-1:${ACCOUNT}:identity/alice@example.com`,
    ),
    decision: 'Allowed',
    because: ['Statement'],
  },
  {
    name: 'denies when the variable of a Resource is absent',
    policy: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/\${aws:username}@example.com`,
      },
    },
    request: sendEmail({}, `arn:aws:ses:us-east-1:${ACCOUNT}:identity/alice@example.com`),
    decision: 'ImplicitlyDenied',
    because: [],
  },
  {
    name: 'uses the default of a variable when its key is absent',
    policy: {
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/\${aws:username, 'shared'}@example.com`,
      },
    },
    request: sendEmail({}, `arn:aws:ses:us-east-1:${ACCOUNT}:identity/shared@example.com`),
    decision: 'Allowed',
    because: ['Statement'],
  },
  {
    name: 'keeps ${...} literal in a policy without Version 2012-10-17',
    policy: {
      Version: '2008-10-17',
      Statement: {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/\${aws:username}@example.com`,
      },
    },
    request: sendEmail(
      { 'aws:username': 'alice' },
      `arn:aws:ses:us-east-1:${ACCOUNT}:identity/alice@example.com`,
    ),
    decision: 'ImplicitlyDenied',
    because: [],
    notForOracle:
      'iam-simulate fills variables whatever the Version; the IAM User Guide (policy variables) ' +
      'says that without Version 2012-10-17 they are literal strings',
  },
  {
    name: 'fills a variable into a StringEquals value',
    policy: allowIf({ StringEquals: { 'ses:FromAddress': '${aws:username}@example.com' } }),
    request: sendEmail({ 'aws:username': 'bob', 'ses:FromAddress': 'bob@example.com' }),
    ...ALLOWED,
  },
  {
    name: 'denies when the variable of a condition value names someone else',
    policy: allowIf({ StringLike: { 'ses:FromAddress': '${aws:username}+*@example.com' } }),
    request: sendEmail({ 'aws:username': 'bob', 'ses:FromAddress': 'alice+1@example.com' }),
    ...failed('StringLike', 'ses:FromAddress'),
  },
  {
    name: 'reads ${*} as a literal asterisk under StringLike',
    policy: allowIf({ StringLike: { 'ses:FromDisplayName': 'Deals ${*}*' } }),
    request: sendEmail({ 'ses:FromDisplayName': 'Deals *today*' }),
    ...ALLOWED,
  },
  {
    name: 'denies a name without the literal asterisk that ${*} asks for',
    policy: allowIf({ StringLike: { 'ses:FromDisplayName': 'Deals ${*}*' } }),
    request: sendEmail({ 'ses:FromDisplayName': 'Deals today' }),
    ...failed('StringLike', 'ses:FromDisplayName'),
  },
  {
    name: 'reads ${?} and ${$} as literal characters',
    policy: allowIf({ StringEquals: { 'ses:FromDisplayName': 'Why${?} ${$}5' } }),
    request: sendEmail({ 'ses:FromDisplayName': 'Why? $5' }),
    ...ALLOWED,
    notForOracle:
      'iam-simulate keeps ${?} and ${$} as literal text under operators without wildcards; ' +
      'the IAM User Guide says these escapes work in any string that takes policy variables',
  },
]

const malformedCases: readonly EvalCase[] = [
  {
    name: 'never applies a statement whose Effect is not Allow or Deny',
    policy: { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: '*', Resource: '*' }] },
    request: sendEmail({}),
    decision: 'ImplicitlyDenied',
    because: [],
    notForOracle: 'iam-simulate needs a valid policy; this one is rejected by IAM',
  },
  {
    name: 'never applies a statement without a Resource',
    policy: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ses:SendEmail' }] },
    request: sendEmail({}),
    decision: 'ImplicitlyDenied',
    because: [],
    notForOracle: 'iam-simulate needs a valid policy; this one is rejected by IAM',
  },
]

export const CONDITION_CASES: readonly EvalCase[] = [
  ...operatorCases,
  ...variableCases,
  ...malformedCases,
]
