/**
 * Pasted policies from real reports (details replaced), each with the configuration it was meant
 * for and what the checker must find: finding codes at paths, and missing and unneeded grants.
 */
import type { Config } from '../config/types'

export interface CheckCase {
  readonly name: string
  readonly config: Partial<Config>
  /** Policy text as pasted; objects are pretty-printed first. */
  readonly policy: string | object
  /** Every finding, as `CODE @ path`, in any order. */
  readonly findings: readonly string[]
  readonly missing: readonly string[]
  readonly unneeded?: readonly string[]
}

const ID = 'arn:aws:ses:us-east-1:111122223333:identity/example.com'
const TEMPLATE = 'arn:aws:ses:us-east-1:111122223333:template/welcome'
const BASE: Partial<Config> = {
  identities: ['example.com'],
  regions: ['us-east-1'],
  account: '111122223333',
}
const TEMPLATES: Partial<Config> = { ...BASE, features: ['templates'], templates: ['welcome'] }

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements })

export const CHECK_CASES: readonly CheckCase[] = [
  {
    name: 'a scoped policy checked without account or region: both read from the policy',
    config: { features: ['send'] },
    policy: policy({ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: ID }),
    findings: ['ARN_EXAMPLE_ACCOUNT @ Statement[0].Resource'],
    missing: [],
    unneeded: [],
  },
  {
    name: 'text nested far deeper than a policy',
    config: BASE,
    policy: `${'['.repeat(1000)}${']'.repeat(1000)}`,
    findings: ['JSON_TOO_DEEP @ '],
    missing: [],
  },
  {
    name: 'anymail send with a policy of ses:SendEmail and ses:SendBulkEmail on * (anymail#384)',
    config: { ...BASE, features: ['send'] },
    policy: policy({
      Effect: 'Allow',
      Action: ['ses:SendEmail', 'ses:SendBulkEmail'],
      Resource: '*',
    }),
    findings: [
      'MISSING_PERMISSION @ Statement',
      'UNNEEDED_ACTION @ Statement[0].Action[0]',
      'UNNEEDED_ACTION @ Statement[0].Action[1]',
      'ALLOW_RESOURCE_STAR @ Statement[0].Resource',
    ],
    missing: [`ses:SendRawEmail ${ID}`],
    unneeded: ['ses:SendEmail *', 'ses:SendBulkEmail *'],
  },
  {
    name: 'anymail templates with only ses:SendBulkEmail',
    config: TEMPLATES,
    policy: policy({ Effect: 'Allow', Action: 'ses:SendBulkEmail', Resource: [ID, TEMPLATE] }),
    findings: ['MISSING_PERMISSION @ Statement'],
    missing: [`ses:SendBulkTemplatedEmail ${ID}`, `ses:SendBulkTemplatedEmail ${TEMPLATE}`],
    unneeded: [],
  },
  {
    name: 'a blog policy with region, account-id and your-domain.com left in',
    config: BASE,
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: 'arn:aws:ses:region:account-id:identity/your-domain.com',
    }),
    findings: [
      'ARN_PLACEHOLDER @ Statement[0].Resource',
      'ARN_PLACEHOLDER @ Statement[0].Resource',
      'ARN_PLACEHOLDER @ Statement[0].Resource',
      'MISSING_PERMISSION @ Statement[0].Resource',
      'UNNEEDED_RESOURCE @ Statement[0].Resource',
    ],
    missing: [`ses:SendRawEmail ${ID}`],
  },
  {
    name: 'Effect written "allow"',
    config: BASE,
    policy: policy({ Effect: 'allow', Action: 'ses:SendRawEmail', Resource: ID }),
    findings: ['EFFECT_INVALID @ Statement[0].Effect', 'MISSING_PERMISSION @ Statement'],
    missing: [`ses:SendRawEmail ${ID}`],
  },
  {
    name: 'a trailing comma after the last statement',
    config: BASE,
    policy: `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "ses:SendRawEmail", "Resource": "${ID}" },
  ]
}`,
    findings: ['JSON_TRAILING_COMMA @ '],
    missing: [],
  },
  {
    name: 'ses:SendBulkEmail under a ses:FromAddress condition',
    config: TEMPLATES,
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendBulkEmail',
      Resource: [ID, TEMPLATE],
      Condition: { StringEquals: { 'ses:FromAddress': 'noreply@example.com' } },
    }),
    findings: [
      'CONDITION_NEVER_MATCHES @ Statement[0].Condition.StringEquals.ses:FromAddress',
      'MISSING_PERMISSION @ Statement[0].Condition.StringEquals.ses:FromAddress',
      'MISSING_PERMISSION @ Statement',
    ],
    missing: [
      `ses:SendBulkEmail ${ID}`,
      `ses:SendBulkEmail ${TEMPLATE}`,
      `ses:SendBulkTemplatedEmail ${ID}`,
      `ses:SendBulkTemplatedEmail ${TEMPLATE}`,
    ],
  },
  {
    name: 'the generated policy for the real case',
    config: { ...TEMPLATES, features: ['send', 'templates'] },
    policy: policy(
      {
        Sid: 'AllowSesSendRawEmail',
        Effect: 'Allow',
        Action: ['ses:SendRawEmail'],
        Resource: [ID],
      },
      {
        Sid: 'AllowSesSendBulkEmailSendBulkTemplatedEmail',
        Effect: 'Allow',
        Action: ['ses:SendBulkEmail', 'ses:SendBulkTemplatedEmail'],
        Resource: [ID, TEMPLATE],
      },
    ),
    findings: [],
    missing: [],
    unneeded: [],
  },
  {
    name: 'ses:* on * for the real case',
    config: { ...TEMPLATES, features: ['send', 'templates'] },
    policy: policy({ Effect: 'Allow', Action: 'ses:*', Resource: '*' }),
    findings: [
      'ALLOW_SERVICE_WILDCARD @ Statement[0].Action',
      'ALLOW_RESOURCE_STAR @ Statement[0].Resource',
    ],
    missing: [],
    unneeded: ['ses:* *'],
  },
  {
    name: 'ses:Send* on the identity, which also grants SendBounce and others',
    config: BASE,
    policy: policy({ Effect: 'Allow', Action: 'ses:Send*', Resource: ID }),
    findings: ['UNNEEDED_WILDCARD @ Statement[0].Action'],
    missing: [],
    unneeded: [`ses:Send* ${ID}`],
  },
  {
    name: 'sesv2:SendEmail, an action prefix that does not exist (aws-cdk#30745)',
    config: BASE,
    policy: policy({ Effect: 'Allow', Action: 'sesv2:SendEmail', Resource: ID }),
    findings: ['SERVICE_UNKNOWN @ Statement[0].Action', 'MISSING_PERMISSION @ Statement'],
    missing: [`ses:SendRawEmail ${ID}`],
  },
  {
    name: 'a Deny on SendRawEmail outside business hours',
    config: BASE,
    policy: policy(
      { Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: ID },
      { Effect: 'Deny', Action: 'ses:Send*', Resource: '*' },
    ),
    findings: ['MISSING_PERMISSION_DENIED @ Statement[1]'],
    missing: [`ses:SendRawEmail ${ID}`],
  },
  {
    name: 'a From condition the configuration does not state',
    config: { ...BASE, features: ['send'] },
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: ID,
      Condition: { StringEquals: { 'ses:FromAddress': 'billing@example.com' } },
    }),
    findings: ['CONDITION_UNVERIFIED @ Statement[0].Condition.StringEquals.ses:FromAddress'],
    missing: [],
  },
  {
    name: 'a From condition the configuration contradicts',
    config: { ...BASE, features: ['send'], fromAddresses: ['noreply@example.com'] },
    policy: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: ID,
      Condition: { StringEquals: { 'ses:FromAddress': 'billing@example.com' } },
    }),
    findings: ['MISSING_PERMISSION @ Statement[0].Condition.StringEquals.ses:FromAddress'],
    missing: [`ses:SendRawEmail ${ID}`],
  },
  {
    name: 'the sandbox, with the recipient identities missing',
    config: { ...BASE, sandbox: true, recipients: ['qa@example.org'] },
    policy: policy({ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: ID }),
    findings: ['MISSING_PERMISSION @ Statement[0].Resource'],
    missing: ['ses:SendRawEmail arn:aws:ses:us-east-1:111122223333:identity/qa@example.org'],
  },
  {
    name: 'a default configuration set the policy forgets (aws-cdk#34402)',
    config: { ...BASE, configurationSets: ['default-set'] },
    policy: policy({
      Effect: 'Allow',
      Action: ['ses:SendEmail', 'ses:SendRawEmail'],
      Resource: ID,
    }),
    findings: [
      'MISSING_PERMISSION @ Statement[0].Resource',
      'UNNEEDED_ACTION @ Statement[0].Action[0]',
    ],
    missing: ['ses:SendRawEmail arn:aws:ses:us-east-1:111122223333:configuration-set/default-set'],
  },
  {
    name: 'S3 inbound and SNS confirmation granted, with an extra bucket',
    config: {
      ...BASE,
      features: ['send', 'sns-confirm', 's3-inbound'],
      snsTopics: ['arn:aws:sns:us-east-1:111122223333:ses-events'],
      s3Bucket: 'inbound-mail',
    },
    policy: policy(
      { Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: ID },
      {
        Effect: 'Allow',
        Action: 'sns:ConfirmSubscription',
        Resource: 'arn:aws:sns:us-east-1:111122223333:ses-events',
      },
      {
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: ['arn:aws:s3:::inbound-mail/*', 'arn:aws:s3:::old-bucket/*'],
      },
    ),
    findings: ['UNNEEDED_RESOURCE @ Statement[2].Resource[1]'],
    missing: [],
    unneeded: ['s3:GetObject arn:aws:s3:::old-bucket/*'],
  },
]
