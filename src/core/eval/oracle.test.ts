/**
 * Checks our evaluator against @cloud-copilot/iam-simulate, an independent simulator used here
 * as a test oracle only (it is AGPL: never import it outside test files). Both must reach the
 * same decision on the hand-written table and on generated policy x request combinations.
 */
import { describe, expect, it } from 'vitest'

import { oracleDecision } from '../../../test/oracle'
import { compilePolicy } from './compile'
import { CONDITION_CASES } from './conditions.cases'
import { evaluate } from './evaluate'
import type { EvalCase } from './evaluate.cases'
import { EVAL_CASES } from './evaluate.cases'
import { GENERATED_POLICIES, GENERATED_REQUESTS } from './oracle.cases'

const tableCases = [...EVAL_CASES, ...CONDITION_CASES].filter(
  (testCase: EvalCase) => testCase.notForOracle === undefined,
)

const generatedCases = GENERATED_POLICIES.flatMap((policy) =>
  GENERATED_REQUESTS.map((request) => ({
    name: `${policy.name} x ${request.name}`,
    policy: policy.document,
    request: request.request,
  })),
)

describe('evaluate', () => {
  it.each(tableCases.map((c) => [c.name, c] as const))(
    'returns the oracle decision for the table case: %s',
    (_name, testCase) => {
      const ours = evaluate(compilePolicy(testCase.policy), testCase.request).decision

      const theirs = oracleDecision(testCase.policy, testCase.request)

      expect(ours).toBe(theirs)
    },
  )

  it.each(generatedCases.map((c) => [c.name, c] as const))(
    'returns the oracle decision for %s',
    (_name, testCase) => {
      const ours = evaluate(compilePolicy(testCase.policy), testCase.request).decision

      const theirs = oracleDecision(testCase.policy, testCase.request)

      expect(ours).toBe(theirs)
    },
  )
})
