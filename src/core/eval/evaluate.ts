/**
 * Evaluates one compiled identity policy against one request, the way IAM does for a single
 * identity policy: an applicable Deny wins, then an applicable Allow, and otherwise the request
 * is implicitly denied. Every statement's outcome is kept so a checker can explain the answer.
 */
import type { CompiledPolicy, CompiledStatement } from './compile'
import { evaluateConditions } from './conditions'
import type { ContextLookup, Decision, EvalRequest, EvalResult, StatementOutcome } from './types'

/** Decides one request against one policy and reports how each statement fared. */
export function evaluate(policy: CompiledPolicy, request: EvalRequest): EvalResult {
  const lookup = contextLookup(request.context)
  const statements = policy.statements.map((statement) =>
    evaluateStatement(statement, request, lookup),
  )
  return { decision: decide(statements), statements }
}

function decide(statements: readonly StatementOutcome[]): Decision {
  const applying = statements.filter((statement) => statement.applies)
  if (applying.some((statement) => statement.effect === 'Deny')) return 'ExplicitlyDenied'
  if (applying.some((statement) => statement.effect === 'Allow')) return 'Allowed'
  return 'ImplicitlyDenied'
}

function evaluateStatement(
  statement: CompiledStatement,
  request: EvalRequest,
  lookup: ContextLookup,
): StatementOutcome {
  const actionMatches = matchesAction(statement, request.action)
  const resourceMatches = matchesResource(statement, request.resource, lookup)
  // Conditions are tested even when the action or resource already fails, so that a checker
  // can report every reason a statement does not apply, not only the first.
  const failures = evaluateConditions(statement.conditions, lookup)
  const conditionsMatch = failures.length === 0

  const outcome: StatementOutcome = {
    index: statement.index,
    path: statement.path,
    effect: statement.effect,
    actionMatches,
    resourceMatches,
    conditionsMatch,
    failures,
    applies: actionMatches && resourceMatches && conditionsMatch,
  }
  return statement.sid === undefined ? outcome : { ...outcome, sid: statement.sid }
}

function matchesAction(statement: CompiledStatement, action: string): boolean {
  if (statement.action === undefined) return false
  const listed = statement.action.patterns.some((pattern) => pattern.test(action))
  return statement.action.negated ? !listed : listed
}

/**
 * A resource whose policy variable cannot be resolved matches nothing; for NotResource it also
 * keeps the statement from applying, since IAM cannot tell the resource is outside the list.
 */
function matchesResource(
  statement: CompiledStatement,
  resource: string,
  lookup: ContextLookup,
): boolean {
  if (statement.resource === undefined) return false
  const results = statement.resource.patterns.map((pattern) => pattern.test(resource, lookup))
  if (!statement.resource.negated) return results.some((result) => result === true)
  return results.every((result) => result === false)
}

/** Context key names are case-insensitive, so the request's keys are looked up lower-cased. */
function contextLookup(context: EvalRequest['context']): ContextLookup {
  const byName = new Map<string, string | readonly string[]>()
  for (const [name, value] of Object.entries(context)) byName.set(name.toLowerCase(), value)
  return (lowerCaseKey) => byName.get(lowerCaseKey)
}
