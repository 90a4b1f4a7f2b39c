/**
 * The identity-policy evaluator: compile a policy once, then evaluate requests against it.
 */
export { compilePolicy } from './compile'
export type { CompiledPolicy } from './compile'
export { decide, evaluate } from './evaluate'
export type {
  ConditionFailure,
  ConditionFailureReason,
  Decision,
  EvalRequest,
  EvalResult,
  StatementOutcome,
} from './types'
