/**
 * Checks of actions and resources against AWS's service authorization reference: services and
 * actions that do not exist, ARNs that are malformed or still hold example placeholders, and
 * resources that no action in their statement can use. Each of these silently grants nothing,
 * which users meet later as AccessDenied.
 */
import { resolveAction, suggestAction, suggestService } from './actions'
import {
  accountProblem,
  matchingResourceTypes,
  parseArn,
  partitionProblem,
  regionProblem,
  resourcePlaceholders,
  type ArnSegment,
  type ParsedArn,
  type SegmentProblem,
} from './arn'
import { checkConditions } from './conditions'
import type { StatementModel, StringItem } from './model'
import { rangeOf, replaceStringEdit, substringRange } from './parse'
import { checkRegexSyntax } from './regex'
import type { Report } from './types'
import { hasServiceDetail, serviceExists } from '../iam/reference'

/** Runs the reference-data checks on one statement. */
export function checkReference(text: string, statement: StatementModel, report: Report): void {
  for (const item of statement.actions) checkAction(item, report)
  const arns = new Map<StringItem, ParsedArn>()
  for (const item of statement.resources) {
    const arn = checkResource(text, item, report)
    if (arn) arns.set(item, arn)
  }
  if (statement.actionElement === 'Action' && statement.resourceElement === 'Resource') {
    checkApplicability(statement, arns, report)
  }
  checkConditions(statement, report)
}

function checkAction(item: StringItem, report: Report) {
  const resolved = resolveAction(item.value)
  const colon = item.value.indexOf(':')
  const name = item.value.slice(colon + 1)
  const base = { path: item.path, range: rangeOf(item.node), value: item.value }
  if (resolved.kind === 'unknown-service') {
    const expected = suggestService(resolved.service)
    const fix = expected && {
      params: { expected },
      edits: [replaceStringEdit(item.node, `${expected}:${name}`)],
    }
    report({ code: 'SERVICE_UNKNOWN', ...base, ...fix })
  } else if (resolved.kind === 'detailed' && resolved.actions.length === 0) {
    if (resolved.wildcard) {
      report({ code: 'ACTION_WILDCARD_NO_MATCH', ...base })
      return
    }
    const expected = suggestAction(resolved.service, name)
    const prefix = item.value.slice(0, colon)
    const fix = expected && {
      params: { expected: `${prefix}:${expected}` },
      edits: [replaceStringEdit(item.node, `${prefix}:${expected}`)],
    }
    report({ code: 'ACTION_UNKNOWN', ...base, ...fix })
  }
}

/** Checks one Resource or NotResource entry; returns the parsed ARN when there is one. */
function checkResource(text: string, item: StringItem, report: Report): ParsedArn | undefined {
  if (item.value === '*') return undefined
  const arn = parseArn(item.value)
  const whole = { path: item.path, range: rangeOf(item.node), value: item.value }
  if (!arn) {
    report({ code: 'ARN_MALFORMED', ...whole })
    return undefined
  }
  checkSegments(text, item, arn, report)
  checkRegexSyntax(item, report)
  const service = arn.service.value
  if (hasServiceDetail(service) && matchingResourceTypes(service, item.value).length === 0) {
    report({ code: 'ARN_RESOURCE_TYPE_UNKNOWN', ...whole })
  }
  return arn
}

type SegmentCode = 'ARN_PARTITION_INVALID' | 'ARN_REGION_INVALID' | 'ARN_ACCOUNT_INVALID'

/** Reports placeholders and invalid values segment by segment, underlining just the segment. */
function checkSegments(text: string, item: StringItem, arn: ParsedArn, report: Report) {
  const at = (segment: ArnSegment, start: number, length: number) => ({
    path: item.path,
    range: substringRange(text, item.node, segment.start + start, Math.max(length, 1)),
    value: segment.value.slice(start, start + length),
  })
  const judge = (segment: ArnSegment, name: string, problem: SegmentProblem, code: SegmentCode) => {
    const where = at(segment, 0, segment.value.length)
    if (problem === 'placeholder')
      report({ code: 'ARN_PLACEHOLDER', ...where, params: { segment: name } })
    if (problem === 'example')
      report({ code: 'ARN_EXAMPLE_ACCOUNT', ...where, params: { segment: name } })
    if (problem === 'invalid') report({ code, ...where })
  }
  judge(arn.partition, 'partition', partitionProblem(arn.partition.value), 'ARN_PARTITION_INVALID')
  const service = arn.service.value
  if (!/[*?]/.test(service) && !serviceExists(service)) {
    report({ code: 'ARN_SERVICE_UNKNOWN', ...at(arn.service, 0, service.length) })
  }
  judge(arn.region, 'region', regionProblem(arn.region.value), 'ARN_REGION_INVALID')
  judge(arn.account, 'account', accountProblem(arn.account.value), 'ARN_ACCOUNT_INVALID')
  for (const found of resourcePlaceholders(arn.resource.value)) {
    const where = at(arn.resource, found.start, found.text.length)
    report({ code: 'ARN_PLACEHOLDER', ...where, params: { segment: 'resource name' } })
  }
}

interface Grant {
  readonly item: StringItem
  /** `service` plus the resource types the action applies to; undefined when we cannot tell. */
  readonly service: string
  readonly types: readonly string[] | undefined
  /** Exact actions only: the one action named, for the per-action finding. */
  readonly exact: string | undefined
}

/**
 * Cross-checks actions and ARNs of one statement: an ARN that no action can use grants nothing,
 * and an action with none of its resource types among the ARNs is never allowed here.
 */
function checkApplicability(
  statement: StatementModel,
  arns: Map<StringItem, ParsedArn>,
  report: Report,
) {
  if (statement.resources.some((r) => r.value === '*')) return
  const grants = statement.actions.flatMap((item) => grantOf(item))
  if (grants.length === 0 || grants.some((g) => g.service === '*')) return
  const resourceTypes = new Map<StringItem, readonly string[]>()
  for (const [item, arn] of arns) {
    const service = arn.service.value.toLowerCase()
    if (/[*?]/.test(service) || !serviceExists(service)) continue
    const types = hasServiceDetail(service) ? matchingResourceTypes(service, item.value) : undefined
    const applies = grants.some(
      (grant) =>
        grant.service === service &&
        (grant.types === undefined ||
          types === undefined ||
          grant.types.some((t) => types.includes(t))),
    )
    if (types) resourceTypes.set(item, types)
    if (!applies && (types === undefined || types.length > 0)) {
      report({
        code: 'RESOURCE_NOT_APPLICABLE',
        path: item.path,
        range: rangeOf(item.node),
        value: item.value,
      })
    }
  }
  // Only when every resource was read and typed, and only for Allow: otherwise a missing type
  // may just be one we could not read, and a Deny that matches nothing denies nothing.
  const complete =
    arns.size > 0 && resourceTypes.size === arns.size && arns.size === statement.resources.length
  if (!complete || statement.effect !== 'Allow') return
  for (const grant of grants) {
    if (!grant.exact || !grant.types) continue
    const used = [...resourceTypes.values()].some((types) =>
      grant.types?.some((t) => types.includes(t)),
    )
    if (used) continue
    const types = grant.types.length === 0 ? '"*" only' : grant.types.join(', ')
    const range = rangeOf(grant.item.node)
    report({
      code: 'ACTION_NO_MATCHING_RESOURCE',
      path: grant.item.path,
      range,
      value: grant.exact,
      params: { types },
    })
  }
}

function grantOf(item: StringItem): Grant[] {
  const resolved = resolveAction(item.value)
  if (resolved.kind === 'all') return [{ item, service: '*', types: undefined, exact: undefined }]
  if (resolved.kind === 'opaque') {
    return [{ item, service: resolved.service, types: undefined, exact: undefined }]
  }
  if (resolved.kind !== 'detailed' || resolved.actions.length === 0) return []
  const types = [...new Set(resolved.actions.flatMap((a) => a.resourceTypes.map((t) => t.name)))]
  const exact = resolved.wildcard
    ? undefined
    : `${resolved.service}:${resolved.actions[0]?.name ?? ''}`
  return [{ item, service: resolved.service, types, exact }]
}
