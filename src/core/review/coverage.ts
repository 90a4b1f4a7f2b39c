/**
 * Compares a pasted policy with what the configured app needs. Every request the app makes is
 * evaluated with our IAM evaluator: a denied one is missing, with the statement or condition that
 * stopped it. Every Allow entry that no request needs is unneeded. This is how a user learns why
 * production says AccessDenied, and what the policy gives away.
 */
import type { StatementModel, StringItem } from '../check/model'
import type { AppRequest } from '../derive/types'
import { compilePolicy, decide, evaluate } from '../eval'
import type { EvalResult } from '../eval'
import { globMatches } from '../iam/glob'
import { resolveAction } from '../check/actions'

export type MissingCause =
  'no-statement' | 'resource-not-covered' | 'condition-failed' | 'denied' | 'condition-unverified'

export interface MissingPermission {
  readonly action: string
  readonly resource: string
  /** One sentence on why the request is denied. */
  readonly reason: string
  readonly cause: MissingCause
  /** Where the policy stops it: a condition, a Deny statement or a Resource; '' when nowhere. */
  readonly path: string
  /** The operation of the app that makes this request. */
  readonly operation: string
}

export interface UnneededGrant {
  readonly action: string
  readonly resource: string
  /** JSON path of the Action entry (or of the Resource entry when only the resource is unneeded). */
  readonly path: string
}

/**
 * Requests of `requests` that the policy does not allow, each with why. A denial that rests only
 * on condition keys whose real values the configuration does not state (`unknownKeys`, e.g. the
 * From address when no From restriction is entered) is `condition-unverified`, not missing: the
 * request was evaluated with a made-up value, so the policy may well allow the real one.
 */
export function findMissing(
  document: unknown,
  requests: readonly AppRequest[],
  unknownKeys: ReadonlySet<string> = new Set(),
): MissingPermission[] {
  const compiled = compilePolicy(document)
  const missing: MissingPermission[] = []
  for (const request of requests) {
    if (decide(compiled, request) === 'Allowed') continue
    const result = evaluate(compiled, request)
    const explained = explainDenial(result, request)
    const unverified =
      explained.cause === 'condition-failed' && onlyUnknownKeys(result, unknownKeys)
    missing.push({
      action: request.action,
      resource: request.resource,
      operation: request.operation,
      ...explained,
      ...(unverified && {
        cause: 'condition-unverified' as const,
        reason: `${explained.reason} Enter the app's addresses to check this condition.`,
      }),
    })
  }
  return missing
}

function onlyUnknownKeys(result: EvalResult, unknownKeys: ReadonlySet<string>): boolean {
  const blocked = result.statements.find(
    (s) => s.effect === 'Allow' && s.actionMatches && s.resourceMatches && !s.conditionsMatch,
  )
  return (
    blocked !== undefined &&
    blocked.failures.every(
      (f) => f.reason === 'value-mismatch' && unknownKeys.has(f.key.toLowerCase()),
    )
  )
}

function explainDenial(
  result: EvalResult,
  request: AppRequest,
): Pick<MissingPermission, 'reason' | 'cause' | 'path'> {
  const deny = result.statements.find((s) => s.effect === 'Deny' && s.applies)
  if (deny) {
    return { cause: 'denied', path: deny.path, reason: `${deny.path} explicitly denies it.` }
  }
  const allows = result.statements.filter((s) => s.effect === 'Allow' && s.actionMatches)
  const blocked = allows.find((s) => s.resourceMatches && !s.conditionsMatch)
  const failure = blocked?.failures[0]
  if (blocked && failure) {
    const why =
      failure.reason === 'key-absent'
        ? `the request carries no ${failure.key}`
        : failure.reason === 'value-mismatch'
          ? `${failure.key} does not match`
          : `the operator ${failure.operator} is not supported`
    return {
      cause: 'condition-failed',
      path: failure.path,
      reason: `${blocked.path} allows ${request.action} only under a condition that fails: ${why}.`,
    }
  }
  const other = allows[0]
  if (other) {
    return {
      cause: 'resource-not-covered',
      path: `${other.path}.Resource`,
      reason: `${other.path} allows ${request.action}, but not on this resource.`,
    }
  }
  return { cause: 'no-statement', path: '', reason: `No statement allows ${request.action}.` }
}

/**
 * Allow entries that grant actions or resources no request of the app needs: an action the app
 * never calls, a wildcard that also covers actions it never calls (`ses:Send*` includes
 * ses:SendBounce), or a resource none of its requests is on. Entries that grant nothing at all
 * (an unknown service or action) are left to the linter, which says why.
 */
export function findUnneeded(
  statements: readonly StatementModel[],
  requests: readonly AppRequest[],
): UnneededGrant[] {
  const unneeded: UnneededGrant[] = []
  for (const statement of statements) {
    if (statement.effect !== 'Allow' || statement.actionElement !== 'Action') continue
    const scoped = statement.resourceElement === 'Resource'
    const resources = scoped ? statement.resources.map((r) => r.value) : ['*']

    for (const action of statement.actions) {
      if (!grantsSomething(action.value)) continue
      const needed = requests.filter((r) => globMatches(action.value, r.action, true))
      if (needed.length === 0 || grantsMoreThan(action.value, needed)) {
        for (const resource of resources) {
          unneeded.push({ action: action.value, resource, path: action.path })
        }
      }
      if (needed.length > 0 && scoped) {
        unneeded.push(...unneededResources(action, statement.resources, needed))
      }
    }
  }
  return unneeded
}

function grantsSomething(action: string): boolean {
  const resolved = resolveAction(action)
  if (resolved.kind === 'detailed') return resolved.actions.length > 0
  return resolved.kind === 'all' || resolved.kind === 'opaque'
}

/** True when a wildcard also covers actions that none of the needed requests make. */
function grantsMoreThan(action: string, needed: readonly AppRequest[]): boolean {
  if (!/[*?]/.test(action)) return false
  const resolved = resolveAction(action)
  if (resolved.kind !== 'detailed') return true
  const used = new Set(needed.map((r) => r.action.toLowerCase()))
  return resolved.actions.some((a) => !used.has(`${a.service}:${a.name}`.toLowerCase()))
}

function unneededResources(
  action: StringItem,
  resources: readonly StringItem[],
  needed: readonly AppRequest[],
): UnneededGrant[] {
  return resources
    .filter((resource) => !needed.some((r) => globMatches(resource.value, r.resource)))
    .map((resource) => ({ action: action.value, resource: resource.value, path: resource.path }))
}
