import { describe, expect, it } from 'vitest'

import { compilePolicy } from './compile'
import { CONDITION_CASES } from './conditions.cases'
import { evaluate } from './evaluate'
import { EVAL_CASES } from './evaluate.cases'
import type { EvalResult } from './types'

/** The paths that explain a decision, as EvalCase.because describes them. */
function explainingPaths(result: EvalResult): string[] {
  if (result.decision === 'Allowed' || result.decision === 'ExplicitlyDenied') {
    const effect = result.decision === 'Allowed' ? 'Allow' : 'Deny'
    return result.statements
      .filter((statement) => statement.applies && statement.effect === effect)
      .map((statement) => statement.path)
  }
  return result.statements
    .filter((statement) => statement.actionMatches && statement.resourceMatches)
    .flatMap((statement) => statement.failures.map((failure) => failure.path))
}

describe('evaluate', () => {
  it.each([...EVAL_CASES, ...CONDITION_CASES].map((c) => [c.name, c] as const))(
    '%s',
    (_name, testCase) => {
      const policy = compilePolicy(testCase.policy)

      const result = evaluate(policy, testCase.request)

      expect(result.decision).toBe(testCase.decision)
      expect(explainingPaths(result)).toEqual(testCase.because)
    },
  )

  it('returns the failure reason, operator and key as written when a condition fails', () => {
    const policy = compilePolicy({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'ses:SendRawEmail', Resource: '*' },
        {
          Sid: 'Bulk',
          Effect: 'Allow',
          Action: 'ses:SendBulkEmail',
          Resource: '*',
          Condition: {
            StringEquals: { 'ses:FromAddress': 'a@example.com' },
            'ForAnyValue:StringLike': { 'ses:Recipients': '*@example.com' },
            StringEqualz: { 'ses:ApiVersion': '2' },
            Bool: { 'aws:SecureTransport': 'true' },
          },
        },
      ],
    })

    const result = evaluate(policy, {
      action: 'ses:SendBulkEmail',
      resource: '*',
      context: { 'ses:Recipients': ['x@elsewhere.net'], 'aws:SecureTransport': 'true' },
    })

    expect(result.statements[1]).toEqual({
      index: 1,
      path: 'Statement[1]',
      sid: 'Bulk',
      effect: 'Allow',
      actionMatches: true,
      resourceMatches: true,
      conditionsMatch: false,
      applies: false,
      failures: [
        {
          path: 'Statement[1].Condition.StringEquals.ses:FromAddress',
          operator: 'StringEquals',
          key: 'ses:FromAddress',
          reason: 'key-absent',
        },
        {
          path: 'Statement[1].Condition.ForAnyValue:StringLike.ses:Recipients',
          operator: 'ForAnyValue:StringLike',
          key: 'ses:Recipients',
          reason: 'value-mismatch',
        },
        {
          path: 'Statement[1].Condition.StringEqualz.ses:ApiVersion',
          operator: 'StringEqualz',
          key: 'ses:ApiVersion',
          reason: 'unsupported-operator',
        },
      ],
    })
    expect(result.statements[0]?.actionMatches).toBe(false)
  })

  it('returns no statements when the document is not a policy', () => {
    const inputs: unknown[] = [null, 'text', 42, [], { Statement: 'x' }, { Version: '2012-10-17' }]

    const results = inputs.map((input) =>
      evaluate(compilePolicy(input), { action: 'ses:SendEmail', resource: '*', context: {} }),
    )

    expect(results).toEqual(inputs.map(() => ({ decision: 'ImplicitlyDenied', statements: [] })))
  })

  it('keeps the index of statements that follow a statement left out', () => {
    const policy = compilePolicy({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Maybe', Action: '*', Resource: '*' }, { Effect: 'Allow' }],
    })

    const result = evaluate(policy, { action: 'ses:SendEmail', resource: '*', context: {} })

    expect(result.statements.map((s) => [s.path, s.actionMatches, s.resourceMatches])).toEqual([
      ['Statement[1]', false, false],
    ])
  })
})
