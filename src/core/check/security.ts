/**
 * Broad grants in Allow statements: every action, every action of a service, every resource,
 * and the inverted NotAction/NotResource forms. They work, which is why they survive; they are
 * what turns leaked SMTP credentials into a spam run from every identity of the account.
 */
import { resolveAction } from './actions'
import type { StatementModel } from './model'
import { rangeOf } from './parse'
import type { Report } from './types'

/** Services this checker knows action by action; grants of others are flagged for review. */
const JUDGED_SERVICES = new Set(['ses', 'sns', 's3', 'kms'])

/** Reports the broad grants of one statement; Deny statements are never too broad. */
export function checkSecurity(statement: StatementModel, report: Report): void {
  if (statement.effect !== 'Allow') return
  const notAction = statement.members.get('NotAction')
  if (notAction && statement.actionElement === 'NotAction') {
    report({ code: 'ALLOW_NOT_ACTION', path: notAction.path, range: rangeOf(notAction.keyNode) })
  }
  const notResource = statement.members.get('NotResource')
  if (notResource && statement.resourceElement === 'NotResource') {
    report({
      code: 'ALLOW_NOT_RESOURCE',
      path: notResource.path,
      range: rangeOf(notResource.keyNode),
    })
  }
  if (statement.actionElement !== 'Action') return
  let scopable = false
  for (const item of statement.actions) {
    const resolved = resolveAction(item.value)
    const base = { path: item.path, range: rangeOf(item.node), value: item.value }
    if (resolved.kind === 'all') {
      report({ code: 'ALLOW_ALL_ACTIONS', ...base })
      scopable = true
    } else if (
      resolved.kind === 'opaque' ||
      (resolved.kind === 'detailed' && !JUDGED_SERVICES.has(resolved.service))
    ) {
      report({ code: 'ALLOW_OTHER_SERVICE', ...base })
    } else if (resolved.kind === 'detailed') {
      if (/^[^:]+:\*+$/.test(item.value)) report({ code: 'ALLOW_SERVICE_WILDCARD', ...base })
      scopable ||= resolved.actions.some((action) =>
        action.resourceTypes.some((type) => type.required),
      )
    }
  }
  if (!scopable) return
  for (const item of statement.resources) {
    if (item.value !== '*') continue
    report({
      code: 'ALLOW_RESOURCE_STAR',
      path: item.path,
      range: rangeOf(item.node),
      value: item.value,
    })
  }
}
