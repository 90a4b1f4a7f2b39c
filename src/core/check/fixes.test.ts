import { describe, expect, it } from 'vitest'
import { applyEdits } from './edits'
import { lintPolicy } from './lint'

const IDENTITY = 'arn:aws:ses:us-east-1:210987654321:identity/example.com'

const STATEMENT = `{"Effect": "Allow", "Action": "ses:SendRawEmail", "Resource": "${IDENTITY}"}`

function policy(statement: object, version = '2012-10-17'): string {
  return JSON.stringify({ Version: version, Statement: [statement] }, null, 2)
}

interface FixCase {
  readonly name: string
  readonly text: string
  readonly code: string
  /** The text the fixed region must read, to show the fix does what it says. */
  readonly fixed: string
}

const cases: readonly FixCase[] = [
  {
    name: 'Effect capitalisation',
    text: policy({ Effect: 'allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }),
    code: 'EFFECT_INVALID',
    fixed: '"Effect": "Allow"',
  },
  {
    name: 'the sesv2 prefix',
    text: policy({ Effect: 'Allow', Action: 'sesv2:SendEmail', Resource: IDENTITY }),
    code: 'SERVICE_UNKNOWN',
    fixed: '"Action": "ses:SendEmail"',
  },
  {
    name: 'a misspelt action',
    text: policy({ Effect: 'Allow', Action: 'ses:SendRawEmails', Resource: IDENTITY }),
    code: 'ACTION_UNKNOWN',
    fixed: '"Action": "ses:SendRawEmail"',
  },
  {
    name: 'a regex .* in a StringLike value (g)',
    text: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
      Condition: { StringLike: { 'ses:FromAddress': 'invoicing+.*@example.com' } },
    }),
    code: 'GLOB_REGEX_SYNTAX',
    fixed: '"ses:FromAddress": "invoicing+*@example.com"',
  },
  {
    name: 'the old Version',
    text: policy({ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }, '2008-10-17'),
    code: 'VERSION_OLD',
    fixed: '"Version": "2012-10-17"',
  },
  {
    name: 'a missing Version',
    text: JSON.stringify({
      Statement: [{ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }],
    }),
    code: 'VERSION_MISSING',
    fixed: '{"Version": "2012-10-17","Statement"',
  },
  {
    name: 'a missing Version in an indented policy',
    text: JSON.stringify(
      { Statement: [{ Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: IDENTITY }] },
      null,
      2,
    ),
    code: 'VERSION_MISSING',
    fixed: '{\n  "Version": "2012-10-17",\n  "Statement"',
  },
  {
    name: 'ses:ApiVersion compared with the API date',
    text: policy({
      Effect: 'Allow',
      Action: 'ses:SendEmail',
      Resource: IDENTITY,
      Condition: { StringEquals: { 'ses:ApiVersion': '2019-09-27' } },
    }),
    code: 'SES_API_VERSION_INVALID',
    fixed: '"ses:ApiVersion": "2"',
  },
  {
    name: 'a Sid with a space',
    text: policy({
      Sid: 'Send mail',
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
    }),
    code: 'SID_INVALID',
    fixed: '"Sid": "Sendmail"',
  },
  {
    name: 'a Principal in an identity policy',
    text: policy({
      Effect: 'Allow',
      Principal: '*',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
    }),
    code: 'PRINCIPAL_IN_IDENTITY_POLICY',
    fixed: '"Effect": "Allow",\n      "Action"',
  },
  {
    name: 'an element name in the wrong case',
    text: policy({ Effect: 'Allow', action: 'ses:SendRawEmail', Resource: IDENTITY }),
    code: 'STATEMENT_KEY_UNKNOWN',
    fixed: '"Action": "ses:SendRawEmail"',
  },
  {
    name: 'an operator in the wrong case',
    text: policy({
      Effect: 'Allow',
      Action: 'ses:SendRawEmail',
      Resource: IDENTITY,
      Condition: { stringLike: { 'ses:FromAddress': '*@example.com' } },
    }),
    code: 'CONDITION_OPERATOR_UNKNOWN',
    fixed: '"StringLike": {',
  },
  {
    name: 'a trailing comma',
    text: `{"Version": "2012-10-17", "Statement": [${STATEMENT},]}`,
    code: 'JSON_TRAILING_COMMA',
    fixed: '"}]}',
  },
  {
    name: 'a comment',
    text: `{"Version": "2012-10-17", /* mail */ "Statement": [${STATEMENT}]}`,
    code: 'JSON_COMMENT',
    fixed: '"2012-10-17",  "Statement"',
  },
]

describe('lintPolicy', () => {
  it.each(cases)('returns a fix that removes the finding for $name', ({ text, code, fixed }) => {
    const finding = lintPolicy(text).findings.find((f) => f.code === code)
    expect(finding?.fix).toBeDefined()

    const repaired = applyEdits(text, finding?.fix?.edits ?? [])
    const after = lintPolicy(repaired).findings

    expect(repaired).toContain(fixed)
    expect(after.map((f) => `${f.code} @ ${f.path}`)).not.toContain(`${code} @ ${finding?.path}`)
    expect(after.filter((f) => f.severity === 'error')).toEqual([])
  })
})
