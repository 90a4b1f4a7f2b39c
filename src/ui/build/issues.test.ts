import { describe, expect, it } from 'vitest'
import type { InputIssue } from '../../core'
import { groupIssues } from './issues'

describe('groupIssues', () => {
  const issues: InputIssue[] = [
    { field: 'account', value: '1234', message: 'An AWS account ID is 12 digits.' },
    { field: 'identities', index: 1, value: 'example', message: 'Not a domain or address.' },
    { field: 'identities', index: 3, value: 'a@', message: 'Not a domain or address.' },
  ]
  const cases = [
    { field: 'account', badIndexes: [], count: 1 },
    { field: 'identities', badIndexes: [1, 3], count: 2 },
    { field: 'regions', badIndexes: [], count: 0 },
  ] as const

  it.each(cases)('returns $count messages for $field when issues are grouped', (c) => {
    const issuesOf = groupIssues(issues)

    const grouped = issuesOf(c.field)

    expect([...grouped.badIndexes]).toEqual(c.badIndexes)
    expect(grouped.messages).toHaveLength(c.count)
  })
})
