/**
 * @cloud-copilot/iam-simulate as an independent test oracle for our evaluator. It is AGPL, so it
 * lives here, outside src/, and only test files import it: it is never part of the shipped app.
 */
import { runUnsafeSimulation } from '@cloud-copilot/iam-simulate'
import type { Decision, EvalRequest } from '../src/core/eval'

const ACCOUNT = '111122223333'

/**
 * Asks iam-simulate for its decision. The unsafe entry point is used on purpose: the checked
 * one drops context keys its catalogue does not list for the action, which would compare the
 * two engines on different requests.
 */
export function oracleDecision(policy: unknown, request: EvalRequest): Decision {
  return runUnsafeSimulation(
    {
      identityPolicies: [{ name: 'policy', policy }],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      request: {
        principal: `arn:aws:iam::${ACCOUNT}:user/alice`,
        action: request.action,
        resource: { resource: request.resource, accountId: ACCOUNT },
        contextVariables: toMutableContext(request.context),
      },
    },
    {},
  )
}

function toMutableContext(context: EvalRequest['context']): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(context).map(([key, value]) => [
      key,
      typeof value === 'string' ? value : [...value],
    ]),
  )
}
