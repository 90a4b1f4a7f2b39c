/**
 * Evaluates one compiled identity policy against one request, the way IAM does for a single
 * identity policy: an applicable Deny wins, then an applicable Allow, and otherwise the request
 * is implicitly denied. Every statement's outcome is kept so a checker can explain the answer.
 */
import type { CompiledPolicy, CompiledStatement } from './compile'
import { conditionsHold, evaluateConditions } from './conditions'
import type { ContextLookup, Decision, EvalRequest, EvalResult, StatementOutcome } from './types'

/** Decides one request against one policy and reports how each statement fared. */
export function evaluate(policy: CompiledPolicy, request: EvalRequest): EvalResult {
  const lookup = contextLookup(request.context)
  const statements = policy.statements.map((statement) =>
    evaluateStatement(statement, request, lookup),
  )
  return { decision: decideFrom(statements), statements }
}

/**
 * The decision alone, without explaining it: stops at the first applicable Deny and skips the
 * conditions of statements whose action or resource does not match. A checker asks this for
 * every request and asks `evaluate` only for the few it must explain.
 */
export function decide(policy: CompiledPolicy, request: EvalRequest): Decision {
  const lookup = contextLookup(request.context)
  let allowed = false
  for (const statement of policy.statements) {
    if (statement.effect === 'Allow' && allowed) continue
    if (!matchesAction(statement, request.action)) continue
    if (!matchesResource(statement, request.resource, lookup)) continue
    if (!conditionsHold(statement.conditions, lookup)) continue
    if (statement.effect === 'Deny') return 'ExplicitlyDenied'
    allowed = true
  }
  return allowed ? 'Allowed' : 'ImplicitlyDenied'
}

function decideFrom(statements: readonly StatementOutcome[]): Decision {
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
  // Conditions are tested even when the resource already fails, so that a checker can report
  // every reason a statement for this action does not apply. A statement for another action
  // explains nothing, so its conditions are not tested (they would cost most of the time).
  const failures = actionMatches ? evaluateConditions(statement.conditions, lookup) : []
  const conditionsMatch = failures.length === 0

  // One object literal of fixed shape (sid present or not): spreading it again per statement
  // showed up as most of the time of checking a large policy.
  return {
    index: statement.index,
    path: statement.path,
    sid: statement.sid,
    effect: statement.effect,
    actionMatches,
    resourceMatches,
    conditionsMatch,
    failures,
    applies: actionMatches && resourceMatches && conditionsMatch,
  }
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
