import { describe, expect, it } from 'vitest'
import { actionAt } from './actionHover'

describe('actionAt', () => {
  const cases: {
    name: string
    line: string
    column: number
    expected: ReturnType<typeof actionAt>
  }[] = [
    {
      name: 'the pointer is inside an action string',
      line: '        "ses:SendRawEmail",',
      column: 15,
      expected: { action: 'ses:SendRawEmail', startColumn: 10, endColumn: 26 },
    },
    {
      name: 'the pointer is on the opening quote',
      line: '        "ses:SendBulkEmail"',
      column: 9,
      expected: { action: 'ses:SendBulkEmail', startColumn: 10, endColumn: 27 },
    },
    {
      name: 'the action has a wildcard',
      line: '      "Action": "ses:Send*",',
      column: 22,
      expected: { action: 'ses:Send*', startColumn: 18, endColumn: 27 },
    },
    {
      name: 'the pointer is on a key, not the action beside it',
      line: '      "Action": "ses:SendRawEmail",',
      column: 10,
      expected: undefined,
    },
    {
      name: 'the string is an ARN',
      line: '        "arn:aws:ses:us-east-1:111122223333:identity/example.com"',
      column: 20,
      expected: undefined,
    },
    {
      name: 'the pointer is outside any string',
      line: '        "ses:SendRawEmail",',
      column: 3,
      expected: undefined,
    },
  ]

  it.each(cases)('returns $expected.action when $name', ({ line, column, expected }) => {
    const found = actionAt(line, column)

    expect(found).toEqual(expected)
  })
})
