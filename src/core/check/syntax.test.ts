import { describe, expect, it } from 'vitest'
import { lintPolicy } from './lint'

interface SyntaxCase {
  readonly name: string
  readonly text: string
  readonly expected: readonly { code: string; path: string; line: number; column: number }[]
}

const trailingComma = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "ses:SendRawEmail",
      "Resource": "arn:aws:ses:us-east-1:210987654321:identity/example.com"
    },
  ]
}`

const comment = `{
  "Version": "2012-10-17",
  // lets the app send mail
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "ses:SendRawEmail",
      "Resource": "arn:aws:ses:us-east-1:210987654321:identity/example.com"
    }
  ]
}`

const missingComma = `{
  "Version": "2012-10-17"
  "Statement": []
}`

const cases: readonly SyntaxCase[] = [
  {
    name: 'a trailing comma after the last statement (b)',
    text: trailingComma,
    expected: [{ code: 'JSON_TRAILING_COMMA', path: '', line: 8, column: 6 }],
  },
  {
    name: 'a line comment',
    text: comment,
    expected: [{ code: 'JSON_COMMENT', path: '', line: 3, column: 3 }],
  },
  {
    name: 'a missing comma between elements',
    text: missingComma,
    expected: [
      { code: 'JSON_SYNTAX', path: '', line: 3, column: 3 },
      { code: 'ARRAY_EMPTY', path: 'Statement', line: 3, column: 16 },
    ],
  },
  {
    name: 'an empty text',
    text: '',
    expected: [{ code: 'JSON_SYNTAX', path: '', line: 1, column: 1 }],
  },
  {
    name: 'a policy cut off inside a statement',
    text: '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow"',
    expected: [{ code: 'JSON_SYNTAX', path: '', line: 3, column: 36 }],
  },
  {
    name: 'a duplicated key',
    text: '{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": []}',
    expected: [
      { code: 'JSON_DUPLICATE_KEY', path: '', line: 1, column: 27 },
      { code: 'ARRAY_EMPTY', path: 'Statement', line: 1, column: 65 },
    ],
  },
]

describe('lintPolicy', () => {
  it.each(cases)('returns located syntax findings for $name', ({ text, expected }) => {
    const { findings } = lintPolicy(text)

    const found = findings.map(({ code, path, line, column }) => ({ code, path, line, column }))
    expect(found).toEqual(expected)
  })

  it('returns the best-effort document when the text has a syntax error', () => {
    const { document } = lintPolicy(trailingComma)

    expect(document).toMatchObject({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] })
  })
})
