/**
 * Policies and requests crossed with each other for the oracle comparison: each policy is a
 * shape seen in real SES setups, each request a send that such an application makes. The
 * decisions are not written down; the oracle test compares two engines on every pair.
 */
import type { EvalRequest } from './types'

const ACCOUNT = '111122223333'
const REGION_ARN = `arn:aws:ses:us-east-1:${ACCOUNT}`
const V = '2012-10-17'

export interface NamedPolicy {
  readonly name: string
  readonly document: unknown
}

export interface NamedRequest {
  readonly name: string
  readonly request: EvalRequest
}

export const GENERATED_POLICIES: readonly NamedPolicy[] = [
  {
    name: 'raw send on identity and configuration set',
    document: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: 'ses:SendRawEmail',
          Resource: [`${REGION_ARN}:identity/example.com`, `${REGION_ARN}:configuration-set/*`],
        },
      ],
    },
  },
  {
    name: 'From address pinned with recipients in domain',
    document: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: ['ses:SendEmail', 'ses:SendRawEmail'],
          Resource: `${REGION_ARN}:identity/*`,
          Condition: {
            StringLike: { 'ses:FromAddress': ['noreply@example.com', 'billing+*@example.com'] },
            'ForAllValues:StringLike': { 'ses:Recipients': ['*@example.com', '*@example.org'] },
          },
        },
      ],
    },
  },
  {
    name: 'bulk split as anymail recommends',
    document: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: 'ses:SendBulkTemplatedEmail',
          Resource: [`${REGION_ARN}:identity/example.com`, `${REGION_ARN}:template/*`],
          Condition: { StringEquals: { 'ses:FromAddress': 'noreply@example.com' } },
        },
        {
          Effect: 'Allow',
          Action: 'ses:SendBulkEmail',
          Resource: [`${REGION_ARN}:identity/example.com`, `${REGION_ARN}:template/*`],
        },
      ],
    },
  },
  {
    name: 'broad allow with TLS and office deny',
    document: {
      Version: V,
      Statement: [
        { Effect: 'Allow', Action: 'ses:*', Resource: '*' },
        {
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
        },
        {
          Effect: 'Deny',
          Action: 'ses:Send*',
          Resource: '*',
          Condition: { NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '2001:db8::/48'] } },
        },
      ],
    },
  },
  {
    name: 'NotAction and NotResource guard',
    document: {
      Version: V,
      Statement: [
        { Effect: 'Allow', NotAction: ['ses:Delete*', 'ses:Update*'], Resource: '*' },
        {
          Effect: 'Deny',
          Action: 'ses:Send*',
          NotResource: [`${REGION_ARN}:identity/example.com`, `${REGION_ARN}:configuration-set/*`],
        },
      ],
    },
  },
  {
    name: 'per-user identity with a default',
    document: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: 'ses:Send*Email',
          Resource: `${REGION_ARN}:identity/\${aws:username, 'team'}@example.com`,
        },
        {
          Effect: 'Allow',
          Action: 'ses:SendEmail',
          Resource: `${REGION_ARN}:identity/example.com`,
          Condition: { StringEquals: { 'ses:FromAddress': '${aws:username}@example.com' } },
        },
      ],
    },
  },
  {
    name: 'API version and display name, time boxed',
    document: {
      Version: V,
      Statement: [
        {
          Effect: 'Allow',
          Action: 'ses:Send?mail',
          Resource: `arn:aws:ses:*:${ACCOUNT}:identity/example.com`,
          Condition: {
            StringEquals: { 'ses:ApiVersion': '2' },
            StringNotEqualsIgnoreCase: { 'ses:FromDisplayName': 'Administrator' },
            DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
          },
        },
      ],
    },
  },
  {
    name: 'recipients must avoid a blocked domain',
    document: {
      Version: V,
      Statement: [
        { Effect: 'Allow', Action: 'ses:SendEmail', Resource: `${REGION_ARN}:*` },
        {
          Effect: 'Deny',
          Action: 'ses:SendEmail',
          Resource: '*',
          Condition: { 'ForAnyValue:StringLike': { 'ses:Recipients': '*@blocked.example' } },
        },
      ],
    },
  },
]

function send(
  name: string,
  action: string,
  resource: string,
  context: EvalRequest['context'],
): NamedRequest {
  return { name, request: { action, resource, context } }
}

const IDENTITY = `${REGION_ARN}:identity/example.com`

export const GENERATED_REQUESTS: readonly NamedRequest[] = [
  send('v2 raw send from noreply', 'ses:SendRawEmail', IDENTITY, {
    'ses:FromAddress': 'noreply@example.com',
    'ses:Recipients': ['a@example.com'],
    'ses:ApiVersion': '2',
    'aws:SecureTransport': 'true',
    'aws:SourceIp': '192.0.2.10',
  }),
  send('simple send to a blocked recipient', 'ses:SendEmail', IDENTITY, {
    'ses:FromAddress': 'noreply@example.com',
    'ses:FromDisplayName': 'Example',
    'ses:Recipients': ['a@example.com', 'x@blocked.example'],
    'ses:ApiVersion': '2',
    'aws:CurrentTime': '2026-12-01T12:00:00Z',
    'aws:SourceIp': '2001:db8::1',
  }),
  send('simple send as alice from outside the office', 'ses:SendEmail', IDENTITY, {
    'aws:username': 'alice',
    'ses:FromAddress': 'alice@example.com',
    'ses:FromDisplayName': 'ADMINISTRATOR',
    'ses:Recipients': ['b@example.org'],
    'ses:ApiVersion': '2',
    'aws:CurrentTime': '2026-12-01T12:00:00Z',
    'aws:SourceIp': '198.51.100.7',
  }),
  send('raw send over plain HTTP', 'ses:SendRawEmail', `${REGION_ARN}:configuration-set/tx`, {
    'ses:FromAddress': 'billing+eu@example.com',
    'aws:SecureTransport': 'false',
  }),
  send('bulk send with template', 'ses:SendBulkEmail', `${REGION_ARN}:template/welcome`, {
    'ses:ApiVersion': '2',
    'aws:SourceIp': '192.0.2.99',
  }),
  send('bulk templated send on the identity', 'ses:SendBulkTemplatedEmail', IDENTITY, {
    'ses:FromAddress': 'noreply@example.com',
    'ses:Recipients': ['a@example.com', 'b@example.org'],
  }),
  send('personal identity of alice', 'ses:SendEmail', `${REGION_ARN}:identity/alice@example.com`, {
    'aws:username': 'alice',
    'ses:FromAddress': 'alice@example.com',
  }),
  send(
    'team identity without a user name',
    'ses:SendRawEmail',
    `${REGION_ARN}:identity/team@example.com`,
    {
      'ses:FromAddress': 'team@example.com',
    },
  ),
  send('identity deletion', 'ses:DeleteIdentity', IDENTITY, {}),
  send('quota read', 'ses:GetSendQuota', '*', { 'aws:SecureTransport': 'true' }),
]
