/**
 * Hand-written cases for the evaluator: a policy, a request, the decision IAM documents, and the
 * JSON paths that explain it. The unit test checks our evaluator against them and the oracle
 * test checks iam-simulate against the same table.
 */
import type { Decision, EvalRequest } from './types'

export interface EvalCase {
  readonly name: string
  readonly policy: unknown
  readonly request: EvalRequest
  readonly decision: Decision
  /**
   * Allowed: the Allow statements that applied. ExplicitlyDenied: the Deny statements that
   * applied. ImplicitlyDenied: the failing condition keys of statements whose action and
   * resource matched.
   */
  readonly because: readonly string[]
  /** Why the oracle comparison skips this case, when it does. */
  readonly notForOracle?: string
}

const ACCOUNT = '111122223333'
const IDENTITY = `arn:aws:ses:us-east-1:${ACCOUNT}:identity/example.com`
const OTHER_IDENTITY = `arn:aws:ses:us-east-1:${ACCOUNT}:identity/example.org`
const CONFIG_SET = `arn:aws:ses:us-east-1:${ACCOUNT}:configuration-set/transactional`
const TEMPLATE = `arn:aws:ses:us-east-1:${ACCOUNT}:template/welcome`
const V = '2012-10-17'

function policy(...statements: readonly object[]): unknown {
  return { Version: V, Statement: statements }
}

function send(action: string, resource: string, context: EvalRequest['context'] = {}) {
  return { action, resource, context }
}

const sesCases: readonly EvalCase[] = [
  {
    name: 'allows SendRawEmail on the exact identity',
    policy: policy({ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }),
    request: send('ses:SendRawEmail', IDENTITY),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies implicitly a send from another identity',
    policy: policy({ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }),
    request: send('ses:SendRawEmail', OTHER_IDENTITY),
    decision: 'ImplicitlyDenied',
    because: [],
  },
  {
    name: 'denies SendBulkEmail, which has no ses:FromAddress, under StringEquals on it',
    policy: policy({
      Effect: 'Allow',
      Action: ['ses:SendBulkEmail', 'ses:SendBulkTemplatedEmail'],
      Resource: [IDENTITY, TEMPLATE],
      Condition: { StringEquals: { 'ses:FromAddress': 'noreply@example.com' } },
    }),
    request: send('ses:SendBulkEmail', IDENTITY),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.StringEquals.ses:FromAddress'],
  },
  {
    name: 'allows a matching From address under StringEquals',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
      Condition: { StringEquals: { 'ses:FromAddress': 'noreply@example.com' } },
    }),
    request: send('ses:SendRawEmail', IDENTITY, { 'ses:FromAddress': 'noreply@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'allows when ses:Recipients is absent under ForAllValues:StringLike',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendBulkEmail',
      Resource: IDENTITY,
      Condition: { 'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' } },
    }),
    request: send('ses:SendBulkEmail', IDENTITY),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies when ForAllValues is paired with Null false and ses:Recipients is absent',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendBulkEmail',
      Resource: IDENTITY,
      Condition: {
        'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' },
        Null: { 'ses:Recipients': 'false' },
      },
    }),
    request: send('ses:SendBulkEmail', IDENTITY),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.Null.ses:Recipients'],
  },
  {
    name: 'denies when one recipient is outside the domain under ForAllValues:StringLike',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { 'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' } },
    }),
    request: send('ses:SendEmail', IDENTITY, {
      'ses:Recipients': ['a@example.com', 'b@elsewhere.net'],
    }),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.ForAllValues:StringLike.ses:Recipients'],
  },
  {
    name: 'allows when every recipient is inside the domain under ForAllValues:StringLike',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { 'ForAllValues:StringLike': { 'ses:Recipients': '*@example.com' } },
    }),
    request: send('ses:SendEmail', IDENTITY, {
      'ses:Recipients': ['a@example.com', 'b@example.com'],
    }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies when ses:Recipients is absent under ForAnyValue:StringEquals',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { 'ForAnyValue:StringEquals': { 'ses:Recipients': 'ops@example.com' } },
    }),
    request: send('ses:SendEmail', IDENTITY),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.ForAnyValue:StringEquals.ses:Recipients'],
  },
  {
    name: 'allows when one recipient matches under ForAnyValue:StringEquals',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { 'ForAnyValue:StringEquals': { 'ses:Recipients': 'ops@example.com' } },
    }),
    request: send('ses:SendEmail', IDENTITY, {
      'ses:Recipients': ['someone@elsewhere.net', 'ops@example.com'],
    }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies a multivalued key tested without a set qualifier',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { StringLike: { 'ses:Recipients': '*@example.com' } },
    }),
    request: send('ses:SendEmail', IDENTITY, { 'ses:Recipients': ['a@example.com'] }),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.StringLike.ses:Recipients'],
  },
  {
    name: 'denies a regex-looking StringLike value, which is a glob',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
      Condition: { StringLike: { 'ses:FromAddress': 'invoicing+.*@example.com' } },
    }),
    request: send('ses:SendRawEmail', IDENTITY, { 'ses:FromAddress': 'invoicing+1@example.com' }),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.StringLike.ses:FromAddress'],
  },
  {
    name: 'allows the address that the regex-looking glob literally matches',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
      Condition: { StringLike: { 'ses:FromAddress': 'invoicing+.*@example.com' } },
    }),
    request: send('ses:SendRawEmail', IDENTITY, { 'ses:FromAddress': 'invoicing+.1@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'allows a plus-address under the glob meant by the regex',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
      Condition: { StringLike: { 'ses:FromAddress': 'invoicing+*@example.com' } },
    }),
    request: send('ses:SendRawEmail', IDENTITY, { 'ses:FromAddress': 'invoicing+1@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies explicitly when a Deny overrides a broad Allow',
    policy: policy(
      { Sid: 'SendAll', Effect: 'Allow', Action: 'ses:*', Resource: '*' },
      {
        Sid: 'OnlyOurDomain',
        Effect: 'Deny',
        Action: 'ses:Send*',
        Resource: '*',
        Condition: { StringNotLike: { 'ses:FromAddress': '*@example.com' } },
      },
    ),
    request: send('ses:SendEmail', IDENTITY, { 'ses:FromAddress': 'ceo@phish.example.net' }),
    decision: 'ExplicitlyDenied',
    because: ['Statement[1]'],
  },
  {
    name: 'allows when the Deny condition does not hold',
    policy: policy(
      { Effect: 'Allow', Action: 'ses:*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 'ses:Send*',
        Resource: '*',
        Condition: { StringNotLike: { 'ses:FromAddress': '*@example.com' } },
      },
    ),
    request: send('ses:SendEmail', IDENTITY, { 'ses:FromAddress': 'billing@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies explicitly when a negated Deny meets an absent key',
    policy: policy(
      { Effect: 'Allow', Action: 'ses:*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 'ses:Send*',
        Resource: '*',
        Condition: { StringNotLike: { 'ses:FromAddress': '*@example.com' } },
      },
    ),
    request: send('ses:SendBulkEmail', IDENTITY),
    decision: 'ExplicitlyDenied',
    because: ['Statement[1]'],
  },
  {
    name: 'allows what NotAction leaves out',
    policy: policy({ Effect: 'Allow', NotAction: ['ses:Delete*', 'iam:*'], Resource: '*' }),
    request: send('ses:SendEmail', IDENTITY),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies implicitly what NotAction names',
    policy: policy({ Effect: 'Allow', NotAction: ['ses:Delete*', 'iam:*'], Resource: '*' }),
    request: send('ses:DeleteIdentity', IDENTITY),
    decision: 'ImplicitlyDenied',
    because: [],
  },
  {
    name: 'denies explicitly every action a Deny NotAction does not name',
    policy: policy(
      { Effect: 'Allow', Action: 'ses:*', Resource: '*' },
      { Effect: 'Deny', NotAction: 'ses:Send*', Resource: '*' },
    ),
    request: send('ses:GetSendQuota', '*'),
    decision: 'ExplicitlyDenied',
    because: ['Statement[1]'],
  },
  {
    name: 'allows any region under a wildcard region segment',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: `arn:aws:ses:*:${ACCOUNT}:identity/*`,
    }),
    request: send('ses:SendEmail', `arn:aws:ses:eu-west-1:${ACCOUNT}:identity/example.com`),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies another account under a wildcard region segment',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: `arn:aws:ses:*:${ACCOUNT}:identity/*`,
    }),
    request: send('ses:SendEmail', 'arn:aws:ses:eu-west-1:444455556666:identity/example.com'),
    decision: 'ImplicitlyDenied',
    because: [],
  },
  {
    name: 'allows every SES resource under a short ARN ending in a wildcard',
    policy: policy({ Effect: 'Allow', Action: 'ses:SendEmail', Resource: 'arn:aws:ses:*' }),
    request: send('ses:SendEmail', CONFIG_SET),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'allows subdomains under a wildcard in the resource segment',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/*.example.com`,
    }),
    request: send('ses:SendRawEmail', `arn:aws:ses:us-east-1:${ACCOUNT}:identity/mail.example.com`),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies the configuration set when only the identity is granted',
    policy: policy({ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }),
    request: send('ses:SendRawEmail', CONFIG_SET),
    decision: 'ImplicitlyDenied',
    because: [],
  },
  {
    name: 'matches actions case-insensitively',
    policy: policy({ Effect: 'Allow', Action: 'SES:sendrawemail', Resource: IDENTITY }),
    request: send('ses:SendRawEmail', IDENTITY),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'matches resources case-sensitively',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: `arn:aws:ses:us-east-1:${ACCOUNT}:identity/Example.com`,
    }),
    request: send('ses:SendRawEmail', IDENTITY),
    decision: 'ImplicitlyDenied',
    because: [],
  },
  {
    name: 'reads a single statement object',
    policy: {
      Version: V,
      Statement: {
        Effect: 'Allow',
        Action: 'ses:SendEmail',
        Resource: IDENTITY,
        Condition: { StringEquals: { 'ses:ApiVersion': '2' } },
      },
    },
    request: send('ses:SendEmail', IDENTITY, { 'ses:ApiVersion': '1' }),
    decision: 'ImplicitlyDenied',
    because: ['Statement.Condition.StringEquals.ses:ApiVersion'],
  },
  {
    name: 'compares a bare number in a policy as a string',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { StringEquals: { 'ses:ApiVersion': 2 } },
    }),
    request: send('ses:SendEmail', IDENTITY, { 'ses:ApiVersion': '2' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'denies the API date written where ses:ApiVersion expects 2',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { StringEquals: { 'ses:ApiVersion': '2019-09-27' } },
    }),
    request: send('ses:SendEmail', IDENTITY, { 'ses:ApiVersion': '2' }),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.StringEquals.ses:ApiVersion'],
  },
  {
    name: 'matches condition key names case-insensitively',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { StringEquals: { 'SES:FROMADDRESS': 'noreply@example.com' } },
    }),
    request: send('ses:SendEmail', IDENTITY, { 'ses:fromaddress': 'noreply@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'ORs the values of one key',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { StringEquals: { 'ses:FromAddress': ['a@example.com', 'b@example.com'] } },
    }),
    request: send('ses:SendEmail', IDENTITY, { 'ses:FromAddress': 'b@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
  {
    name: 'ANDs the keys of one operator',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: {
        StringEquals: { 'ses:FromAddress': 'a@example.com', 'ses:FromDisplayName': 'Billing' },
      },
    }),
    request: send('ses:SendEmail', IDENTITY, {
      'ses:FromAddress': 'a@example.com',
      'ses:FromDisplayName': 'Marketing',
    }),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.StringEquals.ses:FromDisplayName'],
  },
  {
    name: 'ANDs the operators of one statement',
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: {
        StringEquals: { 'ses:FromAddress': 'a@example.com' },
        StringLike: { 'ses:FeedbackAddress': 'bounces@*' },
      },
    }),
    request: send('ses:SendEmail', IDENTITY, {
      'ses:FromAddress': 'a@example.com',
      'ses:FeedbackAddress': 'returns@example.com',
    }),
    decision: 'ImplicitlyDenied',
    because: ['Statement[0].Condition.StringLike.ses:FeedbackAddress'],
  },
  {
    name: 'NORs the values of a negated operator',
    policy: policy(
      { Effect: 'Allow', Action: 'ses:*', Resource: '*' },
      {
        Effect: 'Deny',
        Action: 'ses:SendEmail',
        Resource: '*',
        Condition: { StringNotEquals: { 'ses:FromAddress': ['a@example.com', 'b@example.com'] } },
      },
    ),
    request: send('ses:SendEmail', IDENTITY, { 'ses:FromAddress': 'a@example.com' }),
    decision: 'Allowed',
    because: ['Statement[0]'],
  },
]

export const EVAL_CASES: readonly EvalCase[] = [...sesCases]
